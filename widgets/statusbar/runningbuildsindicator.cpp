#include "runningbuildsindicator.h"
#include "widgets/common/icons.h"

#include "core/catalog/catalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>

namespace Kiln::Widgets {

RunningBuildsIndicator::RunningBuildsIndicator(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::build().pixmap(16, 16));
    m_label = new QLabel(tr("No builds running"), this);
    layout->addWidget(icon);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to open the build monitor"));
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &RunningBuildsIndicator::refresh);
    m_timer->start();
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == Core::Catalog::Table::Builds)
            refresh();
    });
    connect(&catalog, &Core::Catalog::externallyChanged, this, &RunningBuildsIndicator::refresh);
}

QString RunningBuildsIndicator::text() const { return m_label->text(); }

void RunningBuildsIndicator::refresh()
{
    const quint64 token = ++m_token;
    Core::BuildFilter f;
    f.unfinishedOnly = true;
    f.limit = 100;
    m_catalog.builds().listAsync(f).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token || !rows)
            return;
        m_count = int(rows->size());
        m_newest = rows->isEmpty() ? 0 : rows->constFirst().id;
        m_label->setText(m_count == 0 ? tr("No builds running") : tr("%n build(s) running", nullptr, m_count));
    });
}

void RunningBuildsIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_newest);
    QWidget::mouseReleaseEvent(event);
}

} // namespace Kiln::Widgets
