#include "distributionpanel.h"
#include "widgets/common/detailform.h"
#include "widgets/common/icons.h"
#include "widgets/models/distributionmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

DistributionPanel::DistributionPanel(Core::Catalog &catalog, QWidget *parent)
    : TablePanel(catalog, Core::Catalog::Table::Distributions, parent)
{
    setObjectName(QStringLiteral("DistributionPanel"));
    m_model = new DistributionModel(this);
    setTableModel(m_model);
    view()->setColumnWidth(DistributionModel::NameColumn, 150);
    view()->setColumnWidth(DistributionModel::TargetsColumn, 240);

    QToolBar *tb = toolBar();
    tb->addAction(Icons::add(), tr("New pipeline…"), this, &DistributionPanel::newPipelineRequested)
        ->setToolTip(tr("Distribution configurations are created in the pipeline wizard or with kilnctl apply"));
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &DistributionPanel::deleteSelected);
    m_delete->setEnabled(false);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &DistributionPanel::refresh);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new DetailForm(detail);
    layout->addWidget(m_form);
    auto *label = new QLabel(tr("Targets:"), detail);
    label->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(label);
    m_targets = new QTableWidget(0, 4, detail);
    m_targets->setHorizontalHeaderLabels({tr("Where"), tr("Formats"), tr("Compression"), tr("Checksums")});
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->verticalHeader()->hide();
    m_targets->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_targets, 1);
    setDetailWidget(detail);
    setPlaceholder(tr("Select a distribution configuration to see where its images go."));
    setEmptyState(tr("No distribution configurations yet.\nThey say where finished images are written and in which formats."),
                  tr("New pipeline…"));
}

QIcon DistributionPanel::icon() const { return Icons::distribution(); }

void DistributionPanel::load()
{
    const quint64 token = ++m_token;
    m_catalog.distributions().listAsync().then(this, [this, token](const Core::Result<QList<Core::DistributionRow>> &rows) {
        if (token != m_token)
            return;
        if (!rows) {
            Q_EMIT statusMessage(rows.error().message);
            return;
        }
        m_model->setRows(*rows);
        setCountText(tr("%n configuration(s)", nullptr, int(rows->size())));
        loaded();
    });
}

void DistributionPanel::showRow(qint64 id)
{
    const int row = m_model->rowOfId(id);
    m_delete->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Core::DistributionRow d = m_model->rowAt(row);
    m_form->clear();
    m_form->addHeading(d.name);
    m_form->addRow(tr("Description"), d.description);
    m_targets->setRowCount(int(d.targets.size()));
    for (int i = 0; i < int(d.targets.size()); ++i) {
        const Core::DistributionTarget &t = d.targets.at(i);
        m_targets->setItem(i, 0, new QTableWidgetItem(DistributionModel::targetText(t)));
        m_targets->setItem(i, 1, new QTableWidgetItem(t.formats.join(QStringLiteral(", "))));
        m_targets->setItem(i, 2, new QTableWidgetItem(t.compression));
        m_targets->setItem(i, 3, new QTableWidgetItem(t.checksums ? tr("SHA256SUMS") : tr("none")));
    }
    m_targets->resizeColumnsToContents();
}

void DistributionPanel::deleteSelected()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0)
        return;
    const QString name = m_model->rowAt(row).name;
    QMessageBox box(QMessageBox::Warning, tr("Delete distribution configuration"), tr("Delete %1?").arg(name), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Kiln refuses while a pipeline uses it, and tells you which. Files already written stay."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.distributions().remove(name).then(this, [this, name](const Core::Result<void> &r) {
        if (!r)
            QMessageBox::warning(this, tr("Not deleted"), r.error().message);
        else
            Q_EMIT statusMessage(tr("Deleted %1").arg(name));
    });
}

} // namespace Kiln::Widgets
