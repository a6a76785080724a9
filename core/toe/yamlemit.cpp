#include "yamlemit.h"

#include <array>

namespace Kiln::Toe {

namespace {

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> words)
{
    for (std::string_view w : words)
        if (s == w)
            return true;
    return false;
}

// What YAML 1.1 (libyaml + go-yaml, as AWSTOE reads documents) would resolve to something other
// than a string when written plain. Deliberately broad: a needless quote costs nothing.
bool resolvesToNonString(std::string_view s)
{
    if (isOneOf(s, {"", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                    "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"}))
        return true;
    std::string_view body = s;
    if (!body.empty() && (body.front() == '+' || body.front() == '-'))
        body.remove_prefix(1);
    if (body.empty())
        return false;
    if (body.front() == '.') {
        const std::string_view rest = body.substr(1);
        if (isOneOf(rest, {"inf", "Inf", "INF", "nan", "NaN", "NAN"}))
            return true;
    }
    if (!(body.front() >= '0' && body.front() <= '9') && body.front() != '.')
        return false;
    // Numbers (decimal, octal, hex, binary, floats, sexagesimal) and dates are made of these.
    for (char c : body) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x' ||
                        c == 'X' || c == 'o' || c == 'O' || c == '_' || c == '.' || c == '+' || c == '-' || c == ':' ||
                        c == 'T' || c == 't' || c == 'Z' || c == 'z';
        if (!ok)
            return false;
    }
    return true;
}

bool hasControl(std::string_view s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) // a tab too: invisible in a quoted value, so escaped
            return true;
    }
    return false;
}

std::string singleQuoted(std::string_view s)
{
    std::string out = "'";
    for (char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

std::string doubleQuoted(std::string_view s)
{
    static constexpr std::array<char, 16> hex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                 '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
    std::string out = "\"";
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

std::string spaces(int n) { return std::string(static_cast<std::size_t>(std::max(0, n)), ' '); }

class Emitter
{
public:
    explicit Emitter(const YamlStyle &style) : m_style(style) {}

    // A block `|` scalar: header, then the lines at `contentColumn`.
    std::string blockScalar(std::string_view text, int contentColumn) const
    {
        std::string header = "|";
        std::size_t trailing = 0;
        while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
            ++trailing;
        if (trailing == 0)
            header += '-';
        else if (trailing > 1)
            header += '+';
        std::string_view body = text.substr(0, text.size() - (trailing > 0 ? 1 : 0));
        std::string out = header;
        std::size_t start = 0;
        while (start <= body.size()) {
            std::size_t end = body.find('\n', start);
            if (end == std::string_view::npos)
                end = body.size();
            const std::string_view line = body.substr(start, end - start);
            out += m_style.eol;
            if (!line.empty())
                out += spaces(contentColumn) + std::string(line);
            if (end == body.size())
                break;
            start = end + 1;
        }
        return out;
    }

    std::string scalarInline(const Node &n) const
    {
        if (n.isNull())
            return "";
        return quoteScalar(n.scalar, n.plain);
    }

    std::string entryValue(const Node &value, int keyColumn) const
    {
        if (value.isNull())
            return "";
        if (value.isScalar()) {
            if (isMultiLine(value))
                return " " + blockScalar(value.scalar, keyColumn + m_style.indent);
            return " " + scalarInline(value);
        }
        if (value.isMap()) {
            if (value.entries.empty())
                return " {}";
            const int col = keyColumn + m_style.indent;
            return m_style.eol + spaces(col) + mapBody(value, col);
        }
        if (value.items.empty())
            return " []";
        const int col = keyColumn + (m_style.indentSequences ? m_style.indent : 0);
        return m_style.eol + spaces(col) + sequenceBody(value, col);
    }

    std::string mapBody(const Node &map, int column) const
    {
        std::string out;
        bool first = true;
        for (const auto &e : map.entries) {
            if (!first)
                out += m_style.eol + spaces(column);
            first = false;
            out += keyText(e.key) + ":" + entryValue(e.value, column);
        }
        return out;
    }

    std::string sequenceBody(const Node &seq, int dashColumn) const
    {
        std::string out;
        bool first = true;
        for (const auto &item : seq.items) {
            if (!first)
                out += m_style.eol + spaces(dashColumn);
            first = false;
            out += "-";
            out += itemValue(item, dashColumn);
        }
        return out;
    }

    std::string itemValue(const Node &item, int dashColumn) const
    {
        if (item.isNull())
            return "";
        if (item.isScalar()) {
            if (isMultiLine(item))
                return " " + blockScalar(item.scalar, dashColumn + std::max(2, m_style.indent));
            return " " + scalarInline(item);
        }
        if (item.isMap())
            return item.entries.empty() ? " {}" : " " + mapBody(item, dashColumn + 2);
        return item.items.empty() ? " []" : " " + sequenceBody(item, dashColumn + 2);
    }

    std::string node(const Node &n, int column) const
    {
        if (n.isMap())
            return n.entries.empty() ? "{}" : mapBody(n, column);
        if (n.isSequence())
            return n.items.empty() ? "[]" : sequenceBody(n, column);
        if (isMultiLine(n))
            return blockScalar(n.scalar, column + m_style.indent);
        return scalarInline(n);
    }

private:
    static bool isMultiLine(const Node &n)
    {
        if (!n.isScalar() || n.scalar.find('\n') == std::string::npos)
            return false;
        const std::string_view s = n.scalar;
        if (s.front() == ' ' || s.front() == '\n' || s.find('\r') != std::string_view::npos)
            return false;
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
                return false;
        }
        return true;
    }

    static std::string keyText(const std::string &key) { return quoteScalar(key, true); }

    const YamlStyle &m_style;
};

} // namespace

bool isPlainSafe(std::string_view s, bool typed)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t')
        return false;
    if (hasControl(s) || s.find('\t') != std::string_view::npos)
        return false;
    const char first = s.front();
    if (std::string_view("[]{},#&*!|>'\"%@`").find(first) != std::string_view::npos)
        return false;
    if ((first == '-' || first == '?' || first == ':') && (s.size() == 1 || s[1] == ' '))
        return false;
    if (s.substr(0, 3) == "---" || s.substr(0, 3) == "...")
        return false;
    if (s.back() == ':' || s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
        return false;
    if (!typed && resolvesToNonString(s))
        return false;
    if (typed && s == "~")
        return false;
    return true;
}

std::string quoteScalar(std::string_view text, bool typed, QuoteStyle style)
{
    const bool needsDouble = hasControl(text) || text.find('\n') != std::string_view::npos;
    if (needsDouble || style == QuoteStyle::Double)
        return doubleQuoted(text);
    if (style == QuoteStyle::Single)
        return singleQuoted(text);
    return isPlainSafe(text, typed) ? std::string(text) : singleQuoted(text);
}

std::string emitYaml(const Node &node, int column, const YamlStyle &style) { return Emitter(style).node(node, column); }

std::string emitEntryValue(const Node &value, int keyColumn, const YamlStyle &style)
{
    return Emitter(style).entryValue(value, keyColumn);
}

Node yamlText(std::string text) { return Node::makeScalar(std::move(text), {}, false); }

Node yamlTyped(std::string text) { return Node::makeScalar(std::move(text), {}, true); }

Node yamlList(std::vector<Node> items)
{
    Node n;
    n.kind = Node::Kind::Sequence;
    n.items = std::move(items);
    return n;
}

Node yamlMap(std::vector<Node::Entry> entries)
{
    Node n;
    n.kind = Node::Kind::Map;
    n.entries = std::move(entries);
    return n;
}

} // namespace Kiln::Toe
