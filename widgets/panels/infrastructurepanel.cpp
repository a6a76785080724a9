#include "infrastructurepanel.h"
#include "widgets/common/detailform.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"
#include "widgets/models/infrastructuremodel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

InfrastructurePanel::InfrastructurePanel(Services &services, QWidget *parent)
    : TablePanel(*services.catalog, Core::Catalog::Table::Infrastructure, parent), m_services(services)
{
    setObjectName(QStringLiteral("InfrastructurePanel"));
    m_model = new InfrastructureModel(this);
    setTableModel(m_model);
    view()->setColumnWidth(InfrastructureModel::NameColumn, 150);
    view()->setColumnWidth(InfrastructureModel::UriColumn, 150);

    QToolBar *tb = toolBar();
    tb->addAction(Icons::add(), tr("New pipeline…"), this, &InfrastructurePanel::newPipelineRequested)
        ->setToolTip(tr("Infrastructure configurations are created in the pipeline wizard or with kilnctl apply"));
    m_test = tb->addAction(Icons::connection(), tr("Test connection"), this, &InfrastructurePanel::testConnection);
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &InfrastructurePanel::deleteSelected);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &InfrastructurePanel::refresh);
    m_test->setEnabled(false);
    m_delete->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new DetailForm(detail);
    layout->addWidget(m_form);
    m_connection = new InlineMessage(detail);
    layout->addWidget(m_connection);
    layout->addStretch(1);
    setDetailWidget(detail);
    setPlaceholder(tr("Select an infrastructure configuration to see where its build VMs run."));
    setEmptyState(tr("No infrastructure configurations yet.\nThey say where build VMs run: the libvirt URI, vCPUs, memory and network."),
                  tr("New pipeline…"));
}

QIcon InfrastructurePanel::icon() const { return Icons::infrastructure(); }

void InfrastructurePanel::load()
{
    const quint64 token = ++m_token;
    m_catalog.infrastructure().listAsync().then(this, [this, token](const Core::Result<QList<Core::InfrastructureRow>> &rows) {
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

void InfrastructurePanel::showRow(qint64 id)
{
    const int row = m_model->rowOfId(id);
    m_test->setEnabled(row >= 0 && bool(m_services.testConnection));
    m_delete->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Core::InfrastructureRow r = m_model->rowAt(row);
    if (m_form->property("shownId").toLongLong() != id)
        m_connection->clearMessage();
    m_form->setProperty("shownId", id);
    m_form->clear();
    m_form->addHeading(r.name);
    m_form->addRow(tr("Description"), r.description);
    m_form->addRow(tr("libvirt URI"), r.uri);
    m_form->addRow(tr("vCPUs"), QString::number(r.vcpus));
    m_form->addRow(tr("Memory"), Format::memoryMiB(r.memoryMiB));
    m_form->addRow(tr("Accelerator"), r.accelerator == Core::Accelerator::Auto ? tr("auto (KVM when it works, else TCG)")
                                                                               : Core::acceleratorName(r.accelerator));
    m_form->addRow(tr("Network"), r.network == Core::NetworkMode::None ? tr("none (no network in the build VM)")
                                                                       : tr("user-mode NAT"));
    m_form->addRow(tr("Storage pool"), r.storagePool);
    m_form->addRow(tr("Keep VM on failure"), r.keepVmOnFailure ? tr("yes: a failed build's VM stays for inspection") : tr("no"));
    m_form->addHeading(tr("Time limits"));
    auto limit = [](int s) { return s > 0 ? Format::duration(qint64(s) * 1000) : tr("none"); };
    m_form->addRow(tr("Create"), limit(r.timeouts.create));
    m_form->addRow(tr("Build"), limit(r.timeouts.build));
    m_form->addRow(tr("Test"), limit(r.timeouts.test));
    m_form->addRow(tr("Distribute"), limit(r.timeouts.distribute));
}

void InfrastructurePanel::testConnection()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0 || !m_services.testConnection)
        return;
    const QString uri = m_model->rowAt(row).uri;
    const quint64 token = ++m_testToken;
    m_test->setEnabled(false);
    m_connection->showMessage(InlineMessage::Kind::Info, tr("Connecting to %1…").arg(uri));
    m_services.testConnection(uri).then(this, [this, token](const ConnectionReport &report) {
        if (token != m_testToken)
            return;
        m_test->setEnabled(true);
        if (report.ok) {
            m_connection->showMessage(InlineMessage::Kind::Success, report.summary);
            return;
        }
        QString text = report.summary;
        if (!report.detail.isEmpty())
            text += u'\n' + report.detail;
        if (!report.fix.isEmpty())
            text += u'\n' + tr("What to do: %1").arg(report.fix);
        m_connection->showError(text);
    });
}

void InfrastructurePanel::deleteSelected()
{
    const int row = m_model->rowOfId(selectedId());
    if (row < 0)
        return;
    const QString name = m_model->rowAt(row).name;
    QMessageBox box(QMessageBox::Warning, tr("Delete infrastructure configuration"), tr("Delete %1?").arg(name), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Kiln refuses while a pipeline uses it, and tells you which."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.infrastructure().remove(name).then(this, [this, name](const Core::Result<void> &r) {
        if (!r)
            QMessageBox::warning(this, tr("Not deleted"), r.error().message);
        else
            Q_EMIT statusMessage(tr("Deleted %1").arg(name));
    });
}

} // namespace Kiln::Widgets
