#include "connectionindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace Kiln::Widgets {

static QPixmap dot(const QColor &color, qreal dpr)
{
    const int size = 10;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pm;
}

ConnectionIndicator::ConnectionIndicator(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot = new QLabel(this);
    m_label = new QLabel(this);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    update();
}

void ConnectionIndicator::setUri(const QString &uri)
{
    m_uri = uri;
    update();
}

void ConnectionIndicator::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    update();
}

QString ConnectionIndicator::text() const { return m_label->text(); }

void ConnectionIndicator::update()
{
    QColor color;
    QString status;
    switch (m_state) {
    case State::NotChecked:
        color = QColor(0x8a, 0x94, 0xa6);
        status = tr("not checked");
        break;
    case State::Checking:
        color = QColor(0x1f, 0x6f, 0xc5);
        status = tr("checking…");
        break;
    case State::Connected:
        color = QColor(0x2e, 0x8b, 0x3e);
        status = tr("connected");
        break;
    case State::Failed:
        color = QColor(0xc6, 0x2f, 0x2f);
        status = tr("unreachable");
        break;
    }
    m_dot->setPixmap(dot(color, devicePixelRatioF()));
    m_label->setText(tr("libvirt %1 — %2").arg(m_uri, status));
    QString tip = tr("Kiln builds images through libvirt at %1.").arg(m_uri);
    if (!m_detail.isEmpty())
        tip += u'\n' + m_detail;
    tip += u'\n' + tr("Click to check the connection again.");
    setToolTip(tip);
}

void ConnectionIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace Kiln::Widgets
