// `kilnctl run`: runs component documents on this host the way `awstoe run` does, with the same
// flags, streaming the console live and writing the AWSTOE log folder.
#include "command.h"

#include "core/toe/consolewriter.h"
#include "core/toe/executor.h"
#include "core/toe/json.h"
#include "core/toe/logfolder.h"
#include "core/toe/validator.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <map>

namespace Kiln::Ctl {

namespace {

using namespace Kiln::Toe;

std::atomic<Executor *> g_running{nullptr};

void onInterrupt(int)
{
    if (Executor *e = g_running.load())
        e->cancel(); // async-signal-safe: an atomic store and a write(2) to an eventfd
}

// Prints console lines to stdout, flushing after every event: an output event carries a whole
// chunk read from the child (up to 64 KiB), so a flood costs few syscalls and a quiet step still
// shows its last line at once, even when stdout is a pipe.
class StdoutConsole : public RunListener
{
public:
    StdoutConsole()
        : m_writer([](std::string_view line) {
              std::fwrite(line.data(), 1, line.size(), stdout);
              std::fputc('\n', stdout);
          })
    {
    }
    void runStarted(const RunReport &r) override { m_writer.runStarted(r); flush(); }
    void documentStarted(const Position &w, const DocumentReport &d) override { m_writer.documentStarted(w, d); flush(); }
    void phaseStarted(const Position &w) override { m_writer.phaseStarted(w); flush(); }
    void stepStarted(const Position &w, const StepAttempt &a) override { m_writer.stepStarted(w, a); flush(); }
    void iterationStarted(const Position &w, const LoopIteration &i) override { m_writer.iterationStarted(w, i); flush(); }
    void output(const Position &w, Stream s, std::string_view c) override { m_writer.output(w, s, c); flush(); }
    void message(const Position &w, std::string_view line) override { m_writer.message(w, line); flush(); }
    void stepFinished(const Position &w, const StepReport &s) override { m_writer.stepFinished(w, s); flush(); }
    void phaseFinished(const Position &w, const PhaseReport &p) override { m_writer.phaseFinished(w, p); flush(); }
    void documentFinished(const Position &w, const DocumentReport &d) override { m_writer.documentFinished(w, d); flush(); }
    void rebootRequested(const RebootRequest &r) override { m_writer.rebootRequested(r); flush(); }
    void runFinished(const RunReport &r) override { m_writer.runFinished(r); flush(); }

private:
    static void flush() { std::fflush(stdout); }
    ConsoleWriter m_writer;
};

void printUsage(QTextStream &out)
{
    out << "Usage: kilnctl run (--documents|-d a.yml[,b.yml…] | --config|-c run.json)\n"
           "                   [--phases|-p build,validate] [--parameters k=v,…]\n"
           "                   [--log-directory|-l DIR] [--execution-id|-i ID]\n\n"
           "Runs AWSTOE component documents on this host, like `awstoe run`: documents in the given\n"
           "order, phases in document order (--phases only filters), the console streamed live, and the\n"
           "log folder DIR/TOE_<date>_UTC-0_<id>/ with console.log, detailedoutput.json, chaining.json.\n"
           "Documents are validated first; nothing runs when one is invalid.\n"
           "Exit status: 0 success, 1 the run failed, 2 bad usage or invalid documents, 3 reboot requested\n"
           "(a host run never reboots), 130 cancelled (Ctrl-C).\n";
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

bool parseParameters(const QString &text, std::map<std::string, std::string> &out, QString &error)
{
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            error = QStringLiteral("--parameters: '%1' is not name=value").arg(pair);
            return false;
        }
        const QString name = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1);
        if (value.isEmpty()) {
            error = QStringLiteral("--parameters: '%1' has an empty value").arg(name);
            return false;
        }
        out[name.toStdString()] = value.toStdString();
    }
    return true;
}

// {name, value} list or plain object → map
bool readJsonParameters(const Json &j, std::map<std::string, std::string> &out, QString &error)
{
    if (j.isNull())
        return true;
    if (j.isObject()) {
        for (const auto &[k, v] : j.members())
            out[k] = v.asText();
        return true;
    }
    if (!j.isArray()) {
        error = QStringLiteral("\"parameters\" must be a list of {\"name\", \"value\"}");
        return false;
    }
    for (const Json &p : j.items()) {
        if (!p["name"].isString()) {
            error = QStringLiteral("every entry of \"parameters\" needs a \"name\"");
            return false;
        }
        out[p["name"].toString()] = p["value"].asText();
    }
    return true;
}

struct Options {
    QStringList documents;
    std::map<QString, std::map<std::string, std::string>> documentParameters;
    QStringList phases;
    std::map<std::string, std::string> parameters;
    QString logDirectory;
    QString executionId;
};

bool readConfig(const QString &path, Options &o, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read config file '%1': %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    auto parsed = Json::parse(std::string_view(data.constData(), static_cast<size_t>(data.size())), path.toStdString());
    if (!parsed) {
        error = QString::fromStdString(parsed.error().toString());
        return false;
    }
    const Json &j = *parsed;
    for (const Json &d : j["documents"].items()) {
        const QString docPath = QString::fromStdString(d["path"].toString());
        if (docPath.isEmpty()) {
            error = QStringLiteral("%1: every entry of \"documents\" needs a \"path\"").arg(path);
            return false;
        }
        o.documents << docPath;
        if (!readJsonParameters(d["parameters"], o.documentParameters[docPath], error))
            return false;
    }
    if (!readJsonParameters(j["parameters"], o.parameters, error))
        return false;
    if (j["phases"].isString())
        o.phases = splitList(QString::fromStdString(j["phases"].toString()));
    for (const Json &p : j["phases"].items())
        o.phases << QString::fromStdString(p.asText());
    // "executonId" is how one AWS doc page spells it
    for (const char *key : {"executionId", "executonId"})
        if (j[key].isString() && o.executionId.isEmpty())
            o.executionId = QString::fromStdString(j[key].toString());
    if (j["logDirectory"].isString())
        o.logDirectory = QString::fromStdString(j["logDirectory"].toString());
    return true;
}

int runCommand(Context &ctx)
{
    Options o;
    QString config;
    bool documentsGiven = false, parametersGiven = false;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](const char *longName, const char *shortName, QString &target) {
            const QString l = QString::fromLatin1(longName);
            if (a == l || (shortName && a == QLatin1String(shortName))) {
                if (i + 1 >= args.size()) {
                    ctx.err << "kilnctl run: " << a << " needs a value\n";
                    target = QString();
                    return -1;
                }
                target = args.at(++i);
                return 1;
            }
            if (a.startsWith(l + u'=')) {
                target = a.mid(l.size() + 1);
                return 1;
            }
            return 0;
        };
        QString v;
        int r;
        if ((r = value("--documents", "-d", v))) {
            if (r < 0) return 2;
            o.documents << splitList(v);
            documentsGiven = true;
        } else if ((r = value("--config", "-c", v))) {
            if (r < 0) return 2;
            config = v;
        } else if ((r = value("--phases", "-p", v))) {
            if (r < 0) return 2;
            o.phases << splitList(v);
        } else if ((r = value("--parameters", nullptr, v))) {
            if (r < 0) return 2;
            QString error;
            if (!parseParameters(v, o.parameters, error)) {
                ctx.err << "kilnctl run: " << error << '\n';
                return 2;
            }
            parametersGiven = true;
        } else if ((r = value("--log-directory", "-l", v))) {
            if (r < 0) return 2;
            o.logDirectory = v;
        } else if ((r = value("--execution-id", "-i", v))) {
            if (r < 0) return 2;
            o.executionId = v;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(ctx.out);
            return 0;
        } else if (a == QLatin1String("--trace") || a == QLatin1String("-t")) {
            // the console already shows every step's output and messages
        } else {
            ctx.err << "kilnctl run: unknown option '" << a
                    << "' (S3, CloudWatch and state-directory options of awstoe are not supported). "
                       "Run 'kilnctl run --help'.\n";
            return 2;
        }
    }
    if (!config.isEmpty()) {
        if (documentsGiven || parametersGiven) {
            ctx.err << "kilnctl run: --config cannot be combined with --documents or --parameters\n";
            return 2;
        }
        QString error;
        Options fromFile;
        if (!readConfig(config, fromFile, error)) {
            ctx.err << "kilnctl run: " << error << '\n';
            return 2;
        }
        // command-line options win over the config file (SPEC §4)
        if (!o.phases.isEmpty())
            fromFile.phases = o.phases;
        if (!o.logDirectory.isEmpty())
            fromFile.logDirectory = o.logDirectory;
        if (!o.executionId.isEmpty())
            fromFile.executionId = o.executionId;
        o = fromFile;
    }
    if (o.documents.isEmpty()) {
        ctx.err << "kilnctl run: give --documents a.yml[,b.yml] or --config run.json\n";
        return 2;
    }

    // Validate everything first: nothing runs when a document is invalid.
    RunRequest request;
    int errors = 0;
    for (const QString &path : o.documents) {
        ValidationResult v = validateFile(path.toStdString());
        for (const Diagnostic &d : v.diagnostics)
            ctx.err << QString::fromStdString(d.toString()) << '\n';
        if (!v.ok()) {
            ++errors;
            continue;
        }
        DocumentSource source;
        source.path = path.toStdString();
        source.document = std::move(*v.document);
        if (auto it = o.documentParameters.find(path); it != o.documentParameters.end())
            source.parameters = it->second;
        request.documents.push_back(std::move(source));
    }
    ctx.err.flush();
    if (errors) {
        ctx.err << "kilnctl run: " << errors << " invalid document(s); nothing was run\n";
        return 2;
    }
    for (const QString &p : o.phases)
        request.phases.push_back(p.toStdString());
    request.parameters = o.parameters;
    request.executionId = o.executionId.isEmpty() ? makeUuid() : o.executionId.toStdString();

    auto folder = LogFolder::create(o.logDirectory.isEmpty() ? std::string(".") : o.logDirectory.toStdString(),
                                    request.executionId, WallClock::now(), request.documents);
    if (!folder) {
        ctx.err << "kilnctl run: " << QString::fromStdString(folder.error().toString()) << '\n';
        return 2;
    }
    ctx.out.flush();

    Executor executor;
    StdoutConsole console;
    executor.addListener(&console);
    executor.addListener(folder->get());
    g_running.store(&executor);
    struct sigaction sa {}, oldInt {}, oldTerm {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    const RunResult result = executor.run(request);
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    g_running.store(nullptr);
    std::fflush(stdout);

    ctx.err << "Log folder: " << QString::fromStdString((*folder)->path()) << '\n';
    if (!(*folder)->error().empty())
        ctx.err << "kilnctl run: warning: " << QString::fromStdString((*folder)->error()) << '\n';
    switch (result.report.status) {
    case RunStatus::Success: return 0;
    case RunStatus::Failed: return 1;
    case RunStatus::RebootRequested: return 3;
    case RunStatus::Cancelled: return 130;
    }
    return 1;
}

} // namespace

KILNCTL_COMMAND("run", "Run component documents on this host (like awstoe run)", runCommand);

} // namespace Kiln::Ctl
