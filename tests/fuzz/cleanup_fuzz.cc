// libFuzzer target: the shared text cleanup (Unicode normalisation, line joining, furniture).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extractors/cleanup/cleanup.h"
#include "pipeline/base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string fixed = ehcp::FixUtf8(text);
  std::string normal = ehcp::NormalizeText(fixed);
  std::string joined = ehcp::JoinLines(fixed);
  (void)ehcp::IsPageFurniture(normal);
  ehcp::Document doc;
  for (const std::string& line : ehcp::Split(fixed, '\n')) {
    ehcp::Block b;
    b.text = line;
    doc.blocks.push_back(b);
  }
  ehcp::CleanupDocument(doc);
  return 0;
}
