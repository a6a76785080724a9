#pragma once
// Image pipelines: recipe + infrastructure + distribution + tests + schedule. Lists them with
// the selected pipeline's settings and recent builds; New pipeline opens the wizard, Run starts
// a build (Services::startBuild), Delete asks first.
#include "widgets/panels/tablepanel.h"

class QAction;

namespace Kiln::Widgets {

class BuildModel;
class DetailForm;
class PipelineModel;
struct Services;

class PipelinesPanel : public TablePanel
{
    Q_OBJECT
public:
    PipelinesPanel(Services &services, QWidget *parent = nullptr);

    QString title() const override { return tr("Pipelines"); }
    QIcon icon() const override;
    PipelineModel *model() const { return m_model; }
    DetailForm *form() const { return m_form; }
    BuildModel *recentBuilds() const { return m_builds; }

public Q_SLOTS:
    void runSelected();

Q_SIGNALS:
    void newPipelineRequested();
    void buildStarted(qint64 buildId);
    void buildActivated(qint64 buildId);
    void recipeLinkActivated(const QString &reference);

protected:
    void load() override;
    void showRow(qint64 id) override;
    void emptyActionTriggered() override { Q_EMIT newPipelineRequested(); }

private:
    void deleteSelected();

    Services &m_services;
    PipelineModel *m_model;
    BuildModel *m_builds;
    DetailForm *m_form;
    QAction *m_run;
    QAction *m_delete;
    quint64 m_detailToken = 0;
};

} // namespace Kiln::Widgets
