// What kind of advice a document is, and who wrote it when.
#pragma once

#include <string>

#include "pipeline/model/document.h"

namespace ehcp {

struct DocumentDescription {
  DocKind kind = DocKind::kOther;
  std::string title;   // the document's own title
  std::string author;  // name and/or role of the author where found
  std::string date;    // date of the advice as written
  std::string reason;  // why this kind ("title 'Speech and Language Therapy Advice'")
};

// From title, headings and content. Pure.
DocumentDescription DescribeDocument(const Document& doc);

}  // namespace ehcp
