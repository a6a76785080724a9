#include "imageimportdialog.h"
#include "widgets/common/inlinemessage.h"

#include "core/catalog/catalog.h"
#include "core/catalog/imageimporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ImageImportDialog::ImageImportDialog(Core::Catalog &catalog, QWidget *parent) : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Import image"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("A disk file: qcow2, raw, vmdk or vhdx"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(browseButton);
    form->addRow(tr("Disk file:"), fileRow);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. debian-12"));
    form->addRow(tr("Name:"), m_name);
    m_version = new QLineEdit(QStringLiteral("1.0.0"), this);
    form->addRow(tr("Version:"), m_version);
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);

    m_kernelBox = new QGroupBox(tr("Boot a kernel directly (for images without a boot loader)"), this);
    m_kernelBox->setCheckable(true);
    m_kernelBox->setChecked(false);
    auto *kernelForm = new QFormLayout(m_kernelBox);
    m_kernel = new QLineEdit(m_kernelBox);
    m_initrd = new QLineEdit(m_kernelBox);
    m_cmdline = new QLineEdit(QStringLiteral("root=/dev/vda console=ttyS0"), m_kernelBox);
    kernelForm->addRow(tr("Kernel:"), m_kernel);
    kernelForm->addRow(tr("Initrd:"), m_initrd);
    kernelForm->addRow(tr("Command line:"), m_cmdline);
    layout->addWidget(m_kernelBox);

    m_inPlace = new QCheckBox(tr("Use the file where it is (do not copy it into Kiln's disk folder)"), this);
    layout->addWidget(m_inPlace);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, [this] { browse(m_file, tr("Choose a disk image")); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImageImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImageImportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &path) {
        // Suggest a name from the file name until the user typed one.
        if (m_name->isModified())
            return;
        QString base = QFileInfo(path).completeBaseName();
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
        m_name->setText(base);
    });
    resize(560, sizeHint().height());
}

ImageImportDialog::~ImageImportDialog() = default;

void ImageImportDialog::setFile(const QString &path) { m_file->setText(path); }

void ImageImportDialog::browse(QLineEdit *target, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, QFileInfo(target->text()).path(),
                                                      tr("Disk images (*.qcow2 *.img *.raw *.vmdk *.vhdx);;All files (*)"));
    if (!path.isEmpty())
        target->setText(path);
}

QString ImageImportDialog::validateFields() const
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return tr("Choose the disk file to import.");
    const QFileInfo fi(file);
    if (!fi.exists())
        return tr("The file %1 does not exist.").arg(file);
    if (!fi.isFile() || !fi.isReadable())
        return tr("%1 is not a readable file.").arg(file);
    if (auto ok = Core::validateName(m_name->text().trimmed(), tr("image name")); !ok)
        return ok.error().message;
    if (auto v = Core::SemVer::parse(m_version->text().trimmed()); !v)
        return v.error().message;
    if (m_kernelBox->isChecked()) {
        if (!QFileInfo::exists(m_kernel->text().trimmed()))
            return tr("The kernel file \"%1\" does not exist.").arg(m_kernel->text().trimmed());
        if (!m_initrd->text().trimmed().isEmpty() && !QFileInfo::exists(m_initrd->text().trimmed()))
            return tr("The initrd file \"%1\" does not exist.").arg(m_initrd->text().trimmed());
    }
    return {};
}

void ImageImportDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_version),
                       static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_kernelBox), static_cast<QWidget *>(m_inPlace)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void ImageImportDialog::startImport()
{
    if (m_importer && m_importer->isRunning())
        return;
    if (const QString problem = validateFields(); !problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Info, tr("Checking the disk…"));
    Core::ImportRequest request;
    request.file = m_file->text().trimmed();
    request.name = m_name->text().trimmed();
    request.version = *Core::SemVer::parse(m_version->text().trimmed());
    request.description = m_description->text().trimmed();
    request.inPlace = m_inPlace->isChecked();
    if (m_kernelBox->isChecked()) {
        request.kernel = m_kernel->text().trimmed();
        request.initrd = m_initrd->text().trimmed();
        request.cmdline = m_cmdline->text().trimmed();
    }
    m_importer = std::make_unique<Core::ImageImporter>(m_catalog);
    connect(m_importer.get(), &Core::ImageImporter::progress, this,
            [this](Core::ImageImporter::Stage stage, qint64 done, qint64 total) {
                QString what;
                switch (stage) {
                case Core::ImageImporter::Stage::Downloading: what = tr("Downloading"); break;
                case Core::ImageImporter::Stage::Inspecting: what = tr("Checking the disk"); break;
                case Core::ImageImporter::Stage::Copying: what = tr("Copying and computing the checksum"); break;
                case Core::ImageImporter::Stage::Registering: what = tr("Adding to the catalog"); break;
                }
                m_progress->setFormat(what + QLatin1String(" %p%"));
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    m_progress->setValue(int(done * 1000 / total));
            });
    connect(m_importer.get(), &Core::ImageImporter::finished, this, &ImageImportDialog::finished);
    setBusy(true);
    m_importer->start(request);
}

void ImageImportDialog::finished(const Core::Result<Core::Stored<Core::ImageRow>> &result)
{
    setBusy(false);
    if (!result) {
        m_message->showError(result.error().message);
        return;
    }
    m_image = result->row;
    m_isNew = result->isNew;
    accept();
}

void ImageImportDialog::reject()
{
    if (m_importer && m_importer->isRunning()) {
        // finished() follows with a "cancelled" error; the partial copy is removed by the importer.
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Kiln::Widgets
