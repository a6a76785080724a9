// The pipeline wizard against a real temporary catalog: a full pass creates every resource (and
// "Create and run" a PENDING build); each page refuses bad input with a visible message.
#include "catalogfixture.h"

#include "widgets/common/buildstarter.h"
#include "widgets/common/connectioncheck.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"
#include "widgets/wizard/componentselection.h"
#include "widgets/wizard/detailspage.h"
#include "widgets/wizard/distributionpage.h"
#include "widgets/wizard/infrastructurepage.h"
#include "widgets/wizard/pipelinewizard.h"
#include "widgets/wizard/recipepage.h"
#include "widgets/wizard/reviewpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Kiln;
using namespace Kiln::Widgets;
using KilnTest::CatalogFixture;

class TestPipelineWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CatalogFixture> fx;
    Services services;

    std::unique_ptr<PipelineWizard> makeWizard()
    {
        auto w = std::make_unique<PipelineWizard>(services);
        w->show();
        return w;
    }
    // Walks to the recipe page with a valid first page.
    void toRecipe(PipelineWizard &w, const QString &name = QStringLiteral("web"))
    {
        w.detailsPage()->nameEdit()->setText(name);
        w.next();
        QCOMPARE(w.currentId(), int(PipelineWizard::RecipeId));
        QTRY_VERIFY(w.recipePage()->baseImageBox()->count() > 0);
    }
    void fillRecipe(PipelineWizard &w)
    {
        RecipePage *p = w.recipePage();
        p->nameEdit()->setText(QStringLiteral("web-recipe"));
        p->versionEdit()->setText(QStringLiteral("1.2.0"));
        ComponentSelection *c = p->components();
        const int hello = c->addComponent(QStringLiteral("hello"), Core::ComponentType::Build);
        c->addComponent(QStringLiteral("check"), Core::ComponentType::Build); // the catalog corrects the type
        QTRY_VERIFY(!c->isResolving());
        c->setParameter(hello, QStringLiteral("Greeting"), QStringLiteral("hi there"));
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CatalogFixture>();
        fx->standard();
        fx->apply("kind: InfrastructureConfiguration\nname: existing-infra\nuri: test:///default\n---\n"
                  "kind: ImageRecipe\nname: base\nversion: 1.0.0\nparentImage: tinyos\ncomponents:\n  - component: tools\n---\n"
                  "kind: ImagePipeline\nname: taken\nrecipe: base@1.0.0\ninfrastructure: existing-infra\n");
        services = {};
        services.catalog = fx->catalog.get();
        services.testConnection = [](const QString &uri) { return ConnectionCheck::check(uri, 10000); };
        Core::Catalog *cat = fx->catalog.get();
        services.startBuild = [cat](const Core::PipelineRow &p) { return BuildStarter::recordPendingBuild(*cat, p); };
    }
    void cleanup() { fx.reset(); }

    void fullPassCreatesEverythingAndRuns()
    {
        auto w = makeWizard();
        QSignalSpy created(w.get(), &PipelineWizard::pipelineCreated);
        QSignalSpy started(w.get(), &PipelineWizard::buildStarted);
        DetailsPage *d = w->detailsPage();
        d->nameEdit()->setText(QStringLiteral("web"));
        d->cronButton()->setChecked(true);
        d->cronEdit()->setText(QStringLiteral("0 3 * * 1-5"));
        d->testsBox()->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::RecipeId));
        QTRY_VERIFY(w->recipePage()->baseImageBox()->count() > 0);
        fillRecipe(*w);
        // Order by drag and drop: move "check" first and back again.
        ComponentSelection *c = w->recipePage()->components();
        c->moveComponent(1, 0);
        QCOMPARE(c->entries().constFirst().name, QStringLiteral("check"));
        c->moveComponent(0, 1);
        QCOMPARE(c->entries().constFirst().name, QStringLiteral("hello"));
        QCOMPARE(c->entries().at(1).type, Core::ComponentType::Test);
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::InfrastructureId));
        InfrastructurePage *in = w->infrastructurePage();
        QCOMPARE(in->nameEdit()->text(), QStringLiteral("web-infra"));
        in->uriEdit()->setText(QStringLiteral("test:///default"));
        in->vcpuBox()->setValue(2);
        in->memoryBox()->setValue(768);
        in->diskBox()->setValue(8);
        in->acceleratorBox()->setCurrentIndex(in->acceleratorBox()->findData(int(Core::Accelerator::Tcg)));
        in->keepVmBox()->setChecked(true);
        in->testConnection();
        QTRY_COMPARE(in->connectionState(), 1);
        QVERIFY(in->connectionMessage()->text().contains(QStringLiteral("test:///default")));
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::DistributionId));
        DistributionPage *dist = w->distributionPage();
        QTemporaryDir out;
        dist->directoryEdit()->setText(out.filePath(QStringLiteral("images")));
        dist->formatBox(QStringLiteral("raw"))->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::ReviewId));
        QTRY_VERIFY(!w->reviewPage()->isChecking());
        const QString review = w->reviewPage()->summary()->toPlainText();
        for (const char *expected : {"web-recipe 1.2.0", "hello", "Greeting=hi there", "test:///default", "qcow2, raw", "0 3 * * 1-5"})
            QVERIFY2(review.contains(QLatin1String(expected)), expected);
        w->createAndRun();
        QTRY_COMPARE(created.count(), 1);
        QTRY_COMPARE(started.count(), 1);

        Core::Catalog &cat = *fx->catalog;
        auto pipeline = cat.pipelines().get(QStringLiteral("web"));
        QVERIFY(pipeline);
        QCOMPARE(pipeline->schedule, QStringLiteral("0 3 * * 1-5"));
        QCOMPARE(pipeline->recipe, QStringLiteral("web-recipe@1.2.0"));
        QCOMPARE(pipeline->infrastructure, QStringLiteral("web-infra"));
        QCOMPARE(pipeline->distribution, QStringLiteral("web-out"));
        QVERIFY(pipeline->tests);
        auto recipe = cat.recipes().resolve(QStringLiteral("web-recipe@1.2.0"));
        QVERIFY(recipe);
        QCOMPARE(recipe->diskSizeGiB, 8);
        QCOMPARE(recipe->components.size(), 2);
        QCOMPARE(recipe->components.at(0).component, QStringLiteral("hello"));
        QCOMPARE(recipe->components.at(0).parameters.value(QStringLiteral("Greeting")), QStringLiteral("hi there"));
        QCOMPARE(recipe->components.at(1).component, QStringLiteral("check"));
        auto infra = cat.infrastructure().get(QStringLiteral("web-infra"));
        QVERIFY(infra);
        QCOMPARE(infra->uri, QStringLiteral("test:///default"));
        QCOMPARE(infra->vcpus, 2);
        QCOMPARE(infra->memoryMiB, 768);
        QCOMPARE(infra->accelerator, Core::Accelerator::Tcg);
        QVERIFY(infra->keepVmOnFailure);
        auto distribution = cat.distributions().get(QStringLiteral("web-out"));
        QVERIFY(distribution);
        QCOMPARE(distribution->targets.size(), 1);
        QCOMPARE(distribution->targets.at(0).formats, (QStringList{QStringLiteral("qcow2"), QStringLiteral("raw")}));
        Core::BuildFilter f;
        f.pipelineId = pipeline->id;
        auto builds = cat.builds().list(f);
        QVERIFY(builds);
        QCOMPARE(builds->size(), 1);
        QCOMPARE(builds->at(0).state, Core::BuildState::Pending);
        QCOMPARE(started.at(0).at(0).toLongLong(), builds->at(0).id);
    }

    void existingResourcesAndCreateOnly()
    {
        auto w = makeWizard();
        QSignalSpy created(w.get(), &PipelineWizard::pipelineCreated);
        toRecipe(*w, QStringLiteral("second"));
        QTRY_VERIFY(w->recipePage()->existingBox()->count() > 0);
        w->recipePage()->existingButton()->setChecked(true);
        w->next();
        InfrastructurePage *in = w->infrastructurePage();
        QTRY_VERIFY(in->configurationBox()->count() > 1);
        in->configurationBox()->setCurrentIndex(1);
        QCOMPARE(in->uriEdit()->text(), QStringLiteral("test:///default"));
        QVERIFY(!in->uriEdit()->isEnabled());
        w->next();
        w->distributionPage()->distributeBox()->setChecked(false);
        w->next();
        QTRY_VERIFY(!w->reviewPage()->isChecking());
        w->accept();
        QTRY_COMPARE(created.count(), 1);
        auto p = fx->catalog->pipelines().get(QStringLiteral("second"));
        QVERIFY(p);
        QCOMPARE(p->infrastructure, QStringLiteral("existing-infra"));
        QVERIFY(p->distribution.isEmpty());
        QVERIFY(p->recipe.startsWith(QLatin1String("kiln:recipe/base/1.0.0")));
        QCOMPARE(fx->catalog->builds().list()->size(), 0);
    }

    void detailsRejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << QString() << QString() << QStringLiteral("enter a name");
        QTest::newRow("bad characters") << QStringLiteral("web server!") << QString() << QStringLiteral("' '");
        QTest::newRow("taken") << QStringLiteral("taken") << QString() << QStringLiteral("already exists");
        QTest::newRow("cron range") << QStringLiteral("ok") << QStringLiteral("61 * * * *") << QStringLiteral("minute: 61 is outside 0–59");
        QTest::newRow("cron fields") << QStringLiteral("ok") << QStringLiteral("* * *") << QStringLiteral("5 fields");
        QTest::newRow("cron never") << QStringLiteral("ok") << QStringLiteral("0 0 30 2 *") << QStringLiteral("never runs");
    }
    void detailsRejects()
    {
        QFETCH(QString, name);
        QFETCH(QString, cron);
        QFETCH(QString, expected);
        auto w = makeWizard();
        w->detailsPage()->nameEdit()->setText(name);
        if (!cron.isEmpty()) {
            w->detailsPage()->cronButton()->setChecked(true);
            w->detailsPage()->cronEdit()->setText(cron);
        }
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::DetailsId));
        QVERIFY(w->detailsPage()->message()->isVisible());
        QVERIFY2(w->detailsPage()->message()->text().contains(expected), qPrintable(w->detailsPage()->message()->text()));
    }

    void recipeRejects_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad name") << QStringLiteral("name") << QStringLiteral("recipe name");
        QTest::newRow("bad version") << QStringLiteral("version") << QStringLiteral("Version:");
        QTest::newRow("no components") << QStringLiteral("none") << QStringLiteral("add at least one");
        QTest::newRow("required parameter") << QStringLiteral("parameter") << QStringLiteral("Greeting is required");
        QTest::newRow("bad wildcard") << QStringLiteral("wildcard") << QStringLiteral("1.x.3");
        QTest::newRow("no match") << QStringLiteral("nomatch") << QStringLiteral("hello");
    }
    void recipeRejects()
    {
        QFETCH(QString, case_);
        QFETCH(QString, expected);
        auto w = makeWizard();
        toRecipe(*w);
        RecipePage *p = w->recipePage();
        ComponentSelection *c = p->components();
        p->nameEdit()->setText(QStringLiteral("r"));
        if (case_ == QLatin1String("name"))
            p->nameEdit()->setText(QStringLiteral("-bad"));
        if (case_ == QLatin1String("version"))
            p->versionEdit()->setText(QStringLiteral("1.0"));
        if (case_ != QLatin1String("none")) {
            const int key = c->addComponent(QStringLiteral("hello"), Core::ComponentType::Build);
            QTRY_VERIFY(!c->isResolving());
            if (case_ != QLatin1String("parameter"))
                c->setParameter(key, QStringLiteral("Greeting"), QStringLiteral("x"));
            if (case_ == QLatin1String("wildcard"))
                c->setVersion(key, QStringLiteral("1.x.3"));
            if (case_ == QLatin1String("nomatch"))
                c->setVersion(key, QStringLiteral("9.x.x"));
            QTRY_VERIFY(!c->isResolving());
        }
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::RecipeId));
        QVERIFY(p->message()->isVisible());
        QVERIFY2(p->message()->text().contains(expected), qPrintable(p->message()->text()));
    }

    void infrastructureRejects()
    {
        auto w = makeWizard();
        toRecipe(*w);
        fillRecipe(*w);
        w->next();
        InfrastructurePage *in = w->infrastructurePage();
        in->uriEdit()->setText(QStringLiteral("not a uri"));
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::InfrastructureId));
        QVERIFY(in->message()->text().contains(QStringLiteral("not a libvirt URI")));
        in->nameEdit()->setText(QStringLiteral("existing-infra"));
        in->uriEdit()->setText(QStringLiteral("test:///default"));
        w->next();
        QVERIFY(in->message()->text().contains(QStringLiteral("already exists")));
        // An unreachable daemon: the test says why and what to do, and the window stays responsive.
        in->uriEdit()->setText(QStringLiteral("qemu+unix:///system?socket=/nonexistent/kiln.sock"));
        in->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(in->connectionState(), 0, 15000);
        const QString text = in->connectionMessage()->text();
        QVERIFY2(text.contains(QStringLiteral("Cannot connect")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("What to do")), qPrintable(text));
    }

    void distributionRejects_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<bool>("noFormats");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative") << QStringLiteral("images") << false << QStringLiteral("full path");
        QTest::newRow("no format") << QStringLiteral("/tmp/kiln-test-out") << true << QStringLiteral("at least one format");
        QTest::newRow("not a folder") << QStringLiteral("/etc/hostname/out") << false << QStringLiteral("cannot be written");
    }
    void distributionRejects()
    {
        QFETCH(QString, directory);
        QFETCH(bool, noFormats);
        QFETCH(QString, expected);
        auto w = makeWizard();
        toRecipe(*w);
        fillRecipe(*w);
        w->next();
        w->infrastructurePage()->uriEdit()->setText(QStringLiteral("test:///default"));
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::DistributionId));
        DistributionPage *d = w->distributionPage();
        d->directoryEdit()->setText(directory);
        if (noFormats)
            d->formatBox(QStringLiteral("qcow2"))->setChecked(false);
        w->next();
        QCOMPARE(w->currentId(), int(PipelineWizard::DistributionId));
        QVERIFY2(d->message()->text().contains(expected), qPrintable(d->message()->text()));
    }

    void reviewBlocksOnErrors()
    {
        auto w = makeWizard();
        toRecipe(*w);
        fillRecipe(*w);
        w->next();
        w->infrastructurePage()->uriEdit()->setText(QStringLiteral("test:///default"));
        w->next();
        w->distributionPage()->distributeBox()->setChecked(false);
        // The base image disappears after it was chosen: the review finds it.
        const auto images = fx->catalog->images().list();
        for (const auto &i : *images)
            KilnTest::wait(fx->catalog->images().disable(i.id));
        w->next();
        QTRY_VERIFY(!w->reviewPage()->isChecking());
        QVERIFY(!w->reviewPage()->problems().isEmpty());
        QVERIFY(w->reviewPage()->summary()->toPlainText().contains(QStringLiteral("Error")));
        w->accept();
        QVERIFY(w->reviewPage()->message()->text().contains(QStringLiteral("must be fixed")));
        QVERIFY(!fx->catalog->pipelines().get(QStringLiteral("web")));
    }
};

QTEST_MAIN(TestPipelineWizard)
#include "tst_pipelinewizard.moc"
