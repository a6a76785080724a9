#include "diagnostic.h"

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

std::string Error::toString() const
{
    const std::string where = location.toString();
    return where.empty() ? message : where + ": " + message;
}

} // namespace Kiln::Toe
