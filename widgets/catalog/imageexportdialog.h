#pragma once
// "Export image": writes an image's disk to a file in another format (qcow2, raw, vmdk, vhdx),
// flattened, with `qemu-img convert` run as an asynchronous process and its progress shown.
// Images whose disk lives only in a libvirt pool are exported by a distribution configuration.
#include "widgets/common/rowmetatypes.h"

#include <QDialog>
#include <QProcess>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;

namespace Kiln::Widgets {

class InlineMessage;

class ImageExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImageExportDialog(const Core::ImageRow &image, const QString &defaultDirectory, QWidget *parent = nullptr);

    QString outputPath() const;
    InlineMessage *message() const { return m_message; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }

public Q_SLOTS:
    void startExport();

protected:
    void reject() override;

private:
    void updateSuggestedPath();
    void processFinished(int exitCode, QProcess::ExitStatus status);

    Core::ImageRow m_image;
    QString m_directory;
    QComboBox *m_format;
    QLineEdit *m_path;
    InlineMessage *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QProcess *m_process = nullptr;
    QByteArray m_stderr;
};

} // namespace Kiln::Widgets
