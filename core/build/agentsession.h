#pragma once
// AgentSession: the host side of one VM's agent conversation, in the build worker.
//  - The agent channel's bytes go (on the libvirt-events thread) straight into a LogSink: the
//    event file (events.jsonl / test-events.jsonl) is the source of truth, flushed every 100 ms
//    so followers in other processes see events quickly. The serial console goes to its own file.
//  - On the worker's main thread the session drains the sink's queue, parses the JSON Lines
//    (AgentEventParser: split lines, garbage, seq gaps), feeds the StepTracker and writes step
//    rows to the catalog as steps start and end; parser issues (gaps, garbage) go to the build
//    log. The last 50 formatted lines are kept for a failure context.
//  - cancel() writes the agent's `cancel` line to the channel.

#include "core/build/buildcontext.h"
#include "core/build/steptracker.h"
#include "core/log/agenteventformatter.h"
#include "core/virt/bytesink.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Kiln::Core {

class DomainStream;
class SinkRelay;

class AgentSession : public QObject
{
    Q_OBJECT
public:
    // stage: "BUILDING" or "TESTING" (the step rows' stage and the log file names).
    AgentSession(BuildContext &ctx, QString stage, const AgentPlan &plan, QObject *parent = nullptr);
    ~AgentSession() override;

    // Opens the event and console files and records them in the catalog.
    Result<void> open();
    std::shared_ptr<ByteSink> eventsSink() const;
    std::shared_ptr<ByteSink> consoleSink() const;

    void setChannel(std::shared_ptr<DomainStream> channel) { m_channel = std::move(channel); }
    // Sends {"event":"cancel"} to the agent (ignored when the channel is gone).
    void cancel();

    // Parses everything received so far (also run on every dataAvailable).
    void drain();
    // The VM is gone: parses the rest, closes steps still open (why, cancelled), closes the files.
    void finish(const QString &why, bool cancelled);

    const StepTracker &tracker() const { return m_tracker; }
    QStringList recentLines() const { return m_recent; }
    QStringList consoleTail(int lines);
    qint64 eventBytes() const;
    qint64 consoleBytes() const;
    bool diskWriteFailed() const { return !m_writeError.isEmpty(); }
    QString writeError() const { return m_writeError; }

private:
    void apply(const QList<StepTracker::Change> &changes);
    void remember(const QList<LogModel::Line> &lines);

    BuildContext &m_ctx;
    QString m_stage;
    LogSink m_events;
    LogSink m_console;
    std::shared_ptr<SinkRelay> m_eventsRelay;
    std::shared_ptr<SinkRelay> m_consoleRelay;
    std::shared_ptr<DomainStream> m_channel;
    AgentEventParser m_parser;
    AgentEventFormatter m_formatter;
    StepTracker m_tracker;
    QHash<QString, qint64> m_stepIds; // open step key → catalog row id
    QStringList m_recent;
    QString m_writeError;
    bool m_finished = false;
};

} // namespace Kiln::Core
