#pragma once
// Turns YAML text into a generic Node tree (model.h) with exact 1-based marks, through libyaml's
// event parser — or, for the plain block YAML most documents are written in, through the fast
// reader of yamlfastpath.h, which emits the very same events about ten times faster. It also
// guards what the parser leaves to its callers: binary / invalid UTF-8 input, nesting depth, alias
// expansion bombs, several documents in one stream, and the classic `key: {{ X }}` trap (YAML
// reads an unquoted `{{` as a flow mapping). Every failure becomes a located diagnostic.

#include "diagnostic.h"
#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

struct YamlLoadResult {
    std::optional<Node> root;   // absent when the text is not loadable YAML (see diagnostics)
    Diagnostics diagnostics;
};

// Limits that keep the loader (and everything recursing over its Node tree) safe on hostile input.
inline constexpr int kMaxYamlDepth = 64;                  // nested collections; documents need ~12
inline constexpr std::size_t kMaxYamlNodes = 2'000'000;   // after alias expansion

YamlLoadResult loadYaml(std::string_view text, const std::string &file);

} // namespace Kiln::Toe
