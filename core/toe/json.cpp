#include "json.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Kiln::Toe {

namespace {

const Json &nullJson()
{
    static const Json n;
    return n;
}

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not valid UTF-8.
size_t utf8SequenceLength(std::string_view s, size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (i + n > s.size())
        return 0;
    for (size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
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

void newline(std::string &out, int indent, int level)
{
    if (indent < 0)
        return;
    out += '\n';
    out.append(static_cast<size_t>(indent * level), ' ');
}

class Parser
{
public:
    Parser(std::string_view text, const std::string &file) : m_text(text), m_file(file) {}

    Result<Json> parseDocument()
    {
        Json value;
        if (!parseValue(value, 0))
            return unexpected(m_error);
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("unexpected characters after the JSON value");
            return unexpected(m_error);
        }
        return value;
    }

private:
    static constexpr int MaxDepth = 512;

    std::string_view m_text;
    const std::string &m_file;
    size_t m_pos = 0;
    Error m_error;

    bool fail(const std::string &message)
    {
        int line = 1, column = 1;
        for (size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') { ++line; column = 1; }
            else ++column;
        }
        m_error = Error{message, Location{m_file, Mark{line, column}}};
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                ++m_pos;
            else
                break;
        }
    }

    bool literal(const char *word, Json value, Json &out)
    {
        const size_t n = std::strlen(word);
        if (m_text.substr(m_pos, n) != word)
            return fail("invalid JSON value");
        m_pos += n;
        out = std::move(value);
        return true;
    }

    bool parseValue(Json &out, int depth)
    {
        if (depth > MaxDepth)
            return fail("JSON nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end of JSON text");
        const char c = m_text[m_pos];
        switch (c) {
        case '{': return parseObject(out, depth);
        case '[': return parseArray(out, depth);
        case '"': {
            std::string s;
            if (!parseString(s))
                return false;
            out = Json(std::move(s));
            return true;
        }
        case 't': return literal("true", Json(true), out);
        case 'f': return literal("false", Json(false), out);
        case 'n': return literal("null", Json(), out);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            return fail(std::string("unexpected character '") + c + "'");
        }
    }

    bool parseNumber(Json &out)
    {
        const size_t start = m_pos;
        bool isDouble = false;
        if (m_text[m_pos] == '-')
            ++m_pos;
        auto digits = [&] {
            const size_t s = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos > s;
        };
        if (!digits())
            return fail("invalid number");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            isDouble = true;
            if (!digits())
                return fail("invalid number");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            isDouble = true;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        const std::string text(m_text.substr(start, m_pos - start));
        if (!isDouble) {
            errno = 0;
            char *end = nullptr;
            const long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == 0) {
                out = Json(v);
                return true;
            }
        }
        out = Json(std::strtod(text.c_str(), nullptr));
        return true;
    }

    bool hex4(unsigned &cp)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos++];
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= unsigned(h - 'A' + 10);
            else return fail("invalid \\u escape");
        }
        return true;
    }

    bool parseString(std::string &out)
    {
        ++m_pos; // opening quote
        while (true) {
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c != '\\') {
                // copy a run of ordinary characters at once
                const size_t s = m_pos;
                while (m_pos < m_text.size() && m_text[m_pos] != '"' && m_text[m_pos] != '\\'
                       && static_cast<unsigned char>(m_text[m_pos]) >= 0x20)
                    ++m_pos;
                out.append(m_text.substr(s, m_pos - s));
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                return fail("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF && m_text.substr(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    unsigned low = 0;
                    if (!hex4(low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return fail(std::string("invalid escape '\\") + e + "'");
            }
        }
    }

    bool parseArray(Json &out, int depth)
    {
        ++m_pos;
        out = Json::array();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            Json item;
            if (!parseValue(item, depth + 1))
                return false;
            out.push_back(std::move(item));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unterminated array");
            if (m_text[m_pos] == ',') { ++m_pos; continue; }
            if (m_text[m_pos] == ']') { ++m_pos; return true; }
            return fail("expected ',' or ']' in array");
        }
    }

    bool parseObject(Json &out, int depth)
    {
        ++m_pos;
        out = Json::object();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a string key in object");
            std::string key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':' after object key");
            ++m_pos;
            Json value;
            if (!parseValue(value, depth + 1))
                return false;
            out[key] = std::move(value);
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unterminated object");
            if (m_text[m_pos] == ',') { ++m_pos; continue; }
            if (m_text[m_pos] == '}') { ++m_pos; return true; }
            return fail("expected ',' or '}' in object");
        }
    }
};

} // namespace

long long Json::toInt(long long fallback) const
{
    if (m_type == Type::Int)
        return m_int;
    if (m_type == Type::Double)
        return static_cast<long long>(m_double);
    return fallback;
}

double Json::toDouble(double fallback) const
{
    if (m_type == Type::Double)
        return m_double;
    if (m_type == Type::Int)
        return static_cast<double>(m_int);
    return fallback;
}

const std::string &Json::toString() const
{
    static const std::string empty;
    return m_type == Type::String ? m_string : empty;
}

std::string Json::asText() const
{
    switch (m_type) {
    case Type::Null: return {};
    case Type::String: return m_string;
    case Type::Bool: return m_int ? "true" : "false";
    default: return dump();
    }
}

void Json::push_back(Json value)
{
    if (m_type == Type::Null)
        m_type = Type::Array;
    m_items.push_back(std::move(value));
}

const Json &Json::operator[](size_t index) const
{
    if (m_type != Type::Array || index >= m_items.size())
        return nullJson();
    return m_items[index];
}

Json &Json::operator[](std::string_view key)
{
    if (m_type == Type::Null)
        m_type = Type::Object;
    for (auto &m : m_members)
        if (m.first == key)
            return m.second;
    m_members.emplace_back(std::string(key), Json());
    return m_members.back().second;
}

const Json &Json::operator[](std::string_view key) const
{
    const Json *j = find(key);
    return j ? *j : nullJson();
}

const Json *Json::find(std::string_view key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const auto &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

bool Json::remove(std::string_view key)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->first == key) {
            m_members.erase(it);
            return true;
        }
    }
    return false;
}

bool Json::operator==(const Json &o) const
{
    if (isNumber() && o.isNumber()) {
        if (m_type == Type::Int && o.m_type == Type::Int)
            return m_int == o.m_int;
        return toDouble() == o.toDouble();
    }
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_int == o.m_int;
    case Type::String: return m_string == o.m_string;
    case Type::Array: return m_items == o.m_items;
    case Type::Object: return m_members == o.m_members;
    default: return false;
    }
}

void jsonQuote(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    // Per byte: 0 = copied as is (plain ASCII), 1 = needs more (control, quote, backslash, non-ASCII).
    static constexpr auto special = [] {
        std::array<unsigned char, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[static_cast<size_t>(c)] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
        return t;
    }();
    // Step output is megabytes of short lines: escape into a block on the stack and append it
    // whole, instead of two std::string appends per line. A block holds at most Block input
    // bytes, each of which becomes at most 6 bytes (\u00XX).
    constexpr size_t Block = 4096;
    char buf[Block * 6 + 8];
    out.reserve(out.size() + s.size() + s.size() / 4 + 2);
    out += '"';
    size_t i = 0;
    while (i < s.size()) {
        char *d = buf;
        const size_t end = std::min(s.size(), i + Block);
        while (i < end) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (!special[c]) {
                *d++ = static_cast<char>(c);
                ++i;
                continue;
            }
            char esc = 0;
            switch (c) {
            case '"': esc = '"'; break;
            case '\\': esc = '\\'; break;
            case '\n': esc = 'n'; break;
            case '\r': esc = 'r'; break;
            case '\t': esc = 't'; break;
            case '\b': esc = 'b'; break;
            case '\f': esc = 'f'; break;
            default: break;
            }
            if (esc) {
                *d++ = '\\';
                *d++ = esc;
                ++i;
                continue;
            }
            if (c < 0x20) {
                *d++ = '\\';
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xF];
                ++i;
                continue;
            }
            const size_t n = utf8SequenceLength(s, i);
            if (n == 0) {
                std::memcpy(d, "\xEF\xBF\xBD", 3); // U+FFFD for a byte that is not valid UTF-8
                d += 3;
                ++i;
            } else {
                // a sequence may run past the block's end by up to 3 bytes: buf has room for it
                std::memcpy(d, s.data() + i, n);
                d += n;
                i += n;
            }
        }
        out.append(buf, static_cast<size_t>(d - buf));
    }
    out += '"';
}

void Json::dumpTo(std::string &out, int indent, int level) const
{
    switch (m_type) {
    case Type::Null: out += "null"; return;
    case Type::Bool: out += m_int ? "true" : "false"; return;
    case Type::Int: out += std::to_string(m_int); return;
    case Type::Double: {
        if (!std::isfinite(m_double)) {
            out += "null";
            return;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", m_double);
        // keep the shortest representation that round-trips
        for (int prec = 1; prec <= 17; ++prec) {
            char tmp[32];
            std::snprintf(tmp, sizeof tmp, "%.*g", prec, m_double);
            if (std::strtod(tmp, nullptr) == m_double) {
                std::strcpy(buf, tmp);
                break;
            }
        }
        out += buf;
        if (!std::strpbrk(buf, ".eEn"))
            out += ".0";
        return;
    }
    case Type::String: jsonQuote(out, m_string); return;
    case Type::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ',';
            newline(out, indent, level + 1);
            m_items[i].dumpTo(out, indent, level + 1);
        }
        newline(out, indent, level);
        out += ']';
        return;
    case Type::Object:
        if (m_members.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i)
                out += ',';
            newline(out, indent, level + 1);
            jsonQuote(out, m_members[i].first);
            out += indent >= 0 ? ": " : ":";
            m_members[i].second.dumpTo(out, indent, level + 1);
        }
        newline(out, indent, level);
        out += '}';
        return;
    }
}

std::string Json::dump(int indent) const
{
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

Result<Json> Json::parse(std::string_view text, const std::string &file)
{
    Parser p(text, file);
    return p.parseDocument();
}

} // namespace Kiln::Toe
