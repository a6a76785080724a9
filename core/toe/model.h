#pragma once
// The in-memory model of an AWSTOE component document (../shared/awstoe/SPEC.md).
// The parser fills it from YAML, keeping every position; the validator checks it; the executor
// runs it. Values keep their source marks so that run-time errors can be located too.

#include "diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Kiln::Toe {

// A YAML value as written, with its position. Step inputs, loop lists and condition operands
// have module-specific shapes, so they stay generic until an action module reads them.
struct Node {
    enum class Kind { Null, Scalar, Sequence, Map };
    struct Entry;

    Kind kind = Kind::Null;
    std::string scalar;          // Kind::Scalar: the text as YAML parsed it (unquoted)
    bool plain = true;           // Kind::Scalar: plain (unquoted) scalar; false for '…', "…", |, >
    std::vector<Node> items;     // Kind::Sequence
    std::vector<Entry> entries;  // Kind::Map, in document order
    Mark mark;                   // where the value starts

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    const Node *find(const std::string &key) const; // map lookup; nullptr when absent or not a map
};

struct Node::Entry {
    std::string key;
    Mark keyMark;
    Node value;
};

struct Parameter {
    std::string name;
    std::string type = "string";
    std::optional<std::string> defaultValue; // absent: the caller must supply a value
    std::string description;
    std::vector<std::string> allowedValues;
    Mark mark;
};

struct Constant {
    std::string name;
    std::string type = "string";
    std::string value;
    Mark mark;
};

struct Loop {
    enum class Kind { For, ForEachList, ForEachDelimited };
    Kind kind = Kind::For;
    std::string name;             // optional loop name ("" = only reachable as `loop`)
    long long start = 0, end = 0, updateBy = 1; // Kind::For, inclusive bounds
    std::vector<Node> list;       // Kind::ForEachList: string items (may hold {{ }} references)
    std::string delimitedList;    // Kind::ForEachDelimited
    std::string delimiter = ",";  // Kind::ForEachDelimited: one of . , ; : \n \t space - _
    Mark mark;
};

// An `if` expression or an Assert expression: a logical operator (and / or / not) over children,
// or a comparison operator (stringEquals, numberLessThan, fileExists, ...) with its operand.
struct Condition {
    std::string op;                   // "and" | "or" | "not" | a comparison operator name
    std::vector<Condition> children;  // and/or: any number; not: exactly one
    Node operand;                     // comparison: the operator's own value (reference / path / …)
    std::optional<Node> value;        // comparison: sibling `value:` (tested against operand)
    std::optional<Node> path;         // file hash operators: sibling `path:`
    std::string thenAction;           // "" | "Execute" | "Skip" | "Abort"
    std::string elseAction;           // "" | "Execute" | "Skip" | "Abort"
    Mark mark;
};

enum class OnFailure { Abort, Continue, Ignore };

struct Step {
    std::string name;
    std::string action;                 // action module keyword, e.g. "ExecuteBash"
    std::optional<Node> inputs;         // map or list, depending on the module
    int timeoutSeconds = 7200;          // -1 = no timeout
    bool timeoutSet = false;
    OnFailure onFailure = OnFailure::Abort;
    int maxAttempts = 1;                // attempts, not retries
    std::optional<Loop> loop;
    std::optional<Condition> condition; // the step's `if`
    Mark mark;                          // start of the step mapping
    Mark nameMark;
    Mark actionMark;
};

struct Phase {
    std::string name;                   // build | validate | test | (others accepted with a warning)
    std::vector<Step> steps;
    Mark mark;
};

struct Document {
    std::string file;                   // path or display name used in diagnostics
    std::string name;
    std::string description;
    std::string schemaVersion;          // textual, "1.0"
    std::vector<Parameter> parameters;
    std::vector<Constant> constants;
    std::vector<Phase> phases;

    const Phase *phase(const std::string &name) const;
    const Parameter *parameter(const std::string &name) const;
    const Constant *constant(const std::string &name) const;
};

const char *onFailureName(OnFailure f); // "Abort" | "Continue" | "Ignore"

} // namespace Kiln::Toe
