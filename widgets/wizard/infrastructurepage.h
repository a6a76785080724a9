#pragma once
// Wizard page 3, infrastructure: where and how the build VMs run. A new configuration (name,
// libvirt URI with "Test connection" run off the GUI thread, vCPUs, memory, disk size,
// accelerator, network, keep VM on failure) or an existing one.
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Kiln::Widgets {

class InlineMessage;
struct PipelineDraft;
struct Services;

class InfrastructurePage : public QWizardPage
{
    Q_OBJECT
public:
    InfrastructurePage(Services &services, PipelineDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QString problem() const;

    QComboBox *configurationBox() const { return m_config; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *uriEdit() const { return m_uri; }
    QPushButton *testButton() const { return m_test; }
    QSpinBox *vcpuBox() const { return m_vcpus; }
    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *diskBox() const { return m_disk; }
    QComboBox *acceleratorBox() const { return m_accelerator; }
    QComboBox *networkBox() const { return m_network; }
    QCheckBox *keepVmBox() const { return m_keepVm; }
    InlineMessage *connectionMessage() const { return m_connection; }
    InlineMessage *message() const { return m_message; }
    // What the last "Test connection" found: -1 not tested, 0 failed, 1 ok.
    int connectionState() const { return m_connectionState; }

public Q_SLOTS:
    void testConnection();

private:
    void configurationChanged();
    void setFieldsEnabled(bool on);

    Services &m_services;
    PipelineDraft &m_draft;
    QComboBox *m_config;
    QLineEdit *m_name;
    QLineEdit *m_uri;
    QPushButton *m_test;
    InlineMessage *m_connection;
    QSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QSpinBox *m_disk;
    QComboBox *m_accelerator;
    QComboBox *m_network;
    QCheckBox *m_keepVm;
    InlineMessage *m_message;
    int m_connectionState = -1;
    quint64 m_testToken = 0;
    bool m_initialized = false;
};

} // namespace Kiln::Widgets
