#pragma once
// Internal to yamledit.cpp: the text primitives behind ComponentText's edits — where a node, a
// mapping entry or a list item sits in the bytes of the document (from the loader's marks), and
// the minimal replacements that set an entry, insert / remove a list item, keeping everything
// else byte for byte.

#include "sourcetext.h"
#include "yamledit.h"

namespace Kiln::Toe::Detail {

// A list item's lines: [begin, end) covers leading comments indented like its dash, the dash line,
// every line of its value, deeper comments after it, and the final line break.
struct ItemBlock {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t dash = 0;   // offset of the '-'
    int dashColumn = 0;     // 0-based column of the '-'
    int keyOffset = 2;      // columns from the dash to the item's first key ("- name" = 2)
};

// A value in its mapping: the entry (absent for the document's root) and its key's column.
struct Slot {
    const Node *value = nullptr;
    const Node::Entry *entry = nullptr; // the entry holding `value`; nullptr for the root
    int keyColumn = 0;                  // 0-based column of entry's key
};

class TextTools
{
public:
    TextTools(const std::string &text, const SourceText &source, std::size_t base, const YamlStyle &style)
        : m_text(text), m_source(source), m_base(base), m_style(style)
    {
    }

    const std::string &text() const { return m_text; }
    const YamlStyle &style() const { return m_style; }

    // Byte offset of a mark; npos when it is not in the text.
    std::size_t offset(Mark mark) const;
    int column(Mark mark) const { return mark.column - 1; }

    std::size_t lineStart(std::size_t offset) const;
    std::size_t lineEnd(std::size_t offset) const;  // before the line break
    std::size_t nextLine(std::size_t offset) const; // after the line break (text size at the end)
    std::size_t previousLineStart(std::size_t lineStart) const; // npos on the first line
    int indentAt(std::size_t lineStart) const;
    bool isBlank(std::size_t lineStart) const;
    bool isComment(std::size_t lineStart) const;
    bool onlySpacesBefore(std::size_t offset) const; // nothing but indentation before it on its line

    // Just past the last character of a value (trailing line breaks of block scalars excluded).
    std::size_t contentEnd(const Node &node) const;
    // Just past the ':' that follows the entry's key.
    std::size_t afterColon(const Node::Entry &entry) const;

    Result<ItemBlock> itemBlock(const Node &sequence, std::size_t index) const;
    bool blankLinesBetweenItems(const Node &sequence) const;
    // `block` (the lines of an item) shifted by `delta` columns.
    static std::string reindent(std::string_view block, int delta);

    // Text of a new list item at `dashColumn`, ending with a line break.
    std::string itemText(const Node &item, int dashColumn, int keyOffset) const;

    // Edits that insert `itemText` (lines ending with a line break, already indented for the list)
    // as item `index` of the list in `slot`; `item` is used when the list must be rewritten
    // (a flow list). `dashColumn` receives the column the text must be indented for: call first
    // with itemText empty to learn it.
    Result<int> dashColumnFor(const Slot &slot) const;
    Result<TextEdits> insertItem(const Slot &slot, std::size_t index, const std::string &itemLines, const Node &item) const;
    Result<TextEdits> removeItem(const Slot &slot, std::size_t index) const;

    // Sets (value) or removes (nullopt) `key` in the mapping `slot`; a new key goes before the
    // first of `before` present, else after the last entry.
    Result<TextEdits> setEntry(const Slot &slot, const std::string &key, const std::optional<Node> &value,
                               const std::vector<std::string> &before = {}) const;

    Error error(Mark mark, std::string message) const;

private:
    Result<TextEdits> rewriteValue(const Slot &slot, const Node &replacement) const;
    Result<TextEdits> replaceEntryValue(const Node::Entry &entry, int keyColumn, const Node &value) const;
    Result<TextEdits> removeEntry(const Node &map, std::size_t index, int keyColumn) const;
    std::size_t entryLinesEnd(const Node &value, int keyColumn) const;

    const std::string &m_text;
    const SourceText &m_source;
    std::size_t m_base;
    const YamlStyle &m_style;
};

} // namespace Kiln::Toe::Detail
