#include "agentsession.h"

#include "core/build/buildtr.h"
#include "core/log/agentevent.h"
#include "core/virt/domainstream.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

// Hands a libvirt stream's bytes to a LogSink. The stream keeps the relay alive until its
// teardown ends, which may be after the session is gone: detach() makes later bytes go nowhere.
class SinkRelay : public ByteSink
{
public:
    explicit SinkRelay(LogSink *sink) : m_sink(sink) {}
    void append(QByteArrayView bytes) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_sink)
            m_sink->append(bytes);
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_sink = nullptr;
    }

private:
    QMutex m_mutex;
    LogSink *m_sink;
};

namespace {
constexpr int kRecentLines = 50;
constexpr qsizetype kDrainChunk = 1 << 20;
} // namespace

AgentSession::AgentSession(BuildContext &ctx, QString stage, const AgentPlan &plan, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_stage(std::move(stage))
    , m_tracker(m_stage, plan.documents, ctx.buildId)
{
    m_eventsRelay = std::make_shared<SinkRelay>(&m_events);
    m_consoleRelay = std::make_shared<SinkRelay>(&m_console);
    connect(&m_events, &LogSource::dataAvailable, this, &AgentSession::drain, Qt::QueuedConnection);
    for (LogSink *sink : {&m_events, &m_console}) {
        connect(sink, &LogSink::writeFailed, this, [this](const QString &message) {
            if (m_writeError.isEmpty()) {
                m_writeError = message;
                m_ctx.journal.error(message);
            }
        });
    }
}

AgentSession::~AgentSession()
{
    m_eventsRelay->detach();
    m_consoleRelay->detach();
}

Result<void> AgentSession::open()
{
    const QString eventsKind = BuildLogs::eventsKind(m_stage);
    const QString consoleKind = BuildLogs::consoleKind(m_stage);
    LogSink::Options events;
    events.flushIntervalMs = 100; // followers (GUI, kilnctl --follow) see events within ~0.1 s
    events.maxPendingBytes = 64 * 1024 * 1024; // what this session has not parsed yet
    if (auto r = m_events.open(m_ctx.logs.path(eventsKind), events); !r)
        return fail(r.error(), u"io"_s);
    LogSink::Options console;
    console.flushIntervalMs = 100;
    console.maxPendingBytes = 0; // file only; the tail is read back from it
    if (auto r = m_console.open(m_ctx.logs.path(consoleKind), console); !r)
        return fail(r.error(), u"io"_s);
    m_ctx.addLog(eventsKind);
    m_ctx.addLog(consoleKind);
    return {};
}

std::shared_ptr<ByteSink> AgentSession::eventsSink() const { return m_eventsRelay; }
std::shared_ptr<ByteSink> AgentSession::consoleSink() const { return m_consoleRelay; }

void AgentSession::cancel()
{
    if (m_channel && m_channel->isOpen())
        m_channel->send(AgentEvent::cancelLine());
}

qint64 AgentSession::eventBytes() const { return m_events.totalBytes(); }
qint64 AgentSession::consoleBytes() const { return m_console.totalBytes(); }

void AgentSession::drain()
{
    for (;;) {
        LogChunk chunk = m_events.takeChunk(kDrainChunk);
        if (chunk.data.isEmpty() && chunk.skippedBytes == 0)
            break;
        if (chunk.skippedBytes > 0) {
            // Parsing fell 64 MiB behind (the file has every byte): start again at a line start.
            m_ctx.journal.warning(BuildTr::tr("%1 bytes of agent events were not parsed live (they are in %2)")
                                      .arg(chunk.skippedBytes)
                                      .arg(m_events.filePath()));
            m_parser.skipTo(chunk.offset);
        }
        AgentEventParser::Batch batch;
        m_parser.feed(chunk.data, batch);
        if (batch.isEmpty())
            continue;
        QList<StepTracker::Change> changes;
        QStringList notes;
        m_tracker.handle(batch, changes, notes);
        for (const QString &note : std::as_const(notes))
            m_ctx.journal.warning(note);
        apply(changes);
        QList<LogModel::Line> lines;
        m_formatter.format(batch, lines);
        remember(lines);
    }
}

void AgentSession::finish(const QString &why, bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_eventsRelay->detach();
    m_consoleRelay->detach();
    drain();
    AgentEventParser::Batch rest;
    m_parser.finish(rest);
    QList<StepTracker::Change> changes;
    QStringList notes;
    m_tracker.handle(rest, changes, notes);
    for (const QString &note : std::as_const(notes))
        m_ctx.journal.warning(note);
    m_tracker.finish(why, cancelled, changes);
    apply(changes);
    QList<LogModel::Line> lines;
    m_formatter.format(rest, lines);
    m_formatter.finish(lines);
    remember(lines);
    m_events.close();
    m_console.close();
}

void AgentSession::apply(const QList<StepTracker::Change> &changes)
{
    for (const StepTracker::Change &c : changes) {
        if (c.kind == StepTracker::Change::Kind::Open) {
            auto id = m_ctx.addStep(c.row);
            if (id)
                m_stepIds.insert(c.key, *id);
        } else if (const qint64 id = m_stepIds.take(c.key); id > 0) {
            m_ctx.finishStep(id, c.row);
        }
    }
}

void AgentSession::remember(const QList<LogModel::Line> &lines)
{
    for (const LogModel::Line &l : lines)
        m_recent.append(l.text);
    if (m_recent.size() > kRecentLines)
        m_recent.remove(0, m_recent.size() - kRecentLines);
}

QStringList AgentSession::consoleTail(int lines)
{
    m_console.flush();
    return BuildLogs::lastLines(m_console.filePath(), lines);
}

} // namespace Kiln::Core
