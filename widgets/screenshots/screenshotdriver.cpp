#include "screenshotdriver.h"
#include "widgets/buildmonitor/buildmonitorpanel.h"
#include "widgets/catalog/componentdetails.h"
#include "widgets/catalog/imagedetails.h"
#include "widgets/catalog/versioncompare.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/issues/issuesdock.h"
#include "widgets/mainwindow.h"
#include "widgets/models/versiontreemodel.h"
#include "widgets/panels/componentspanel.h"
#include "widgets/panels/imagespanel.h"
#include "widgets/panels/listdetailpanel.h"
#include "widgets/wizard/componentselection.h"
#include "widgets/wizard/detailspage.h"
#include "widgets/wizard/distributionpage.h"
#include "widgets/wizard/infrastructurepage.h"
#include "widgets/wizard/pipelinewizard.h"
#include "widgets/wizard/recipepage.h"

#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"

#include "core/catalog/catalog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>

namespace Kiln::Widgets {

ScreenshotDriver::ScreenshotDriver(MainWindow &window, Services &services, const QString &outputDir, QObject *parent)
    : QObject(parent), m_window(window), m_services(services), m_dir(outputDir)
{
    addStandardSteps();
    addWizardSteps();
}

ScreenshotDriver::~ScreenshotDriver() = default;

void ScreenshotDriver::addStep(const QString &name, std::function<void()> action, int settleMs, std::function<QWidget *()> target)
{
    m_steps.append({name, std::move(action), settleMs, std::move(target)});
}

void ScreenshotDriver::start()
{
    if (!QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "kiln: cannot create %s\n", qPrintable(QDir::toNativeSeparators(m_dir)));
        m_exitCode = 1;
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    m_window.resize(1360, 820);
    QTimer::singleShot(1200, this, &ScreenshotDriver::runNext); // first paint and first pages
}

void ScreenshotDriver::runNext()
{
    if (m_next > 0) {
        const Step &done = m_steps.at(m_next - 1);
        if (!done.name.isEmpty())
            grab(done.name, done.target ? done.target() : &m_window);
    }
    if (m_next >= m_steps.size()) {
        std::printf("kiln: wrote %lld screenshots to %s\n", static_cast<long long>(m_written.size()), qPrintable(m_dir));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    const Step &step = m_steps.at(m_next++);
    if (step.action)
        step.action();
    QTimer::singleShot(step.settleMs, this, &ScreenshotDriver::runNext);
}

void ScreenshotDriver::grab(const QString &name, QWidget *widget)
{
    if (!widget)
        return;
    const QString path = QDir(m_dir).filePath(name + QLatin1String(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "kiln: could not write %s\n", qPrintable(path));
        m_exitCode = 1;
        return;
    }
    m_written << path;
}

static void selectFirst(QTreeView *view, bool deep)
{
    QAbstractItemModel *m = view->model();
    if (!m || m->rowCount() == 0)
        return;
    QModelIndex i = m->index(0, 0);
    if (deep) {
        view->expand(i);
        if (m->rowCount(i) > 0) {
            i = m->index(0, 0, i);
        }
    }
    view->setCurrentIndex(i);
}

void ScreenshotDriver::addStandardSteps()
{
    MainWindow &w = m_window;
    auto show = [&w](const QString &key, bool deep) {
        return [&w, key, deep] {
            w.showPanel(key);
            if (auto *p = qobject_cast<ListDetailPanel *>(w.panel(key)))
                QTimer::singleShot(400, p, [p, deep] { selectFirst(p->view(), deep); });
        };
    };
    addStep(QStringLiteral("01-pipelines"), show(QStringLiteral("pipelines"), false), 1200);
    addStep(QStringLiteral("02-recipes"), show(QStringLiteral("recipes"), true), 1200);
    addStep(QStringLiteral("03-components"), show(QStringLiteral("components"), true), 1200);
    addStep(QStringLiteral("04-components-diff"), [&w] {
        w.componentsPanel()->details()->tabs()->setCurrentIndex(1);
    }, 900);
    addStep(QStringLiteral("05-images"), [&w] {
        w.showPanel(QStringLiteral("images"));
        ImagesPanel *p = w.imagesPanel();
        QTimer::singleShot(400, p, [p] {
            // Expand the first name and select its newest version.
            selectFirst(p->view(), true);
        });
    }, 1500);
    // A built image, when the catalog has one: its lineage and package inventory.
    Core::Catalog *catalog = m_services.catalog;
    addStep(QStringLiteral("06-image-lineage"), [&w, catalog] {
        if (auto built = catalog->images().resolve(QStringLiteral("kiln:image/web/1.1.0/1")))
            w.imagesPanel()->showImage(built->id);
        w.imagesPanel()->details()->tabs()->setCurrentIndex(1);
    }, 1200);
    addStep(QStringLiteral("07-image-packages"), [&w] {
        ImageDetails *d = w.imagesPanel()->details();
        d->tabs()->setCurrentIndex(2);
        d->packageSearch()->setText(QStringLiteral("lib"));
    }, 900);
    addStep(QStringLiteral("08-images-filtered"), [&w] {
        ImagesPanel *p = w.imagesPanel();
        p->details()->tabs()->setCurrentIndex(0);
        p->statusFilter()->setCurrentIndex(3); // Failed
    }, 1200);
    addStep({}, [&w] { w.imagesPanel()->statusFilter()->setCurrentIndex(0); }, 500);
    addStep(QStringLiteral("09-infrastructure"), show(QStringLiteral("infrastructure"), false), 1200);
    addStep(QStringLiteral("10-distribution"), show(QStringLiteral("distribution"), false), 1200);
    addStep(QStringLiteral("11-builds"), show(QStringLiteral("builds"), false), 1500);
    addStep(QStringLiteral("11-builds-failed"), [&w] {
        auto *p = qobject_cast<ListDetailPanel *>(w.panel(QStringLiteral("builds")));
        if (p && p->view()->model()->rowCount() > 1)
            p->view()->setCurrentIndex(p->view()->model()->index(1, 0));
    }, 1200);
    addStep(QStringLiteral("12-build-monitor"), [&w] { w.showPanel(QStringLiteral("monitor")); }, 1500);
    addStep(QStringLiteral("13-issues"), [&w] {
        Issue issue;
        issue.severity = Issue::Severity::Error;
        issue.message = QCoreApplication::translate("ScreenshotDriver", "unknown action 'ExecuteBsh'; did you mean 'ExecuteBash'?");
        issue.target = QStringLiteral("/home/user/components/hello.yml");
        issue.line = 12;
        issue.column = 15;
        issue.context = QStringLiteral("build / InstallHello");
        Issue warning = issue;
        warning.severity = Issue::Severity::Warning;
        warning.message = QCoreApplication::translate("ScreenshotDriver", "the parameter 'Unused' is never referenced");
        warning.line = 4;
        warning.column = 5;
        warning.context.clear();
        w.issues()->setIssues(QStringLiteral("component-import"), {issue, warning});
        w.showPanel(QStringLiteral("pipelines"));
    }, 800);
    addStep({}, [&w] {
        w.issues()->clear();
        w.issuesDock()->hide();
    }, 300);
}

void ScreenshotDriver::addWizardSteps()
{
    auto wizard = [this]() -> QWidget * { return m_wizard; };
    addStep({}, [this] {
        m_wizard = new PipelineWizard(m_services, &m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
    }, 600);
    // Page 1 with a bad name: the message in place.
    addStep(QStringLiteral("20-wizard-details-error"), [this] {
        m_wizard->detailsPage()->nameEdit()->setText(QStringLiteral("web server!"));
        m_wizard->next();
    }, 500, wizard);
    addStep(QStringLiteral("21-wizard-details"), [this] {
        DetailsPage *p = m_wizard->detailsPage();
        p->nameEdit()->setText(QStringLiteral("web-nightly"));
        p->cronButton()->setChecked(true);
        p->cronEdit()->setText(QStringLiteral("0 3 * * 1-5"));
        p->message()->clearMessage();
    }, 500, wizard);
    addStep(QStringLiteral("22-wizard-recipe"), [this] {
        m_wizard->next();
        RecipePage *p = m_wizard->recipePage();
        QTimer::singleShot(700, p, [p] {
            ComponentSelection *c = p->components();
            QAbstractItemModel *m = c->catalogView()->model();
            for (int r = 0; r < m->rowCount() && r < 3; ++r)
                c->addComponent(m->index(r, 0).data(VersionTreeModel::NameRole).toString(),
                                r == 2 ? Core::ComponentType::Test : Core::ComponentType::Build, r == 1 ? QStringLiteral("1.x.x") : QStringLiteral("x.x.x"));
            if (c->selectedList()->topLevelItemCount() > 0)
                c->selectedList()->setCurrentItem(c->selectedList()->topLevelItem(0));
        });
    }, 1800, wizard);
    addStep(QStringLiteral("23-wizard-infrastructure"), [this] {
        // Fill required parameters the sample components declare, then go on.
        ComponentSelection *c = m_wizard->recipePage()->components();
        for (const auto &e : c->entries())
            for (const auto &p : e.parameters)
                if (p.required)
                    c->setParameter(e.key, p.name, QStringLiteral("hello from Kiln"));
        m_wizard->next();
        QTimer::singleShot(100, m_wizard, [this] { m_wizard->infrastructurePage()->testConnection(); });
    }, 2500, wizard);
    addStep(QStringLiteral("24-wizard-distribution"), [this] {
        m_wizard->next();
        m_wizard->distributionPage()->formatBox(QStringLiteral("raw"))->setChecked(true);
    }, 700, wizard);
    addStep(QStringLiteral("25-wizard-review"), [this] { m_wizard->next(); }, 1500, wizard);
    addStep({}, [this] { m_wizard->reject(); }, 300);
}

} // namespace Kiln::Widgets
