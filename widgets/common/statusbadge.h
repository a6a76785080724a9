#pragma once
// Status badges: the coloured pill that shows an image's or a build's status (AVAILABLE,
// FAILED, BUILDING…). The colours are the only hard-coded colours in Kiln: saturated mid-tones
// with white text, chosen to read on light and dark palettes alike.
#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

namespace Kiln::Widgets {

class StatusBadge
{
public:
    // `status` is the catalog's status word (AVAILABLE, FAILED, …), case-insensitive.
    static QColor color(const QString &status);
    static QString label(const QString &status); // translated, for display
    static QSize sizeHint(const QFont &font, const QString &status);
    static void paint(QPainter *painter, const QRect &rect, const QString &status, const QFont &font);
    // A QLabel-ready pixmap for detail views.
    static QPixmap pixmap(const QString &status, const QFont &font, qreal devicePixelRatio);
};

// Paints the status word of a column as a badge; the model gives the status word in `statusRole`.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(int statusRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace Kiln::Widgets
