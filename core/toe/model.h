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
    // Just past where the value ends, as libyaml reports it: exact for scalars (a block scalar's
    // end includes its trailing line breaks) and flow collections; for a block collection it is
    // the start of the next token (after trailing comments): use its last child's end instead.
    // Invalid for nodes the loader did not read from text.
    Mark end;
    bool flow = false;           // Kind::Map/Sequence: written in flow style ({…} / […])
    std::string tag;             // an explicit YAML tag such as "!Sub" ("" when none was written)
    // Kind::Scalar holding "{{": where each "{{" of `scalar` sits in the source file, in order
    // (so a reference inside a block scalar is reported on its own line). May be shorter than the
    // number of "{{" when a position could not be recovered; fall back to `mark` then.
    std::vector<Mark> referenceMarks;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    const Node *find(const std::string &key) const; // map lookup; nullptr when absent or not a map
    const Entry *findEntry(const std::string &key) const;
    Entry *findEntry(const std::string &key);
    // Where the i-th "{{" of this scalar is in the source (falls back to the scalar's mark).
    Mark referenceMark(std::size_t i) const;
    static Node makeScalar(std::string text, Mark mark, bool plain = false);
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
    Mark mark;                               // the parameter's name
};

struct Constant {
    std::string name;
    std::string type = "string";
    std::string value;
    Mark mark;                               // the constant's name
    Mark valueMark;
};

struct Loop {
    enum class Kind { For, ForEachList, ForEachDelimited };
    Kind kind = Kind::For;
    std::string name;             // optional loop name ("" = only reachable as `loop`)
    long long start = 0, end = 0, updateBy = 1; // Kind::For, inclusive bounds
    std::vector<Node> list;       // Kind::ForEachList: string items (may hold {{ }} references)
    std::string delimitedList;    // Kind::ForEachDelimited
    std::string delimiter = ",";  // Kind::ForEachDelimited: one of . , ; : \n \t space - _
    Mark mark;                    // the `loop:` key
    Mark nameMark;
    Mark forMark;                 // Kind::For: the `for:` key; ForEach*: the `forEach:` key
    Mark updateByMark;
    Node listNode;                // Kind::ForEachDelimited: the `list:` scalar (marks for {{ }})
    Mark delimiterMark;

    // Kind::For: the number of iterations, or -1 when the loop never ends (updateBy 0, or
    // stepping away from `end`).
    long long iterationCount() const;
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
    Mark mark;                        // the operator key
    Mark thenMark;
    Mark elseMark;

    bool isLogical() const { return op == "and" || op == "or" || op == "not"; }
    int depth() const; // nesting levels of and/or/not (a bare comparison is 0)
    // What the step does when the whole expression is true / false: the top-level then/else, or —
    // as real documents write it — one given inside a `not`, e.g.
    // `not: {binaryExists: tar, then: Execute, else: Skip}`. Defaults: Execute / Skip.
    std::string effectiveThen() const;
    std::string effectiveElse() const;
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
    std::optional<Condition> assertion; // action Assert: its inputs read as an expression
    Mark mark;                          // start of the step mapping
    Mark nameMark;
    Mark actionMark;
    Mark inputsMark;                    // the `inputs:` key (invalid when absent)
    Mark timeoutMark;                   // the value of timeoutSeconds (invalid when absent)
    Mark onFailureMark;
    Mark maxAttemptsMark;
    Mark ifMark;                        // the `if:` key
    bool onFailureSet = false;
    bool maxAttemptsSet = false;
};

struct Phase {
    std::string name;                   // build | validate | test | (others accepted with a warning)
    std::vector<Step> steps;
    Mark mark;                          // start of the phase mapping
    Mark nameMark;

    const Step *step(const std::string &name) const;
};

struct Document {
    std::string file;                   // path or display name used in diagnostics
    std::string name;
    std::string description;
    std::string schemaVersion;          // textual, "1.0"
    std::vector<Parameter> parameters;
    std::vector<Constant> constants;
    std::vector<Phase> phases;

    Mark mark;                          // start of the top-level mapping
    Mark schemaVersionMark;             // the value (invalid when the key is absent)
    Mark phasesMark;                    // the `phases:` key (invalid when absent)
    bool hasSchemaVersion = false;
    bool phasesIsList = false;          // `phases` was present and a list (errors already reported otherwise)

    const Phase *phase(const std::string &name) const;
    const Parameter *parameter(const std::string &name) const;
    const Constant *constant(const std::string &name) const;
};

const char *onFailureName(OnFailure f); // "Abort" | "Continue" | "Ignore"
std::optional<OnFailure> onFailureFromName(const std::string &name); // exact, case-sensitive

} // namespace Kiln::Toe
