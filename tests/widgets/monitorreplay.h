#pragma once
// Replays a recorded build (tests/data/monitor/<case>/: build.json and the worker's log files,
// recorded from real tinyos builds with record.sh) into a real catalog and its home's log folder,
// the way a build worker does it: the build row moves through its recorded stages, the log files
// grow in chunks on a timer, the catalog's step rows of a VM stage are written when the stage's
// events are, and the build ends as it did (SUCCEEDED, FAILED with its failure context,
// CANCELLED). The build monitor under test only reads, as it does with a real worker.
// Used by the monitor's widget tests, its benchmark and the screenshot seed.
#include "core/build/buildlogs.h"
#include "core/catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace KilnTest {

struct Recording {
    QString dir;
    QJsonObject build;

    static Recording load(const QString &dir)
    {
        Recording r;
        r.dir = dir;
        QFile f(QDir(dir).filePath(QStringLiteral("build.json")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("recording: cannot read %s", qPrintable(f.fileName()));
        r.build = QJsonDocument::fromJson(f.readAll()).object();
        return r;
    }
    QByteArray file(const QString &name) const
    {
        QFile f(QDir(dir).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString state() const { return build.value(QLatin1String("state")).toString(); }
    QStringList stages() const
    {
        QStringList s;
        for (const QJsonValue &v : build.value(QLatin1String("stages")).toArray())
            s << v.toObject().value(QLatin1String("stage")).toString();
        return s;
    }
    QList<Kiln::Core::BuildStepRow> steps(const QString &stage) const
    {
        QList<Kiln::Core::BuildStepRow> out;
        for (const QJsonValue &v : build.value(QLatin1String("steps")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("stage")).toString() != stage)
                continue;
            Kiln::Core::BuildStepRow s;
            s.stage = stage;
            s.component = o.value(QLatin1String("component")).toString();
            s.phase = o.value(QLatin1String("phase")).toString();
            s.step = o.value(QLatin1String("step")).toString();
            s.iteration = o.value(QLatin1String("iteration")).toInt();
            s.status = Kiln::Core::parseStepStatus(o.value(QLatin1String("status")).toString()).value_or(Kiln::Core::StepStatus::Failed);
            if (o.value(QLatin1String("exitCode")).isDouble())
                s.exitCode = o.value(QLatin1String("exitCode")).toInt();
            s.message = o.value(QLatin1String("message")).toString();
            s.startedAt = QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
            s.finishedAt = QDateTime::fromString(o.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
            out << s;
        }
        return out;
    }
    Kiln::Core::FailureContext failure() const
    {
        const QJsonObject o = build.value(QLatin1String("failure")).toObject();
        Kiln::Core::FailureContext f;
        f.stage = o.value(QLatin1String("stage")).toString();
        f.component = o.value(QLatin1String("component")).toString();
        f.phase = o.value(QLatin1String("phase")).toString();
        f.step = o.value(QLatin1String("step")).toString();
        if (o.value(QLatin1String("exitCode")).isDouble())
            f.exitCode = o.value(QLatin1String("exitCode")).toInt();
        f.message = o.value(QLatin1String("message")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("logTail")).toArray())
            f.logTail << v.toString();
        return f;
    }
    // The worker.log lines of a stage (its second column).
    QByteArray workerLines(const QString &stage) const
    {
        QByteArray out;
        for (const QByteArray &line : file(QStringLiteral("worker.log")).split('\n'))
            if (!line.isEmpty() && QString::fromUtf8(line.mid(26, 12)).trimmed() == stage)
                out += line + '\n';
        return out;
    }
};

template <class T>
T await(QFuture<Kiln::Core::Result<T>> f)
{
    f.waitForFinished();
    auto r = f.result();
    if (!r)
        qFatal("replay: %s", qPrintable(r.error().message));
    return *r;
}

inline void await(QFuture<Kiln::Core::Result<void>> f)
{
    f.waitForFinished();
    if (auto r = f.result(); !r)
        qFatal("replay: %s", qPrintable(r.error().message));
}

class Replay
{
public:
    struct Options {
        int tickMs = 15;               // one chunk per tick and file
        qsizetype chunkBytes = 1500;   // bytes appended per tick to the events log
        bool catalogSteps = true;      // write the catalog's step rows (as the worker does)
        bool eventLogs = true;         // write events.jsonl / test-events.jsonl
        QString stopBefore;            // stop (the build stays running) before this stage/outcome
        double holdBuildingAt = 0;     // > 0: stop writing BUILDING's logs at this fraction and hold
                                       // there (a build caught mid-stage, for screenshots)
    };

    Replay(Kiln::Core::Catalog &catalog, Recording recording, Options options)
        : m_catalog(catalog), m_rec(std::move(recording)), m_options(options)
    {
        using namespace Kiln::Core;
        NewBuild nb;
        nb.kind = m_rec.build.value(QLatin1String("kind")).toString() == QLatin1String("component-test") ? BuildKind::ComponentTest
                                                                                                        : BuildKind::Pipeline;
        nb.pipelineName = m_rec.build.value(QLatin1String("pipeline")).toString();
        nb.plan = m_rec.build.value(QLatin1String("plan")).toObject();
        m_id = await(catalog.builds().create(nb)).id;
        m_logs = QDir(BuildLogs(catalog.home(), m_id).dir());
        QDir().mkpath(m_logs.path());
        // The worker's lock file, not held: to a cancel, this build's worker is gone (the runner
        // then finishes the cancel itself, as for a crashed worker).
        const BuildLogs logs(catalog.home(), m_id);
        QFile lock(logs.lockPath());
        if (!lock.open(QIODevice::WriteOnly))
            qFatal("replay: cannot write %s", qPrintable(lock.fileName()));
        await(catalog.builds().setWorker(m_id, 0, logs.lockPath()));
        appendFile(QStringLiteral("worker.log"), m_rec.workerLines(QStringLiteral("PENDING")));
        plan();
        m_timer.setInterval(options.tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { step(); });
    }

    qint64 buildId() const { return m_id; }
    QString path(const QString &file) const { return m_logs.filePath(file); }
    bool isDone() const { return m_actions.empty(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Runs everything now (no timer).
    void runAll()
    {
        while (!m_actions.empty())
            step();
    }

    std::function<void(const QString &)> onStage; // a stage or outcome begins
    std::function<void()> onDone;

private:
    void plan()
    {
        using namespace Kiln::Core;
        const QStringList stages = m_rec.stages();
        for (const QString &stage : stages) {
            if (stage == m_options.stopBefore)
                return;
            const BuildState state = *parseBuildState(stage);
            add([this, stage, state] {
                await(m_catalog.builds().setState(m_id, state));
                appendFile(QStringLiteral("worker.log"), m_rec.workerLines(stage));
                if (onStage)
                    onStage(stage);
                return true;
            });
            if (stage == QLatin1String("BUILDING") || stage == QLatin1String("TESTING")) {
                const QString events = BuildLogs::eventsKind(stage) == BuildLogs::events() ? QStringLiteral("events.jsonl")
                                                                                           : QStringLiteral("test-events.jsonl");
                const QString console = stage == QLatin1String("BUILDING") ? QStringLiteral("console.log") : QStringLiteral("test-console.log");
                stream(m_options.eventLogs ? events : QString(), console,
                       stage == QLatin1String("BUILDING") ? m_options.holdBuildingAt : 0.0);
                if (m_options.catalogSteps)
                    add([this, stage] {
                        for (const BuildStepRow &row : m_rec.steps(stage)) {
                            BuildStepRow r = row;
                            r.buildId = m_id;
                            const qint64 id = await(m_catalog.builds().addStep(r));
                            if (row.status != StepStatus::Running)
                                await(m_catalog.builds().finishStep(id, row.status, row.exitCode, row.message, row.finishedAt));
                        }
                        return true;
                    });
            }
        }
        const QString outcome = m_rec.state();
        if (outcome == m_options.stopBefore)
            return;
        add([this, outcome] {
            if (outcome == QLatin1String("FAILED"))
                await(m_catalog.builds().setFailed(m_id, m_rec.failure()));
            else if (outcome == QLatin1String("CANCELLED"))
                await(m_catalog.builds().setState(m_id, BuildState::Cancelled, m_rec.build.value(QLatin1String("stateReason")).toString()));
            else
                await(m_catalog.builds().setState(m_id, *parseBuildState(outcome)));
            appendFile(QStringLiteral("worker.log"), m_rec.workerLines(outcome == QLatin1String("SUCCEEDED") ? QStringLiteral("DONE") : outcome));
            if (onStage)
                onStage(outcome);
            return true;
        });
    }

    // Appends a VM's events and console logs side by side, a chunk per tick.
    void stream(const QString &events, const QString &console, double holdAt)
    {
        const QByteArray ev = events.isEmpty() ? QByteArray() : m_rec.file(events);
        const QByteArray co = m_rec.file(console);
        auto pos = std::make_shared<qsizetype>(0);
        const qsizetype chunks = std::max<qsizetype>(1, (ev.size() + m_options.chunkBytes - 1) / m_options.chunkBytes);
        const qsizetype consoleChunk = (co.size() + chunks - 1) / chunks + 1;
        const qsizetype hold = holdAt > 0 ? qsizetype(chunks * holdAt) : -1;
        add([this, ev, co, events, console, pos, chunks, consoleChunk, hold] {
            if (*pos == hold)
                return false; // held mid-stage, for good
            const qsizetype i = (*pos)++;
            if (!ev.isEmpty())
                appendFile(events, ev.mid(i * m_options.chunkBytes, m_options.chunkBytes));
            appendFile(console, co.mid(i * consoleChunk, consoleChunk));
            return *pos >= chunks;
        });
    }

    void appendFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_logs.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            qFatal("replay: cannot write %s", qPrintable(f.fileName()));
        f.write(bytes);
    }

    void add(std::function<bool()> action) { m_actions.push_back(std::move(action)); }

    void step()
    {
        if (m_actions.empty()) {
            m_timer.stop();
            return;
        }
        if (m_actions.front()())
            m_actions.pop_front();
        if (m_actions.empty()) {
            m_timer.stop();
            if (onDone)
                onDone();
        }
    }

    Kiln::Core::Catalog &m_catalog;
    Recording m_rec;
    Options m_options;
    qint64 m_id = 0;
    QDir m_logs;
    QTimer m_timer;
    std::deque<std::function<bool()>> m_actions;
};

} // namespace KilnTest
