#pragma once
// Infrastructure configurations: where and how build VMs run (libvirt URI, vCPUs, memory,
// accelerator, network, storage pool, keep-VM-on-failure, stage timeouts), with a "Test
// connection" for the selected URI and delete.
#include "widgets/panels/tablepanel.h"

class QAction;

namespace Kiln::Widgets {

class DetailForm;
class InfrastructureModel;
class InlineMessage;
struct Services;

class InfrastructurePanel : public TablePanel
{
    Q_OBJECT
public:
    InfrastructurePanel(Services &services, QWidget *parent = nullptr);

    QString title() const override { return tr("Infrastructure"); }
    QIcon icon() const override;
    InfrastructureModel *model() const { return m_model; }
    DetailForm *form() const { return m_form; }
    InlineMessage *connectionMessage() const { return m_connection; }

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void newPipelineRequested();

protected:
    void load() override;
    void showRow(qint64 id) override;
    void emptyActionTriggered() override { Q_EMIT newPipelineRequested(); }

private:
    void deleteSelected();

    Services &m_services;
    InfrastructureModel *m_model;
    DetailForm *m_form;
    InlineMessage *m_connection;
    QAction *m_test;
    QAction *m_delete;
    quint64 m_testToken = 0;
};

} // namespace Kiln::Widgets
