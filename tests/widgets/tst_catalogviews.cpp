// The catalog views over a prepared catalog: filters show the right rows, the details show the
// selected image/component, the lazy model loads pages only as needed, and every model passes
// QAbstractItemModelTester while it loads.
#include "catalogfixture.h"

#include "widgets/catalog/componentdetails.h"
#include "widgets/catalog/imagedetails.h"
#include "widgets/catalog/versioncompare.h"
#include "widgets/common/detailform.h"
#include "widgets/common/diffview.h"
#include "widgets/common/services.h"
#include "widgets/models/buildmodel.h"
#include "widgets/models/componentcatalogmodel.h"
#include "widgets/models/imagecatalogmodel.h"
#include "widgets/models/pipelinemodel.h"
#include "widgets/models/recipecatalogmodel.h"
#include "widgets/panels/buildspanel.h"
#include "widgets/panels/componentspanel.h"
#include "widgets/panels/imagespanel.h"
#include "widgets/panels/pipelinespanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace Kiln;
using namespace Kiln::Widgets;
using KilnTest::CatalogFixture;

static QStringList topNames(QAbstractItemModel *m)
{
    QStringList names;
    for (int r = 0; r < m->rowCount(); ++r)
        names << m->index(r, 0).data().toString();
    return names;
}

class TestCatalogViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CatalogFixture> fx;
    qint64 deprecatedId = 0;
    qint64 failedId = 0;

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<CatalogFixture>();
        fx->standard(); // tinyos 1.0.0, 1.1.0; components hello ×2, tools, check
        fx->addImage(QStringLiteral("alpine"), QStringLiteral("3.19.0"));
        const auto old = fx->addImage(QStringLiteral("alpine"), QStringLiteral("3.18.0"));
        deprecatedId = KilnTest::wait(fx->catalog->images().deprecate(old.id, QStringLiteral("old"))).id;
        fx->addImage(QStringLiteral("debian"), QStringLiteral("12.0.0"), QStringLiteral("ab").repeated(32));
        // A built image that failed (through the build engine's API).
        fx->apply("kind: InfrastructureConfiguration\nname: i\nuri: test:///default\n---\n"
                  "kind: ImageRecipe\nname: web\nversion: 1.0.0\nparentImage: tinyos\ncomponents:\n  - component: tools\n---\n"
                  "kind: ImagePipeline\nname: p\nrecipe: web@1.0.0\ninfrastructure: i\n");
        Core::NewBuild nb;
        nb.pipelineName = QStringLiteral("p");
        nb.pipelineId = fx->catalog->pipelines().get(QStringLiteral("p"))->id;
        const auto build = KilnTest::wait(fx->catalog->builds().create(nb));
        Core::NewBuiltImage ni;
        ni.name = QStringLiteral("web");
        ni.version = *Core::SemVer::parse(QStringLiteral("1.0.0"));
        ni.recipeId = fx->catalog->recipes().resolve(QStringLiteral("web"))->id;
        ni.baseImageId = fx->catalog->images().resolve(QStringLiteral("tinyos"))->id;
        ni.buildId = build.id;
        const auto img = KilnTest::wait(fx->catalog->images().createForBuild(ni));
        KilnTest::wait(fx->catalog->images().setStatus(img.id, Core::ImageStatus::Failed, QStringLiteral("boom")));
        failedId = img.id;
        Core::FailureContext fc;
        fc.stage = QStringLiteral("BUILDING");
        fc.message = QStringLiteral("step failed");
        KilnTest::wait(fx->catalog->builds().setState(build.id, Core::BuildState::Creating));
        KilnTest::wait(fx->catalog->builds().setFailed(build.id, fc));
    }
    void cleanup() { fx.reset(); }

    void imagesFilters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status"); // index in the status combo
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << 0 << QStringList{QStringLiteral("alpine"), QStringLiteral("debian"), QStringLiteral("tinyos"), QStringLiteral("web")};
        QTest::newRow("name prefix") << QStringLiteral("al") << 0 << QStringList{QStringLiteral("alpine")};
        QTest::newRow("failed") << QString() << 3 << QStringList{QStringLiteral("web")};
        QTest::newRow("deprecated") << QString() << 5 << QStringList{QStringLiteral("alpine")};
        QTest::newRow("nothing") << QStringLiteral("zz") << 0 << QStringList{};
    }
    void imagesFilters()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(QStringList, expected);
        ImagesPanel panel(*fx->catalog);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.panelShown();
        panel.filterEdit()->setText(name);
        panel.statusFilter()->setCurrentIndex(status);
        QTRY_COMPARE(topNames(panel.model()), expected);
        QTRY_COMPARE(panel.isShowingEmptyMessage(), expected.isEmpty());
        if (expected.isEmpty())
            QTRY_VERIFY(panel.emptyMessage().contains(QStringLiteral("No image matches")));
    }

    void imagesDeprecatedVersionOnly()
    {
        ImagesPanel panel(*fx->catalog);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.panelShown();
        panel.statusFilter()->setCurrentIndex(5); // Deprecated
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        const QModelIndex alpine = panel.model()->index(0, 0);
        panel.view()->expand(alpine);
        QTRY_COMPARE(panel.model()->rowCount(alpine), 1);
        QCOMPARE(panel.model()->index(0, 0, alpine).data().toString(), QStringLiteral("3.18.0"));
    }

    void imageDetails()
    {
        ImagesPanel panel(*fx->catalog);
        panel.show();
        panel.panelShown();
        panel.filterEdit()->setText(QStringLiteral("debian"));
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        const QModelIndex debian = panel.model()->index(0, 0);
        panel.view()->expand(debian);
        QTRY_COMPARE(panel.model()->rowCount(debian), 1);
        panel.view()->setCurrentIndex(panel.model()->index(0, 0, debian));
        ImageDetails *d = panel.details();
        QTRY_COMPARE(d->overview()->valueOf(QStringLiteral("SHA-256")), QStringLiteral("ab").repeated(32));
        QCOMPARE(d->overview()->valueOf(QStringLiteral("Format")), QStringLiteral("qcow2"));
        QCOMPARE(d->overview()->valueOf(QStringLiteral("Status")), QStringLiteral("Available"));
        QCOMPARE(d->overview()->valueOf(QStringLiteral("Reference")), QStringLiteral("kiln:image/debian/12.0.0/1"));
    }

    void failedImageLineage()
    {
        ImagesPanel panel(*fx->catalog);
        panel.show();
        panel.panelShown();
        panel.showImage(failedId);
        ImageDetails *d = panel.details();
        QTRY_COMPARE(d->imageId(), failedId);
        QCOMPARE(d->overview()->valueOf(QStringLiteral("Status")), QStringLiteral("Failed"));
        QCOMPARE(d->overview()->valueOf(QStringLiteral("Reason")), QStringLiteral("boom"));
        QVERIFY(d->lineage()->valueOf(QStringLiteral("Base image")).contains(QStringLiteral("tinyos")));
        QVERIFY(d->lineage()->valueOf(QStringLiteral("Recipe")).contains(QStringLiteral("kiln:recipe/web/1.0.0/1")));
    }

    void lazyModelLoadsPages()
    {
        for (int i = 0; i < 450; ++i)
            fx->addImage(QStringLiteral("many"), QStringLiteral("1.0.%1").arg(i));
        // No model tester here: it fetches on its own, and this test counts the pages loaded.
        ImageCatalogModel model(*fx->catalog);
        model.setPageSize(100);
        model.setFilter(QStringLiteral("many"), {}, {});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex many = model.index(0, 0);
        QCOMPARE(many.data(VersionTreeModel::VersionRole).toString(), QStringLiteral("1.0.449")); // newest first
        QVERIFY(model.canFetchMore(many));
        model.fetchMore(many);
        QTRY_COMPARE(model.rowCount(many), 100);
        QCOMPARE(model.loadedEntryCount(), 100);
        model.fetchMore(many);
        QTRY_COMPARE(model.rowCount(many), 200);
        while (model.canFetchMore(many) || model.isFetching()) {
            model.fetchMore(many);
            QTest::qWait(1);
        }
        QCOMPARE(model.rowCount(many), 450);
        QCOMPARE(model.index(449, 0, many).data().toString(), QStringLiteral("1.0.0"));
        QVERIFY(!model.canFetchMore(many));
    }

    // In the Images panel the names after the first page load as the list scrolls to its end,
    // not all at once (QTreeView would ask for every page, one after another, at each layout).
    void imagesPanelPagesNamesOnScroll()
    {
        for (int i = 0; i < 450; ++i)
            fx->addImage(QStringLiteral("n%1").arg(i, 3, 10, QChar(u'0')), QStringLiteral("1.0.0"));
        ImagesPanel panel(*fx->catalog);
        panel.model()->setPageSize(100);
        panel.resize(900, 500);
        panel.show();
        panel.panelShown();
        QTRY_COMPARE(panel.model()->rowCount(), 100);
        QTest::qWait(300); // layouts and the page's arrival: no further page unasked
        QCOMPARE(panel.model()->rowCount(), 100);
        QVERIFY(panel.model()->hasMoreNames());
        const int names = 450 + 3; // and the fixture's alpine, debian, tinyos (web is a failed build)
        for (int guard = 0; guard < 10 && panel.model()->rowCount() < names; ++guard) {
            const int before = panel.model()->rowCount();
            panel.view()->scrollToBottom();
            QTRY_VERIFY(panel.model()->rowCount() > before);
            QVERIFY2(panel.model()->rowCount() <= before + 100, "more than one page per scroll");
        }
        QTRY_VERIFY(!panel.model()->hasMoreNames());
        QVERIFY(panel.model()->rowCount() >= names);
    }

    // Keyset pages meet inside a name's versions and inside one version's builds (ties in
    // version): every row arrives once, in order, under a model tester.
    void lazyModelPagesAcrossTies()
    {
        QStringList expectedNames;
        for (int n = 0; n < 16; ++n) {
            const QString name = QStringLiteral("n%1").arg(n, 2, 10, QChar(u'0'));
            fx->addImage(name, QStringLiteral("1.0.0"));
            expectedNames << name;
        }
        for (int v = 0; v < 10; ++v)
            for (int b = 0; b < 3; ++b) // three builds of each version: other content, same version
                fx->addImage(QStringLiteral("ties"), QStringLiteral("1.%1.0").arg(v + 5),
                             QString::number(v * 10 + b + 1).rightJustified(64, u'c'));
        expectedNames << QStringLiteral("alpine") << QStringLiteral("debian") << QStringLiteral("ties") << QStringLiteral("tinyos")
                      << QStringLiteral("web");
        expectedNames.sort();
        ImageCatalogModel model(*fx->catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setFilter({}, {}, {});
        auto fetchAll = [&](const QModelIndex &parent) {
            for (int guard = 0; guard < 100 && (model.canFetchMore(parent) || model.isFetching()); ++guard) {
                model.fetchMore(parent);
                QTest::qWait(1);
            }
        };
        QSignalSpy failures(&model, &VersionTreeModel::loadFailed);
        fetchAll({});
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(topNames(&model), expectedNames); // 21 names in pages of 7: none twice, none missing
        const QModelIndex ties = model.index(int(expectedNames.indexOf(QStringLiteral("ties"))), 0);
        QCOMPARE(ties.data(VersionTreeModel::ReferenceRole).toString(), QStringLiteral("kiln:image/ties/1.14.0/3"));
        fetchAll(ties);
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(ties), 10);
        QStringList builds;
        for (int v = 0; v < model.rowCount(ties); ++v) {
            const QModelIndex version = model.index(v, 0, ties);
            QCOMPARE(version.data().toString(), QStringLiteral("1.%1.0").arg(14 - v)); // 1.14.0 … 1.5.0, numeric
            for (int b = 0; b < model.rowCount(version); ++b)
                builds << model.index(b, 0, version).data(VersionTreeModel::KeyRole).toString();
        }
        QStringList expectedBuilds;
        for (int v = 14; v >= 5; --v)
            for (int b = 3; b >= 1; --b)
                expectedBuilds << QStringLiteral("ties/1.%1.0/%2").arg(v).arg(b);
        QCOMPARE(builds, expectedBuilds); // 30 rows in pages of 7: boundaries inside versions
        QCOMPARE(failures.size(), 0);
    }

    void componentModelPagesNames()
    {
        ComponentCatalogModel model(*fx->catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(1);
        model.setFilter({}, std::nullopt);
        for (int guard = 0; guard < 20 && (model.canFetchMore({}) || model.isFetching()); ++guard) {
            model.fetchMore({});
            QTest::qWait(1);
        }
        QTRY_VERIFY(!model.isFetching());
        QTRY_COMPARE(topNames(&model), (QStringList{QStringLiteral("check"), QStringLiteral("hello"), QStringLiteral("tools")}));
        const QModelIndex hello = model.index(1, 0);
        for (int guard = 0; guard < 20 && (model.canFetchMore(hello) || model.isFetching()); ++guard) {
            model.fetchMore(hello);
            QTest::qWait(1);
        }
        QTRY_COMPARE(model.rowCount(hello), 2);
        QCOMPARE(model.index(0, 0, hello).data().toString(), QStringLiteral("1.1.0"));
        QCOMPARE(model.index(1, 0, hello).data().toString(), QStringLiteral("1.0.0"));
    }

    void componentsTypeFilterAndDiff()
    {
        ComponentsPanel panel(*fx->catalog, nullptr);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.panelShown();
        QTRY_COMPARE(topNames(panel.model()), (QStringList{QStringLiteral("check"), QStringLiteral("hello"), QStringLiteral("tools")}));
        panel.typeFilter()->setCurrentIndex(2); // Test components
        QTRY_COMPARE(topNames(panel.model()), QStringList{QStringLiteral("check")});
        panel.typeFilter()->setCurrentIndex(0);
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        const QModelIndex hello = panel.model()->index(1, 0);
        panel.view()->expand(hello);
        QTRY_COMPARE(panel.model()->rowCount(hello), 2);
        panel.view()->setCurrentIndex(panel.model()->index(0, 0, hello)); // 1.1.0
        ComponentDetails *d = panel.details();
        QTRY_COMPARE(d->component().version.toString(), QStringLiteral("1.1.0"));
        QVERIFY(d->component().document.contains(QStringLiteral("Greeting")));
        QTRY_COMPARE(d->compare()->picker()->count(), 1); // the other version, 1.0.0
        QTRY_VERIFY(d->compare()->diffView()->summary().contains(QStringLiteral("identical")));
    }

    void buildsStateFilter()
    {
        BuildsPanel panel(*fx->catalog);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.panelShown();
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.stateFilter()->setCurrentIndex(2); // Succeeded
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.isShowingEmptyMessage());
        panel.stateFilter()->setCurrentIndex(3); // Failed
        QTRY_COMPARE(panel.model()->rowCount(), 1);
    }

    // Thousands of builds: the newest page first, older pages as the list scrolls to its end (by
    // id, so none is skipped or listed twice); a refresh keeps what was scrolled to.
    void buildsPageAsTheListScrolls()
    {
        const int total = 1201; // the fixture's failed build and 1,200 more: three pages of 500
        for (int i = 1; i < total; ++i) {
            Core::NewBuild nb;
            nb.pipelineName = QStringLiteral("bulk");
            KilnTest::wait(fx->catalog->builds().create(nb));
        }
        BuildsPanel panel(*fx->catalog);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(900, 500);
        panel.show();
        panel.panelShown();
        QTRY_COMPARE(panel.model()->rowCount(), 500);
        QVERIFY2(panel.countText().contains(QStringLiteral("scroll down")), qPrintable(panel.countText()));
        for (int expected : {1000, total}) {
            panel.view()->scrollToBottom();
            QTRY_COMPARE(panel.model()->rowCount(), expected);
        }
        QVERIFY(!panel.model()->hasOlderRows());
        QVERIFY2(panel.countText().startsWith(QStringLiteral("%1 build").arg(total)) && !panel.countText().contains(QStringLiteral("scroll")),
                 qPrintable(panel.countText()));
        QList<qint64> ids;
        for (const Core::BuildRow &b : panel.model()->rows())
            ids << b.id;
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), total);
        QVERIFY(std::is_sorted(ids.crbegin(), ids.crend())); // newest first
        // A new build arrives: the refresh lists it on top and keeps every older row.
        Core::NewBuild nb;
        nb.pipelineName = QStringLiteral("bulk");
        const qint64 newest = KilnTest::wait(fx->catalog->builds().create(nb)).id;
        panel.refresh();
        QTRY_COMPARE(panel.model()->rowCount(), total + 1);
        QCOMPARE(panel.model()->rowAt(0).id, newest);
        // A state filter pages too: only the one failed build.
        panel.stateFilter()->setCurrentIndex(3); // Failed
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        QVERIFY(!panel.model()->hasOlderRows());
    }

    void pipelinesPanel()
    {
        Services services;
        services.catalog = fx->catalog.get();
        PipelinesPanel panel(services);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.panelShown();
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.selectId(panel.model()->rowAt(0).id);
        QTRY_COMPARE(panel.form()->valueOf(QStringLiteral("Infrastructure")), QStringLiteral("i"));
        QTRY_COMPARE(panel.recentBuilds()->rowCount(), 1);
        panel.filterEdit()->setText(QStringLiteral("zzz"));
        QCOMPARE(panel.proxy()->rowCount(), 0);
        QVERIFY(panel.isShowingEmptyMessage());
    }

    void recipeModel()
    {
        RecipeCatalogModel model(*fx->catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex web = model.index(0, 0);
        model.fetchMore(web);
        QTRY_COMPARE(model.rowCount(web), 1);
        const QModelIndex v = model.index(0, 0, web);
        QCOMPARE(model.rowCount(v), 1);
        QCOMPARE(model.index(0, RecipeCatalogModel::ParentColumn, v).data().toString(), QStringLiteral("tinyos"));
    }
};

QTEST_MAIN(TestCatalogViews)
#include "tst_catalogviews.moc"
