#pragma once
// LogModel: the lines of a live log for LogView (and any other view): a ring of lines with a
// cap, so memory stays bounded however long a build prints. Each append() is one
// beginInsertRows for all its lines, and trimming the oldest lines one beginRemoveRows(0, k-1)
// (with 10 % hysteresis, so trimming is rare). Lines carry their stream (stdout, stderr, Kiln
// info, error, marker) for colours, their byte offset in the log file, and flags; the model
// finds text (next/previous) and the first error-looking line. An unfinished last line (a
// prompt, a progress bar) can be shown as a "partial" row that the next append() completes.

#include "core/log/logstream.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

namespace Kiln::Core {

class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Line {
        QString text;
        qint64 offset = -1; // byte offset in the log file; -1 for Kiln's own messages
        LogStream stream = LogStream::Stdout;
        quint8 flags = 0; // Flag bits
    };
    enum Flag : quint8 {
        Cut = 1,       // a piece of an over-long line; the next row continues it
        Partial = 2,   // the unfinished last line (set by the model)
        ErrorLike = 4, // an error (see looksLikeError) (set by the model)
    };
    enum Role {
        StreamRole = Qt::UserRole + 1, // int(LogStream)
        OffsetRole,                    // qint64
        LineNumberRole,                // qint64, 1-based, counting trimmed lines too
        FlagsRole,                     // int(Flag bits)
    };
    enum FindFlag {
        FindBackward = 0x1,
        FindCaseSensitive = 0x2,
        FindWrap = 0x4, // continue at the other end
    };
    Q_DECLARE_FLAGS(FindFlags, FindFlag)

    static constexpr int kDefaultMaxLines = 250000;

    explicit LogModel(QObject *parent = nullptr);

    // The cap. Trimming keeps the newest lines.
    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }

    // Appends complete lines, then shows `partial` as the unfinished last row (replacing the
    // previous partial row, which the first new line completes). One insert per call.
    void append(QList<Line> lines, const std::optional<Line> &partial = std::nullopt);
    void appendLine(const QString &text, LogStream stream, qint64 offset = -1);
    void clear();

    const Line &line(int row) const;
    qint64 lineNumber(int row) const { return m_firstLineNumber + row; }
    qint64 trimmedLines() const { return m_firstLineNumber - 1; } // lines dropped by the cap
    qint64 totalLines() const;                                    // complete lines ever appended
    bool hasPartialLine() const { return m_hasPartial; }
    int longestLineLength() const { return m_longestLine; }       // characters, for the view width

    // The first row that is an error (stream Error, or text that looksLikeError), or -1.
    int firstErrorRow() const;
    // The next row at or after `fromRow` (before it, with FindBackward) containing `text`; -1.
    int find(const QString &text, int fromRow, FindFlags flags = {}) const;
    // Text that reads like an error in tool output: "error", "fatal" (any case), or apt's "E: ".
    static bool looksLikeError(QStringView text);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Line &slot(int row) { return m_ring[(m_head + row) % m_ring.size()]; }
    const Line &slot(int row) const { return m_ring[(m_head + row) % m_ring.size()]; }
    void prepare(Line &line, bool partial);
    void reserveFor(int count);
    void removeFront(int rows);
    void pushBack(Line &&line);

    QList<Line> m_ring; // capacity m_ring.size(), grows up to m_maxLines
    int m_head = 0;
    int m_count = 0;
    int m_maxLines = kDefaultMaxLines;
    bool m_hasPartial = false;
    qint64 m_firstLineNumber = 1;
    qint64 m_firstErrorNumber = -1; // line number of the first error row, -1 if none
    int m_longestLine = 0;
};

} // namespace Kiln::Core

Q_DECLARE_OPERATORS_FOR_FLAGS(Kiln::Core::LogModel::FindFlags)
