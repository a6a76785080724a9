// Where values sit in the document's bytes, and the minimal replacements (yamledit_p.h).
#include "yamledit_p.h"

#include <algorithm>

namespace Kiln::Toe::Detail {

namespace {

bool isBreak(char c) { return c == '\n' || c == '\r'; }
bool isSpace(char c) { return c == ' ' || c == '\t'; }

} // namespace

Error TextTools::error(Mark mark, std::string message) const { return Error{std::move(message), Location{"", mark}}; }

std::size_t TextTools::offset(Mark mark) const
{
    if (!mark.valid())
        return std::string::npos;
    const std::size_t o = m_source.offsetOf(static_cast<std::size_t>(mark.line - 1), static_cast<std::size_t>(mark.column - 1));
    return o == std::string_view::npos ? std::string::npos : o + m_base;
}

std::size_t TextTools::lineStart(std::size_t o) const
{
    o = std::min(o, m_text.size());
    while (o > 0 && !isBreak(m_text[o - 1]))
        --o;
    return o;
}

std::size_t TextTools::lineEnd(std::size_t o) const
{
    while (o < m_text.size() && !isBreak(m_text[o]))
        ++o;
    return o;
}

std::size_t TextTools::nextLine(std::size_t o) const
{
    o = lineEnd(o);
    if (o < m_text.size() && m_text[o] == '\r')
        ++o;
    if (o < m_text.size() && m_text[o] == '\n')
        ++o;
    return o;
}

std::size_t TextTools::previousLineStart(std::size_t start) const
{
    if (start == 0)
        return std::string::npos;
    std::size_t o = start - 1;
    if (o > 0 && m_text[o] == '\n' && m_text[o - 1] == '\r')
        --o;
    return lineStart(o);
}

int TextTools::indentAt(std::size_t start) const
{
    int n = 0;
    while (start + static_cast<std::size_t>(n) < m_text.size() && m_text[start + static_cast<std::size_t>(n)] == ' ')
        ++n;
    return n;
}

bool TextTools::isBlank(std::size_t start) const
{
    std::size_t o = start;
    while (o < m_text.size() && isSpace(m_text[o]))
        ++o;
    return o >= m_text.size() || isBreak(m_text[o]);
}

bool TextTools::isComment(std::size_t start) const
{
    std::size_t o = start;
    while (o < m_text.size() && isSpace(m_text[o]))
        ++o;
    return o < m_text.size() && m_text[o] == '#';
}

bool TextTools::onlySpacesBefore(std::size_t o) const
{
    for (std::size_t i = lineStart(o); i < o; ++i)
        if (!isSpace(m_text[i]))
            return false;
    return true;
}

std::size_t TextTools::contentEnd(const Node &node) const
{
    if ((node.isMap() || node.isSequence()) && !node.flow) {
        if (node.isMap() && !node.entries.empty())
            return contentEnd(node.entries.back().value);
        if (node.isSequence() && !node.items.empty())
            return contentEnd(node.items.back());
    }
    const std::size_t start = offset(node.mark);
    std::size_t end = offset(node.end);
    if (start == std::string::npos || end == std::string::npos)
        return start;
    if (node.flow || node.isMap() || node.isSequence())
        return end;
    // A block scalar's end includes its trailing line breaks (and the next line's indentation).
    while (end > start && (isSpace(m_text[end - 1]) || isBreak(m_text[end - 1])))
        --end;
    return end;
}

std::size_t TextTools::afterColon(const Node::Entry &entry) const
{
    std::size_t o = offset(entry.keyMark);
    if (o == std::string::npos)
        return o;
    if (o < m_text.size() && (m_text[o] == '\'' || m_text[o] == '"')) {
        const char quote = m_text[o++];
        while (o < m_text.size()) {
            if (m_text[o] == '\\' && quote == '"') {
                o += 2;
                continue;
            }
            if (m_text[o] == quote) {
                if (quote == '\'' && o + 1 < m_text.size() && m_text[o + 1] == '\'') {
                    o += 2;
                    continue;
                }
                ++o;
                break;
            }
            ++o;
        }
    }
    // A plain key cannot hold ": ", so the first ':' followed by a blank or the line end is it.
    while (o < m_text.size() && !isBreak(m_text[o])) {
        if (m_text[o] == ':' && (o + 1 >= m_text.size() || isSpace(m_text[o + 1]) || isBreak(m_text[o + 1])))
            return o + 1;
        ++o;
    }
    return std::string::npos;
}

Result<ItemBlock> TextTools::itemBlock(const Node &seq, std::size_t index) const
{
    const Node &item = seq.items.at(index);
    ItemBlock b;
    std::size_t o = offset(item.mark);
    if (o == std::string::npos)
        return unexpected(error(item.mark, "this list item has no position in the text"));
    // The dash: before the item's first character, possibly on an earlier line ("-\n  name: …").
    std::size_t d = o;
    while (d > 0 && (isSpace(m_text[d - 1]) || isBreak(m_text[d - 1])))
        --d;
    if (d == 0 || m_text[d - 1] != '-' || !onlySpacesBefore(d - 1))
        return unexpected(error(item.mark, "this list item does not start its own line ('- …'); edit it in the text"));
    b.dash = d - 1;
    b.begin = lineStart(b.dash);
    b.dashColumn = static_cast<int>(b.dash - b.begin);
    b.keyOffset = lineStart(o) == b.begin ? static_cast<int>(o - b.dash) : 2;
    // Comments directly above, indented like the dash, describe this item and move with it.
    for (std::size_t prev = previousLineStart(b.begin); prev != std::string::npos; prev = previousLineStart(prev)) {
        if (!isComment(prev) || indentAt(prev) != b.dashColumn)
            break;
        b.begin = prev;
    }
    b.end = nextLine(contentEnd(item));
    // Comments after the value that are indented deeper than the dash belong to the item too.
    for (std::size_t next = b.end; next < m_text.size(); next = nextLine(next)) {
        if (!isComment(next) || indentAt(next) <= b.dashColumn)
            break;
        b.end = nextLine(next);
    }
    return b;
}

bool TextTools::blankLinesBetweenItems(const Node &seq) const
{
    for (std::size_t i = 0; i + 1 < seq.items.size(); ++i) {
        auto a = itemBlock(seq, i);
        auto b = itemBlock(seq, i + 1);
        if (!a || !b)
            return false;
        for (std::size_t o = a->end; o < b->begin; o = nextLine(o))
            if (isBlank(o))
                return true;
    }
    return false;
}

std::string TextTools::reindent(std::string_view block, int delta)
{
    if (delta == 0)
        return std::string(block);
    std::string out;
    out.reserve(block.size() + 64);
    std::size_t start = 0;
    while (start < block.size()) {
        std::size_t end = start;
        while (end < block.size() && !isBreak(block[end]))
            ++end;
        std::size_t next = end;
        if (next < block.size() && block[next] == '\r')
            ++next;
        if (next < block.size() && block[next] == '\n')
            ++next;
        std::string_view line = block.substr(start, end - start);
        if (!line.empty()) {
            if (delta > 0) {
                out.append(static_cast<std::size_t>(delta), ' ');
            } else {
                std::size_t drop = 0;
                while (drop < static_cast<std::size_t>(-delta) && drop < line.size() && line[drop] == ' ')
                    ++drop;
                line.remove_prefix(drop);
            }
        }
        out.append(line);
        out.append(block.substr(end, next - end));
        start = next;
    }
    return out;
}

std::string TextTools::itemText(const Node &item, int dashColumn, int keyOffset) const
{
    keyOffset = std::max(2, keyOffset);
    return std::string(static_cast<std::size_t>(dashColumn), ' ') + "-" +
           std::string(static_cast<std::size_t>(keyOffset - 1), ' ') + emitYaml(item, dashColumn + keyOffset, m_style) +
           m_style.eol;
}

Result<int> TextTools::dashColumnFor(const Slot &slot) const
{
    const Node &v = *slot.value;
    if (v.isSequence() && !v.flow && !v.items.empty()) {
        auto b = itemBlock(v, 0);
        if (!b)
            return unexpected(b.error());
        return b->dashColumn;
    }
    return slot.keyColumn + (m_style.indentSequences ? m_style.indent : 0);
}

Result<TextEdits> TextTools::rewriteValue(const Slot &slot, const Node &replacement) const
{
    if (!slot.entry)
        return unexpected(error(slot.value->mark, "the document's top level cannot be rewritten here"));
    return replaceEntryValue(*slot.entry, slot.keyColumn, replacement);
}

Result<TextEdits> TextTools::insertItem(const Slot &slot, std::size_t index, const std::string &itemLines, const Node &item) const
{
    const Node &v = *slot.value;
    if (!v.isNull() && !v.isSequence())
        return unexpected(error(v.mark, "this is not a list ('- …' entries); fix it in the text first"));
    if (v.isSequence() && !v.flow && !v.items.empty()) {
        index = std::min(index, v.items.size());
        const bool blank = blankLinesBetweenItems(v);
        if (index < v.items.size()) {
            auto b = itemBlock(v, index);
            if (!b)
                return unexpected(b.error());
            return TextEdits{{b->begin, b->begin, itemLines + (blank ? m_style.eol : std::string())}};
        }
        auto last = itemBlock(v, v.items.size() - 1);
        if (!last)
            return unexpected(last.error());
        std::string text = itemLines;
        if (blank)
            text = m_style.eol + text;
        // The last item may end the file without a line break.
        if (last->end == m_text.size() && (m_text.empty() || !isBreak(m_text.back())))
            text = m_style.eol + text;
        return TextEdits{{last->end, last->end, text}};
    }
    if (v.isSequence() && !v.items.empty()) {
        // A non-empty flow list: rewrite it as a block list.
        Node copy = v;
        copy.items.insert(copy.items.begin() + static_cast<std::ptrdiff_t>(std::min(index, copy.items.size())), item);
        return rewriteValue(slot, copy);
    }
    // Null (`steps:`) or an empty flow list (`steps: []`): the lines follow the key.
    if (!slot.entry)
        return unexpected(error(v.mark, "cannot add a list item here"));
    const std::size_t colon = afterColon(*slot.entry);
    if (colon == std::string::npos)
        return unexpected(error(slot.entry->keyMark, "cannot find the ':' after this key"));
    std::string lines = itemLines;
    while (!lines.empty() && isBreak(lines.back()))
        lines.pop_back();
    // The lines go after a comment on the key's line ("steps: []   # none yet" keeps it).
    const std::size_t end = lineEnd(colon);
    if (v.isNull())
        return TextEdits{{end, end, m_style.eol + lines}};
    const std::size_t flowEnd = contentEnd(v);
    if (lineStart(flowEnd) != lineStart(colon))
        return TextEdits{{colon, flowEnd, m_style.eol + lines}};
    return TextEdits{{colon, flowEnd, std::string()}, {end, end, m_style.eol + lines}};
}

Result<TextEdits> TextTools::removeItem(const Slot &slot, std::size_t index) const
{
    const Node &v = *slot.value;
    if (!v.isSequence() || index >= v.items.size())
        return unexpected(error(v.mark, "there is no such list item"));
    if (v.flow) {
        Node copy = v;
        copy.items.erase(copy.items.begin() + static_cast<std::ptrdiff_t>(index));
        return rewriteValue(slot, copy);
    }
    auto b = itemBlock(v, index);
    if (!b)
        return unexpected(b.error());
    if (v.items.size() == 1) {
        // The list becomes empty: `key: []` (YAML has no empty block list).
        if (!slot.entry)
            return unexpected(error(v.mark, "cannot remove the only item here"));
        const std::size_t colon = afterColon(*slot.entry);
        if (colon == std::string::npos || colon > b->begin)
            return unexpected(error(slot.entry->keyMark, "cannot find the ':' after this key"));
        std::size_t end = b->end;
        const bool eolAtEnd = end > b->begin && isBreak(m_text[end - 1]);
        return TextEdits{{colon, end, " []" + (eolAtEnd ? m_style.eol : std::string())}};
    }
    std::size_t begin = b->begin, end = b->end;
    // Blank lines that separated this item from its neighbours: keep one separation, not two.
    std::size_t after = end;
    while (after < m_text.size() && isBlank(after) && after != nextLine(after))
        after = nextLine(after);
    const std::size_t prev = previousLineStart(begin);
    const bool blankBefore = prev != std::string::npos && isBlank(prev);
    if (after > end && (index == 0 || blankBefore)) {
        end = after;
    } else if (index + 1 == v.items.size() && blankBefore) {
        auto p = itemBlock(v, index - 1);
        if (p && p->end < begin)
            begin = p->end;
    }
    return TextEdits{{begin, end, std::string()}};
}

std::size_t TextTools::entryLinesEnd(const Node &value, int keyColumn) const
{
    std::size_t end = nextLine(contentEnd(value));
    for (std::size_t next = end; next < m_text.size(); next = nextLine(next)) {
        if (!isComment(next) || indentAt(next) <= keyColumn)
            break;
        end = nextLine(next);
    }
    return end;
}

Result<TextEdits> TextTools::replaceEntryValue(const Node::Entry &entry, int keyColumn, const Node &value) const
{
    const Node &old = entry.value;
    const std::size_t colon = afterColon(entry);
    if (colon == std::string::npos)
        return unexpected(error(entry.keyMark, "cannot find the ':' after this key"));
    const std::size_t start = offset(old.mark);
    const std::size_t end = contentEnd(old);
    if (start == std::string::npos || end == std::string::npos)
        return unexpected(error(entry.keyMark, "this value has no position in the text"));
    const bool oldInline = (old.isScalar() || old.isNull()) && lineStart(start) == lineStart(colon) &&
                           lineStart(end) == lineStart(colon) && start < m_text.size() && m_text[start] != '|' &&
                           m_text[start] != '>';
    const bool newInline = value.isScalar() && value.scalar.find('\n') == std::string::npos;
    if (oldInline && newInline) {
        if (old.isNull())
            return TextEdits{{colon, std::max(colon, end), " " + quoteScalar(value.scalar, value.plain)}};
        QuoteStyle quote = QuoteStyle::Auto;
        if (m_text[start] == '\'')
            quote = QuoteStyle::Single;
        else if (m_text[start] == '"')
            quote = QuoteStyle::Double;
        return TextEdits{{start, end, quoteScalar(value.scalar, value.plain, quote)}};
    }
    const bool oldBlock = ((old.isMap() && !old.entries.empty()) || (old.isSequence() && !old.items.empty())) && !old.flow;
    const bool newBlock = (value.isMap() && !value.entries.empty()) || (value.isSequence() && !value.items.empty());
    if (oldBlock && newBlock && old.kind == value.kind && onlySpacesBefore(start) && lineStart(start) != lineStart(colon)) {
        // Keep the line break, a comment after the colon, and the block's own indentation.
        const int column = static_cast<int>(start - lineStart(start));
        return TextEdits{{start, end, emitYaml(value, column, m_style)}};
    }
    const std::string text = emitEntryValue(value, keyColumn, m_style);
    const std::size_t keyLineEnd = lineEnd(colon);
    if (text.rfind(m_style.eol, 0) == 0 && lineStart(end) == lineStart(colon) && end < keyLineEnd) {
        // A comment after an inline value stays on the key's line, above the new block.
        return TextEdits{{colon, end, std::string()}, {keyLineEnd, keyLineEnd, text}};
    }
    return TextEdits{{colon, end, text}};
}

Result<TextEdits> TextTools::removeEntry(const Node &map, std::size_t index, int keyColumn) const
{
    const Node::Entry &e = map.entries[index];
    const std::size_t key = offset(e.keyMark);
    if (key == std::string::npos)
        return unexpected(error(e.keyMark, "this key has no position in the text"));
    if (onlySpacesBefore(key))
        return TextEdits{{lineStart(key), entryLinesEnd(e.value, keyColumn), std::string()}};
    // The first key of a list item ("- name: …"): the next key moves up onto the dash line.
    if (index + 1 >= map.entries.size())
        return unexpected(error(e.keyMark, "'" + e.key + "' is the only key of this item; remove the item instead"));
    const std::size_t next = offset(map.entries[index + 1].keyMark);
    if (next == std::string::npos || next <= key)
        return unexpected(error(e.keyMark, "cannot remove '" + e.key + "' here; edit it in the text"));
    return TextEdits{{key, next, std::string()}};
}

Result<TextEdits> TextTools::setEntry(const Slot &slot, const std::string &key, const std::optional<Node> &value,
                                      const std::vector<std::string> &before) const
{
    const Node &map = *slot.value;
    if (!map.isMap() && !map.isNull())
        return unexpected(error(map.mark, "this is not a mapping ('key: value' lines); fix it in the text first"));
    std::size_t index = map.entries.size();
    for (std::size_t i = 0; i < map.entries.size(); ++i)
        if (map.entries[i].key == key)
            index = i;
    if (map.isNull() || map.flow) {
        Node copy = map;
        copy.kind = Node::Kind::Map;
        copy.flow = false;
        if (index < copy.entries.size()) {
            if (value)
                copy.entries[index].value = *value;
            else
                copy.entries.erase(copy.entries.begin() + static_cast<std::ptrdiff_t>(index));
        } else if (value) {
            copy.entries.push_back({key, {}, *value});
        } else {
            return TextEdits{};
        }
        return rewriteValue(slot, copy);
    }
    const int keyColumn = column(map.entries.front().keyMark);
    if (index < map.entries.size())
        return value ? replaceEntryValue(map.entries[index], keyColumn, *value) : removeEntry(map, index, keyColumn);
    if (!value)
        return TextEdits{};
    const std::string line = std::string(static_cast<std::size_t>(keyColumn), ' ') + quoteScalar(key, true) + ":" +
                             emitEntryValue(*value, keyColumn, m_style) + m_style.eol;
    for (const std::string &b : before) {
        for (const auto &e : map.entries) {
            if (e.key != b)
                continue;
            const std::size_t at = offset(e.keyMark);
            if (at != std::string::npos && onlySpacesBefore(at)) {
                // Comments right above that key stay with it.
                std::size_t start = lineStart(at);
                for (std::size_t p = previousLineStart(start); p != std::string::npos && isComment(p) &&
                                                              indentAt(p) == keyColumn;
                     p = previousLineStart(p))
                    start = p;
                return TextEdits{{start, start, line}};
            }
        }
    }
    const std::size_t end = entryLinesEnd(map.entries.back().value, keyColumn);
    std::string text = line;
    if (end == m_text.size() && (m_text.empty() || !isBreak(m_text.back())))
        text = m_style.eol + text;
    return TextEdits{{end, end, text}};
}

} // namespace Kiln::Toe::Detail
