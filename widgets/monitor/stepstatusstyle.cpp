#include "stepstatusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Kiln::Widgets {

QString StepStatusStyle::word(Core::StepStatus status)
{
    switch (status) {
    case Core::StepStatus::Running: return QStringLiteral("RUNNING");
    case Core::StepStatus::Success: return QStringLiteral("SUCCEEDED");
    case Core::StepStatus::Failed: return QStringLiteral("FAILED");
    case Core::StepStatus::Skipped: return QStringLiteral("SKIPPED");
    case Core::StepStatus::Ignored: return QStringLiteral("IGNORED");
    case Core::StepStatus::Cancelled: return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("RUNNING");
}

QString StepStatusStyle::label(const QString &word)
{
    if (word == QLatin1String("PENDING")) return tr("Pending");
    if (word == QLatin1String("NOTRUN")) return tr("Not run");
    if (word == QLatin1String("RUNNING")) return tr("Running");
    if (word == QLatin1String("SUCCEEDED")) return tr("Succeeded");
    if (word == QLatin1String("FAILED")) return tr("Failed");
    if (word == QLatin1String("SKIPPED")) return tr("Skipped");
    if (word == QLatin1String("IGNORED")) return tr("Failed (ignored)");
    if (word == QLatin1String("CANCELLED")) return tr("Cancelled");
    return word;
}

// Small round status icons, drawn once: readable on light and dark palettes (saturated fill,
// white mark), distinguishable without colour (the mark's shape).
QIcon StepStatusStyle::icon(const QString &word)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(word); it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
        QColor fill(0x6b, 0x72, 0x80);
        if (word == QLatin1String("SUCCEEDED")) fill = QColor(0x2e, 0x8b, 0x3e);
        else if (word == QLatin1String("FAILED")) fill = QColor(0xc6, 0x2f, 0x2f);
        else if (word == QLatin1String("RUNNING")) fill = QColor(0x1f, 0x6f, 0xc5);
        else if (word == QLatin1String("IGNORED")) fill = QColor(0xb0, 0x6a, 0x00);
        QPen mark(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (word == QLatin1String("PENDING") || word == QLatin1String("NOTRUN")) {
            p.setPen(QPen(fill, s * 0.1));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
            pm.setDevicePixelRatio(1);
            icon.addPixmap(pm);
            continue;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawEllipse(circle);
        p.setPen(mark);
        p.setBrush(Qt::NoBrush);
        if (word == QLatin1String("SUCCEEDED")) {
            QPainterPath check;
            check.moveTo(s * 0.28, s * 0.52);
            check.lineTo(s * 0.44, s * 0.68);
            check.lineTo(s * 0.72, s * 0.34);
            p.drawPath(check);
        } else if (word == QLatin1String("FAILED")) {
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        } else if (word == QLatin1String("RUNNING")) {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            for (int i = 0; i < 3; ++i)
                p.drawEllipse(QPointF(s * (0.28 + 0.22 * i), s * 0.5), s * 0.07, s * 0.07);
        } else if (word == QLatin1String("IGNORED")) {
            p.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.73));
        } else if (word == QLatin1String("CANCELLED")) {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(s * 0.34, s * 0.34, s * 0.32, s * 0.32));
        } else { // SKIPPED
            p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        }
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(word, icon);
    return icon;
}

} // namespace Kiln::Widgets
