#pragma once
// Distribution configurations: where finished images go (directories or libvirt pools), in
// which formats, compressed or not; with delete.
#include "widgets/panels/tablepanel.h"

class QAction;
class QTableWidget;

namespace Kiln::Widgets {

class DetailForm;
class DistributionModel;

class DistributionPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit DistributionPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Distribution"); }
    QIcon icon() const override;
    DistributionModel *model() const { return m_model; }
    QTableWidget *targets() const { return m_targets; }

Q_SIGNALS:
    void newPipelineRequested();

protected:
    void load() override;
    void showRow(qint64 id) override;
    void emptyActionTriggered() override { Q_EMIT newPipelineRequested(); }

private:
    void deleteSelected();

    DistributionModel *m_model;
    DetailForm *m_form;
    QTableWidget *m_targets;
    QAction *m_delete;
};

} // namespace Kiln::Widgets
