#include "infrastructurepage.h"
#include "pipelinedraft.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"
#include "widgets/common/settings.h"

#include "core/catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Kiln::Widgets {

InfrastructurePage::InfrastructurePage(Services &services, PipelineDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_services(services), m_draft(draft)
{
    setTitle(tr("Infrastructure"));
    setSubTitle(tr("Where the build and test VMs run, and how big they are."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_config = new QComboBox(this);
    m_config->addItem(tr("New configuration"));
    form->addRow(tr("Configuration:"), m_config);
    m_name = new QLineEdit(this);
    form->addRow(tr("Name:"), m_name);
    auto *uriRow = new QHBoxLayout;
    m_uri = new QLineEdit(this);
    m_uri->setToolTip(tr("qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system for another machine"));
    m_test = new QPushButton(tr("Test connection"), this);
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_test);
    form->addRow(tr("libvirt URI:"), uriRow);
    m_connection = new InlineMessage(this);
    form->addRow(QString(), m_connection);
    m_vcpus = new QSpinBox(this);
    m_vcpus->setRange(1, 64);
    m_vcpus->setValue(1);
    form->addRow(tr("vCPUs:"), m_vcpus);
    m_memory = new QSpinBox(this);
    m_memory->setRange(128, 262144);
    m_memory->setSingleStep(256);
    m_memory->setValue(1024);
    m_memory->setSuffix(tr(" MiB"));
    form->addRow(tr("Memory:"), m_memory);
    m_disk = new QSpinBox(this);
    m_disk->setRange(0, 4096);
    m_disk->setSuffix(tr(" GiB"));
    m_disk->setSpecialValueText(tr("same as the base image"));
    m_disk->setToolTip(tr("The image's disk size (kept in the recipe); 0 keeps the base image's size"));
    form->addRow(tr("Disk size:"), m_disk);
    m_accelerator = new QComboBox(this);
    m_accelerator->addItem(tr("auto: KVM when it works, else TCG"), int(Core::Accelerator::Auto));
    m_accelerator->addItem(tr("kvm: hardware virtualization"), int(Core::Accelerator::Kvm));
    m_accelerator->addItem(tr("tcg: software emulation (slow, works everywhere)"), int(Core::Accelerator::Tcg));
    form->addRow(tr("Accelerator:"), m_accelerator);
    m_network = new QComboBox(this);
    m_network->addItem(tr("none: the VM has no network"), int(Core::NetworkMode::None));
    m_network->addItem(tr("user: NAT to the outside (downloads work)"), int(Core::NetworkMode::User));
    form->addRow(tr("Network:"), m_network);
    m_keepVm = new QCheckBox(tr("Keep the VM when a build fails, to inspect it"), this);
    form->addRow(QString(), m_keepVm);
    layout->addLayout(form);
    layout->addStretch(1);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    m_test->setEnabled(bool(m_services.testConnection));
    if (!m_services.testConnection)
        m_test->setToolTip(tr("Testing needs Kiln's libvirt layer, which this build does not have"));
    connect(m_test, &QPushButton::clicked, this, &InfrastructurePage::testConnection);
    connect(m_uri, &QLineEdit::textEdited, this, [this] {
        m_connectionState = -1;
        m_connection->clearMessage();
    });
    connect(m_config, &QComboBox::currentIndexChanged, this, &InfrastructurePage::configurationChanged);
}

void InfrastructurePage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    m_name->setText(m_draft.name + QLatin1String("-infra"));
    m_uri->setText(Settings::defaultLibvirtUri());
    if (m_draft.useExistingRecipe) {
        m_disk->setEnabled(false);
        m_disk->setToolTip(tr("The disk size is part of the recipe; the existing recipe keeps its own"));
    }
    m_services.catalog->infrastructure().listAsync().then(this, [this](const Core::Result<QList<Core::InfrastructureRow>> &rows) {
        if (!rows)
            return;
        for (const Core::InfrastructureRow &r : *rows)
            m_config->addItem(tr("Existing: %1 (%2)").arg(r.name, r.uri), QVariant::fromValue(r.name));
    });
}

void InfrastructurePage::setFieldsEnabled(bool on)
{
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_uri), static_cast<QWidget *>(m_vcpus),
                       static_cast<QWidget *>(m_memory), static_cast<QWidget *>(m_accelerator), static_cast<QWidget *>(m_network),
                       static_cast<QWidget *>(m_keepVm)})
        w->setEnabled(on);
}

void InfrastructurePage::configurationChanged()
{
    const QString existing = m_config->currentData().toString();
    setFieldsEnabled(existing.isEmpty());
    m_connectionState = -1;
    m_connection->clearMessage();
    if (existing.isEmpty())
        return;
    auto row = m_services.catalog->infrastructure().get(existing); // an indexed lookup
    if (!row)
        return;
    m_name->setText(row->name);
    m_uri->setText(row->uri);
    m_vcpus->setValue(row->vcpus);
    m_memory->setValue(row->memoryMiB);
    m_accelerator->setCurrentIndex(m_accelerator->findData(int(row->accelerator)));
    m_network->setCurrentIndex(m_network->findData(int(row->network)));
    m_keepVm->setChecked(row->keepVmOnFailure);
}

void InfrastructurePage::testConnection()
{
    if (!m_services.testConnection)
        return;
    const QString uri = m_uri->text().trimmed();
    if (uri.isEmpty()) {
        m_connection->showError(tr("Enter a libvirt URI first, e.g. qemu:///session."));
        return;
    }
    const quint64 token = ++m_testToken;
    m_test->setEnabled(false);
    m_connection->showMessage(InlineMessage::Kind::Info, tr("Connecting to %1…").arg(uri));
    m_services.testConnection(uri).then(this, [this, token](const ConnectionReport &report) {
        if (token != m_testToken)
            return;
        m_test->setEnabled(true);
        m_connectionState = report.ok ? 1 : 0;
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

QString InfrastructurePage::problem() const
{
    if (!m_config->currentData().toString().isEmpty())
        return {};
    const QString name = m_name->text().trimmed();
    if (auto ok = Core::validateName(name, tr("configuration name")); !ok)
        return tr("Name: %1").arg(ok.error().message);
    if (auto existing = m_services.catalog->infrastructure().get(name); existing)
        return tr("Name: a configuration called \"%1\" already exists. Choose it under Configuration, or pick another name.").arg(name);
    const QString uri = m_uri->text().trimmed();
    const QUrl url(uri);
    if (uri.isEmpty() || !url.isValid() || url.scheme().isEmpty() || !uri.contains(QLatin1String(":/")))
        return tr("libvirt URI: \"%1\" is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.").arg(uri);
    return {};
}

bool InfrastructurePage::validatePage()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_message->showError(p);
        return false;
    }
    m_message->clearMessage();
    const QString existing = m_config->currentData().toString();
    m_draft.useExistingInfrastructure = !existing.isEmpty();
    Core::InfrastructureRow &r = m_draft.infrastructure;
    r.name = m_name->text().trimmed();
    r.uri = m_uri->text().trimmed();
    r.vcpus = m_vcpus->value();
    r.memoryMiB = m_memory->value();
    r.accelerator = Core::Accelerator(m_accelerator->currentData().toInt());
    r.network = Core::NetworkMode(m_network->currentData().toInt());
    r.keepVmOnFailure = m_keepVm->isChecked();
    if (!m_draft.useExistingRecipe)
        m_draft.newRecipe.diskSizeGiB = m_disk->value();
    m_draft.connectionState = m_draft.useExistingInfrastructure && m_connectionState < 0 ? -1 : m_connectionState;
    return true;
}

} // namespace Kiln::Widgets
