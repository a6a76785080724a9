#pragma once
// Checks a component document beyond its YAML shape (SPEC.md): schema version, phases, unique
// names, parameter/constant names, action modules and their inputs, step settings, loops,
// conditions, and `{{ }}` references. Every finding is a located Diagnostic with a stable `code`
// and a message that says what is wrong and what to do. Rules that real, working AWSTOE
// documents break are warnings, never errors.

#include "diagnostic.h"
#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

// The checks that need the whole parsed document (the parser already reported shape errors).
Diagnostics validateDocument(const Document &doc);

struct ValidationResult {
    std::optional<Document> document; // as parsed (absent when the YAML could not be read)
    Diagnostics diagnostics;          // parser + validator findings, sorted by line and column
    bool ok() const { return document.has_value() && !hasErrors(diagnostics); }
};

// Parse + validate. `file` names the document in diagnostics.
ValidationResult validateText(std::string_view text, const std::string &file);

// Reads the file (reporting a missing, unreadable, directory or oversized file as a diagnostic),
// then validateText.
ValidationResult validateFile(const std::string &path);

// Files larger than this are refused unread (AWSTOE has no limit; Image Builder's inline limit is
// 16,000 characters, so anything near this is not a component document).
inline constexpr std::size_t kMaxDocumentBytes = 64u * 1024u * 1024u;

} // namespace Kiln::Toe
