#include "textencoding.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace Kiln::Toe {

namespace {

Error encodingError(const std::string &what, size_t offset)
{
    return Error{what + " at byte " + std::to_string(offset), {}};
}

bool decodeUtf8(std::string_view s, std::vector<char32_t> &out, size_t &badOffset)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c < 0x80) { out.push_back(c); ++i; continue; }
        if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; min = 0x10000; }
        else { badOffset = i; return false; }
        if (i + n > s.size()) { badOffset = i; return false; }
        for (size_t k = 1; k < n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) { badOffset = i; return false; }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { badOffset = i; return false; }
        out.push_back(cp);
        i += n;
    }
    return true;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void put16(std::string &out, unsigned v, bool le)
{
    const char a = static_cast<char>(v & 0xFF), b = static_cast<char>((v >> 8) & 0xFF);
    if (le) { out += a; out += b; } else { out += b; out += a; }
}

void put32(std::string &out, char32_t v, bool le)
{
    char bytes[4] = {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF),
                     static_cast<char>((v >> 16) & 0xFF), static_cast<char>((v >> 24) & 0xFF)};
    if (le) out.append(bytes, 4);
    else { for (int i = 3; i >= 0; --i) out += bytes[i]; }
}

} // namespace

std::optional<TextEncoding> parseTextEncoding(const std::string &name)
{
    std::string n;
    for (char c : name)
        if (c != '-' && c != '_')
            n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n.empty() || n == "utf8") return TextEncoding::Utf8;
    if (n == "utf16" || n == "utf16le") return TextEncoding::Utf16LE;
    if (n == "utf16be") return TextEncoding::Utf16BE;
    if (n == "utf32" || n == "utf32le") return TextEncoding::Utf32LE;
    if (n == "utf32be") return TextEncoding::Utf32BE;
    return std::nullopt;
}

const char *textEncodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Utf16LE: return "utf-16-le";
    case TextEncoding::Utf16BE: return "utf-16-be";
    case TextEncoding::Utf32LE: return "utf-32-le";
    case TextEncoding::Utf32BE: return "utf-32-be";
    }
    return "utf-8";
}

Result<std::string> encodeText(std::string_view utf8, TextEncoding e)
{
    std::vector<char32_t> cps;
    size_t bad = 0;
    if (!decodeUtf8(utf8, cps, bad))
        return unexpected(encodingError("the text is not valid UTF-8", bad));
    if (e == TextEncoding::Utf8)
        return std::string(utf8);
    std::string out;
    const bool le = e == TextEncoding::Utf16LE || e == TextEncoding::Utf32LE;
    for (char32_t cp : cps) {
        if (e == TextEncoding::Utf32LE || e == TextEncoding::Utf32BE) {
            put32(out, cp, le);
        } else if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            put16(out, 0xD800 + (v >> 10), le);
            put16(out, 0xDC00 + (v & 0x3FF), le);
        } else {
            put16(out, cp, le);
        }
    }
    return out;
}

Result<std::string> decodeText(std::string_view bytes, TextEncoding e)
{
    std::string out;
    if (e == TextEncoding::Utf8) {
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
            bytes.remove_prefix(3);
        std::vector<char32_t> cps;
        size_t bad = 0;
        if (!decodeUtf8(bytes, cps, bad))
            return unexpected(encodingError("the file is not valid UTF-8", bad));
        return std::string(bytes);
    }
    const bool le = e == TextEncoding::Utf16LE || e == TextEncoding::Utf32LE;
    auto u8 = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (e == TextEncoding::Utf16LE || e == TextEncoding::Utf16BE) {
        if (bytes.size() % 2)
            return unexpected(encodingError("UTF-16 text has an odd number of bytes", bytes.size() - 1));
        auto unit = [&](size_t i) { return le ? unsigned(u8(i) | (u8(i + 1) << 8)) : unsigned((u8(i) << 8) | u8(i + 1)); };
        size_t i = 0;
        if (bytes.size() >= 2 && unit(0) == 0xFEFF)
            i = 2;
        for (; i < bytes.size(); i += 2) {
            unsigned u = unit(i);
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (i + 3 >= bytes.size())
                    return unexpected(encodingError("truncated UTF-16 surrogate pair", i));
                const unsigned lo = unit(i + 2);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return unexpected(encodingError("invalid UTF-16 surrogate pair", i));
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return unexpected(encodingError("invalid UTF-16 surrogate", i));
            } else {
                appendUtf8(out, u);
            }
        }
        return out;
    }
    if (bytes.size() % 4)
        return unexpected(encodingError("UTF-32 text is not a multiple of 4 bytes", bytes.size()));
    size_t i = 0;
    auto unit32 = [&](size_t k) {
        return le ? char32_t(u8(k) | (u8(k + 1) << 8) | (u8(k + 2) << 16) | (char32_t(u8(k + 3)) << 24))
                  : char32_t((char32_t(u8(k)) << 24) | (u8(k + 1) << 16) | (u8(k + 2) << 8) | u8(k + 3));
    };
    if (bytes.size() >= 4 && unit32(0) == 0xFEFF)
        i = 4;
    for (; i < bytes.size(); i += 4) {
        const char32_t cp = unit32(i);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return unexpected(encodingError("invalid UTF-32 code point", i));
        appendUtf8(out, cp);
    }
    return out;
}

} // namespace Kiln::Toe
