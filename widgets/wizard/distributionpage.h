#pragma once
// Wizard page 4, distribution: where finished images go. No distribution (the catalog only), an
// existing configuration, or a new one with targets (a directory or a libvirt storage pool),
// formats (qcow2, raw, vmdk, vhdx) and compression.
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Kiln::Core { class Catalog; struct DistributionTarget; }

namespace Kiln::Widgets {

class InlineMessage;
struct PipelineDraft;

class DistributionPage : public QWizardPage
{
    Q_OBJECT
public:
    DistributionPage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QString problem() const;

    QCheckBox *distributeBox() const { return m_distribute; }
    QComboBox *configurationBox() const { return m_config; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *targetList() const { return m_targets; }
    QRadioButton *directoryButton() const { return m_directory; }
    QRadioButton *poolButton() const { return m_pool; }
    QLineEdit *directoryEdit() const { return m_dirEdit; }
    QLineEdit *poolEdit() const { return m_poolEdit; }
    QLineEdit *poolUriEdit() const { return m_poolUri; }
    QCheckBox *formatBox(const QString &format) const;
    QComboBox *compressionBox() const { return m_compression; }
    InlineMessage *message() const { return m_message; }
    QList<Core::DistributionTarget> targets() const;

public Q_SLOTS:
    void addTarget();
    void removeTarget();

private:
    void loadTarget(int row);
    void storeTarget();
    void updateEnabled();

    Core::Catalog &m_catalog;
    PipelineDraft &m_draft;
    QCheckBox *m_distribute;
    QComboBox *m_config;
    QLineEdit *m_name;
    QListWidget *m_targets;
    QPushButton *m_add;
    QPushButton *m_remove;
    QRadioButton *m_directory;
    QRadioButton *m_pool;
    QLineEdit *m_dirEdit;
    QPushButton *m_browse;
    QLineEdit *m_poolEdit;
    QLineEdit *m_poolUri;
    QList<QCheckBox *> m_formats;
    QComboBox *m_compression;
    QCheckBox *m_checksums;
    InlineMessage *m_message;
    bool m_loading = false;
    bool m_initialized = false;
};

} // namespace Kiln::Widgets
