#include "statusbadge.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace Kiln::Widgets {

QColor StatusBadge::color(const QString &status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("AVAILABLE") || s == QLatin1String("SUCCEEDED") || s == QLatin1String("PASSED"))
        return QColor(0x2e, 0x8b, 0x3e); // green
    if (s == QLatin1String("FAILED"))
        return QColor(0xc6, 0x2f, 0x2f); // red
    if (s == QLatin1String("CREATING") || s == QLatin1String("BUILDING") || s == QLatin1String("TESTING")
        || s == QLatin1String("DISTRIBUTING") || s == QLatin1String("RUNNING"))
        return QColor(0x1f, 0x6f, 0xc5); // blue
    if (s == QLatin1String("PENDING"))
        return QColor(0x6d, 0x5b, 0xc4); // violet
    if (s == QLatin1String("DEPRECATED"))
        return QColor(0xb0, 0x6a, 0x00); // amber, dark enough for white text
    if (s == QLatin1String("CANCELLED") || s == QLatin1String("SKIPPED"))
        return QColor(0x6b, 0x72, 0x80); // slate
    if (s == QLatin1String("DISABLED") || s == QLatin1String("DELETED"))
        return QColor(0x55, 0x55, 0x55); // dark grey
    return QColor(0x6b, 0x72, 0x80);
}

QString StatusBadge::label(const QString &status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("AVAILABLE")) return QCoreApplication::translate("StatusBadge", "Available");
    if (s == QLatin1String("FAILED")) return QCoreApplication::translate("StatusBadge", "Failed");
    if (s == QLatin1String("CREATING")) return QCoreApplication::translate("StatusBadge", "Creating");
    if (s == QLatin1String("BUILDING")) return QCoreApplication::translate("StatusBadge", "Building");
    if (s == QLatin1String("TESTING")) return QCoreApplication::translate("StatusBadge", "Testing");
    if (s == QLatin1String("DISTRIBUTING")) return QCoreApplication::translate("StatusBadge", "Distributing");
    if (s == QLatin1String("PENDING")) return QCoreApplication::translate("StatusBadge", "Pending");
    if (s == QLatin1String("CANCELLED")) return QCoreApplication::translate("StatusBadge", "Cancelled");
    if (s == QLatin1String("DEPRECATED")) return QCoreApplication::translate("StatusBadge", "Deprecated");
    if (s == QLatin1String("DISABLED")) return QCoreApplication::translate("StatusBadge", "Disabled");
    if (s == QLatin1String("DELETED")) return QCoreApplication::translate("StatusBadge", "Deleted");
    if (s == QLatin1String("RUNNING")) return QCoreApplication::translate("StatusBadge", "Running");
    if (s == QLatin1String("SUCCEEDED")) return QCoreApplication::translate("StatusBadge", "Succeeded");
    if (s == QLatin1String("PASSED")) return QCoreApplication::translate("StatusBadge", "Passed");
    if (s == QLatin1String("SKIPPED")) return QCoreApplication::translate("StatusBadge", "Skipped");
    return status;
}

static QFont badgeFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QSize StatusBadge::sizeHint(const QFont &font, const QString &status)
{
    const QFontMetrics m(badgeFont(font));
    return QSize(m.horizontalAdvance(label(status)) + 18, m.height() + 6);
}

void StatusBadge::paint(QPainter *painter, const QRect &rect, const QString &status, const QFont &font)
{
    if (status.isEmpty())
        return;
    const QFont f = badgeFont(font);
    const QFontMetrics fm(f);
    const QString text = label(status);
    const int w = std::min(rect.width() - 2, fm.horizontalAdvance(text) + 14);
    const int h = std::min(rect.height() - 2, fm.height() + 4);
    const QRect pill(rect.left() + 2, rect.top() + (rect.height() - h) / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), h / 2.0, h / 2.0);
    painter->fillPath(path, color(status));
    painter->setPen(Qt::white);
    painter->setFont(f);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

QPixmap StatusBadge::pixmap(const QString &status, const QFont &font, qreal devicePixelRatio)
{
    const QSize size = sizeHint(font, status);
    QPixmap pm(size * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(&p, QRect(QPoint(0, 0), size), status, font);
    return pm;
}

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole)
{
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString status = index.data(m_statusRole).toString();
    if (status.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Draw the selection/background as usual, without text, then the pill on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    StatusBadge::paint(painter, textRect, status, option.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QString status = index.data(m_statusRole).toString();
    if (status.isEmpty())
        return base;
    const QFontMetrics fm(badgeFont(option.font));
    base.setWidth(std::max(base.width(), fm.horizontalAdvance(StatusBadge::label(status)) + 24));
    base.setHeight(std::max(base.height(), fm.height() + 6));
    return base;
}

} // namespace Kiln::Widgets
