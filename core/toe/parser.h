#pragma once
// Reads an AWSTOE component document (../shared/awstoe/SPEC.md) from YAML text into the model,
// keeping a 1-based line:column for every value. The parser reports what the YAML *shape* gets
// wrong (wrong types, unknown keys, malformed parameters, loops and conditions, YAML syntax);
// validator.h adds the rules that need the whole document (names, references, action inputs).
// Never throws: yaml-cpp's exceptions are caught here and become located diagnostics.

#include "diagnostic.h"
#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

struct ParseResult {
    // Absent only when nothing usable could be read (YAML syntax error, empty file, binary data,
    // a top level that is not a mapping). Present, possibly partial, otherwise — even with errors.
    std::optional<Document> document;
    Diagnostics diagnostics;
};

// `file` is what diagnostics name (a path or a display name); Document::file is set to it.
ParseResult parseDocument(std::string_view text, const std::string &file);

// Reads one `if` expression or an Assert step's inputs (mapping, or a one-element list).
// Exposed for the editor and the executor; parseDocument already fills Step::condition/assertion.
std::optional<Condition> parseCondition(const Node &node, const std::string &file, Diagnostics &diagnostics);

} // namespace Kiln::Toe
