#include "pipelinewizard.h"
#include "detailspage.h"
#include "distributionpage.h"
#include "infrastructurepage.h"
#include "pipelinecreator.h"
#include "recipepage.h"
#include "reviewpage.h"
#include "widgets/common/icons.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

namespace Kiln::Widgets {

PipelineWizard::PipelineWizard(Services &services, QWidget *parent) : QWizard(parent), m_services(services)
{
    setWindowTitle(tr("New pipeline"));
    setWindowIcon(Icons::pipeline());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::FinishButton, tr("Create"));
    setButtonText(QWizard::CustomButton1, tr("Create and run"));
    button(QWizard::CustomButton1)->setToolTip(tr("Create everything, then start the first build"));
    button(QWizard::FinishButton)->setToolTip(tr("Create the pipeline and what it needs; run it later"));

    Core::Catalog &catalog = *services.catalog;
    m_details = new DetailsPage(catalog, m_draft, this);
    m_recipe = new RecipePage(catalog, m_draft, this);
    m_infrastructure = new InfrastructurePage(services, m_draft, this);
    m_distribution = new DistributionPage(catalog, m_draft, this);
    m_review = new ReviewPage(services, m_draft, this);
    setPage(DetailsId, m_details);
    setPage(RecipeId, m_recipe);
    setPage(InfrastructureId, m_infrastructure);
    setPage(DistributionId, m_distribution);
    setPage(ReviewId, m_review);

    // A side list of the steps, like the cloud console's wizard.
    auto *side = new QWidget(this);
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 4, 12, 0);
    const QStringList names = {tr("Pipeline details"), tr("Recipe"), tr("Infrastructure"), tr("Distribution"), tr("Review")};
    for (int i = 0; i < int(names.size()); ++i) {
        auto *l = new QLabel(tr("Step %1\n%2").arg(i + 1).arg(names.at(i)), side);
        l->setMinimumWidth(120);
        m_steps.append(l);
        sl->addWidget(l);
    }
    sl->addStretch(1);
    setSideWidget(side);

    connect(this, &QWizard::currentIdChanged, this, &PipelineWizard::updateSteps);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            createAndRun();
    });
    connect(m_review, &ReviewPage::problemsFound, this, &PipelineWizard::problemsFound);
    connect(m_review, &ReviewPage::completeChanged, this, [this] {
        button(QWizard::CustomButton1)->setEnabled(m_review->isComplete() && !m_creating);
    });
    resize(980, 680);
    updateSteps(DetailsId);
}

void PipelineWizard::updateSteps(int id)
{
    for (int i = 0; i < int(m_steps.size()); ++i) {
        QFont f = m_steps.at(i)->font();
        f.setBold(i == id);
        m_steps.at(i)->setFont(f);
        m_steps.at(i)->setForegroundRole(i == id ? QPalette::WindowText : QPalette::PlaceholderText);
    }
    button(QWizard::CustomButton1)->setVisible(id == ReviewId);
}

void PipelineWizard::accept() { create(false); }

void PipelineWizard::createAndRun() { create(true); }

void PipelineWizard::create(bool run)
{
    if (m_creating || currentId() != ReviewId || !m_review->validatePage())
        return;
    m_creating = true;
    for (auto b : {QWizard::FinishButton, QWizard::CustomButton1, QWizard::BackButton})
        button(b)->setEnabled(false);
    m_review->message()->showMessage(InlineMessage::Kind::Info, tr("Creating…"));
    PipelineCreator::create(*m_services.catalog, m_draft).then(this, [this, run](const Core::Result<PipelineCreator::Created> &created) {
        auto fail = [this](const QString &message) {
            m_creating = false;
            for (auto b : {QWizard::FinishButton, QWizard::CustomButton1, QWizard::BackButton})
                button(b)->setEnabled(true);
            m_review->message()->showError(message);
            Q_EMIT creationFailed(message);
        };
        if (!created) {
            fail(tr("Nothing was created: %1").arg(created.error().message));
            return;
        }
        const Core::PipelineRow pipeline = created->pipeline;
        Q_EMIT pipelineCreated(pipeline);
        if (!run || !m_services.startBuild) {
            QWizard::accept();
            return;
        }
        m_review->message()->showMessage(InlineMessage::Kind::Info, tr("Created. Starting the first build…"));
        m_services.startBuild(pipeline).then(this, [this, fail](const Core::Result<Core::BuildRow> &build) {
            if (!build) {
                fail(tr("The pipeline was created, but its build did not start: %1").arg(build.error().message));
                return;
            }
            Q_EMIT buildStarted(build->id);
            QWizard::accept();
        });
    });
}

} // namespace Kiln::Widgets
