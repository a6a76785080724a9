#include "preferencesdialog.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Kiln::Widgets {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_uri = new QLineEdit(Settings::defaultLibvirtUri(), this);
    m_uri->setToolTip(tr("qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system"));
    form->addRow(tr("Default libvirt URI:"), m_uri);
    m_output = new QLineEdit(Settings::defaultOutputDirectory(), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_output, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(browse);
    form->addRow(tr("Default output folder:"), row);
    m_check = new QCheckBox(tr("Check the libvirt connection when Kiln starts"), this);
    m_check->setChecked(Settings::checkConnectionAtStartup());
    form->addRow(QString(), m_check);
    layout->addLayout(form);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default output folder"), m_output->text());
        if (!dir.isEmpty())
            m_output->setText(dir);
    });
    resize(560, sizeHint().height());
}

void PreferencesDialog::accept()
{
    const QString uri = m_uri->text().trimmed();
    const QUrl url(uri);
    if (uri.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
        m_message->showError(tr("\"%1\" is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.").arg(uri));
        return;
    }
    if (!QDir::isAbsolutePath(m_output->text().trimmed())) {
        m_message->showError(tr("The output folder must be a full path, like /home/you/kiln-images."));
        return;
    }
    Settings::setDefaultLibvirtUri(uri);
    Settings::setDefaultOutputDirectory(m_output->text().trimmed());
    Settings::setCheckConnectionAtStartup(m_check->isChecked());
    QDialog::accept();
}

} // namespace Kiln::Widgets
