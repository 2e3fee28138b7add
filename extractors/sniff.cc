#include "extractors/sniff.h"

#include <unicode/uchar.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "extractors/zip/zip_reader.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

struct Magic {
  std::string_view bytes;
  FileFormat format;
};

// Signatures at offset 0. ZIP is resolved further by its directory.
constexpr Magic kMagics[] = {
    {std::string_view("\x89PNG\r\n\x1a\n", 8), FileFormat::kPng},
    {std::string_view("\xff\xd8\xff", 3), FileFormat::kJpeg},
    {std::string_view("II*\0", 4), FileFormat::kTiff},
    {std::string_view("MM\0*", 4), FileFormat::kTiff},
};

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr size_t kPdfWindow = 1024;
constexpr size_t kTextWindow = 64 * 1024;  // printable ratio is judged on the first 64 KB
constexpr double kMaxControlShare = 0.02;

bool IsTextControl(UChar32 c) {
  if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffd || c < 0;
}

// A decoded code point sequence is mostly printable when few controls appear in it.
bool MostlyPrintable(size_t controls, size_t total) {
  return total > 0 &&
         static_cast<double>(controls) <= kMaxControlShare * static_cast<double>(total);
}

bool IsUtf8Text(std::string_view bytes) {
  if (StartsWith(bytes, "\xef\xbb\xbf")) bytes.remove_prefix(3);
  if (bytes.empty()) return false;
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return false;
  if (!IsValidUtf8(bytes)) return false;
  std::string_view window = bytes.substr(0, kTextWindow);
  size_t controls = 0, total = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(window.size());
  const auto* s = reinterpret_cast<const uint8_t*>(window.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 && i >= n) break;  // a sequence cut by the window edge
    ++total;
    if (IsTextControl(c)) ++controls;
  }
  return MostlyPrintable(controls, total);
}

bool IsUtf16Text(std::string_view bytes) {
  bool little;
  if (StartsWith(bytes, "\xff\xfe")) {
    little = true;
  } else if (StartsWith(bytes, "\xfe\xff")) {
    little = false;
  } else {
    return false;
  }
  bytes.remove_prefix(2);
  if (bytes.empty() || bytes.size() % 2 != 0) return false;
  size_t units = std::min(bytes.size(), kTextWindow) / 2;
  size_t controls = 0, total = 0;
  for (size_t k = 0; k < units; ++k) {
    auto b0 = static_cast<unsigned char>(bytes[2 * k]);
    auto b1 = static_cast<unsigned char>(bytes[2 * k + 1]);
    UChar unit = static_cast<UChar>(little ? (b1 << 8 | b0) : (b0 << 8 | b1));
    if (unit == 0) return false;
    if (U16_IS_SURROGATE(unit)) continue;  // pairs are not judged; lone ones are rare
    ++total;
    if (IsTextControl(unit)) ++controls;
  }
  return MostlyPrintable(controls, total);
}

bool IsLegacyText(std::string_view bytes) {
  if (bytes.empty() || IsValidUtf8(bytes)) return false;
  std::string charset;
  return DecodeLegacyText(bytes.substr(0, kTextWindow), &charset).has_value();
}

}  // namespace

std::optional<std::string> DecodeLegacyText(std::string_view bytes, std::string* charset) {
  if (bytes.empty() || std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string name;
  std::string_view sample = bytes.substr(0, kTextWindow);
  ucsdet_setText(detector, sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  if (U_SUCCESS(status) && match != nullptr) {
    const char* found = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && found != nullptr) name = found;
  }
  ucsdet_close(detector);
  // UTF-8 was ruled out by the caller; multi-byte guesses on a short Western text are less
  // likely than Windows-1252, which every Windows editor of the last 30 years has written.
  if (name.empty() || name == "UTF-8" || StartsWith(name, "UTF-16") || StartsWith(name, "UTF-32") ||
      name == "ISO-8859-1") {
    name = "windows-1252";
  }
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), name.c_str());
  if (u.isBogus()) return std::nullopt;
  size_t controls = 0, total = 0;
  for (int32_t i = 0; i < u.length() && total < kTextWindow;) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    ++total;
    if (IsTextControl(c)) ++controls;
  }
  if (!MostlyPrintable(controls, total)) return std::nullopt;
  std::string out;
  u.toUTF8String(out);
  *charset = name;
  return out;
}

bool IsRtf(std::string_view bytes) { return StartsWith(bytes, "{\\rtf"); }

FileFormat SniffFormat(std::string_view bytes) {
  if (bytes.empty()) return FileFormat::kUnknown;
  if (StartsWith(bytes, kZipMagic)) {
    return ZipHasEntry(bytes, "word/document.xml") ? FileFormat::kDocx : FileFormat::kUnknown;
  }
  for (const Magic& m : kMagics) {
    if (StartsWith(bytes, m.bytes)) return m.format;
  }
  if (bytes.substr(0, kPdfWindow).find("%PDF-") != std::string_view::npos) {
    return FileFormat::kPdf;
  }
  if (IsRtf(bytes)) return FileFormat::kUnknown;  // RTF is text, but its words are not plain
  if (IsUtf16Text(bytes) || IsUtf8Text(bytes)) return FileFormat::kText;
  if (IsLegacyText(bytes)) return FileFormat::kText;
  return FileFormat::kUnknown;
}

bool IsOleCompoundFile(std::string_view bytes) {
  return StartsWith(bytes, std::string_view("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8));
}

}  // namespace ehcp
