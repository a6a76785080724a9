#include "imageexportdialog.h"
#include "widgets/common/inlinemessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ImageExportDialog::ImageExportDialog(const Core::ImageRow &image, const QString &defaultDirectory, QWidget *parent)
    : QDialog(parent), m_image(image), m_directory(defaultDirectory)
{
    setWindowTitle(tr("Export %1 %2").arg(image.name, image.version.toString()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("qcow2 (QEMU, compact)"), QStringLiteral("qcow2"));
    m_format->addItem(tr("raw (any hypervisor, full size)"), QStringLiteral("raw"));
    m_format->addItem(tr("vmdk (VMware)"), QStringLiteral("vmdk"));
    m_format->addItem(tr("vhdx (Hyper-V)"), QStringLiteral("vhdx"));
    form->addRow(tr("Format:"), m_format);
    m_path = new QLineEdit(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(browse);
    form->addRow(tr("Save as:"), row);
    layout->addLayout(form);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(m_buttons);

    if (image.diskPath.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("This image's disk is a libvirt volume (%1 in pool %2), not a file here. "
                                  "Export it with a distribution configuration, which can write to a directory.")
                                   .arg(image.volume, image.pool));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    updateSuggestedPath();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImageExportDialog::updateSuggestedPath);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImageExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImageExportDialog::reject);
    resize(560, sizeHint().height());
}

QString ImageExportDialog::outputPath() const { return m_path->text().trimmed(); }

void ImageExportDialog::updateSuggestedPath()
{
    const QString format = m_format->currentData().toString();
    const QString fileName = QStringLiteral("%1-%2-%3.%4").arg(m_image.name, m_image.version.toString()).arg(m_image.build).arg(format);
    QString dir = m_path->text().isEmpty() ? m_directory : QFileInfo(m_path->text()).path();
    m_path->setText(QDir(dir).filePath(fileName));
}

void ImageExportDialog::startExport()
{
    if (m_process)
        return;
    const QString out = outputPath();
    const QFileInfo fi(out);
    if (out.isEmpty() || !fi.isAbsolute()) {
        m_message->showError(tr("Enter the full path of the file to write."));
        return;
    }
    if (!QDir().mkpath(fi.path())) {
        m_message->showError(tr("The folder %1 cannot be created.").arg(fi.path()));
        return;
    }
    if (fi.exists()) {
        m_message->showError(tr("%1 already exists. Choose another name or remove it first.").arg(out));
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Info, tr("Converting with qemu-img…"));
    m_process = new QProcess(this);
    m_stderr.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        // `qemu-img convert -p` prints "    (42.00/100%)" with carriage returns.
        static const QRegularExpression re(QStringLiteral("\\((\\d+(?:\\.\\d+)?)/100%\\)"));
        const QString text = QString::fromUtf8(m_process->readAllStandardOutput());
        auto it = re.globalMatch(text);
        while (it.hasNext())
            m_progress->setValue(int(it.next().captured(1).toDouble()));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { m_stderr += m_process->readAllStandardError(); });
    connect(m_process, &QProcess::finished, this, &ImageExportDialog::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFinished(-1, QProcess::CrashExit);
    });
    m_progress->setValue(0);
    m_progress->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString format = m_format->currentData().toString();
    QStringList args{QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"), format};
    if (!m_image.format.isEmpty())
        args << QStringLiteral("-f") << m_image.format;
    args << m_image.diskPath << out;
    m_process->start(QStringLiteral("qemu-img"), args);
}

void ImageExportDialog::processFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *p = m_process;
    m_process = nullptr;
    if (!p)
        return;
    p->deleteLater();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (p->error() == QProcess::FailedToStart) {
        m_message->showError(tr("qemu-img could not be started. Install it (Debian: apt install qemu-utils) and try again."));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        QFile::remove(outputPath()); // never leave a half-written export behind
        const QString detail = QString::fromUtf8(m_stderr).trimmed();
        m_message->showError(tr("qemu-img failed (exit code %1): %2").arg(exitCode).arg(detail.isEmpty() ? tr("no message") : detail));
        return;
    }
    accept();
}

void ImageExportDialog::reject()
{
    if (m_process) {
        m_process->kill(); // processFinished removes the partial file
        return;
    }
    QDialog::reject();
}

} // namespace Kiln::Widgets
