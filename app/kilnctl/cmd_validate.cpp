// `kilnctl validate --documents a.yml[,b.yml]`: checks component documents the way
// `awstoe validate` does (same flags), printing `file:line:col: error|warning: message` lines, or
// machine-readable diagnostics with the global `--output json`.
// Exit codes: 0 all documents valid (warnings allowed), 1 a document has errors, 2 usage error.
#include "command.h"
#include "core/toe/validator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kiln::Ctl {

namespace {

QString fromStd(const std::string &s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

void printHelp(QTextStream &out)
{
    out << "Usage: kilnctl [--output text|json] validate --documents FILE[,FILE...] [--trace]\n"
           "\n"
           "Checks AWSTOE component documents: YAML syntax, schema, phases, steps, action inputs,\n"
           "loops, conditions and {{ }} references. Prints one line per finding:\n"
           "  FILE:LINE:COLUMN: error|warning: MESSAGE\n"
           "\n"
           "Options (compatible with 'awstoe validate'):\n"
           "  -d, --documents FILES          comma-separated document paths (may be repeated)\n"
           "  -t, --trace                    also print each finding's code and the time taken\n"
           "      --document-s3-bucket-owner accepted for compatibility; Kiln reads local files only\n"
           "  -h, --help                     show this help\n"
           "\n"
           "Exit status: 0 when every document is valid (warnings allowed), 1 when a document has\n"
           "errors, 2 for a usage error.\n";
}

struct Options {
    QStringList documents;
    bool trace = false;
    bool help = false;
    QString error; // usage error
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](const QString &longName, const QString &shortName, QString &target) {
            if (a == longName || (!shortName.isEmpty() && a == shortName)) {
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(u'-')) {
                    o.error = a + QStringLiteral(" needs a value");
                    return true;
                }
                target = args.at(++i);
                return true;
            }
            if (a.startsWith(longName + u'=')) {
                target = a.mid(longName.size() + 1);
                return true;
            }
            return false;
        };
        QString text;
        if (value(QStringLiteral("--documents"), QStringLiteral("-d"), text)) {
            for (const QString &d : text.split(u',', Qt::SkipEmptyParts))
                o.documents << d.trimmed();
            if (text.trimmed().isEmpty() && o.error.isEmpty())
                o.error = QStringLiteral("--documents needs at least one file");
        } else if (value(QStringLiteral("--document-s3-bucket-owner"), QString(), text)) {
            // accepted and ignored: only local files are read
        } else if (a == QLatin1String("--trace") || a == QLatin1String("-t")) {
            o.trace = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else {
            o.error = QStringLiteral("unknown option '") + a + u'\'';
        }
        if (!o.error.isEmpty())
            return o;
    }
    if (!o.help && o.documents.isEmpty())
        o.error = QStringLiteral("no documents given: use --documents a.yml[,b.yml]");
    return o;
}

Toe::ValidationResult validateOne(const QString &path)
{
    if (path.startsWith(QLatin1String("s3://")) || path.startsWith(QLatin1String("arn:"))) {
        Toe::ValidationResult r;
        r.diagnostics.push_back(Toe::makeDiagnostic(Toe::Severity::Error, path.toStdString(), {}, "remote-document",
                                                    "Kiln validates local files only; download the document first"));
        return r;
    }
    return Toe::validateFile(path.toStdString());
}

int validateCommand(Context &ctx)
{
    const Options o = parseOptions(ctx.args);
    if (o.help) {
        printHelp(ctx.out);
        return 0;
    }
    if (!o.error.isEmpty()) {
        ctx.err << "kilnctl validate: " << o.error << "\nRun 'kilnctl validate --help' for usage.\n";
        return 2;
    }

    int invalid = 0, errors = 0, warnings = 0;
    QJsonArray jsonDocuments, jsonDiagnostics;
    for (const QString &path : o.documents) {
        QElapsedTimer timer;
        timer.start();
        const Toe::ValidationResult r = validateOne(path);
        const qint64 ms = timer.elapsed();
        const int e = Toe::errorCount(r.diagnostics), w = Toe::warningCount(r.diagnostics);
        errors += e;
        warnings += w;
        invalid += r.ok() ? 0 : 1;
        for (const auto &d : r.diagnostics) {
            if (ctx.json) {
                jsonDiagnostics.append(QJsonObject{
                    {QStringLiteral("file"), fromStd(d.location.file)},
                    {QStringLiteral("line"), d.location.mark.line},
                    {QStringLiteral("column"), d.location.mark.column},
                    {QStringLiteral("severity"), QString::fromUtf8(Toe::severityName(d.severity))},
                    {QStringLiteral("code"), fromStd(d.code)},
                    {QStringLiteral("message"), fromStd(d.message)},
                });
            } else {
                ctx.out << fromStd(d.toString());
                if (o.trace)
                    ctx.out << " [" << fromStd(d.code) << ']';
                ctx.out << '\n';
            }
        }
        if (ctx.json) {
            jsonDocuments.append(QJsonObject{{QStringLiteral("file"), path},
                                             {QStringLiteral("valid"), r.ok()},
                                             {QStringLiteral("errors"), e},
                                             {QStringLiteral("warnings"), w}});
        } else if (o.trace) {
            ctx.err << "kilnctl validate: " << path << ": " << ms << " ms\n";
        }
    }

    if (ctx.json) {
        const QJsonObject root{{QStringLiteral("valid"), invalid == 0},
                               {QStringLiteral("documents"), jsonDocuments},
                               {QStringLiteral("diagnostics"), jsonDiagnostics}};
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        const qsizetype n = o.documents.size();
        ctx.out << n << (n == 1 ? " document: " : " documents: ") << (n - invalid) << " valid, " << invalid
                << " invalid (" << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                << (warnings == 1 ? " warning)\n" : " warnings)\n");
    }
    return invalid == 0 ? 0 : 1;
}

} // namespace

KILNCTL_COMMAND("validate", "Check component documents (YAML, schema, inputs, references)", validateCommand);

} // namespace Kiln::Ctl
