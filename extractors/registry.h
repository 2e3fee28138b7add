// Chooses the extractor for a file from its content and runs the shared cleanup.
#pragma once

#include <string>

#include "extractors/extractor.h"
#include "pipeline/base/fs.h"

namespace ehcp {

// The extractor for a format, or nullptr when none reads it.
const Extractor* ExtractorFor(FileFormat format);

// Reads the file at `path`, sniffs its format, extracts and cleans it. On success the Document
// has info.file (base name), info.content_hash, info.format, pages and finalized blocks.
// Failures are plain English and name the file, e.g. "'notes.xyz' is not a PDF, Word document,
// image or text file: convert it to PDF or Word and add it again".
StatusOr<Document> ExtractFile(const FileSystem& fs, const std::string& path,
                               const ExtractOptions& options);

// "'x.pdf' is 3 GB, larger than the limit of 100 MB: split it, or raise the limit with
// --max-file-mb" (kLimitExceeded).
Status FileTooLarge(const std::string& name, uint64_t size, uint64_t limit);

// The same from bytes already read.
StatusOr<Document> ExtractBytes(std::string_view bytes, const std::string& name,
                                const ExtractOptions& options);

}  // namespace ehcp
