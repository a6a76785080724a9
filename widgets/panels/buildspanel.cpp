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
    connect(m_model, &BuildModel::olderRowsRequested, this, &BuildsPanel::loadOlder);
    whenNearTheEnd([this] { m_model->requestOlderRows(); });
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

namespace {
constexpr int kPageSize = 500; // builds per page; older ones load as the list scrolls down
}

Core::BuildFilter BuildsPanel::filter() const
{
    Core::BuildFilter f;
    for (const QVariant &v : m_state->currentData().toList())
        f.states << BuildState(v.toInt());
    return f;
}

void BuildsPanel::load()
{
    const quint64 token = ++m_token;
    Core::BuildFilter f = filter();
    // A refresh keeps the older pages the user already scrolled to (everything from the oldest
    // row shown on, new builds included); a different filter starts again at the first page.
    const bool keepPages = m_listedState == m_state->currentIndex() && m_model->rowCount() > kPageSize;
    m_listedState = m_state->currentIndex();
    if (keepPages)
        f.fromId = m_model->rows().constLast().id;
    else
        f.limit = kPageSize;
    const bool hadOlder = m_model->hasOlderRows();
    m_catalog.builds().listAsync(f).then(this, [this, token, keepPages, hadOlder](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token)
            return;
        if (!rows) {
            Q_EMIT statusMessage(rows.error().message);
            return;
        }
        m_model->setRows(*rows);
        m_model->setHasOlderRows(keepPages ? hadOlder : rows->size() == kPageSize);
        updateCount();
        loaded();
    });
}

void BuildsPanel::loadOlder(qint64 beforeId)
{
    const quint64 token = m_token;
    Core::BuildFilter f = filter();
    f.beforeId = beforeId;
    f.limit = kPageSize;
    m_catalog.builds().listAsync(f).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token) // a reload replaced the list meanwhile
            return;
        if (!rows) {
            m_model->setHasOlderRows(true); // the next scroll tries again
            Q_EMIT statusMessage(rows.error().message);
            return;
        }
        m_model->appendPage(*rows, rows->size() == kPageSize);
        updateCount();
    });
}

void BuildsPanel::updateCount()
{
    const int n = m_model->rowCount();
    setCountText(m_model->hasOlderRows() ? tr("the newest %n build(s); scroll down for older ones", nullptr, n)
                                         : tr("%n build(s)", nullptr, n));
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
