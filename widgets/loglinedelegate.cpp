#include "loglinedelegate.h"

#include "core/log/logmodel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

namespace Kiln::Widgets {

using Core::LogModel;
using Core::LogStream;

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// A hue at a lightness that contrasts with the palette's base colour.
QColor tone(const QPalette &palette, int hue, int saturation)
{
    return QColor::fromHsl(hue, saturation, isDark(palette) ? 175 : 80);
}

QString expandTabs(const QString &text)
{
    if (!text.contains(u'\t'))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == u'\t')
            out.append(QString(8 - out.size() % 8, u' '));
        else
            out.append(c);
    }
    return out;
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogLineDelegate::setFont(const QFont &font)
{
    m_font = font;
    m_font.setStyleHint(QFont::Monospace);
    m_italic = m_font;
    m_italic.setItalic(true);
    m_bold = m_font;
    m_bold.setBold(true);
    const QFontMetricsF fm(m_font);
    m_charWidth = qMax<qreal>(1, fm.horizontalAdvance(u'M'));
    m_lineHeight = qCeil(fm.height()) + 2;
    m_ascent = qCeil(fm.ascent()) + 1;
}

void LogLineDelegate::setHighlight(const QString &text, Qt::CaseSensitivity cs)
{
    m_highlight = text;
    m_highlightCase = cs;
}

QColor LogLineDelegate::foreground(const QPalette &palette, int stream)
{
    const QColor text = palette.color(QPalette::Text);
    switch (LogStream(stream)) {
    case LogStream::Stdout:
        return text;
    case LogStream::Stderr:
        return tone(palette, 20, 200); // orange-red
    case LogStream::Info:
        return tone(palette, 212, 150); // blue
    case LogStream::Error:
        return tone(palette, 0, 220); // red
    case LogStream::Marker:
        return mix(text, palette.color(QPalette::Base), 0.45); // grey
    }
    return text;
}

QColor LogLineDelegate::errorBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor::fromHsl(0, 220, 128), isDark(palette) ? 0.22 : 0.12);
}

QColor LogLineDelegate::matchBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor::fromHsl(50, 255, 128), isDark(palette) ? 0.45 : 0.55);
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // The view uses uniform item sizes: this is asked for row 0 only, and its width becomes the
    // horizontal scroll range, so it covers the longest line seen.
    int columns = 80;
    if (const auto *model = qobject_cast<const LogModel *>(index.model()))
        columns = qMax(columns, model->longestLineLength());
    const qreal width = 2 * kMargin + m_charWidth * (columns + 1);
    return QSize(int(qMin<qreal>(width, 1e7)), m_lineHeight);
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const int stream = index.data(LogModel::StreamRole).toInt();
    const int flags = index.data(LogModel::FlagsRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect = option.rect;

    painter->save();
    if (selected)
        painter->fillRect(rect, palette.color(QPalette::Highlight));
    else if (stream == int(LogStream::Error))
        painter->fillRect(rect, errorBackground(palette));

    const QString text = expandTabs(index.data(Qt::DisplayRole).toString());

    // Only the columns inside the viewport are drawn.
    int viewportWidth = rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        viewportWidth = view->viewport()->width();
    const qreal x0 = rect.left() + kMargin;
    const qsizetype firstColumn = x0 < 0 ? qsizetype(-x0 / m_charWidth) : 0;
    const qsizetype columns = qsizetype(viewportWidth / m_charWidth) + 2;
    if (firstColumn >= text.size()) {
        painter->restore();
        return;
    }
    const QStringView visible = QStringView(text).mid(firstColumn, columns);
    const qreal x = x0 + firstColumn * m_charWidth;

    if (!m_highlight.isEmpty() && !selected) {
        // Matches may start before the visible part: search from a little earlier.
        const qsizetype from = qMax<qsizetype>(0, firstColumn - m_highlight.size());
        qsizetype at = QStringView(text).indexOf(m_highlight, from, m_highlightCase);
        const QColor match = matchBackground(palette);
        while (at >= 0 && at < firstColumn + columns) {
            painter->fillRect(QRectF(x0 + at * m_charWidth, rect.top(), m_highlight.size() * m_charWidth, rect.height()), match);
            at = QStringView(text).indexOf(m_highlight, at + m_highlight.size(), m_highlightCase);
        }
    }

    painter->setFont(stream == int(LogStream::Marker) ? m_italic : stream == int(LogStream::Error) ? m_bold : m_font);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText) : foreground(palette, stream));
    painter->drawText(QPointF(x, rect.top() + m_ascent), visible.toString());
    if (flags & LogModel::Cut) // the line goes on in the next row
        painter->drawText(QPointF(x0 + text.size() * m_charWidth, rect.top() + m_ascent), QStringLiteral("↩"));
    painter->restore();
}

} // namespace Kiln::Widgets
