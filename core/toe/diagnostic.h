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
    int column = 0;
    bool valid() const { return line > 0; }
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
const char *severityName(Severity severity); // "error" | "warning" | "info"

// The error type of kiln_toe's Result.
struct Error {
    std::string message;
    Location location;
    std::string toString() const;
};

template <class T>
using Result = Expected<T, Error>;

} // namespace Kiln::Toe
