#pragma once
// Helpers shared by the parser's files (parser.cpp, parsesteps.cpp, parseconditions.cpp). Internal.

#include "diagnostic.h"
#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe::Detail {

// What a message is about, e.g. "step 'A'" + ": timeoutSeconds"; joined only when a message is
// written, so reading a well-formed document builds no message text.
struct Label {
    std::string_view head, tail;
    Label(const char *s) : head(s) {}
    Label(const std::string &s) : head(s) {}
    Label(std::string_view h, std::string_view t) : head(h), tail(t) {}
    std::string str() const { return std::string(head).append(tail); }
};

struct Reader {
    const std::string &file;
    Diagnostics &diagnostics;

    void error(Mark mark, const char *code, std::string message)
    {
        diagnostics.push_back(makeDiagnostic(Severity::Error, file, mark, code, std::move(message)));
    }
    void warning(Mark mark, const char *code, std::string message)
    {
        diagnostics.push_back(makeDiagnostic(Severity::Warning, file, mark, code, std::move(message)));
    }

    // Text of a scalar; reports `what must be text` for anything else. A null gives "".
    std::optional<std::string> text(const Node &node, Label what);
    // A whole number written in decimal (optionally quoted); reports otherwise.
    std::optional<long long> integer(const Node &node, Label what, const char *hint);
    // Reports every key of `map` that is not in `known` as a warning ("unknown-key").
    void unknownKeys(const Node &map, const std::vector<std::string_view> &known, const std::string &where);
};

std::string describe(const Node &node); // "text 'x'", "a list", "a mapping", "nothing"
std::string quoteText(std::string_view s);  // 'x' (shortened when long)

// These move the values they keep (inputs, loop lists) out of the tree: it is not used afterwards.
void readPhases(Reader &r, Node &phases, Document &doc);
std::optional<Loop> readLoop(Reader &r, Node &node, Mark keyMark, const std::string &where);
std::optional<Condition> readCondition(Reader &r, const Node &node, Mark keyMark, const std::string &where);

} // namespace Kiln::Toe::Detail
