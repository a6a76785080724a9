#include "reviewpage.h"
#include "cronexpression.h"
#include "pipelinedraft.h"
#include "widgets/common/format.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"
#include "widgets/models/distributionmodel.h"

#include "core/catalog/catalog.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

ReviewPage::ReviewPage(Services &services, PipelineDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_services(services), m_draft(draft)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check every choice. Create stores the pipeline and what it needs in the catalog, in one step; "
                   "Create and run also starts its first build."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QTextBrowser(this);
    m_summary->setOpenLinks(false);
    layout->addWidget(m_summary, 1);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
}

bool ReviewPage::isComplete() const { return !m_checking; }

void ReviewPage::initializePage()
{
    m_message->clearMessage();
    check();
}

void ReviewPage::check()
{
    // Checks against the catalog run on a reader thread; the page shows "checking" meanwhile.
    m_checking = true;
    m_problems.clear();
    render();
    Q_EMIT completeChanged();
    const quint64 token = ++m_token;
    Core::Catalog *catalog = m_services.catalog;
    const PipelineDraft draft = m_draft;
    const int connectionState = m_draft.connectionState;
    QtConcurrent::run([catalog, draft, connectionState]() {
        QList<Issue> out;
        auto error = [&out](const QString &context, const QString &message) {
            out.append({Issue::Severity::Error, message, {}, {}, 0, 0, context});
        };
        auto warning = [&out](const QString &context, const QString &message) {
            out.append({Issue::Severity::Warning, message, {}, {}, 0, 0, context});
        };
        const QString recipeCtx = QCoreApplication::translate("ReviewPage", "Recipe");
        if (draft.useExistingRecipe) {
            auto r = catalog->recipes().resolve(draft.existingRecipe);
            if (!r)
                error(recipeCtx, r.error().message);
            else if (auto img = catalog->images().resolve(r->parentImage, Core::ImagePurpose::Use); !img)
                warning(recipeCtx, img.error().message);
        } else {
            const Core::NewRecipe &n = draft.newRecipe;
            if (auto existing = catalog->recipes().resolve(n.name + u'@' + n.version.toString()); existing)
                warning(recipeCtx, QCoreApplication::translate("ReviewPage", "%1 %2 already exists: if the content differs, Kiln stores it as build %3 of that version.")
                                       .arg(n.name, n.version.toString()).arg(existing->build + 1));
            if (auto img = catalog->images().resolve(n.parentImage, Core::ImagePurpose::Use); !img)
                error(QCoreApplication::translate("ReviewPage", "Base image"), img.error().message);
            for (const Core::RecipeComponentRef &c : n.components)
                if (auto comp = catalog->components().resolve(c.component); !comp)
                    error(QCoreApplication::translate("ReviewPage", "Component %1").arg(c.component), comp.error().message);
            const bool anyBuild = std::count(draft.componentTypes.cbegin(), draft.componentTypes.cend(), Core::ComponentType::Build) > 0;
            const bool anyTest = std::count(draft.componentTypes.cbegin(), draft.componentTypes.cend(), Core::ComponentType::Test) > 0;
            if (!anyBuild)
                warning(recipeCtx, QCoreApplication::translate("ReviewPage", "The recipe has no build component: the image will be a copy of its base image."));
            if (draft.tests && !anyTest)
                warning(recipeCtx, QCoreApplication::translate("ReviewPage", "Tests are on but the recipe has no test component: only the build components' test phases run."));
        }
        const QString infraCtx = QCoreApplication::translate("ReviewPage", "Infrastructure");
        if (connectionState == 0)
            warning(infraCtx, QCoreApplication::translate("ReviewPage", "The connection test to %1 failed: builds fail until libvirt is reachable there.").arg(draft.infrastructure.uri));
        else if (connectionState < 0 && !draft.useExistingInfrastructure)
            warning(infraCtx, QCoreApplication::translate("ReviewPage", "The connection to %1 was not tested.").arg(draft.infrastructure.uri));
        if (draft.infrastructure.accelerator == Core::Accelerator::Kvm)
            warning(infraCtx, QCoreApplication::translate("ReviewPage", "With kvm, builds fail on machines where KVM is missing or unusable; auto falls back to TCG."));
        return out;
    }).then(this, [this, token](const QList<Issue> &problems) {
        if (token != m_token)
            return;
        m_checking = false;
        m_problems = problems;
        render();
        Q_EMIT problemsFound(problems);
        Q_EMIT completeChanged();
    });
}

void ReviewPage::render()
{
    const PipelineDraft &d = m_draft;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto row = [&esc](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='padding-right:16px'><i>%1</i></td><td>%2</td></tr>").arg(esc(k), v.isEmpty() ? Format::dash() : esc(v));
    };
    QString html;
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Pipeline"));
    html += row(tr("Name"), d.name);
    html += row(tr("Description"), d.description);
    QString schedule = d.schedule == QLatin1String("manual") ? tr("manual") : tr("cron: %1").arg(d.schedule);
    if (auto cron = CronExpression::parse(d.schedule); cron && d.schedule != QLatin1String("manual")) {
        const auto runs = cron->nextRuns(QDateTime::currentDateTime(), 1);
        if (!runs.isEmpty())
            schedule += tr(" (next: %1)").arg(QLocale().toString(runs.constFirst(), QLocale::ShortFormat));
    }
    html += row(tr("Schedule"), schedule);
    html += row(tr("Tests"), d.tests ? tr("on") : tr("off"));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Recipe"));
    if (d.useExistingRecipe) {
        html += row(tr("Existing recipe"), d.existingRecipe);
    } else {
        html += row(tr("New recipe"), d.newRecipe.name + u' ' + d.newRecipe.version.toString());
        html += row(tr("Base image"), d.newRecipe.parentImage);
        html += row(tr("Disk size"), d.newRecipe.diskSizeGiB > 0 ? tr("%1 GiB").arg(d.newRecipe.diskSizeGiB) : tr("same as the base image"));
        for (int i = 0; i < int(d.newRecipe.components.size()); ++i) {
            const Core::RecipeComponentRef &c = d.newRecipe.components.at(i);
            QStringList params;
            for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
                params << it.key() + u'=' + it.value();
            const QString type = d.componentTypes.value(i) == Core::ComponentType::Test ? tr("test") : tr("build");
            html += row(tr("%1. %2 component").arg(i + 1).arg(type),
                        c.component + (params.isEmpty() ? QString() : QLatin1String("  (") + params.join(QStringLiteral(", ")) + u')'));
        }
    }
    const Core::InfrastructureRow &in = d.infrastructure;
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Infrastructure"));
    html += row(d.useExistingInfrastructure ? tr("Existing configuration") : tr("New configuration"), in.name);
    html += row(tr("libvirt URI"), in.uri);
    html += row(tr("VM"), tr("%n vCPU(s)", nullptr, in.vcpus) + QLatin1String(", ") + Format::memoryMiB(in.memoryMiB));
    html += row(tr("Accelerator"), Core::acceleratorName(in.accelerator));
    html += row(tr("Network"), Core::networkModeName(in.network));
    html += row(tr("Keep VM on failure"), in.keepVmOnFailure ? tr("yes") : tr("no"));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Distribution"));
    if (!d.distribute) {
        html += row(tr("Targets"), tr("none: images stay in the catalog"));
    } else {
        html += row(d.useExistingDistribution ? tr("Existing configuration") : tr("New configuration"), d.distribution.name);
        for (const Core::DistributionTarget &t : d.distribution.targets)
            html += row(tr("Target"), DistributionModel::targetText(t) + QStringLiteral(" — ") + t.formats.join(QStringLiteral(", "))
                                          + (t.compression != QLatin1String("none") ? QLatin1String(", ") + t.compression : QString()));
    }
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Problems found"));
    if (m_checking) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Checking against the catalog…"));
    } else if (m_problems.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None. Everything is ready."));
    } else {
        html += QStringLiteral("<ul>");
        for (const Issue &p : m_problems)
            html += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                        .arg(p.severity == Issue::Severity::Error ? tr("Error") : tr("Warning"), esc(p.context), esc(p.message));
        html += QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
}

bool ReviewPage::validatePage()
{
    if (m_checking)
        return false;
    const int errors = int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Issue &i) { return i.severity == Issue::Severity::Error; }));
    if (errors > 0) {
        m_message->showError(tr("%n problem(s) must be fixed first: go Back to the page concerned.", nullptr, errors));
        return false;
    }
    return true;
}

} // namespace Kiln::Widgets
