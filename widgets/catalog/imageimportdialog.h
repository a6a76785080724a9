#pragma once
// "Import image": registers a disk file (qcow2, raw, vmdk, vhdx — detected by qemu-img, not by
// the extension) as a base image with a name and version. The import (inspection, copy and
// sha256) runs on the importer's thread with progress here; errors such as "not a disk image"
// are shown in place and the dialog stays open to fix them.
#include "widgets/common/rowmetatypes.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QProgressBar;

namespace Kiln::Core { class Catalog; class ImageImporter; }

namespace Kiln::Widgets {

class InlineMessage;

class ImageImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImageImportDialog(Core::Catalog &catalog, QWidget *parent = nullptr);
    ~ImageImportDialog() override;

    void setFile(const QString &path);
    // The imported image once accepted.
    Core::ImageRow image() const { return m_image; }
    bool wasNew() const { return m_isNew; }

    // For tests: the fields and the message.
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *versionEdit() const { return m_version; }
    InlineMessage *message() const { return m_message; }
    QProgressBar *progress() const { return m_progress; }

    // Checks the fields without importing; an empty string when they are fine.
    QString validateFields() const;

public Q_SLOTS:
    void startImport();

protected:
    void reject() override;

private:
    void browse(QLineEdit *target, const QString &title);
    void finished(const Core::Result<Core::Stored<Core::ImageRow>> &result);
    void setBusy(bool busy);

    Core::Catalog &m_catalog;
    std::unique_ptr<Core::ImageImporter> m_importer;
    QLineEdit *m_file;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QLineEdit *m_description;
    QGroupBox *m_kernelBox;
    QLineEdit *m_kernel;
    QLineEdit *m_initrd;
    QLineEdit *m_cmdline;
    QCheckBox *m_inPlace;
    InlineMessage *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    Core::ImageRow m_image;
    bool m_isNew = false;
};

} // namespace Kiln::Widgets
