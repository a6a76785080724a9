#pragma once
// AgentEventParser: parses the agent's JSON Lines event stream (see agentevent.h and
// docs/agent-protocol.md) from bytes split anywhere into typed AgentEvent values.
// - A line that is not a JSON object with an "event" (kernel noise on the port, a torn write)
//   is reported as Garbage and parsing goes on with the next line: no later event is lost.
// - A JSON event with a missing or mistyped field is reported as InvalidEvent (the event is not
//   delivered; its seq still counts).
// - `seq` must grow by one per event. A gap is reported (SeqGap, with the missing range) and
//   the event delivered. An event with seq ≤ the last seen is a duplicate (e.g. resent after a
//   reboot): ignored and counted, not reported. An agent.hello with seq ≤ the last seen means
//   the agent lost its numbering: reported (SeqRestart) and the numbering restarts from it.
// - Unknown event types are delivered as Type::Unknown with their raw object.
// Not thread-safe; one parser per stream. No Qt event loop needed (the build worker uses it).

#include "core/log/agentevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Kiln::Core {

class AgentEventParser
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Core::AgentEventParser)
public:
    struct Issue {
        enum class Kind {
            Garbage,      // not a JSON object with an "event" field
            InvalidEvent, // a JSON event with a missing or mistyped field
            LineTooLong,  // a line longer than maxLineBytes (skipped)
            SeqGap,       // events missing before this one
            SeqRestart,   // agent.hello with a seq not above the last one
            Truncated,    // the stream ended inside a line
        };
        Kind kind = Kind::Garbage;
        qint64 line = 0;   // 1-based line number in the stream
        qint64 offset = 0; // byte offset of the line
        QString message;   // for the user: "line 12: …"
        QByteArray excerpt; // the start of the offending line (up to 200 bytes)
        qint64 expectedSeq = 0; // SeqGap/SeqRestart
        qint64 receivedSeq = 0;
    };

    struct Batch {
        QList<AgentEvent> events;
        QList<Issue> issues;
        bool isEmpty() const { return events.isEmpty() && issues.isEmpty(); }
    };

    static constexpr qsizetype kDefaultMaxLineBytes = 4 * 1024 * 1024;

    explicit AgentEventParser(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    // Parses the next bytes of the stream; complete lines become events or issues.
    void feed(QByteArrayView bytes, Batch &out);
    Batch feed(QByteArrayView bytes);

    // The stream ended: a last line without "\n" is parsed if it is a complete event, otherwise
    // reported as Truncated.
    void finish(Batch &out);

    // Bytes were lost before the next ones (a skipped stretch of the log): the partial line is
    // dropped silently and the next bytes start a new line at `nextOffset`. The seq check
    // reports whatever events went missing.
    void skipTo(qint64 nextOffset);

    // Starts a new stream; seq numbering expects 1 again.
    void reset();

    // Continue a stream whose events up to `seq` were already handled elsewhere.
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }

    qint64 lastSeq() const { return m_lastSeq; }
    qint64 duplicates() const { return m_duplicates; }       // events ignored as duplicates
    qint64 missingEvents() const { return m_missing; }       // events lost in gaps
    qint64 gaps() const { return m_gaps; }
    qint64 badLines() const { return m_badLines; }           // garbage, invalid, too long
    qint64 lineCount() const { return m_line; }              // complete lines seen

    // Parses one line (without its "\n") as an event. Returns std::nullopt and sets *error
    // when it is not a valid event; `garbage` tells whether it was not an event at all.
    // Does not check seq. Useful for tools that read a single recorded event.
    static std::optional<AgentEvent> parseLine(QByteArrayView line, QString *error, bool *garbage = nullptr);

private:
    static std::optional<AgentEvent> parse(QByteArrayView line, QString *error, bool *garbage, QJsonObject *raw);
    void parseCompleteLine(QByteArrayView line, qint64 offset, Batch &out);
    Issue makeIssue(Issue::Kind kind, QByteArrayView line, qint64 offset, const QString &what) const;

    qsizetype m_maxLineBytes;
    QByteArray m_carry;       // the partial line
    qint64 m_offset = 0;      // stream offset of the next byte
    qint64 m_lineOffset = 0;  // offset of the current line
    qint64 m_line = 0;
    bool m_discarding = false; // inside a line that is too long
    qint64 m_lastSeq = 0;
    qint64 m_duplicates = 0;
    qint64 m_missing = 0;
    qint64 m_gaps = 0;
    qint64 m_badLines = 0;
};

} // namespace Kiln::Core
