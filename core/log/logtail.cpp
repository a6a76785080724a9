#include "logtail.h"

#include <sys/stat.h>

namespace Kiln::Core {

namespace {
constexpr qsizetype kLineSlack = 1000;
constexpr qint64 kAlignScan = 64 * 1024; // how far startFromEnd looks for a line start
} // namespace

LogTail::LogTail(const QString &path, QObject *parent) : LogTail(path, Options{}, parent) {}

LogTail::LogTail(const QString &path, const Options &options, QObject *parent)
    : LogSource(parent), m_path(path), m_options(options)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_options.minIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LogTail::poll);
}

LogTail::~LogTail() = default;

void LogTail::start()
{
    m_startFromEnd = -1;
    m_finishing = false;
    poll();
}

void LogTail::startFromEnd(qint64 lastBytes)
{
    m_startFromEnd = qMax<qint64>(0, lastBytes);
    m_finishing = false;
    poll();
}

void LogTail::stop()
{
    m_timer.stop();
}

void LogTail::finish()
{
    m_finishing = true;
    poll();
    m_timer.stop();
    notify();
}

bool LogTail::openFile()
{
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    struct stat st {};
    if (::fstat(m_file.handle(), &st) != 0) {
        m_file.close();
        return false;
    }
    m_inode = quint64(st.st_ino);
    m_device = quint64(st.st_dev);
    m_size = qint64(st.st_size);
    m_pos = 0;
    if (m_startFromEnd >= 0) {
        if (m_size > m_startFromEnd) {
            m_pos = lineStartAtOrAfter(m_size - m_startFromEnd);
            m_skipped += m_pos;
        }
        m_startFromEnd = -1;
    }
    m_file.seek(m_pos);
    return true;
}

qint64 LogTail::lineStartAtOrAfter(qint64 pos)
{
    if (pos <= 0 || !m_file.seek(pos - 1))
        return qMax<qint64>(0, pos);
    const QByteArray probe = m_file.read(kAlignScan);
    const qsizetype nl = probe.indexOf('\n');
    return nl >= 0 ? pos + nl : pos; // pos-1+nl+1
}

void LogTail::poll()
{
    bool sawData = false;
    if (!m_file.isOpen()) {
        if (!openFile()) {
            if (!m_finishing)
                schedule(false);
            return;
        }
        sawData = m_size > m_pos;
    }

    struct stat fdStat {};
    if (::fstat(m_file.handle(), &fdStat) == 0)
        m_size = qint64(fdStat.st_size);

    struct stat pathStat {};
    const bool pathExists = ::stat(QFile::encodeName(m_path).constData(), &pathStat) == 0;
    const bool replaced = pathExists
        && (quint64(pathStat.st_ino) != m_inode || quint64(pathStat.st_dev) != m_device);

    if (m_size < m_pos) {
        // Truncated in place: the writer started the log again.
        m_pos = 0;
        m_file.seek(0);
        m_restarted = true;
        sawData = true;
    } else if (replaced && m_pos >= m_size) {
        // Rotated or recreated: the old file is read to its end, follow the new one.
        if (openFile()) {
            m_restarted = true;
            sawData = true;
        }
    }
    if (m_size > m_pos)
        sawData = true;

    if (sawData || m_restarted || m_skipped > 0)
        notify();
    if (!m_finishing)
        schedule(sawData || replaced);
}

void LogTail::schedule(bool sawData)
{
    const int next = sawData ? m_options.minIntervalMs
                             : qMin(m_options.maxIntervalMs, qMax(m_options.minIntervalMs, m_timer.interval() * 2));
    m_timer.start(next);
}

void LogTail::notify()
{
    if (m_notified)
        return;
    m_notified = true;
    Q_EMIT dataAvailable();
}

LogChunk LogTail::takeChunk(qsizetype maxBytes)
{
    LogChunk chunk;
    chunk.skippedBytes = m_skipped;
    chunk.restarted = m_restarted;
    m_skipped = 0;
    m_restarted = false;
    chunk.offset = m_pos;
    if (m_file.isOpen() && maxBytes > 0) {
        if (!m_file.seek(m_pos)) {
            m_notified = false;
            return chunk;
        }
        chunk.data = m_file.read(maxBytes);
        if (chunk.data.size() == maxBytes) {
            // Possibly more: end at a line boundary like LogSink does.
            const qsizetype nl = chunk.data.lastIndexOf('\n');
            if (nl >= qMax<qsizetype>(0, maxBytes - kLineSlack))
                chunk.data.truncate(nl + 1);
        }
        m_pos += chunk.data.size();
        m_size = qMax(m_size, m_pos);
    }
    chunk.more = m_file.isOpen() && m_size > m_pos;
    if (!chunk.more && m_file.isOpen()) {
        // The file may have grown since the last poll (and after finish() nobody polls again).
        struct stat st {};
        if (::fstat(m_file.handle(), &st) == 0)
            m_size = qMax(m_size, qint64(st.st_size));
        chunk.more = m_size > m_pos;
    }
    if (!chunk.more)
        m_notified = false;
    return chunk;
}

qint64 LogTail::pendingBytes() const
{
    return m_file.isOpen() ? qMax<qint64>(0, m_size - m_pos) : 0;
}

qint64 LogTail::discardPending(qint64 keepBytes)
{
    const qint64 pending = pendingBytes();
    if (pending <= keepBytes)
        return 0;
    const qint64 target = keepBytes > 0 ? lineStartAtOrAfter(m_size - keepBytes) : m_size;
    const qint64 dropped = qMax<qint64>(0, target - m_pos);
    m_pos += dropped;
    m_file.seek(m_pos);
    m_skipped += dropped;
    return dropped;
}

bool LogTail::isFinished() const
{
    return m_finishing && pendingBytes() == 0 && m_skipped == 0 && !m_restarted;
}

} // namespace Kiln::Core
