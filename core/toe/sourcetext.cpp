#include "sourcetext.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace std::string_view_literals;

namespace Kiln::Toe {

namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not valid UTF-8.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    // Reject overlong forms, surrogates and values beyond Unicode.
    static constexpr unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void appendUtf8(std::string &out, unsigned cp)
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

// Decodes UTF-16 (after its BOM). Returns false on an odd length or an unpaired surrogate.
bool decodeUtf16(std::string_view in, bool bigEndian, std::string &out)
{
    if (in.size() % 2 != 0)
        return false;
    out.reserve(in.size());
    const auto unit = [&](std::size_t i) {
        const unsigned a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
        return bigEndian ? (a << 8 | b) : (b << 8 | a);
    };
    for (std::size_t i = 0; i < in.size(); i += 2) {
        unsigned cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 >= in.size())
                return false;
            const unsigned low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
        }
        appendUtf8(out, cp);
    }
    return true;
}

std::string hexByte(unsigned char c)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", c);
    return buf;
}

} // namespace

bool SourceText::prepare(std::string_view raw, const std::string &file, Diagnostics &diagnostics)
{
    m_text = raw;
    const auto startsWith = [&](std::string_view p) { return raw.substr(0, p.size()) == p; };
    if (startsWith("\xFF\xFE\x00\x00"sv) || startsWith("\x00\x00\xFE\xFF"sv)) {
        diagnostics.push_back(makeDiagnostic(Severity::Error, file, {1, 1}, "unsupported-encoding",
                                             "the file is UTF-32 encoded; save it as UTF-8 text"));
        return false;
    }
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        if (!decodeUtf16(raw.substr(2), startsWith("\xFE\xFF"), m_owned)) {
            diagnostics.push_back(makeDiagnostic(Severity::Error, file, {1, 1}, "invalid-encoding",
                                                 "the file starts like UTF-16 text but is not valid UTF-16; "
                                                 "save it as UTF-8 text"));
            return false;
        }
        diagnostics.push_back(makeDiagnostic(Severity::Warning, file, {1, 1}, "utf16-file",
                                             "the file is UTF-16 encoded; Kiln reads it, but save it as UTF-8 "
                                             "so that every tool does"));
        m_text = m_owned;
    } else if (startsWith("\xEF\xBB\xBF")) {
        m_text = raw.substr(3);
    }

    return scan(file, diagnostics);
}

// One pass over the text: records where lines start (the same breaks as libyaml: LF, CR LF, a
// lone CR, and NEL / LS / PS) and refuses what YAML text cannot hold: NUL and other control
// characters, and invalid UTF-8 (binary files, legacy encodings). Runs of plain ASCII are
// skipped eight bytes at a time: this pass sees every byte of a 10 MB document.
bool SourceText::scan(const std::string &file, Diagnostics &diagnostics)
{
    m_lineStarts.clear();
    m_lineStarts.push_back(0);
    m_ascii = true;
    const std::string_view t = m_text;
    const std::size_t n = t.size();
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, t.data() + i, 8);
            const std::uint64_t below20 = (w - 0x20 * ones) & ~w & highs; // may over-report; never misses
            const std::uint64_t x = w ^ (0x7F * ones);
            const std::uint64_t del = (x - ones) & ~x & highs;
            if (((w & highs) | below20 | del) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = byte(i);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
        } else if (c == '\n') {
            m_lineStarts.push_back(++i);
        } else if (c == '\r') {
            i += (i + 1 < n && t[i + 1] == '\n') ? 2 : 1;
            m_lineStarts.push_back(i);
        } else if (c == '\t') {
            ++i;
        } else if (c < 0x80) {
            const bool binary = c == 0;
            diagnostics.push_back(makeDiagnostic(
                Severity::Error, file, markAtOffset(i), binary ? "binary-file" : "control-character",
                binary ? std::string("the file contains binary data (a NUL byte); a component document must be YAML text")
                       : "the file contains the control character " + hexByte(c) +
                             ", which YAML does not allow; remove it (or write it as an escape in a double-quoted string)"));
            return false;
        } else {
            const std::size_t len = utf8SequenceLength(t, i);
            if (len == 0) {
                diagnostics.push_back(makeDiagnostic(Severity::Error, file, markAtOffset(i), "invalid-utf8",
                                                     "the file is not valid UTF-8 text (byte " + hexByte(c) +
                                                         " here); save it as UTF-8, or remove the binary data"));
                return false;
            }
            m_ascii = false;
            const bool lineBreak = (len == 2 && c == 0xC2 && byte(i + 1) == 0x85) ||
                                   (len == 3 && c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9));
            i += len;
            if (lineBreak)
                m_lineStarts.push_back(i);
        }
    }
    return true;
}

Mark SourceText::markAtOffset(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t line0 = static_cast<std::size_t>(it - m_lineStarts.begin()) - 1;
    const std::size_t start = m_lineStarts[line0];
    if (m_ascii)
        return {static_cast<int>(line0) + 1, static_cast<int>(offset - start) + 1};
    std::size_t from = start, column = 0;
    if (m_cacheLine == line0 && m_cacheOffset >= start && m_cacheOffset <= offset) {
        from = m_cacheOffset;
        column = m_cacheColumn;
    }
    for (std::size_t i = from; i < offset; ++i)
        column += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80;
    m_cacheLine = line0;
    m_cacheOffset = offset;
    m_cacheColumn = column;
    return {static_cast<int>(line0) + 1, static_cast<int>(column) + 1};
}

std::size_t SourceText::offsetOf(std::size_t line0, std::size_t charColumn0) const
{
    if (line0 >= m_lineStarts.size())
        return std::string_view::npos;
    std::size_t offset = m_lineStarts[line0];
    if (m_ascii) {
        offset += charColumn0;
        return offset <= m_text.size() ? offset : std::string_view::npos;
    }
    std::size_t chars = 0;
    if (m_cacheLine == line0 && m_cacheColumn <= charColumn0 && m_cacheOffset >= offset) {
        offset = m_cacheOffset;
        chars = m_cacheColumn;
    }
    for (; chars < charColumn0; ++chars) {
        if (offset >= m_text.size())
            return std::string_view::npos;
        ++offset;
        while (offset < m_text.size() && (static_cast<unsigned char>(m_text[offset]) & 0xC0) == 0x80)
            ++offset;
    }
    m_cacheLine = line0;
    m_cacheOffset = offset;
    m_cacheColumn = chars;
    return offset;
}

Mark SourceText::clampedMark(std::size_t line0, std::size_t column0) const
{
    if (line0 < m_lineStarts.size() - 1 || (line0 == m_lineStarts.size() - 1 && m_ascii && column0 <= lineText(line0).size()))
        return {static_cast<int>(line0) + 1, static_cast<int>(column0) + 1};
    if (line0 >= m_lineStarts.size())
        line0 = m_lineStarts.size() - 1, column0 = std::string_view::npos;
    const std::string_view line = lineText(line0);
    std::size_t chars = 0;
    for (char c : line)
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return {static_cast<int>(line0) + 1, static_cast<int>(std::min(column0, chars)) + 1};
}

std::string_view SourceText::lineText(std::size_t line0) const
{
    if (line0 >= m_lineStarts.size())
        return {};
    const std::size_t start = m_lineStarts[line0];
    std::size_t end = line0 + 1 < m_lineStarts.size() ? m_lineStarts[line0 + 1] : m_text.size();
    while (end > start && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r'))
        --end;
    return m_text.substr(start, end - start);
}

} // namespace Kiln::Toe
