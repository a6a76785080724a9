#include "diagnostic.h"

#include <algorithm>

namespace Kiln::Toe {

std::string Location::toString() const
{
    if (!mark.valid())
        return file;
    return file + ':' + std::to_string(mark.line) + ':' + std::to_string(mark.column);
}

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "error";
}

std::string Diagnostic::toString() const
{
    return location.toString() + ": " + severityName(severity) + ": " + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

int errorCount(const Diagnostics &diagnostics)
{
    int n = 0;
    for (const auto &d : diagnostics)
        n += d.severity == Severity::Error;
    return n;
}

int warningCount(const Diagnostics &diagnostics)
{
    int n = 0;
    for (const auto &d : diagnostics)
        n += d.severity == Severity::Warning;
    return n;
}

Diagnostic makeDiagnostic(Severity severity, const std::string &file, Mark mark, std::string code,
                          std::string message)
{
    Diagnostic d;
    d.severity = severity;
    d.location.file = file;
    d.location.mark = mark;
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        // Unlocated diagnostics (about the whole file) come first.
        if (a.location.mark.line != b.location.mark.line)
            return a.location.mark.line < b.location.mark.line;
        return a.location.mark.column < b.location.mark.column;
    });
}

std::string Error::toString() const
{
    const std::string where = location.toString();
    return where.empty() ? message : where + ": " + message;
}

} // namespace Kiln::Toe
