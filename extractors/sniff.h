// A file's format is a pure function of its first bytes, never of its name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/model/ids.h"

namespace ehcp {

// PDF ("%PDF-" within the first 1024 bytes), DOCX (a ZIP whose entries include
// "word/document.xml"), PNG, JPEG, TIFF, or text (valid UTF-8 or UTF-16 with a BOM, without NUL
// bytes, mostly printable, or text in a legacy 8-bit encoding such as Windows-1252 that
// DecodeLegacyText reads). Anything else, including an empty file, is kUnknown.
// `bytes` should be the whole file: telling DOCX from other ZIP files needs its directory.
FileFormat SniffFormat(std::string_view bytes);

// Text that is not UTF-8 (no NUL bytes) decoded from the encoding ICU's charset detector finds
// ("windows-1252" for Word's "smart quotes" in a Western text; ISO-8859-1 is read as its
// superset windows-1252). `charset` receives the encoding's name. nullopt when no encoding is
// found or the decoded text is not mostly printable.
std::optional<std::string> DecodeLegacyText(std::string_view bytes, std::string* charset);

// True for a Rich Text Format file ("{\rtf"): not read, the caller says to save it as Word or
// PDF.
bool IsRtf(std::string_view bytes);

// True for an OLE compound file (D0 CF 11 E0 A1 B1 1A E1): an old binary .doc or .xls, or a
// .docx/.xlsx protected by a password (Office encrypts those into this container). SniffFormat
// gives kUnknown for these; callers use this to say what to do ("save it as an unprotected
// .docx and add it again").
bool IsOleCompoundFile(std::string_view bytes);

}  // namespace ehcp
