#pragma once
// LogSource: the consumer side shared by LogSink (bytes appended in this process) and LogTail
// (a log file written by another process). One live consumer (usually a LogFeed driving a
// LogView) pulls bytes with takeChunk() when told by dataAvailable(); nobody is notified per line.

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Kiln::Core {

// One pull from a LogSource.
struct LogChunk {
    QByteArray data;          // the next bytes of the log, in order
    qint64 offset = 0;        // byte offset of data[0] in the log file
    qint64 skippedBytes = 0;  // bytes dropped right before `data` (queue overflow or discard);
                              // the consumer shows "[… N bytes skipped, see full log]"
    bool restarted = false;   // the file was truncated or replaced: `data` starts a new log from
                              // `offset` (usually 0); the consumer drops its partial-line state
    bool more = false;        // more bytes were already pending when this chunk was cut
};

class LogSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LogSource() override;

    // Takes up to maxBytes of pending bytes. When more is pending than fits, the chunk ends after
    // the last '\n' inside its final 1,000 bytes if there is one (Qt Creator's chunking), so the
    // consumer rarely sees half a line. Returns an empty chunk when nothing is pending. Called by
    // the consumer's thread only.
    virtual LogChunk takeChunk(qsizetype maxBytes) = 0;

    // Bytes known to be waiting for takeChunk().
    virtual qint64 pendingBytes() const = 0;

    // Drops all pending bytes except roughly the last keepBytes (cut at a line start), so a
    // flooded view can jump to recent output. Returns how many bytes were dropped; the next
    // chunk reports them in skippedBytes too.
    virtual qint64 discardPending(qint64 keepBytes) = 0;

    // True once the writer has finished and every byte has been taken.
    virtual bool isFinished() const = 0;

    // The log file on disk (the source of truth), for "Open full log". May be empty.
    virtual QString filePath() const = 0;

Q_SIGNALS:
    // Emitted (from any thread; connect with Qt::QueuedConnection) once when bytes become
    // available after the consumer had drained everything, and once when the source finishes.
    // The consumer keeps calling takeChunk() until it returns an empty chunk; only then is the
    // next notification armed. Never emitted per line or per append.
    void dataAvailable();
};

} // namespace Kiln::Core
