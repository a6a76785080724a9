#include "buildspanel.h"
#include "widgets/buildmonitor/buildview.h"
#include "widgets/common/icons.h"
#include "widgets/common/statusbadge.h"
#include "widgets/models/buildmodel.h"

#include <QAction>
#include <QComboBox>
#include <QToolBar>
#include <QTreeView>

namespace Kiln::Widgets {

using Core::BuildState;

BuildsPanel::BuildsPanel(Core::Catalog &catalog, QWidget *parent)
    : TablePanel(catalog, Core::Catalog::Table::Builds, parent)
{
    setObjectName(QStringLiteral("BuildsPanel"));
    m_model = new BuildModel(this);
    setTableModel(m_model);
    view()->setItemDelegateForColumn(BuildModel::StateColumn, new StatusBadgeDelegate(BuildModel::StatusRole, this));
    view()->setColumnWidth(BuildModel::IdColumn, 70);
    view()->setColumnWidth(BuildModel::PipelineColumn, 140);
    view()->setColumnWidth(BuildModel::StateColumn, 125);
    view()->setColumnWidth(BuildModel::ImageColumn, 200);

    m_state = new QComboBox(this);
    m_state->addItem(tr("Any state"));
    m_state->addItem(tr("Running"), QVariantList{int(BuildState::Pending), int(BuildState::Creating), int(BuildState::Building),
                                                 int(BuildState::Testing), int(BuildState::Distributing)});
    m_state->addItem(tr("Succeeded"), QVariantList{int(BuildState::Succeeded)});
    m_state->addItem(tr("Failed"), QVariantList{int(BuildState::Failed)});
    m_state->addItem(tr("Cancelled"), QVariantList{int(BuildState::Cancelled)});
    addFilterWidget(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, &BuildsPanel::refresh);

    QToolBar *tb = toolBar();
    m_open = tb->addAction(Icons::monitor(), tr("Open in build monitor"), this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT openInMonitorRequested(id);
    });
    m_open->setEnabled(false);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &BuildsPanel::refresh);

    m_view = new BuildView(catalog, this);
    setDetailWidget(m_view);
    connect(m_view, &BuildView::imageLinkActivated, this, &BuildsPanel::imageLinkActivated);
    setPlaceholder(tr("Select a build to see its stages, steps, failure and logs."));
    setEmptyState(tr("No builds yet.\nRun a pipeline to build an image; every run is listed here."));
    setFilteredEmptyMessage(tr("No build matches these filters."));
}

QIcon BuildsPanel::icon() const { return Icons::build(); }

bool BuildsPanel::filtersActive() const { return TablePanel::filtersActive() || (m_state && m_state->currentIndex() > 0); }

void BuildsPanel::load()
{
    const quint64 token = ++m_token;
    Core::BuildFilter f;
    f.limit = 1000; // the newest thousand; older builds stay in the catalog and kilnctl
    for (const QVariant &v : m_state->currentData().toList())
        f.states << BuildState(v.toInt());
    m_catalog.builds().listAsync(f).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token)
            return;
        if (!rows) {
            Q_EMIT statusMessage(rows.error().message);
            return;
        }
        m_model->setRows(*rows);
        setCountText(tr("%n build(s)", nullptr, int(rows->size())));
        loaded();
    });
}

void BuildsPanel::showRow(qint64 id)
{
    m_open->setEnabled(id > 0);
    if (m_view->buildId() != id)
        m_view->showBuild(id);
    else
        m_view->reload();
}

} // namespace Kiln::Widgets
