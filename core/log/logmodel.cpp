#include "logmodel.h"

#include <algorithm>
#include <utility>

namespace Kiln::Core {

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent) {}

void LogModel::setMaxLines(int lines)
{
    lines = qMax(1, lines);
    m_maxLines = lines;
    const int complete = m_count - (m_hasPartial ? 1 : 0);
    if (complete > lines - (m_hasPartial ? 1 : 0))
        removeFront(qMin(complete, m_count - lines));
    if (m_ring.size() > lines) { // shrink the storage, linearized
        QList<Line> ring(qMax(m_count, 1));
        for (int i = 0; i < m_count; ++i)
            ring[i] = std::move(slot(i));
        m_ring = std::move(ring);
        m_head = 0;
    }
}

bool LogModel::looksLikeError(QStringView text)
{
    return text.contains(u"error", Qt::CaseInsensitive) || text.contains(u"fatal", Qt::CaseInsensitive)
        || text.startsWith(u"E: ");
}

void LogModel::prepare(Line &line, bool partial)
{
    line.flags &= ~quint8(Partial | ErrorLike);
    if (partial)
        line.flags |= Partial;
    if (line.stream == LogStream::Error
        || ((line.stream == LogStream::Stdout || line.stream == LogStream::Stderr) && looksLikeError(line.text)))
        line.flags |= ErrorLike;
    m_longestLine = qMax(m_longestLine, int(qMin<qsizetype>(line.text.size(), 1 << 24)));
}

void LogModel::reserveFor(int count)
{
    if (count <= m_ring.size())
        return;
    const qsizetype capacity = qMin<qsizetype>(m_maxLines, std::max<qsizetype>({qsizetype(count), m_ring.size() * 2, 1024}));
    QList<Line> ring(capacity);
    for (int i = 0; i < m_count; ++i)
        ring[i] = std::move(slot(i));
    m_ring = std::move(ring);
    m_head = 0;
}

void LogModel::pushBack(Line &&line)
{
    m_ring[(m_head + m_count) % m_ring.size()] = std::move(line);
    ++m_count;
}

void LogModel::removeFront(int rows)
{
    if (rows <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, rows - 1);
    for (int i = 0; i < rows; ++i)
        slot(i) = Line(); // frees the text now, not when the slot is reused
    m_head = (m_head + rows) % m_ring.size();
    m_count -= rows;
    m_firstLineNumber += rows;
    if (m_count == 0)
        m_hasPartial = false;
    endRemoveRows();

    if (m_firstErrorNumber >= 0 && m_firstErrorNumber < m_firstLineNumber) {
        m_firstErrorNumber = -1;
        for (int row = 0; row < m_count; ++row) {
            const Line &l = slot(row);
            if ((l.flags & ErrorLike) && !(l.flags & Partial)) {
                m_firstErrorNumber = m_firstLineNumber + row;
                break;
            }
        }
    }
}

void LogModel::append(QList<Line> lines, const std::optional<Line> &partial)
{
    // Everything that becomes a row, in order: the complete lines, then the new partial line.
    if (partial)
        lines.append(*partial);
    if (lines.isEmpty() && !m_hasPartial)
        return;

    // 1. Trim the oldest complete rows (one remove) so that the result fits the cap.
    const int base = m_count - (m_hasPartial ? 1 : 0);
    const qint64 finalRows = qint64(base) + lines.size();
    qsizetype dropIncoming = 0;
    if (finalRows > m_maxLines) {
        const qint64 over = finalRows - m_maxLines;
        const int k = int(qMin<qint64>(base, over + m_maxLines / 10));
        removeFront(k); // k <= base: the partial row (last) stays, it is replaced below
        if (over > k) // the new lines alone exceed the cap: only their newest part is kept
            dropIncoming = qsizetype(over - k);
    }
    if (dropIncoming > 0) {
        lines.remove(0, dropIncoming);
        m_firstLineNumber += dropIncoming;
    }
    const qsizetype firstPartialIndex = partial ? lines.size() - 1 : -1; // index of the new partial

    // 2. The old partial row becomes the first new line (or disappears if nothing came).
    qsizetype next = 0;
    if (m_hasPartial) {
        const int row = m_count - 1;
        if (!lines.isEmpty()) {
            Line &target = slot(row);
            target = std::move(lines[0]);
            const bool isPartial = firstPartialIndex == 0;
            prepare(target, isPartial);
            if (!isPartial && (target.flags & ErrorLike) && m_firstErrorNumber < 0)
                m_firstErrorNumber = m_firstLineNumber + row;
            next = 1;
            const QModelIndex idx = index(row);
            Q_EMIT dataChanged(idx, idx);
        } else {
            beginRemoveRows(QModelIndex(), row, row);
            slot(row) = Line();
            --m_count;
            endRemoveRows();
        }
    }

    // 3. One insert for the rest.
    const qsizetype rest = lines.size() - next;
    if (rest > 0) {
        reserveFor(m_count + int(rest));
        beginInsertRows(QModelIndex(), m_count, m_count + int(rest) - 1);
        for (qsizetype i = next; i < lines.size(); ++i) {
            Line &l = lines[i];
            const bool isPartial = i == firstPartialIndex;
            prepare(l, isPartial);
            if (!isPartial && (l.flags & ErrorLike) && m_firstErrorNumber < 0)
                m_firstErrorNumber = m_firstLineNumber + m_count;
            pushBack(std::move(l));
        }
        endInsertRows();
    }
    m_hasPartial = partial.has_value() && m_count > 0;
}

void LogModel::appendLine(const QString &text, LogStream stream, qint64 offset)
{
    Line line;
    line.text = text;
    line.stream = stream;
    line.offset = offset;
    std::optional<Line> partial;
    if (m_hasPartial) {
        // Keep the unfinished line last: Kiln's message goes before it.
        partial = slot(m_count - 1);
        partial->flags &= ~quint8(Partial);
    }
    append(QList<Line>{std::move(line)}, partial);
}

void LogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_count = 0;
    m_hasPartial = false;
    m_firstLineNumber = 1;
    m_firstErrorNumber = -1;
    m_longestLine = 0;
    endResetModel();
}

const LogModel::Line &LogModel::line(int row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return slot(row);
}

qint64 LogModel::totalLines() const
{
    return m_firstLineNumber - 1 + m_count - (m_hasPartial ? 1 : 0);
}

int LogModel::firstErrorRow() const
{
    return m_firstErrorNumber < 0 ? -1 : int(m_firstErrorNumber - m_firstLineNumber);
}

int LogModel::find(const QString &text, int fromRow, FindFlags flags) const
{
    if (text.isEmpty() || m_count == 0)
        return -1;
    const Qt::CaseSensitivity cs = flags.testFlag(FindCaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const int step = flags.testFlag(FindBackward) ? -1 : 1;
    int row = qBound(0, fromRow, m_count - 1);
    const int rows = flags.testFlag(FindWrap) ? m_count : (step > 0 ? m_count - row : row + 1);
    for (int i = 0; i < rows; ++i) {
        if (slot(row).text.contains(text, cs))
            return row;
        row += step;
        if (row >= m_count)
            row = 0;
        else if (row < 0)
            row = m_count - 1;
    }
    return -1;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() != 0)
        return QVariant();
    const Line &l = slot(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.text;
    case StreamRole:
        return int(l.stream);
    case OffsetRole:
        return l.offset;
    case LineNumberRole:
        return lineNumber(index.row());
    case FlagsRole:
        return int(l.flags);
    default:
        return QVariant();
    }
}

} // namespace Kiln::Core
