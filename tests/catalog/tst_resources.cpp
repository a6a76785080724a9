// Declarative resource files: located errors for bad input, apply in one transaction, and the
// apply → export round trip against golden files (tests/data/catalog/resources/<case>/).
// KILN_UPDATE_GOLDEN=1 rewrites expected.yaml from the current output (review the diff!).
#include "testutil.h"

#include "core/catalog/resourceapplier.h"
#include "core/catalog/resourcefile.h"

#include <QDirIterator>

using namespace Kiln::Core;

class TestResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseErrors_data();
    void parseErrors();
    void parseAcceptsTheIssueExample();
    void roundTrip_data();
    void roundTrip();
    void applyIsAllOrNothing();
    void applyReportsReferenceErrorsAtTheField();
    void applyUpdatesAndWarns();
    void exportFilters();

private:
    bool prepare(KilnTest::TempCatalog &c); // the components and images the examples refer to
};

bool TestResources::prepare(KilnTest::TempCatalog &c)
{
    if (!c.open())
        return false;
    if (!KilnTest::addComponent(*c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0")))
        return false;
    NewImportedImage i;
    i.name = QStringLiteral("tinyos");
    i.version = {1, 0, 0};
    i.diskPath = QStringLiteral("/nonexistent/tinyos.qcow2");
    i.format = QStringLiteral("qcow2");
    return bool(c->images().registerImport(i).result());
}

void TestResources::parseErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error"); // must appear in the message, location included
    QTest::newRow("yaml syntax") << QByteArray("kind: ImageRecipe\nname: [web\n") << "f.yaml:3:1: error: YAML syntax";
    QTest::newRow("no kind") << QByteArray("name: web\n") << "f.yaml:1:1: error: the document has no 'kind'";
    QTest::newRow("unknown kind") << QByteArray("kind: ImageRecipes\nname: x\n") << "f.yaml:1:7: error: unknown kind 'ImageRecipes'; did you mean 'ImageRecipe'?";
    QTest::newRow("misspelt field") << QByteArray("kind: InfrastructureConfiguration\nname: l\nmemoryMb: 512\n")
                                    << "f.yaml:3:1: error: InfrastructureConfiguration: unknown field 'memoryMb'; did you mean 'memoryMiB'?";
    QTest::newRow("missing field") << QByteArray("kind: ImageRecipe\nname: web\nversion: 1.0.0\ncomponents: [hello]\n")
                                   << "f.yaml:1:1: error: ImageRecipe: the required field 'parentImage' is missing";
    QTest::newRow("bad version") << QByteArray("kind: ImageRecipe\nname: web\nversion: 1.0\nparentImage: t\ncomponents: [h]\n")
                                 << "f.yaml:3:10: error: version '1.0' must have three parts";
    QTest::newRow("not a number") << QByteArray("kind: InfrastructureConfiguration\nname: l\nvcpus: two\n")
                                  << "f.yaml:3:8: error: 'vcpus' must be a whole number from 1 to 256, not 'two'";
    QTest::newRow("out of range") << QByteArray("kind: InfrastructureConfiguration\nname: l\nmemoryMiB: 1\n")
                                  << "f.yaml:3:12: error: 'memoryMiB' must be a whole number from 64";
    QTest::newRow("bad choice") << QByteArray("kind: InfrastructureConfiguration\nname: l\naccelerator: hvf\n")
                                << "f.yaml:3:14: error: 'accelerator' must be one of auto, kvm, tcg, not 'hvf'";
    QTest::newRow("bad bool") << QByteArray("kind: ImagePipeline\nname: p\nrecipe: r\ninfrastructure: i\ntests: yes please\n")
                              << "f.yaml:5:8: error: 'tests' must be true or false";
    QTest::newRow("duplicate key") << QByteArray("kind: ImagePipeline\nname: p\nname: q\nrecipe: r\ninfrastructure: i\n")
                                   << "f.yaml:3:1: error: ImagePipeline: 'name' is given twice";
    QTest::newRow("bad name") << QByteArray("kind: InfrastructureConfiguration\nname: my infra\n")
                              << "f.yaml:2:7: error: the InfrastructureConfiguration name 'my infra' contains ' '";
    QTest::newRow("components not a list") << QByteArray("kind: ImageRecipe\nname: w\nversion: 1.0.0\nparentImage: t\ncomponents: hello\n")
                                           << "f.yaml:5:13: error: 'components' must be a list";
    QTest::newRow("component entry") << QByteArray("kind: ImageRecipe\nname: w\nversion: 1.0.0\nparentImage: t\ncomponents:\n"
                                                   "  - component: a\n  - parameters: {x: y}\n")
                                     << "f.yaml:7:5: error: components[1] has no 'component' reference";
    QTest::newRow("target needs directory or pool") << QByteArray("kind: DistributionConfiguration\nname: d\ntargets:\n"
                                                                  "  - formats: [qcow2]\n")
                                                    << "f.yaml:4:5: error: targets[0] needs exactly one of 'directory' or 'pool'";
    QTest::newRow("second document") << QByteArray("kind: InfrastructureConfiguration\nname: ok\n---\nkind: Pipeline\n")
                                     << "f.yaml:4:7: error: unknown kind 'Pipeline'";
    QTest::newRow("timeout stage") << QByteArray("kind: InfrastructureConfiguration\nname: l\ntimeouts:\n  building: 5\n")
                                   << "f.yaml:4:3: error: timeouts: unknown field 'building'; did you mean 'build'?";
    QTest::newRow("empty file") << QByteArray("# nothing\n") << "f.yaml: error: no resource documents found";
    QTest::newRow("scalar document") << QByteArray("just text\n") << "f.yaml:1:1: error: a resource document must be a mapping";
}

void TestResources::parseErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    auto r = ResourceFile::parse(yaml, QStringLiteral("f.yaml"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestResources::parseAcceptsTheIssueExample()
{
    auto r = ResourceFile::load(QStringLiteral(KILN_TEST_DATA_DIR "/catalog/resources/complete/input.yaml"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->size(), 6);
    const auto &recipe = std::get<NewRecipe>(r->at(0).resource);
    QCOMPARE(recipe.components.at(0).parameters.value(QStringLiteral("Greeting")), QStringLiteral("hi"));
    QCOMPARE(r->at(0).where(QStringLiteral("components[1]")).line, 10);
    const auto &infra = std::get<InfrastructureRow>(r->at(4).resource);
    QCOMPARE(infra.timeouts.build, 10800);
    QCOMPARE(infra.timeouts.create, StageTimeouts{}.create); // default kept
}

void TestResources::roundTrip_data()
{
    QTest::addColumn<QString>("dir");
    QDirIterator it(QStringLiteral(KILN_TEST_DATA_DIR "/catalog/resources"), QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList dirs;
    while (it.hasNext())
        dirs << it.next();
    dirs.sort();
    for (const QString &d : dirs)
        QTest::newRow(qPrintable(QFileInfo(d).fileName())) << d;
}

void TestResources::roundTrip()
{
    QFETCH(QString, dir);
    KilnTest::TempCatalog first;
    QVERIFY(prepare(first));
    auto docs = ResourceFile::load(dir + QStringLiteral("/input.yaml"));
    QVERIFY2(docs, qPrintable(docs ? QString() : docs.error().message));
    auto applied = ResourceApplier::apply(*first.catalog, *docs).result();
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    for (const AppliedResource &a : applied->resources)
        QCOMPARE(a.action, AppliedResource::Action::Created);
    auto exported = ResourceApplier::exportDocuments(*first.catalog);
    QVERIFY(exported);
    const QByteArray yaml = ResourceFile::serialize(*exported);

    const QString expectedPath = dir + QStringLiteral("/expected.yaml");
    if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml);
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), "missing expected.yaml (run with KILN_UPDATE_GOLDEN=1 once, then review it)");
    QCOMPARE(QString::fromUtf8(yaml), QString::fromUtf8(expected.readAll()));

    // Applying the export again changes nothing.
    auto again = ResourceApplier::apply(*first.catalog, *ResourceFile::parse(yaml, QStringLiteral("export.yaml"))).result();
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    for (const AppliedResource &a : again->resources)
        QVERIFY2(a.action == AppliedResource::Action::Unchanged, qPrintable(a.reference));

    // Applying it to another catalog reproduces the same resources.
    KilnTest::TempCatalog second;
    QVERIFY(prepare(second));
    auto reparsed = ResourceFile::parse(yaml, QStringLiteral("export.yaml"));
    QVERIFY2(reparsed, qPrintable(reparsed ? QString() : reparsed.error().message));
    QVERIFY(ResourceApplier::apply(*second.catalog, *reparsed).result());
    QCOMPARE(QString::fromUtf8(ResourceFile::serialize(*ResourceApplier::exportDocuments(*second.catalog))),
             QString::fromUtf8(yaml));
}

void TestResources::applyIsAllOrNothing()
{
    KilnTest::TempCatalog c;
    QVERIFY(prepare(c));
    const QByteArray yaml("kind: InfrastructureConfiguration\nname: fine\n---\n"
                          "kind: ImagePipeline\nname: p\nrecipe: missing@1.x.x\ninfrastructure: fine\n");
    auto docs = ResourceFile::parse(yaml, QStringLiteral("two.yaml"));
    QVERIFY(docs);
    auto r = ResourceApplier::apply(*c.catalog, *docs).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("two.yaml:6:9: error: no recipe named 'missing'")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("Nothing was applied")), qPrintable(r.error().message));
    QCOMPARE(c->infrastructure().list()->size(), 0); // the good document was not applied either
}

void TestResources::applyReportsReferenceErrorsAtTheField()
{
    KilnTest::TempCatalog c;
    QVERIFY(prepare(c));
    const QByteArray yaml("kind: ImageRecipe\nname: web\nversion: 1.0.0\nparentImage: tinyos\ncomponents:\n"
                          "  - component: hello\n    parameters: {Nope: 1}\n  - component: goodbye@2.x.x\n"
                          "---\nkind: ImageRecipe\nname: web\nversion: 1.0.0\nparentImage: tinyos\ncomponents: [hello]\n");
    auto r = ResourceApplier::apply(*c.catalog, *ResourceFile::parse(yaml, QStringLiteral("r.yaml"))).result();
    QVERIFY(!r);
    const QString m = r.error().message;
    QVERIFY2(m.contains(QStringLiteral("r.yaml:6:5: error: component kiln:component/hello/1.0.0/1 has no parameter 'Nope'")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("r.yaml:8:5: error: no component named 'goodbye'")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("r.yaml:10:1: error: ImageRecipe web is defined twice; the first is at r.yaml:1:1")), qPrintable(m));
    QCOMPARE(c->recipes().list()->size(), 0);
}

void TestResources::applyUpdatesAndWarns()
{
    KilnTest::TempCatalog c;
    QVERIFY(prepare(c));
    auto apply = [&](const QByteArray &yaml) {
        return ResourceApplier::apply(*c.catalog, *ResourceFile::parse(yaml, QStringLiteral("u.yaml"))).result();
    };
    auto a = apply("kind: InfrastructureConfiguration\nname: l\nvcpus: 1\n");
    QCOMPARE(a->resources.first().action, AppliedResource::Action::Created);
    auto b = apply("kind: InfrastructureConfiguration\nname: l\nvcpus: 2\n");
    QCOMPARE(b->resources.first().action, AppliedResource::Action::Updated);
    QCOMPARE(c->infrastructure().get(QStringLiteral("l"))->vcpus, 2);
    auto d = apply("kind: InfrastructureConfiguration\nname: l\nvcpus: 2\n");
    QCOMPARE(d->resources.first().action, AppliedResource::Action::Unchanged);
    // A recipe whose parent image does not exist yet: applied, with a located warning.
    auto w = apply("kind: ImageRecipe\nname: later\nversion: 1.0.0\nparentImage: future@1.x.x\ncomponents: [hello]\n");
    QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
    QCOMPARE(w->warnings.size(), 1);
    QVERIFY2(w->warnings.first().startsWith(QStringLiteral("u.yaml:4:14: warning: parentImage future@1.x.x")),
             qPrintable(w->warnings.first()));
    QCOMPARE(w->resources.first().reference, QStringLiteral("kiln:recipe/later/1.0.0/1"));
    // Changing a recipe's content under the same version makes a new build.
    auto n = apply("kind: ImageRecipe\nname: later\nversion: 1.0.0\nparentImage: tinyos\ncomponents: [hello]\n");
    QCOMPARE(n->resources.first().reference, QStringLiteral("kiln:recipe/later/1.0.0/2"));
    QCOMPARE(n->resources.first().action, AppliedResource::Action::Created);
}

void TestResources::exportFilters()
{
    KilnTest::TempCatalog c;
    QVERIFY(prepare(c));
    auto docs = ResourceFile::load(QStringLiteral(KILN_TEST_DATA_DIR "/catalog/resources/complete/input.yaml"));
    QVERIFY(ResourceApplier::apply(*c.catalog, *docs).result());
    ExportFilter f;
    f.kind = ResourceKind::InfrastructureConfiguration;
    QCOMPARE(ResourceApplier::exportDocuments(*c.catalog, f)->size(), 2);
    f.name = QStringLiteral("big");
    QCOMPARE(ResourceApplier::exportDocuments(*c.catalog, f)->size(), 1);
    f.kind = ResourceKind::ImageRecipe;
    f.name = QStringLiteral("web@1.x.x");
    QCOMPARE(ResourceApplier::exportDocuments(*c.catalog, f)->size(), 1);
    f.name = QStringLiteral("nothing");
    auto none = ResourceApplier::exportDocuments(*c.catalog, f);
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("nothing named 'nothing'")));
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
