#pragma once
// Writes YAML text for values the editor inserts into a component document (a new step, a changed
// input): block style, indented like the document around it, scalars quoted only when YAML would
// otherwise read something else (a number, a boolean, a mapping…). Plain C++, no Qt.

#include "model.h"

#include <string>
#include <string_view>

namespace Kiln::Toe {

// How a document indents, learnt from its text (yamledit.h) so that inserted text matches it.
struct YamlStyle {
    int indent = 2;              // columns per nested mapping level
    bool indentSequences = true; // `key:\n  - item` (true) or `key:\n- item` (false)
    std::string eol = "\n";      // "\r\n" for CRLF files
};

enum class QuoteStyle { Auto, Single, Double };

// Whether `text` written as a plain scalar reads back as this same string (YAML 1.1 as libyaml
// and AWSTOE's go-yaml resolve it): no leading indicator, no ": " or " #", not a number, boolean
// or null. `typed`: numbers and booleans may stay plain (integer and boolean fields).
bool isPlainSafe(std::string_view text, bool typed = false);

// One scalar on one line: plain when safe (Auto), else single-quoted, or double-quoted when it
// holds control characters or line breaks.
std::string quoteScalar(std::string_view text, bool typed = false, QuoteStyle style = QuoteStyle::Auto);

// Emits `node` in block style. The first line is not indented: the caller has already written
// what comes before it on that line (a "key: " or a "- ") and passes in `column` where the node's
// first character lands; nested lines are indented from there. A Node::Kind::Scalar with
// `plain == true` may be written without quotes even when it reads as a number or boolean
// (Node::plain meaning "typed" here). Multi-line text becomes a `|` block. No trailing line break.
std::string emitYaml(const Node &node, int column, const YamlStyle &style);

// The text of a mapping entry's value as it follows "key:" — " value" for a scalar, or a line
// break and the indented block for a non-empty collection. `keyColumn` is the key's column (0-based).
std::string emitEntryValue(const Node &value, int keyColumn, const YamlStyle &style);

// Helpers to build values to emit.
Node yamlText(std::string text);            // a string (quoted when needed)
Node yamlTyped(std::string text);           // a number or boolean written plain
Node yamlList(std::vector<Node> items);
Node yamlMap(std::vector<Node::Entry> entries);

} // namespace Kiln::Toe
