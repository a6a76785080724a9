#pragma once
// LogFeed: drains a LogSource into a LogModel without freezing the GUI thread (PATTERNS.md d-2).
// The source notifies once per batch; the feed then takes one chunk per tick of a single-shot
// timer, splits it into lines (plain text) or parses it as agent events (AgentEvents), and
// appends them to the model in one insert. The chunk size and the interval adapt with Qt
// Creator's constants: a tick slower than the interval doubles the interval (max 1,000 ms) and
// halves the chunk (min 1,000 bytes); a fast tick (< interval/2) that left data pending shrinks
// the interval to 2/3 and grows the chunk ×1.5. The view may report what its own layout costs
// (reportViewCost) so that cost counts too. When the queue keeps growing for 10 ticks, or would
// take more than a minute to show, pending output is discarded except its last part, and one
// marker line says how much was skipped (the full log is on disk).

#include "core/log/agentevent.h"
#include "core/log/agenteventformatter.h"
#include "core/log/agenteventparser.h"
#include "core/log/linesplitter.h"
#include "core/log/logmodel.h"
#include "core/log/logsource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kiln::Core {

class LogFeed : public QObject
{
    Q_OBJECT
public:
    enum class Format {
        Text,        // plain bytes (console, tool output): one stream, see setTextStream()
        AgentEvents, // the agent's JSON Lines events: step output in stdout/stderr + milestones
    };

    struct Tuning {
        qsizetype initialChunkBytes = 10000; // Qt Creator: defaultChunkSize
        qsizetype minChunkBytes = 1000;      // Qt Creator: minChunkSize
        qsizetype maxChunkBytes = 1 << 20;   // bounds one tick's work whatever the backlog
        int initialIntervalMs = 10;          // Qt Creator: defaultInterval
        int minIntervalMs = 10;              // Qt Creator allows 1 ms; a list view relayouts per insert
        int maxIntervalMs = 1000;            // Qt Creator: maxInterval
        bool discardExcessive = true;
        qint64 keepAfterDiscard = 1 << 20;   // bytes of the newest output kept when discarding
        LineSplitter::Options text;          // line length cap and sanitizing for text
    };

    explicit LogFeed(LogModel *model, QObject *parent = nullptr);
    ~LogFeed() override;

    // Follows `source` (not owned), replacing the previous one; the model is not cleared.
    void setSource(LogSource *source, Format format = Format::Text);
    LogSource *source() const { return m_source; }
    Format format() const { return m_format; }

    // The stream given to lines in Text format (Stdout by default).
    void setTextStream(LogStream stream) { m_textStream = stream; }

    void setTuning(const Tuning &tuning);
    const Tuning &tuning() const { return m_tuning; }

    // Time the view spent laying out after the last append; added to the next tick's cost.
    void reportViewCost(qint64 nsecs) { m_viewCostNs += nsecs; }

    // Drains everything pending now, in one go (closing a view, tests).
    void flushNow();

    qint64 bytesConsumed() const { return m_bytesConsumed; }
    qint64 skippedBytes() const { return m_skippedBytes; }
    qint64 ticks() const { return m_ticks; }
    qint64 discards() const { return m_discards; }
    qsizetype chunkBytes() const { return m_chunkBytes; }
    int intervalMs() const { return m_timer.interval(); }
    bool isFinished() const { return m_finished; }

    // "[… 1,234 bytes skipped, see full log]"
    static QString skippedMarker(qint64 bytes);

public Q_SLOTS:
    // Starts the tick timer if it is not running (connected to LogSource::dataAvailable).
    void scheduleFlush();

Q_SIGNALS:
    // After a tick that changed the model.
    void flushed(int lines);
    // AgentEvents format: the events of one tick, in order (for step tables and status).
    void agentEvents(const QList<Kiln::Core::AgentEvent> &events);
    // The parser's issues of one tick (garbage lines, seq gaps), already shown as lines.
    void agentIssues(const QList<Kiln::Core::AgentEventParser::Issue> &issues);
    // Pending output was discarded (flooding); `bytes` were skipped.
    void discarded(qint64 bytes);
    // The source finished and everything was shown.
    void finished();

private:
    bool tick(); // returns true when more is pending
    void maybeDiscard();
    void resetDecoders(qint64 offset);
    void finishDecoders(QList<LogModel::Line> &out);
    void addMarker(QList<LogModel::Line> &out, const QString &text, qint64 offset);

    LogModel *m_model;
    QPointer<LogSource> m_source;
    QMetaObject::Connection m_connection;
    Format m_format = Format::Text;
    LogStream m_textStream = LogStream::Stdout;
    Tuning m_tuning;
    QTimer m_timer;
    LineSplitter m_splitter;
    AgentEventParser m_parser;
    AgentEventFormatter m_formatter;
    qsizetype m_chunkBytes = 10000;
    QList<qint64> m_pendingHistory; // Qt Creator's queuedSizeHistory
    qint64 m_viewCostNs = 0;
    qint64 m_bytesConsumed = 0;
    qint64 m_skippedBytes = 0;
    qint64 m_ticks = 0;
    qint64 m_discards = 0;
    QString m_shownPartial;
    bool m_showsPartial = false;
    bool m_finished = false;
};

} // namespace Kiln::Core
