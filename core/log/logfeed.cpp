#include "logfeed.h"

#include <QLocale>

#include <utility>

namespace Kiln::Core {

LogFeed::LogFeed(LogModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    qRegisterMetaType<Kiln::Core::AgentEvent>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    setTuning(Tuning{});
}

LogFeed::~LogFeed() = default;

void LogFeed::setTuning(const Tuning &tuning)
{
    m_tuning = tuning;
    m_tuning.minChunkBytes = qMax<qsizetype>(1, m_tuning.minChunkBytes);
    m_tuning.maxChunkBytes = qMax(m_tuning.minChunkBytes, m_tuning.maxChunkBytes);
    m_tuning.minIntervalMs = qMax(1, m_tuning.minIntervalMs);
    m_tuning.maxIntervalMs = qMax(m_tuning.minIntervalMs, m_tuning.maxIntervalMs);
    m_chunkBytes = qBound(m_tuning.minChunkBytes, m_tuning.initialChunkBytes, m_tuning.maxChunkBytes);
    m_timer.setInterval(qBound(m_tuning.minIntervalMs, m_tuning.initialIntervalMs, m_tuning.maxIntervalMs));
    m_splitter = LineSplitter(m_tuning.text);
    m_formatter = AgentEventFormatter(m_tuning.text);
}

void LogFeed::setSource(LogSource *source, Format format)
{
    if (m_connection)
        disconnect(m_connection);
    m_timer.stop();
    m_source = source;
    m_format = format;
    m_finished = false;
    m_pendingHistory.clear();
    resetDecoders(0);
    m_parser.reset();
    m_showsPartial = false;
    m_shownPartial.clear();
    if (source) {
        m_connection = connect(source, &LogSource::dataAvailable, this, &LogFeed::scheduleFlush, Qt::QueuedConnection);
        scheduleFlush();
    }
}

void LogFeed::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start();
}

QString LogFeed::skippedMarker(qint64 bytes)
{
    return tr("[… %1 bytes skipped, see full log]").arg(QLocale().toString(bytes));
}

void LogFeed::resetDecoders(qint64 offset)
{
    m_splitter.reset(offset);
    m_parser.skipTo(offset);
    m_formatter.reset();
}

void LogFeed::finishDecoders(QList<LogModel::Line> &out)
{
    if (m_format == Format::Text) {
        QList<LineSplitter::Line> lines;
        m_splitter.finish(lines);
        for (LineSplitter::Line &l : lines)
            out.append(LogModel::Line{std::move(l.text), l.offset, m_textStream, quint8(l.cut ? LogModel::Cut : 0)});
    } else {
        AgentEventParser::Batch batch;
        m_parser.finish(batch);
        m_formatter.format(batch, out);
        m_formatter.finish(out);
        if (!batch.events.isEmpty())
            Q_EMIT agentEvents(batch.events);
        if (!batch.issues.isEmpty())
            Q_EMIT agentIssues(batch.issues);
    }
}

void LogFeed::addMarker(QList<LogModel::Line> &out, const QString &text, qint64 offset)
{
    out.append(LogModel::Line{text, offset, LogStream::Marker, 0});
}

void LogFeed::maybeDiscard()
{
    if (!m_tuning.discardExcessive || !m_source)
        return;
    // Qt Creator's criteria (OutputWindow::discardExcessiveOutput).
    const qint64 pending = m_source->pendingBytes();
    if (!m_pendingHistory.isEmpty() && m_pendingHistory.last() > pending)
        m_pendingHistory.clear();
    m_pendingHistory.append(pending);
    bool discard = m_pendingHistory.size() > 10 && pending > 5 * m_chunkBytes;
    if (!discard)
        discard = m_ticks >= 10 && (pending / m_chunkBytes) * m_timer.interval() > 60 * 1000;
    if (!discard || pending <= m_tuning.keepAfterDiscard)
        return;
    const qint64 dropped = m_source->discardPending(m_tuning.keepAfterDiscard);
    m_pendingHistory.clear();
    if (dropped > 0) {
        ++m_discards;
        Q_EMIT discarded(dropped);
    }
}

bool LogFeed::tick()
{
    if (!m_source)
        return false;
    QElapsedTimer timer;
    timer.start();
    ++m_ticks;
    maybeDiscard();

    const LogChunk chunk = m_source->takeChunk(m_chunkBytes);
    QList<LogModel::Line> lines;
    QList<AgentEvent> events;
    QList<AgentEventParser::Issue> issues;

    if (chunk.restarted) {
        finishDecoders(lines);
        addMarker(lines, tr("[The log file was truncated or replaced: following it from its start]"), chunk.offset);
        resetDecoders(chunk.offset);
        m_parser.reset();
        m_parser.skipTo(chunk.offset);
    }
    if (chunk.skippedBytes > 0) {
        m_skippedBytes += chunk.skippedBytes;
        finishDecoders(lines);
        addMarker(lines, skippedMarker(chunk.skippedBytes), chunk.offset);
        resetDecoders(chunk.offset);
    }
    if (!chunk.data.isEmpty()) {
        m_bytesConsumed += chunk.data.size();
        if (m_format == Format::Text) {
            QList<LineSplitter::Line> split;
            m_splitter.push(chunk.data, split);
            lines.reserve(lines.size() + split.size());
            for (LineSplitter::Line &l : split)
                lines.append(LogModel::Line{std::move(l.text), l.offset, m_textStream, quint8(l.cut ? LogModel::Cut : 0)});
        } else {
            AgentEventParser::Batch batch = m_parser.feed(chunk.data);
            m_formatter.format(batch, lines);
            events = std::move(batch.events);
            issues = std::move(batch.issues);
        }
    }
    if (!events.isEmpty())
        Q_EMIT agentEvents(events);
    if (!issues.isEmpty())
        Q_EMIT agentIssues(issues);

    const bool more = chunk.more;
    bool justFinished = false;
    if (!more && !m_finished && m_source->isFinished()) {
        finishDecoders(lines);
        m_finished = true;
        justFinished = true;
    }

    std::optional<LogModel::Line> partial;
    if (!m_finished) {
        if (m_format == Format::Text) {
            if (m_splitter.hasPartial())
                partial = LogModel::Line{m_splitter.partialText(), m_splitter.partialOffset(), m_textStream, 0};
        } else {
            partial = m_formatter.partial();
        }
    }
    const bool partialChanged = partial.has_value() != m_showsPartial || (partial && partial->text != m_shownPartial);
    const int added = int(lines.size());
    const bool changed = !lines.isEmpty() || partialChanged;
    if (changed) {
        m_showsPartial = partial.has_value();
        m_shownPartial = partial ? partial->text : QString();
        m_model->append(std::move(lines), partial);
    }

    // Adapt as Qt Creator's OutputWindow::handleOutputChunk does.
    const qint64 elapsedNs = timer.nsecsElapsed() + std::exchange(m_viewCostNs, 0);
    const qint64 intervalNs = qint64(m_timer.interval()) * 1000000;
    if (elapsedNs > intervalNs) {
        m_timer.setInterval(qMin(m_tuning.maxIntervalMs, m_timer.interval() * 2));
        m_chunkBytes = qMax(m_tuning.minChunkBytes, m_chunkBytes / 2);
    } else if (more && elapsedNs < intervalNs / 2) {
        m_timer.setInterval(qMax(m_tuning.minIntervalMs, m_timer.interval() * 2 / 3));
        m_chunkBytes = qMin(m_tuning.maxChunkBytes, qsizetype(m_chunkBytes * 1.5));
    }

    if (more)
        m_timer.start();
    if (changed)
        Q_EMIT flushed(added);
    if (justFinished)
        Q_EMIT finished();
    return more;
}

void LogFeed::flushNow()
{
    const qsizetype chunk = m_chunkBytes;
    m_chunkBytes = m_tuning.maxChunkBytes;
    while (m_source && tick()) {
    }
    // One more tick: a finished source reports it only on an empty take.
    if (m_source && !m_finished)
        tick();
    m_chunkBytes = chunk;
    m_timer.stop();
    if (m_source && m_source->pendingBytes() > 0)
        m_timer.start();
}

} // namespace Kiln::Core
