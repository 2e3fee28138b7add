#include "pipeline/model/document.h"

namespace ehcp {

void Document::Finalize() {
  size_t offset = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    b.prov.block = static_cast<int>(i);
    b.prov.begin = offset;
    b.prov.end = offset + b.text.size();
    offset = b.prov.end + 1;
  }
}

std::string Document::PlainText() const {
  std::string out;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i) out += '\n';
    out += blocks[i].text;
  }
  return out;
}

}  // namespace ehcp
