#pragma once
// kilnctl's command registry. A command family (e.g. "component", "validate") is a function
// registered with KILNCTL_COMMAND in its own cmd_*.cpp file.

#include <QStringList>
#include <QTextStream>

namespace Kiln::Ctl {

struct Context {
    QStringList args;   // arguments after the command name (global options removed)
    QString home;       // --home DIR / KILN_HOME; empty = QStandardPaths::AppDataLocation
    bool json = false;  // --output json
    QTextStream &out;
    QTextStream &err;
};

using CommandFn = int (*)(Context &ctx);

struct Command {
    const char *name;
    const char *summary;
    CommandFn run;
};

// Registers a command at static-initialisation time. Returns true (for a static bool).
bool registerCommand(const Command &command);
const QList<Command> &commands();

} // namespace Kiln::Ctl

#define KILNCTL_CAT2(a, b) a##b
#define KILNCTL_CAT(a, b) KILNCTL_CAT2(a, b)
#define KILNCTL_COMMAND(name, summary, fn) \
    static const bool KILNCTL_CAT(kilnctlRegistered_, __LINE__) = ::Kiln::Ctl::registerCommand({name, summary, fn})
