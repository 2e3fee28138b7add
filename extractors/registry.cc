#include "extractors/registry.h"

#include "extractors/cleanup/cleanup.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/ocr/image_extractor.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/sniff.h"
#include "extractors/text/text_extractor.h"
#include "pipeline/base/hash.h"

namespace ehcp {

const Extractor* ExtractorFor(FileFormat format) {
  switch (format) {
    case FileFormat::kPdf:
      return &PdfExtractor();
    case FileFormat::kDocx:
      return &DocxExtractor();
    case FileFormat::kText:
      return &TextExtractor();
    case FileFormat::kPng:
    case FileFormat::kJpeg:
    case FileFormat::kTiff:
      return &ImageExtractor(format);
    case FileFormat::kUnknown:
      break;
  }
  return nullptr;
}

StatusOr<Document> ExtractBytes(std::string_view bytes, const std::string& name,
                                const ExtractOptions& options) {
  if (bytes.empty()) {
    return Corrupt("'" + name + "' is empty (0 bytes): ask for the file to be sent again");
  }
  if (bytes.size() > options.max_file_bytes) {
    return LimitExceeded("'" + name + "' is " + std::to_string(bytes.size() >> 20) +
                         " MB, larger than the limit of " +
                         std::to_string(options.max_file_bytes >> 20) +
                         " MB: split it, or raise the limit with --max-file-mb");
  }
  FileFormat format = SniffFormat(bytes);
  const Extractor* extractor = ExtractorFor(format);
  if (extractor == nullptr && IsOleCompoundFile(bytes)) {
    return Unsupported("'" + name +
                       "' is an old-style Office file (.doc or .xls) or is protected by a "
                       "password: open it in Word, save it as an unprotected .docx and add it "
                       "again");
  }
  if (extractor == nullptr) {
    return Unsupported("'" + name +
                       "' is not a PDF, Word (.docx) document, image or text file: save it as "
                       "PDF or Word and add it again");
  }
  ASSIGN_OR_RETURN(Document doc, extractor->Extract(bytes, name, options));
  doc.info.file = name;
  doc.info.format = format;
  doc.info.content_hash = ContentHash(bytes);
  CleanupDocument(doc);
  return doc;
}

StatusOr<Document> ExtractFile(const FileSystem& fs, const std::string& path,
                               const ExtractOptions& options) {
  std::string name = BaseName(path);
  StatusOr<uint64_t> size = fs.FileSize(path);
  if (size.ok() && *size > options.max_file_bytes) {
    return LimitExceeded("'" + name + "' is " + std::to_string(*size >> 20) +
                         " MB, larger than the limit of " +
                         std::to_string(options.max_file_bytes >> 20) +
                         " MB: split it, or raise the limit with --max-file-mb");
  }
  StatusOr<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return Status(bytes.status().code(), bytes.status().message());
  return ExtractBytes(*bytes, name, options);
}

}  // namespace ehcp
