#pragma once
// LogSink: where a build's live output goes (agent events, serial console, tool output).
// append() may be called from any thread and costs O(1) under a mutex. Every byte goes to the
// log file — the source of truth, buffered and flushed on a timer and on close — and, for the
// one in-process listener, to a bounded pending queue. When the listener is slow the queue
// drops its OLDEST bytes (never the file's) and counts them, so the listener can print
// "[… N bytes skipped, see full log]". Listeners are notified once per batch (dataAvailable),
// never per line. Other processes follow the file with LogTail.

#include "core/log/logsource.h"
#include "core/toe/expected.h"

#include <QFile>
#include <QMutex>

#include <atomic>
#include <deque>

class QTimer;

namespace Kiln::Core {

class LogSink : public LogSource
{
    Q_OBJECT
public:
    struct Options {
        // Bound of the listener queue; 0 keeps no queue (file only, nobody listens in-process).
        qsizetype maxPendingBytes = 8 * 1024 * 1024;
        // How often buffered bytes reach the file. Readers in other processes (LogTail) see
        // output this late at most; lower it for logs that a GUI follows live.
        int flushIntervalMs = 1000;
        // Append to an existing file instead of truncating it.
        bool appendToFile = false;
    };

    explicit LogSink(QObject *parent = nullptr);
    ~LogSink() override; // closes

    // Opens (creates) the log file; once per sink. An empty path keeps no file: the sink is then
    // only a bounded queue (tests, previews). Call from the thread the sink lives in (its flush
    // timer runs there); append() before open() is ignored.
    Kiln::Expected<void, QString> open(const QString &path, const Options &options);
    Kiln::Expected<void, QString> open(const QString &path) { return open(path, Options{}); }

    // Appends bytes from any thread. Ignored after close().
    void append(QByteArrayView bytes);

    // Hands buffered bytes to the operating system. Returns false on a write error (the bytes
    // are kept and retried on the next flush, up to 64 MiB; see lostFileBytes()).
    bool flush();

    // Flushes and closes the file; the listener then sees the rest and isFinished().
    void close();
    bool isOpen() const;

    qint64 totalBytes() const;          // bytes appended so far (= the file's size when flushed)
    qint64 droppedPendingBytes() const; // bytes the listener queue dropped (the file has them)
    qint64 lostFileBytes() const;       // bytes that could not be written to the file at all
    QString errorString() const;        // the last file error, empty if none

    // LogSource
    LogChunk takeChunk(qsizetype maxBytes) override;
    qint64 pendingBytes() const override;
    qint64 discardPending(qint64 keepBytes) override;
    bool isFinished() const override;
    QString filePath() const override;

Q_SIGNALS:
    // The file could not be written (full disk, I/O error); emitted once per failing stretch.
    void writeFailed(const QString &message);

private:
    bool writeBufferLocked();
    qint64 dropFrontLocked(qint64 bytes, bool alignToLine);
    void copyFrontLocked(char *dest, qsizetype bytes) const;

    mutable QMutex m_mutex;
    Options m_options;
    QString m_path;
    QFile m_file;
    QByteArray m_fileBuffer;
    QTimer *m_flushTimer = nullptr;
    bool m_open = false;
    bool m_closed = false;
    bool m_writeFailing = false;
    QString m_error;
    qint64 m_total = 0;
    qint64 m_lostFileBytes = 0;

    std::deque<QByteArray> m_blocks; // the listener queue, in blocks of up to 64 KiB
    qsizetype m_frontPos = 0;        // bytes of m_blocks.front() already taken or dropped
    qint64 m_pending = 0;
    qint64 m_skippedSinceTake = 0;
    qint64 m_droppedTotal = 0;
    std::atomic<bool> m_notified{false}; // a dataAvailable is outstanding
};

} // namespace Kiln::Core
