// kilnctl: parses the global options and hands the rest to a registered command family.
#include "command.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Kiln::Ctl {

static QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

bool registerCommand(const Command &command)
{
    registry().append(command);
    return true;
}

const QList<Command> &commands() { return registry(); }

static void printUsage(QTextStream &out)
{
    out << "Usage: kilnctl [--home DIR] [--output text|json] COMMAND [ARGS...]\n\nCommands:\n";
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    for (const Command &c : sorted)
        out << "  " << QString::fromUtf8(c.name).leftJustified(16) << QString::fromUtf8(c.summary) << '\n';
    out << "\nRun 'kilnctl COMMAND --help' for a command's options.\n";
}

} // namespace Kiln::Ctl

int main(int argc, char **argv)
{
    using namespace Kiln::Ctl;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kiln"));
    QCoreApplication::setApplicationName(QStringLiteral("kiln"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(Kiln::Core::version()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    Context ctx{{}, qEnvironmentVariable("KILN_HOME"), false, out, err};

    // Global options may come before the command (and --output/--home also after it).
    QString command;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto takeValue = [&](const QString &opt, QString &target) {
            if (a == opt && i + 1 < args.size()) { target = args.at(++i); return true; }
            if (a.startsWith(opt + u'=')) { target = a.mid(opt.size() + 1); return true; }
            return false;
        };
        QString output;
        if (takeValue(QStringLiteral("--home"), ctx.home))
            continue;
        if (takeValue(QStringLiteral("--output"), output)) {
            if (output != QLatin1String("json") && output != QLatin1String("text")) {
                err << "kilnctl: --output must be 'text' or 'json', not '" << output << "'\n";
                return 2;
            }
            ctx.json = output == QLatin1String("json");
            continue;
        }
        if (command.isEmpty() && !a.startsWith(u'-')) {
            command = a;
            continue;
        }
        if (command.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            printUsage(out);
            return 0;
        }
        if (command.isEmpty() && a == QLatin1String("--version")) {
            out << "kilnctl " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        rest << a;
    }
    if (command.isEmpty()) {
        printUsage(err);
        return 2;
    }
    for (const Command &c : commands()) {
        if (command == QLatin1String(c.name)) {
            ctx.args = rest;
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "kilnctl: unknown command '" << command << "'. Run 'kilnctl --help' for the list.\n";
    return 2;
}
