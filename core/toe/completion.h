#pragma once
// Context-aware completion for component documents: what may be typed at the cursor, worked out
// from indentation alone so that it works in the half-written, invalid YAML of someone typing.
// The top-level keys, phase keys and names, step keys, the 30 action names after `action:`, the
// inputs of the step's own action under `inputs:`, allowed input values, onFailure values, loop
// keys, condition operators under `if:` (and Assert inputs) with then/else values, parameter and
// constant keys, and `{{ … }}` references. Plain C++, no Qt.

#include "model.h"

#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

struct CompletionItem {
    enum class Kind { Key, BlockKey, Value, Action, Operator, Reference };
    std::string text;   // what is inserted (a key without its ':')
    std::string detail; // one line for the user
    Kind kind = Kind::Value;
};

struct CompletionContext {
    enum class Position { None, Key, Value, Reference };
    Position position = Position::None;
    std::vector<std::string> path;        // keys from the root to the mapping at the cursor (lists are transparent)
    std::string key;                      // Value: the key whose value is being typed
    std::string prefix;                   // the part of the word already typed
    std::size_t prefixColumn = 0;         // byte column where `prefix` starts on the cursor line
    std::string stepAction;               // action of the step around the cursor ("" when none)
    std::vector<std::string> siblingKeys; // keys already present in the mapping at the cursor
};

// `lines`: the document's lines (or a window of them ending at least at the cursor line, starting
// far enough up to reach the enclosing top-level key); `line` indexes into it; `column` is a byte
// offset into that line.
CompletionContext completionContext(const std::vector<std::string_view> &lines, std::size_t line, std::size_t column);

// The candidates for `context`, filtered by its prefix (case-insensitive) and sorted for display.
// `document` (the last successfully parsed version, may be null) supplies parameter, constant
// and step names for `{{ … }}` references.
std::vector<CompletionItem> completions(const CompletionContext &context, const Document *document = nullptr);

// The action of the step whose lines contain `line` ("" when the cursor is not in a step).
std::string actionAt(const std::vector<std::string_view> &lines, std::size_t line);

} // namespace Kiln::Toe
