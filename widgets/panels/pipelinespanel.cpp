#include "pipelinespanel.h"
#include "widgets/common/detailform.h"
#include "widgets/common/icons.h"
#include "widgets/common/services.h"
#include "widgets/common/statusbadge.h"
#include "widgets/models/buildmodel.h"
#include "widgets/models/pipelinemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

PipelinesPanel::PipelinesPanel(Services &services, QWidget *parent)
    : TablePanel(*services.catalog, Core::Catalog::Table::Pipelines, parent), m_services(services)
{
    setObjectName(QStringLiteral("PipelinesPanel"));
    m_model = new PipelineModel(this);
    setTableModel(m_model);
    view()->setColumnWidth(PipelineModel::NameColumn, 140);
    view()->setColumnWidth(PipelineModel::RecipeColumn, 110);
    view()->setColumnWidth(PipelineModel::ScheduleColumn, 90);
    view()->setColumnWidth(PipelineModel::TestsColumn, 50);

    QToolBar *tb = toolBar();
    tb->addAction(Icons::add(), tr("New pipeline…"), this, &PipelinesPanel::newPipelineRequested);
    m_run = tb->addAction(Icons::run(), tr("Run"), this, &PipelinesPanel::runSelected);
    m_run->setToolTip(tr("Start a build of the selected pipeline now"));
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &PipelinesPanel::deleteSelected);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &PipelinesPanel::refresh);
    m_run->setEnabled(false);
    m_delete->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new DetailForm(detail);
    layout->addWidget(m_form);
    auto *recent = new QLabel(tr("Recent builds:"), detail);
    recent->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(recent);
    auto *builds = new QTreeView(detail);
    m_builds = new BuildModel(this);
    builds->setModel(m_builds);
    builds->setRootIsDecorated(false);
    builds->setItemDelegateForColumn(BuildModel::StateColumn, new StatusBadgeDelegate(BuildModel::StatusRole, this));
    builds->setColumnWidth(BuildModel::IdColumn, 70);
    builds->setColumnWidth(BuildModel::StateColumn, 125);
    builds->setColumnHidden(BuildModel::PipelineColumn, true);
    builds->setToolTip(tr("Double-click a build to open it in the build monitor"));
    layout->addWidget(builds, 1);
    setDetailWidget(detail);
    setPlaceholder(tr("Select a pipeline to see its settings and recent builds."));
    setEmptyState(tr("No pipelines yet.\nA pipeline builds, tests and distributes an image from a recipe. "
                     "The wizard walks you through everything it needs."),
                  tr("New pipeline…"));
    connect(builds, &QTreeView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT buildActivated(i.siblingAtColumn(0).data(BuildModel::IdRole).toLongLong());
    });
    connect(m_form, &DetailForm::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("recipe:")))
            Q_EMIT recipeLinkActivated(href.mid(7));
    });
}

QIcon PipelinesPanel::icon() const { return Icons::pipeline(); }

void PipelinesPanel::load()
{
    const quint64 token = ++m_token;
    m_catalog.pipelines().listAsync().then(this, [this, token](const Core::Result<QList<Core::PipelineRow>> &rows) {
        if (token != m_token)
            return;
        if (!rows) {
            Q_EMIT statusMessage(rows.error().message);
            return;
        }
        m_model->setRows(*rows);
        setCountText(tr("%n pipeline(s)", nullptr, int(rows->size())));
        loaded();
    });
}

void PipelinesPanel::showRow(qint64 id)
{
    const int row = m_model->rowOfId(id);
    m_run->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Core::PipelineRow p = m_model->rowAt(row);
    m_form->clear();
    m_form->addHeading(p.name);
    m_form->addRow(tr("Description"), p.description);
    m_form->addLinkRow(tr("Recipe"), p.recipe, QLatin1String("recipe:") + p.recipe);
    m_form->addRow(tr("Infrastructure"), p.infrastructure);
    m_form->addRow(tr("Distribution"), p.distribution.isEmpty() ? tr("none: the image stays in the catalog") : p.distribution);
    m_form->addRow(tr("Tests"), p.tests ? tr("run the test stage") : tr("skipped"));
    m_form->addRow(tr("Schedule"), p.schedule == QLatin1String("manual") ? tr("manual (run it yourself)") : tr("cron: %1").arg(p.schedule));
    m_form->addRow(tr("State"), p.enabled ? tr("enabled") : tr("disabled"));

    const quint64 token = ++m_detailToken;
    Core::BuildFilter f;
    f.pipelineId = p.id;
    f.limit = 20;
    m_catalog.builds().listAsync(f).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token == m_detailToken && rows)
            m_builds->setRows(*rows);
    });
}

void PipelinesPanel::runSelected()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0 || !m_services.startBuild)
        return;
    const Core::PipelineRow p = m_model->rowAt(row);
    m_run->setEnabled(false);
    m_services.startBuild(p).then(this, [this, p](const Core::Result<Core::BuildRow> &b) {
        m_run->setEnabled(true);
        if (!b) {
            QMessageBox::warning(this, tr("Build not started"), b.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Build #%1 of %2 is %3").arg(b->id).arg(p.name, StatusBadge::label(Core::buildStateName(b->state))));
        Q_EMIT buildStarted(b->id);
        showRow(p.id);
    });
}

void PipelinesPanel::deleteSelected()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0)
        return;
    const Core::PipelineRow p = m_model->rowAt(row);
    QMessageBox box(QMessageBox::Warning, tr("Delete pipeline"), tr("Delete the pipeline %1?").arg(p.name), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Its recipe, configurations, images and past builds stay in the catalog."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.pipelines().remove(p.name).then(this, [this, p](const Core::Result<void> &r) {
        if (!r) {
            QMessageBox::warning(this, tr("Pipeline not deleted"), r.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Deleted the pipeline %1").arg(p.name));
    });
}

} // namespace Kiln::Widgets
