#pragma once
// The text of one YAML file prepared for the YAML parser, plus the table that maps between byte
// offsets and the 1-based line:column (in characters) that users see. Preparing means: refuse
// binary data, control characters and invalid UTF-8 with a located message, decode UTF-16 files
// (with a BOM) to UTF-8, and drop a UTF-8 BOM.

#include "diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

class SourceText
{
public:
    // Returns false (and appends an error) when the text cannot be read as YAML at all.
    bool prepare(std::string_view raw, const std::string &file, Diagnostics &diagnostics);

    std::string_view text() const { return m_text; }
    Mark markAtOffset(std::size_t offset) const;
    // Byte offset of a 0-based line and 0-based column counted in characters (as libyaml counts);
    // npos when out of range.
    std::size_t offsetOf(std::size_t line0, std::size_t charColumn0) const;
    std::string_view lineText(std::size_t line0) const; // without the line break
    // A 0-based libyaml position as a 1-based Mark inside the text: libyaml reports the end of a
    // file without a final line break on the line after it.
    Mark clampedMark(std::size_t line0, std::size_t column0) const;
    bool ascii() const { return m_ascii; }

private:
    bool scan(const std::string &file, Diagnostics &diagnostics);

    std::string m_owned;        // only used when the input had to be converted
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;
    bool m_ascii = true;
    // Lookups come mostly in file order; counting characters on from the previous answer keeps
    // a long non-ASCII line from making every lookup on it O(line length).
    mutable std::size_t m_cacheOffset = 0;   // a byte offset already converted…
    mutable std::size_t m_cacheLine = 0;     // …on this 0-based line…
    mutable std::size_t m_cacheColumn = 0;   // …to this 0-based character column
};

} // namespace Kiln::Toe
