#pragma once
// The text of one YAML file prepared for yaml-cpp, plus the byte-offset → line:column table that
// turns yaml-cpp's 0-based, byte-counted marks into the 1-based, character-counted marks users see.
// Preparing means: refuse binary data and invalid UTF-8 (with a located message), decode UTF-16
// files (with a BOM) to UTF-8, and drop a UTF-8 BOM.

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
    Mark markAtLineColumn(int line0, int byteColumn0) const; // yaml-cpp's 0-based mark
    std::size_t offsetOf(int line0, int byteColumn0) const;  // npos when out of range
    std::string_view lineText(int line0) const;              // without the line break

private:
    void indexLines();

    std::string m_owned;        // only used when the input had to be converted
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;
    bool m_ascii = true;
};

} // namespace Kiln::Toe
