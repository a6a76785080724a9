#pragma once
// The text encodings of the file modules (SPEC §7.3): UTF-8, UTF-16 and UTF-32 in either byte
// order; bare "utf16"/"utf32" mean little-endian. Files are written without a byte-order mark; a
// mark is accepted (and dropped) when reading.

#include "diagnostic.h"

#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

// Accepts utf8, utf-8, utf16, utf-16, utf16-le, utf-16-le, utf16-be, … (any case); "" = UTF-8.
std::optional<TextEncoding> parseTextEncoding(const std::string &name);
const char *textEncodingName(TextEncoding e);

// UTF-8 text → bytes in e. Invalid UTF-8 is an error naming the byte offset.
Result<std::string> encodeText(std::string_view utf8, TextEncoding e);
// Bytes in e → UTF-8 text. Malformed input is an error naming the byte offset.
Result<std::string> decodeText(std::string_view bytes, TextEncoding e);

} // namespace Kiln::Toe
