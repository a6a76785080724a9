#pragma once
// Suggests the semantic-version step for a new version of a component from what changed since
// its latest version: a parameter removed or made required breaks recipes (major); added or
// removed phases and steps, or a new optional parameter, change what it does (minor); anything
// else — inputs, descriptions, comments — is a patch. Identical text needs no new version.
// Plain C++, no Qt; the editor's "New version" dialog applies it to the catalog's SemVer.

#include "model.h"

#include <string>
#include <string_view>

namespace Kiln::Toe {

enum class VersionBump { None, Patch, Minor, Major };

struct BumpSuggestion {
    VersionBump bump = VersionBump::Patch;
    std::string reason; // one line for the user: "step build/Install added"
};

// `previous`/`current` are the parsed documents (null when a text could not be parsed).
BumpSuggestion suggestVersionBump(std::string_view previousText, const Document *previous, std::string_view currentText,
                                  const Document *current);

} // namespace Kiln::Toe
