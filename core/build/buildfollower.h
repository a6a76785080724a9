#pragma once
// BuildFollower: follows a build that a worker process runs — for `kilnctl pipeline start
// --follow`, `kilnctl build logs --follow` and any client that wants the build's live story
// without a VM of its own. It polls the build's catalog row (state changes, with stage
// durations) and follows its log files with LogTail: the agent events of each VM stage, parsed
// and formatted into the lines a user reads (AgentEventFormatter), or the serial consoles
// (console mode). Everything already written is replayed first, so following a build that is
// halfway (or finished) shows its whole story. Lives on a thread with an event loop; emits
// batches, never one signal per line.

#include "core/catalog/rows.h"
#include "core/log/agenteventformatter.h"
#include "core/log/logtail.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Kiln::Core {

class Catalog;

class BuildFollower : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool console = false;   // serial consoles instead of agent events
        bool worker = false;    // the build log (worker.log) instead of agent events
        int pollMs = 100;       // catalog poll interval (one indexed row read: the end of a
                                // build shows up within 0.1 s)
        bool untilNow = false;  // read what is there now and finish (no following)
    };

    BuildFollower(Catalog &catalog, qint64 buildId, Options options, QObject *parent = nullptr);
    ~BuildFollower() override;

    void start();
    const BuildRow &build() const { return m_build; }

Q_SIGNALS:
    // The build's state changed (first emitted with the state found at start).
    void stateChanged(const Kiln::Core::BuildRow &build, Kiln::Core::BuildState previous);
    // Lines of a stage's log, in order. `stage` is "BUILDING" or "TESTING" ("" for the build log).
    void lines(const QString &stage, const QList<Kiln::Core::LogModel::Line> &lines);
    // The parsed agent events of a batch (not in console mode).
    void events(const QString &stage, const QList<Kiln::Core::AgentEvent> &events);
    // The build reached a final state and every log was read to its end.
    void finished(const Kiln::Core::BuildRow &build);
    // The build cannot be read (deleted, catalog error).
    void failed(const QString &message);

private:
    struct Source;
    void poll();
    void drain(Source &source);
    void finishSources();

    Catalog &m_catalog;
    qint64 m_buildId;
    Options m_options;
    BuildRow m_build;
    bool m_haveBuild = false;
    bool m_finishing = false;
    bool m_done = false;
    QTimer m_poll;
    std::vector<std::unique_ptr<Source>> m_sources;
};

} // namespace Kiln::Core
