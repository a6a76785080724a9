#include "logsink.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <cstring>

namespace Kiln::Core {

namespace {
constexpr qsizetype kBlockSize = 64 * 1024;          // listener queue block
constexpr qsizetype kFileBufferSize = 64 * 1024;     // written when this much is buffered
constexpr qsizetype kMaxRetained = 64 * 1024 * 1024; // kept for retry while the file fails
constexpr qsizetype kLineSlack = 1000;               // chunk cut: look this far back for '\n'
} // namespace

LogSink::LogSink(QObject *parent) : LogSource(parent)
{
    m_flushTimer = new QTimer(this);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
}

LogSink::~LogSink()
{
    close();
}

Kiln::Expected<void, QString> LogSink::open(const QString &path, const Options &options)
{
    QMutexLocker lock(&m_mutex);
    if (m_open)
        return Kiln::unexpected(tr("The log %1 is already open.").arg(m_path));
    m_options = options;
    m_path = path;
    if (!path.isEmpty()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_file.setFileName(path);
        QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
        mode |= options.appendToFile ? QIODevice::Append : QIODevice::Truncate;
        if (!m_file.open(mode))
            return Kiln::unexpected(tr("Cannot open the log file %1: %2").arg(path, m_file.errorString()));
        m_total = options.appendToFile ? m_file.size() : 0;
        m_fileBuffer.reserve(kFileBufferSize * 2);
    }
    m_open = true;
    m_closed = false;
    lock.unlock();
    if (!path.isEmpty())
        m_flushTimer->start(qMax(1, options.flushIntervalMs));
    return {};
}

void LogSink::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    bool notify = false;
    bool failed = false;
    QString error;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open || m_closed)
            return;
        m_total += bytes.size();

        if (m_file.isOpen()) {
            if (m_writeFailing && m_fileBuffer.size() >= kMaxRetained) {
                m_lostFileBytes += bytes.size();
            } else {
                m_fileBuffer.append(bytes.data(), bytes.size());
                // While the file fails, only the flush timer retries (not every append).
                if (m_fileBuffer.size() >= kFileBufferSize && !m_writeFailing && !writeBufferLocked()) {
                    failed = true;
                    error = m_error;
                }
            }
        }

        if (m_options.maxPendingBytes > 0) {
            const char *data = bytes.data();
            qsizetype left = bytes.size();
            while (left > 0) {
                if (m_blocks.empty() || m_blocks.back().size() >= kBlockSize) {
                    m_blocks.emplace_back();
                    m_blocks.back().reserve(kBlockSize);
                }
                QByteArray &back = m_blocks.back();
                const qsizetype n = qMin(left, kBlockSize - back.size());
                back.append(data, n);
                data += n;
                left -= n;
            }
            m_pending += bytes.size();
            if (m_pending > m_options.maxPendingBytes)
                dropFrontLocked(m_pending - m_options.maxPendingBytes, true);
            notify = !m_notified.exchange(true);
        }
    }
    if (failed)
        Q_EMIT writeFailed(error);
    if (notify)
        Q_EMIT dataAvailable();
}

bool LogSink::writeBufferLocked()
{
    if (m_fileBuffer.isEmpty() || !m_file.isOpen())
        return true;
    for (;;) {
        const qint64 written = m_file.write(m_fileBuffer);
        if (written == m_fileBuffer.size()) {
            m_fileBuffer.resize(0); // keeps the capacity
            m_writeFailing = false;
            return true;
        }
        if (written <= 0)
            break;
        // A short write (the disk filled up in the middle) sets no error: the next write says why.
        m_fileBuffer.remove(0, written);
    }
    m_writeFailing = true;
    m_error = tr("Cannot write the log file %1: %2").arg(m_path, m_file.errorString());
    return false;
}

bool LogSink::flush()
{
    bool failed = false;
    bool ok = true;
    QString error;
    {
        QMutexLocker lock(&m_mutex);
        const bool wasFailing = m_writeFailing;
        ok = writeBufferLocked();
        failed = !ok && !wasFailing;
        error = m_error;
    }
    if (failed)
        Q_EMIT writeFailed(error);
    return ok;
}

void LogSink::close()
{
    bool notify = false;
    bool failed = false;
    QString error;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open || m_closed)
            return;
        if (m_file.isOpen()) {
            const bool wasFailing = m_writeFailing;
            if (!writeBufferLocked()) {
                failed = !wasFailing;
                error = m_error;
                m_lostFileBytes += m_fileBuffer.size();
                m_fileBuffer.clear();
            }
            m_file.close();
        }
        m_closed = true;
        notify = !m_notified.exchange(true);
    }
    if (QThread::currentThread() == thread())
        m_flushTimer->stop();
    if (failed)
        Q_EMIT writeFailed(error);
    if (notify)
        Q_EMIT dataAvailable();
}

bool LogSink::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open && !m_closed;
}

qint64 LogSink::totalBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

qint64 LogSink::droppedPendingBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_droppedTotal;
}

qint64 LogSink::lostFileBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_lostFileBytes;
}

QString LogSink::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

qint64 LogSink::dropFrontLocked(qint64 bytes, bool alignToLine)
{
    qint64 dropped = 0;
    while (bytes > 0 && !m_blocks.empty()) {
        const qsizetype avail = m_blocks.front().size() - m_frontPos;
        if (avail <= bytes) {
            bytes -= avail;
            dropped += avail;
            m_blocks.pop_front();
            m_frontPos = 0;
        } else {
            m_frontPos += bytes;
            dropped += bytes;
            bytes = 0;
        }
    }
    if (alignToLine && !m_blocks.empty()) {
        // Start what is left at a line start, so the listener's next line is a whole one.
        const QByteArray &front = m_blocks.front();
        const char *begin = front.constData() + m_frontPos;
        const void *nl = std::memchr(begin, '\n', size_t(front.size() - m_frontPos));
        if (nl) {
            const qsizetype skip = static_cast<const char *>(nl) - begin + 1;
            m_frontPos += skip;
            dropped += skip;
            if (m_frontPos == front.size()) {
                m_blocks.pop_front();
                m_frontPos = 0;
            }
        }
    }
    m_pending -= dropped;
    m_skippedSinceTake += dropped;
    m_droppedTotal += dropped;
    return dropped;
}

void LogSink::copyFrontLocked(char *dest, qsizetype bytes) const
{
    qsizetype pos = m_frontPos;
    for (auto it = m_blocks.cbegin(); bytes > 0 && it != m_blocks.cend(); ++it) {
        const qsizetype n = qMin(bytes, it->size() - pos);
        std::memcpy(dest, it->constData() + pos, size_t(n));
        dest += n;
        bytes -= n;
        pos = 0;
    }
}

LogChunk LogSink::takeChunk(qsizetype maxBytes)
{
    QMutexLocker lock(&m_mutex);
    LogChunk chunk;
    chunk.offset = m_total - m_pending;
    chunk.skippedBytes = m_skippedSinceTake;
    m_skippedSinceTake = 0;
    if (m_pending == 0 || maxBytes <= 0) {
        chunk.more = m_pending > 0;
        if (m_pending == 0)
            m_notified = false;
        return chunk;
    }
    qsizetype take = qsizetype(qMin<qint64>(maxBytes, m_pending));
    chunk.data.resize(take);
    copyFrontLocked(chunk.data.data(), take);
    if (take < m_pending) {
        const qsizetype from = qMax<qsizetype>(0, take - kLineSlack);
        const qsizetype nl = chunk.data.lastIndexOf('\n');
        if (nl >= from) {
            take = nl + 1;
            chunk.data.truncate(take);
        }
    }
    // Consume `take` bytes without counting them as dropped.
    qsizetype left = take;
    while (left > 0) {
        const qsizetype avail = m_blocks.front().size() - m_frontPos;
        if (avail <= left) {
            left -= avail;
            m_blocks.pop_front();
            m_frontPos = 0;
        } else {
            m_frontPos += left;
            left = 0;
        }
    }
    m_pending -= take;
    chunk.more = m_pending > 0;
    if (m_pending == 0)
        m_notified = false;
    return chunk;
}

qint64 LogSink::pendingBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

qint64 LogSink::discardPending(qint64 keepBytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending <= keepBytes)
        return 0;
    const qint64 before = m_skippedSinceTake;
    dropFrontLocked(m_pending - qMax<qint64>(0, keepBytes), keepBytes > 0);
    return m_skippedSinceTake - before;
}

bool LogSink::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_closed && m_pending == 0;
}

QString LogSink::filePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_path;
}

} // namespace Kiln::Core
