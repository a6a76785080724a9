#pragma once
// LogLineDelegate: paints one log line of a LogView — monospace, no wrapping, one colour per
// stream (stdout, stderr, Kiln info, error, marker) derived from the palette so that it reads on
// light and dark themes, with search matches highlighted. Only the visible part of a long line is
// shaped and drawn, so a 16k-character line costs what a screenful does.

#include <QFont>
#include <QStyledItemDelegate>

namespace Kiln::Widgets {

class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject *parent = nullptr);

    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    qreal charWidth() const { return m_charWidth; }
    int lineHeight() const { return m_lineHeight; }

    // Text to highlight in every line (the search), empty for none.
    void setHighlight(const QString &text, Qt::CaseSensitivity cs);

    // The colours used for a stream on a palette (public for tests and the legend).
    static QColor foreground(const QPalette &palette, int stream);
    static QColor errorBackground(const QPalette &palette);
    static QColor matchBackground(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kMargin = 4;

private:
    QFont m_font;
    QFont m_italic;
    QFont m_bold;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_ascent = 12;
    QString m_highlight;
    Qt::CaseSensitivity m_highlightCase = Qt::CaseInsensitive;
};

} // namespace Kiln::Widgets
