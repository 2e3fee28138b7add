// Writers turn a Plan into bytes. They never classify or check: they only render what the plan
// holds. Each writes to a one-method ByteSink.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/base/status.h"
#include "pipeline/model/plan.h"

namespace ehcp {

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual Status Append(std::string_view bytes) = 0;
};

class StringSink final : public ByteSink {
 public:
  Status Append(std::string_view bytes) override {
    data_.append(bytes);
    return Status::Ok();
  }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
};

// draft-plan.docx: sections A–K, citations, flags as comments. Opens in Word and LibreOffice.
// All writers are deterministic: the same Plan gives byte-identical output (the only date used
// is plan.generated_on).
Status WriteDraftDocx(const Plan& plan, ByteSink& sink);
// review.xlsx: one row per statement with reviewer columns, and the other review sheets
// (Statements, Flags, Advice, Summary). Column headers are in output/xlsx/review_columns.h.
Status WriteReviewXlsx(const Plan& plan, ByteSink& sink);
// plan.json: the whole plan with provenance.
Status WritePlanJson(const Plan& plan, ByteSink& sink);
// draft.html: the same content as the DOCX on one self-contained page (inline CSS, no external
// resources), flagged words highlighted by severity with the flag's message beside them.
Status WriteDraftHtml(const Plan& plan, ByteSink& sink);

}  // namespace ehcp
