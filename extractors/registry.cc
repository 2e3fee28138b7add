#include "extractors/registry.h"

#include "extractors/cleanup/cleanup.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/ocr/image_extractor.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/sniff.h"
#include "extractors/text/text_extractor.h"
#include "pipeline/base/hash.h"

namespace ehcp {
namespace {

// "12 MB", "340 KB", "812 bytes".
std::string HumanSize(uint64_t bytes) {
  if (bytes >= (10ull << 20)) return std::to_string(bytes >> 20) + " MB";
  if (bytes >= (1ull << 20)) {
    return std::to_string(bytes >> 20) + "." + std::to_string((bytes % (1ull << 20)) * 10 >> 20) +
           " MB";
  }
  if (bytes >= 1024) return std::to_string(bytes >> 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

Status FileTooLarge(const std::string& name, uint64_t size, uint64_t limit) {
  return LimitExceeded("'" + name + "' is " + HumanSize(size) + ", larger than the limit of " +
                       HumanSize(limit) + ": split it, or raise the limit with --max-file-mb");
}

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
    return FileTooLarge(name, bytes.size(), options.max_file_bytes);
  }
  FileFormat format = SniffFormat(bytes);
  const Extractor* extractor = ExtractorFor(format);
  if (extractor == nullptr && IsOleCompoundFile(bytes)) {
    return Unsupported("'" + name +
                       "' is an old-style Office file (.doc or .xls) or is protected by a "
                       "password: open it in Word, save it as an unprotected .docx and add it "
                       "again");
  }
  if (extractor == nullptr && IsRtf(bytes)) {
    return Unsupported("'" + name +
                       "' is a Rich Text (RTF) file, which ehcp does not read: open it in Word "
                       "and save it as Word (.docx) or PDF, then add it again");
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
  // Only a regular file is opened (never a named pipe or device), its size checked first.
  StatusOr<std::string> bytes = fs.ReadRegularFile(path, options.max_file_bytes);
  if (!bytes.ok() && bytes.status().code() == StatusCode::kLimitExceeded) {
    return FileTooLarge(name, fs.FileSize(path).value_or(options.max_file_bytes + 1),
                        options.max_file_bytes);
  }
  if (!bytes.ok()) return Status(bytes.status().code(), bytes.status().message());
  return ExtractBytes(*bytes, name, options);
}

}  // namespace ehcp
