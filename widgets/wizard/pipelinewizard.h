#pragma once
// The pipeline wizard (File ▸ New pipeline, Ctrl+N), mirroring the cloud console's steps:
// details → recipe → infrastructure → distribution → review, one class per page; each page
// checks its input before Next and says what is wrong in place. The last page offers Create and
// Create and run; both create everything in one catalog transaction (PipelineCreator).
#include "widgets/common/rowmetatypes.h"
#include "widgets/issues/issue.h"
#include "widgets/wizard/pipelinedraft.h"

#include <QWizard>

class QLabel;

namespace Kiln::Widgets {

class DetailsPage;
class DistributionPage;
class InfrastructurePage;
class RecipePage;
class ReviewPage;
struct Services;

class PipelineWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DetailsId, RecipeId, InfrastructureId, DistributionId, ReviewId };

    explicit PipelineWizard(Services &services, QWidget *parent = nullptr);

    const PipelineDraft &draft() const { return m_draft; }
    DetailsPage *detailsPage() const { return m_details; }
    RecipePage *recipePage() const { return m_recipe; }
    InfrastructurePage *infrastructurePage() const { return m_infrastructure; }
    DistributionPage *distributionPage() const { return m_distribution; }
    ReviewPage *reviewPage() const { return m_review; }
    bool isCreating() const { return m_creating; }

public Q_SLOTS:
    void accept() override;   // Create
    void createAndRun();      // Create and run

Q_SIGNALS:
    void pipelineCreated(const Kiln::Core::PipelineRow &pipeline);
    void buildStarted(qint64 buildId);
    void problemsFound(const QList<Kiln::Widgets::Issue> &problems);
    // Creation failed: the message is also shown on the review page.
    void creationFailed(const QString &message);

private:
    void create(bool run);
    void updateSteps(int id);

    Services &m_services;
    PipelineDraft m_draft;
    DetailsPage *m_details;
    RecipePage *m_recipe;
    InfrastructurePage *m_infrastructure;
    DistributionPage *m_distribution;
    ReviewPage *m_review;
    QList<QLabel *> m_steps;
    bool m_creating = false;
};

} // namespace Kiln::Widgets
