#pragma once
// LogTail: follows a log file that ANOTHER process writes (the build worker writes; the GUI and
// `kilnctl build logs --follow` read), like `tail -F`. It polls on an adaptive timer — 20 ms
// while data keeps coming, backing off to 500 ms when idle — because QFileSystemWatcher misses
// appends and does not work on every filesystem. It waits for a file that does not exist yet,
// starts again from the beginning when the file is truncated, and when the file is replaced
// (rotated) reads the old file to its end before following the new one. Bytes are pulled by the
// consumer with takeChunk() (the LogSource interface it shares with LogSink), so nothing is
// dropped unless the consumer asks (discardPending) or startFromEnd() skips old output.

#include "core/log/logsource.h"

#include <QFile>
#include <QTimer>

namespace Kiln::Core {

class LogTail : public LogSource
{
    Q_OBJECT
public:
    struct Options {
        int minIntervalMs = 20;  // poll interval while the file grows
        int maxIntervalMs = 500; // poll interval after a quiet stretch
    };

    explicit LogTail(const QString &path, QObject *parent = nullptr);
    LogTail(const QString &path, const Options &options, QObject *parent = nullptr);
    ~LogTail() override;

    // Starts following from the beginning of the file.
    void start();
    // Starts following only the last `lastBytes` of what the file holds now (cut at a line
    // start); the first chunk reports the bytes before as skipped. Like `tail -n` for big logs.
    void startFromEnd(qint64 lastBytes);
    void stop();

    // The writer is done (e.g. the build ended): read what is left, then report isFinished().
    void finish();

    // Checks the file now (also run by the timer). Public so that callers can poll explicitly.
    void poll();

    int currentIntervalMs() const { return m_timer.interval(); }
    bool isFollowing() const { return m_timer.isActive(); }

    // LogSource
    LogChunk takeChunk(qsizetype maxBytes) override;
    qint64 pendingBytes() const override;
    qint64 discardPending(qint64 keepBytes) override;
    bool isFinished() const override;
    QString filePath() const override { return m_path; }

private:
    bool openFile();
    void notify();
    void schedule(bool sawData);
    qint64 lineStartAtOrAfter(qint64 pos);

    QString m_path;
    Options m_options;
    QFile m_file;
    QTimer m_timer;
    qint64 m_pos = 0;          // next byte to read
    qint64 m_size = 0;         // size of the open file at the last check
    quint64 m_inode = 0;       // identity of the open file
    quint64 m_device = 0;
    qint64 m_startFromEnd = -1; // pending startFromEnd() request until the file opens
    qint64 m_skipped = 0;       // reported with the next chunk
    bool m_restarted = false;   // reported with the next chunk
    bool m_finishing = false;
    bool m_notified = false;
};

} // namespace Kiln::Core
