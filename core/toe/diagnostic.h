#pragma once
// Located messages about a component document: every error and warning a user sees carries the
// file, line and column it is about (1-based, as editors show them).

#include "expected.h"

#include <string>
#include <vector>

namespace Kiln::Toe {

// A position in a source file. line/column are 1-based; 0 means "unknown".
struct Mark {
    int line = 0;
    int column = 0;   // in characters (UTF-8 code points), not bytes
    bool valid() const { return line > 0; }
    friend bool operator==(const Mark &, const Mark &) = default;
};

struct Location {
    std::string file;
    Mark mark;
    std::string toString() const; // "file:line:col" (or "file" when the mark is unknown)
};

enum class Severity { Error, Warning, Info };

struct Diagnostic {
    Severity severity = Severity::Error;
    Location location;
    int length = 0;          // characters to underline from the column (0 = to end of token/line)
    std::string message;     // what is wrong and what to do, in the user's words
    std::string code;        // stable machine id, e.g. "duplicate-step-name"
    std::string toString() const; // "file:line:col: error: message"
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
int errorCount(const Diagnostics &diagnostics);
int warningCount(const Diagnostics &diagnostics);
const char *severityName(Severity severity); // "error" | "warning" | "info"

Diagnostic makeDiagnostic(Severity severity, const std::string &file, Mark mark, std::string code,
                          std::string message);
// Orders by line, then column; diagnostics at the same place keep their order.
void sortDiagnostics(Diagnostics &diagnostics);

// The error type of kiln_toe's Result.
struct Error {
    std::string message;
    Location location;
    std::string toString() const;
};

template <class T>
using Result = Expected<T, Error>;

} // namespace Kiln::Toe
