// The marks below follow libyaml 0.2.5's scanner (scanner.c) and parser (parser.c):
// - a block collection starts at its first key / first '-'; it ends (BLOCK-END) at the start of
//   the next token, i.e. the first non-space of the next line that is neither blank nor a
//   comment, or at the end of the stream (moved to the next line's column 0 when the text does
//   not end with a line break);
// - a missing value (`key:` / `-`) is an empty plain scalar just after the ':' / '-';
// - a plain scalar ends after its last non-space character; a quoted one after its quote;
// - a `|` block starts at the '|' and ends at column 0 of the first line after it that is
//   neither part of it nor blank (or at the end of the text).
// Whatever the reader is not sure to reproduce exactly, it refuses (returns false).
#include "yamlfastpath.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace Kiln::Toe::Detail {

namespace {

struct CharTable {
    bool indicator[256] = {};  // cannot start a plain scalar (YAML's c-indicator)
    bool keyRefused[256] = {}; // characters the reader leaves to libyaml inside a plain key
    constexpr CharTable()
    {
        for (const char *c = "-?:,[]{}#&*!|>'\"%@`"; *c; ++c)
            indicator[static_cast<unsigned char>(*c)] = true;
        for (const char *c = "'\"{}[],&*!|>%@`#"; *c; ++c)
            keyRefused[static_cast<unsigned char>(*c)] = true;
    }
};
constexpr CharTable kChars;

bool isIndicator(char c) { return kChars.indicator[static_cast<unsigned char>(c)]; }

class FastReader
{
public:
    FastReader(std::string_view text, YamlEventHandler &handler) : m_t(text), m_h(handler)
    {
        m_size = text.size();
        m_le = lineEnd(0);
    }

    bool run()
    {
        // (two memchr passes: find_first_of with a set tests every byte against the set one by one)
        if (std::memchr(m_t.data(), '\t', m_size) || std::memchr(m_t.data(), '\r', m_size))
            return false;
        // Spaces or a comment on a last line without a line break: libyaml closes the blocks
        // indented deeper than where the text ends at that column, the others on the next line.
        if (!m_t.empty() && m_t.back() != '\n') {
            const std::size_t last = m_t.find_last_of('\n') + 1; // npos + 1 == 0
            const std::size_t first = m_t.find_first_not_of(' ', last);
            if (first == std::string_view::npos || m_t[first] == '#')
                return false;
        }
        yaml_event_t e{};
        e.type = YAML_DOCUMENT_START_EVENT;
        if (!emit(e))
            return false;
        if (!seekContent(false) || m_eof)
            return false;
        const std::size_t p = m_cp;
        if (isEntry(p)) {
            if (!blockSequence(p))
                return false;
        } else {
            const int key = keyLine(p);
            if (key != 1 || !blockMapping(p))
                return false;
        }
        if (!m_eof)
            return false;
        e = {};
        e.type = YAML_STREAM_END_EVENT;
        e.start_mark = e.end_mark = eofMark();
        return emit(e);
    }

private:
    std::size_t lineEnd(std::size_t from) const
    {
        const void *nl = from < m_size ? std::memchr(m_t.data() + from, '\n', m_size - from) : nullptr;
        return nl ? static_cast<std::size_t>(static_cast<const char *>(nl) - m_t.data()) : m_size;
    }

    static yaml_mark_t mark(std::size_t line, std::size_t column)
    {
        yaml_mark_t m{};
        m.line = line;
        m.column = column;
        return m;
    }
    yaml_mark_t at(std::size_t offset) const { return mark(m_line, offset - m_ls); }
    std::size_t col(std::size_t offset) const { return offset - m_ls; }
    char ch(std::size_t offset) const { return offset < m_le ? m_t[offset] : '\n'; }

    // At the end (the cursor on the last line): libyaml forces a final line break, so the stream
    // ends at column 0 of the line after a last line that has no line break.
    yaml_mark_t eofMark() const { return mark(m_ls == m_size ? m_line : m_line + 1, 0); }

    bool nextLine()
    {
        if (m_le >= m_size)
            return false;
        m_ls = m_le + 1;
        m_le = lineEnd(m_ls);
        ++m_line;
        return true;
    }

    // Moves to the next token: the first non-space of a line that is neither blank nor a comment,
    // starting with the current line (from its start) unless `skipCurrent`. Sets m_eof at the end.
    bool seekContent(bool skipCurrent)
    {
        if (skipCurrent && !nextLine()) {
            m_eof = true;
            return true;
        }
        for (;;) {
            std::size_t i = m_ls;
            while (i < m_le && m_t[i] == ' ')
                ++i;
            if (i < m_le && m_t[i] != '#') {
                // Document markers and directives: leave them to libyaml.
                if (i == m_ls && (m_t[i] == '%' || m_t.substr(i, 3) == "---" || m_t.substr(i, 3) == "..."))
                    return false;
                m_cp = i;
                return true;
            }
            if (!nextLine()) {
                m_eof = true;
                return true;
            }
        }
    }

    // After a one-line value ending before `i`: only spaces and a comment may follow on the line.
    bool finishLine(std::size_t i)
    {
        const std::size_t start = i;
        while (i < m_le && m_t[i] == ' ')
            ++i;
        if (i < m_le && !(m_t[i] == '#' && i > start))
            return false;
        return seekContent(true);
    }

    bool isEntry(std::size_t p) const { return m_t[p] == '-' && (ch(p + 1) == ' ' || ch(p + 1) == '\n'); }

    // 1: the line from p is `key: …` with a plain key the reader handles (m_keyEnd, m_colon set);
    // 0: it holds no key (a value); -1: a key the reader leaves to libyaml.
    int keyLine(std::size_t p)
    {
        if (isIndicator(m_t[p]))
            return 0;
        std::size_t i = p;
        for (; i < m_le; ++i) {
            const char c = m_t[i];
            if (c == ':' && (i + 1 == m_le || m_t[i + 1] == ' '))
                break;
            if (c == '#' && m_t[i - 1] == ' ')
                return 0;
        }
        if (i == m_le)
            return 0;
        std::size_t end = i;
        while (end > p && m_t[end - 1] == ' ')
            --end;
        if (i - p > 1000)
            return -1;
        for (std::size_t k = p; k < end; ++k)
            if (kChars.keyRefused[static_cast<unsigned char>(m_t[k])])
                return -1;
        m_keyEnd = end;
        m_colon = i;
        return 1;
    }

    bool emit(const yaml_event_t &e)
    {
        return m_h.handle(e);
    }

    bool scalar(const char *value, std::size_t length, yaml_scalar_style_t style, yaml_mark_t start, yaml_mark_t end)
    {
        yaml_event_t e{};
        e.type = YAML_SCALAR_EVENT;
        e.start_mark = start;
        e.end_mark = end;
        e.data.scalar.value = reinterpret_cast<yaml_char_t *>(const_cast<char *>(value));
        e.data.scalar.length = length;
        e.data.scalar.plain_implicit = style == YAML_PLAIN_SCALAR_STYLE;
        e.data.scalar.quoted_implicit = style != YAML_PLAIN_SCALAR_STYLE;
        e.data.scalar.style = style;
        return emit(e);
    }
    bool nullScalar(yaml_mark_t m) { return scalar("", 0, YAML_PLAIN_SCALAR_STYLE, m, m); }

    bool start(bool map, bool flow, yaml_mark_t m)
    {
        yaml_event_t e{};
        e.type = map ? YAML_MAPPING_START_EVENT : YAML_SEQUENCE_START_EVENT;
        e.start_mark = e.end_mark = m;
        if (map)
            e.data.mapping_start.style = flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE;
        else
            e.data.sequence_start.style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE;
        e.data.mapping_start.implicit = !flow;
        return emit(e);
    }
    bool end(bool map, yaml_mark_t s, yaml_mark_t e2)
    {
        yaml_event_t e{};
        e.type = map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
        e.start_mark = s;
        e.end_mark = e2;
        return emit(e);
    }
    bool blockEnd(bool map)
    {
        const yaml_mark_t m = m_eof ? eofMark() : at(m_cp);
        return end(map, m, m);
    }

    // A node that starts a line of its own (or follows `- ` / is a map value on the next line).
    bool blockNode(std::size_t p, std::size_t indent)
    {
        if (isEntry(p))
            return blockSequence(p);
        const int key = keyLine(p);
        if (key < 0)
            return false;
        if (key == 1)
            return blockMapping(p);
        return inlineValue(p, indent);
    }

    bool blockMapping(std::size_t p)
    {
        const std::size_t k = col(p);
        if (!start(true, false, at(p)))
            return false;
        for (;;) {
            // m_keyEnd / m_colon describe the key line at p.
            const std::size_t colon = m_colon;
            if (!scalar(m_t.data() + p, m_keyEnd - p, YAML_PLAIN_SCALAR_STYLE, at(p), at(m_keyEnd)))
                return false;
            std::size_t q = colon + 1;
            while (q < m_le && m_t[q] == ' ')
                ++q;
            if (q == m_le || m_t[q] == '#') {
                const yaml_mark_t valueMark = at(colon + 1);
                if (!seekContent(true))
                    return false;
                if (!m_eof && col(m_cp) > k) {
                    if (!blockNode(m_cp, k))
                        return false;
                } else {
                    if (!m_eof && col(m_cp) == k && isEntry(m_cp))
                        return false; // an indentless list: left to libyaml
                    if (!nullScalar(valueMark))
                        return false;
                }
            } else if (!inlineValue(q, k)) {
                return false;
            }
            if (m_eof || col(m_cp) < k)
                return blockEnd(true);
            if (col(m_cp) > k)
                return false;
            p = m_cp;
            if (keyLine(p) != 1)
                return false;
        }
    }

    bool blockSequence(std::size_t p)
    {
        const std::size_t s = col(p);
        if (!start(false, false, at(p)))
            return false;
        for (;;) {
            std::size_t q = p + 1;
            while (q < m_le && m_t[q] == ' ')
                ++q;
            if (q == m_le || m_t[q] == '#') {
                const yaml_mark_t entryMark = at(p + 1);
                if (!seekContent(true))
                    return false;
                if (!m_eof && col(m_cp) > s) {
                    if (!blockNode(m_cp, s))
                        return false;
                } else if (!nullScalar(entryMark)) {
                    return false;
                }
            } else {
                if (isEntry(q))
                    return false; // `- - x`: left to libyaml
                const int key = keyLine(q);
                if (key < 0)
                    return false;
                if (!(key == 1 ? blockMapping(q) : inlineValue(q, s)))
                    return false;
            }
            if (m_eof || col(m_cp) < s)
                return blockEnd(false);
            if (col(m_cp) > s || !isEntry(m_cp))
                return false;
            p = m_cp;
        }
    }

    // A value that starts at q on the current line; `indent` is libyaml's current block indent.
    bool inlineValue(std::size_t q, std::size_t indent)
    {
        const char c = m_t[q];
        std::size_t after = 0;
        switch (c) {
        case '\'':
        case '"':
            if (!quoted(q, after))
                return false;
            return finishLine(after);
        case '[':
            if (!flowSequence(q, after))
                return false;
            return finishLine(after);
        case '{':
            if (ch(q + 1) == '{' || !flowMapping(q, after))
                return false;
            return finishLine(after);
        case '|':
            return literal(q, indent);
        default:
            break;
        }
        if (isIndicator(c) && !(c == '-' && ch(q + 1) != ' ' && ch(q + 1) != '\n'))
            return false;
        std::size_t i = q, end = q;
        for (; i < m_le; ++i) {
            const char x = m_t[i];
            if (x == ':' && (i + 1 == m_le || m_t[i + 1] == ' '))
                return false; // `a: b: c` and friends: libyaml reports them
            if (x == '#' && m_t[i - 1] == ' ')
                break;
            if (x != ' ')
                end = i + 1;
        }
        if (!scalar(m_t.data() + q, end - q, YAML_PLAIN_SCALAR_STYLE, at(q), at(end)))
            return false;
        // A more indented next line would continue the scalar: the callers refuse that.
        return seekContent(true);
    }

    // '…' or "…" closed on the same line; "…" without escapes.
    bool quoted(std::size_t q, std::size_t &after)
    {
        const char quote = m_t[q];
        m_buffer.clear();
        std::size_t i = q + 1;
        for (;;) {
            const void *hit = std::memchr(m_t.data() + i, quote, m_le - i);
            if (!hit)
                return false; // closed on a later line (or never): left to libyaml
            const std::size_t j = static_cast<std::size_t>(static_cast<const char *>(hit) - m_t.data());
            m_buffer.append(m_t.data() + i, j - i);
            if (quote == '\'' && ch(j + 1) == '\'') {
                m_buffer += '\'';
                i = j + 2;
                continue;
            }
            i = j;
            break;
        }
        if (quote == '"' && m_buffer.find('\\') != std::string::npos)
            return false; // escapes: left to libyaml
        after = i + 1;
        return scalar(m_buffer.data(), m_buffer.size(), quote == '\'' ? YAML_SINGLE_QUOTED_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE,
                      at(q), at(after));
    }

    // A scalar inside [ ] or { }: quoted, or plain without ':' '#' and flow indicators.
    bool flowScalar(std::size_t &i, bool key)
    {
        if (m_t[i] == '\'' || m_t[i] == '"') {
            std::size_t after = 0;
            if (!quoted(i, after))
                return false;
            i = after;
            return true;
        }
        if (isIndicator(m_t[i]))
            return false;
        const std::size_t from = i;
        std::size_t end = i;
        for (; i < m_le; ++i) {
            const char c = m_t[i];
            if (c == ',' || c == ']' || c == '}' || (key && c == ':'))
                break;
            if (c == ':' || c == '#' || c == '[' || c == '{' || c == '?')
                return false;
            if (c != ' ')
                end = i + 1;
        }
        if (i >= m_le)
            return false;
        return scalar(m_t.data() + from, end - from, YAML_PLAIN_SCALAR_STYLE, at(from), at(end));
    }

    void skipSpaces(std::size_t &i) const
    {
        while (i < m_le && m_t[i] == ' ')
            ++i;
    }

    bool flowSequence(std::size_t q, std::size_t &after)
    {
        if (!start(false, true, at(q)))
            return false;
        std::size_t i = q + 1;
        skipSpaces(i);
        if (ch(i) != ']') {
            for (;;) {
                if (i >= m_le || !flowScalar(i, false))
                    return false;
                skipSpaces(i);
                if (ch(i) == ']')
                    break;
                if (ch(i) != ',')
                    return false;
                ++i;
                skipSpaces(i);
                if (ch(i) == ']')
                    return false; // a trailing comma: left to libyaml
            }
        }
        after = i + 1;
        return end(false, at(i), at(after));
    }

    bool flowMapping(std::size_t q, std::size_t &after)
    {
        if (!start(true, true, at(q)))
            return false;
        std::size_t i = q + 1;
        skipSpaces(i);
        if (ch(i) != '}') {
            for (;;) {
                if (i >= m_le || m_t[i] == '\'' || m_t[i] == '"' || !flowScalar(i, true))
                    return false;
                if (ch(i) != ':' || ch(i + 1) != ' ')
                    return false;
                i += 2;
                skipSpaces(i);
                if (i >= m_le || m_t[i] == ',' || m_t[i] == '}' || !flowScalar(i, false))
                    return false;
                skipSpaces(i);
                if (ch(i) == '}')
                    break;
                if (ch(i) != ',')
                    return false;
                ++i;
                skipSpaces(i);
                if (ch(i) == '}')
                    return false;
            }
        }
        after = i + 1;
        return end(true, at(i), at(after));
    }

    // A `|`, `|-` or `|+` block with its indentation detected from its first line.
    bool literal(std::size_t q, std::size_t indent)
    {
        int chomp = 0;
        std::size_t i = q + 1;
        if (ch(i) == '-' || ch(i) == '+')
            chomp = m_t[i++] == '-' ? -1 : 1;
        skipSpaces(i);
        if (i != m_le)
            return false; // indentation digits, comments: left to libyaml
        const yaml_mark_t startMark = at(q);
        if (!nextLine())
            return false;
        m_buffer.clear();
        // Leading empty lines (truly empty only: spaces on them change libyaml's indent detection).
        while (m_ls == m_le) {
            if (m_le >= m_size)
                return false;
            m_buffer += '\n';
            nextLine();
        }
        std::size_t n = 0;
        while (m_ls + n < m_le && m_t[m_ls + n] == ' ')
            ++n;
        if (n <= indent || m_ls + n == m_le)
            return false;
        const std::size_t blockIndent = n;
        yaml_mark_t endMark;
        for (;;) {
            m_buffer.append(m_t.data() + m_ls + blockIndent, m_le - m_ls - blockIndent);
            if (m_le >= m_size) {
                // The text ends inside the block, without a final line break.
                endMark = at(m_le);
                m_eof = true;
                break;
            }
            nextLine();
            endMark = mark(m_line, 0);
            std::size_t trailing = 0;
            bool content = false;
            for (;;) {
                std::size_t spaces = 0;
                while (m_ls + spaces < m_le && m_t[m_ls + spaces] == ' ')
                    ++spaces;
                const std::size_t length = m_le - m_ls;
                if (spaces >= blockIndent && length > blockIndent) {
                    content = true;
                    break;
                }
                if (spaces < length)
                    break; // a less indented line: the block is over
                if (m_le >= m_size) {
                    if (length > 0)
                        return false; // spaces without a final line break
                    break;
                }
                ++trailing;
                nextLine();
                endMark = mark(m_line, 0);
            }
            if (content) {
                m_buffer.append(1 + trailing, '\n');
                continue;
            }
            if (chomp >= 0)
                m_buffer += '\n';
            if (chomp > 0)
                m_buffer.append(trailing, '\n');
            if (!seekContent(false))
                return false;
            break;
        }
        return scalar(m_buffer.data(), m_buffer.size(), YAML_LITERAL_SCALAR_STYLE, startMark, endMark);
    }

    std::string_view m_t;
    YamlEventHandler &m_h;
    std::size_t m_size = 0;
    std::size_t m_line = 0, m_ls = 0, m_le = 0; // current line: number, start, end (its '\n')
    std::size_t m_cp = 0;                       // the current token's offset (when !m_eof)
    bool m_eof = false;
    std::size_t m_keyEnd = 0, m_colon = 0;
    std::string m_buffer;
};

} // namespace

bool readYamlFast(std::string_view text, YamlEventHandler &handler)
{
    FastReader reader(text, handler);
    return reader.run();
}

} // namespace Kiln::Toe::Detail
