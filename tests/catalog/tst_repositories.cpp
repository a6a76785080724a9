// Components, recipes and configurations: build numbers, identical content, validation with
// located diagnostics, immutability, referential refusals, change notifications, async reads.
#include "testutil.h"

#include "core/catalog/catalogcontext.h"
#include "core/catalog/catalogqueries.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Kiln::Core;

class TestRepositories : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void componentBuildNumbers();
    void componentInvalidDocumentIsRefusedWithLocations();
    void componentFieldsValidated_data();
    void componentFieldsValidated();
    void componentsAreImmutable();
    void componentDescriptionFromDocument();
    void listFilters();
    void recipeChecksReferencesAndParameters_data();
    void recipeChecksReferencesAndParameters();
    void recipeBuildNumbers();
    void deleteReferencedComponentIsRefused();
    void deleteReferencedRecipeIsRefused();
    void configurationsPutUpdateAndRefuse();
    void pipelineSchedule_data();
    void pipelineSchedule();
    void changedSignal();
    void asyncReadsReturnSnapshots();
    void failedWriteDoesNotAffectOthersInBatch();
    void sqlIsParameterised();

private:
    Result<Stored<RecipeRow>> addRecipe(const QString &name, const QString &version, const QList<RecipeComponentRef> &components,
                                        const QString &parent = QStringLiteral("tinyos@1.x.x"));
    KilnTest::TempCatalog m_c;
};

void TestRepositories::init()
{
    m_c.reset();
    QVERIFY(m_c.open());
}

void TestRepositories::cleanup() { m_c.reset(); }

Result<Stored<RecipeRow>> TestRepositories::addRecipe(const QString &name, const QString &version,
                                                      const QList<RecipeComponentRef> &components, const QString &parent)
{
    NewRecipe r;
    r.name = name;
    r.version = *SemVer::parse(version);
    r.parentImage = parent;
    r.components = components;
    return m_c->recipes().create(r).result();
}

void TestRepositories::componentBuildNumbers()
{
    auto a = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QVERIFY(a->isNew);
    QCOMPARE(a->row.build, 1);
    QCOMPARE(a->row.reference(), QStringLiteral("kiln:component/hello/1.0.0/1"));
    // Identical content: the existing build, nothing new.
    auto same = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QVERIFY(same);
    QVERIFY(!same->isNew);
    QCOMPARE(same->row.id, a->row.id);
    // Different content: build 2.
    const QByteArray other = KilnTest::componentDocument(QStringLiteral("hello"), {}, QStringLiteral("changed"));
    auto b = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"), other);
    QVERIFY(b && b->isNew);
    QCOMPARE(b->row.build, 2);
    // Going back to the first content makes build 3 (the newest is what was given last).
    auto c = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QVERIFY(c && c->isNew);
    QCOMPARE(c->row.build, 3);
    // Another version starts at 1; the type is part of the content.
    auto d = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.1.0"));
    QCOMPARE(d->row.build, 1);
    auto e = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.1.0"), {}, ComponentType::Test);
    QVERIFY(e && e->isNew);
    QCOMPARE(e->row.build, 2);
    QCOMPARE(e->row.type, ComponentType::Test);
}

void TestRepositories::componentInvalidDocumentIsRefusedWithLocations()
{
    NewComponent n;
    n.name = QStringLiteral("broken");
    n.version = {1, 0, 0};
    n.sourceFile = QStringLiteral("broken.yml");
    n.document = QStringLiteral("name: broken\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                "      - name: Bad\n        action: NoSuchAction\n        inputs: {}\n");
    auto r = m_c->components().create(n).result();
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("invalid-document"));
    QVERIFY2(r.error().message.contains(QStringLiteral("broken.yml:7:")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("NoSuchAction")), qPrintable(r.error().message));
    QVERIFY(m_c->components().list()->isEmpty());

    n.document = QStringLiteral("name: [unclosed\n");
    r = m_c->components().create(n).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("broken.yml:")), qPrintable(r.error().message));
}

void TestRepositories::componentFieldsValidated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("error");
    const QString doc = QString::fromUtf8(KilnTest::componentDocument(QStringLiteral("x")));
    QTest::newRow("bad name") << "a b" << "Linux" << doc << "contains ' '";
    QTest::newRow("long name") << QString(129, u'n') << "Linux" << doc << "at most 128";
    QTest::newRow("windows") << "w" << "Windows" << doc << "Linux";
    QTest::newRow("empty document") << "e" << "Linux" << "  \n" << "empty";
}

void TestRepositories::componentFieldsValidated()
{
    QFETCH(QString, name);
    QFETCH(QString, platform);
    QFETCH(QString, document);
    QFETCH(QString, error);
    NewComponent n;
    n.name = name;
    n.version = {1, 0, 0};
    n.platform = platform;
    n.document = document;
    auto r = m_c->components().create(n).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
}

void TestRepositories::componentsAreImmutable()
{
    auto a = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QVERIFY(a);
    // Even a direct SQL change is stopped by the schema.
    auto r = m_c->context()->write<int>([](Internal::WriteContext &w) {
        return w.db.exec(QStringLiteral("UPDATE components SET document = 'x'"));
    }).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("immutable")), qPrintable(r.error().message));
    QCOMPARE(m_c->components().get(a->row.id)->document, QString::fromUtf8(KilnTest::componentDocument(QStringLiteral("hello"))));
}

void TestRepositories::componentDescriptionFromDocument()
{
    auto a = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QCOMPARE(a->row.description, QStringLiteral("Test component hello"));
    QCOMPARE(a->row.platform, QStringLiteral("Linux"));
    QCOMPARE(a->row.sha256.size(), 64);
}

void TestRepositories::listFilters()
{
    for (const QString &n : {QStringLiteral("apache"), QStringLiteral("app"), QStringLiteral("base"), QStringLiteral("apt")})
        QVERIFY(KilnTest::addComponent(*m_c.catalog, n, QStringLiteral("1.0.0")));
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("app"), QStringLiteral("2.0.0")));
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("app-test"), QStringLiteral("1.0.0"), {}, ComponentType::Test));
    ComponentFilter f;
    f.namePrefix = QStringLiteral("ap");
    auto rows = m_c->components().list(f);
    QStringList names;
    for (const ComponentRow &c : *rows)
        names << c.name + u'@' + c.version.toString();
    QCOMPARE(names, (QStringList{QStringLiteral("apache@1.0.0"), QStringLiteral("app@2.0.0"), QStringLiteral("app@1.0.0"),
                                 QStringLiteral("app-test@1.0.0"), QStringLiteral("apt@1.0.0")}));
    QVERIFY(rows->first().document.isEmpty()); // lists carry no document text
    f.newestOnly = true;
    QCOMPARE(m_c->components().list(f)->size(), 4);
    f.type = ComponentType::Test;
    QCOMPARE(m_c->components().list(f)->size(), 1);
    ComponentFilter page;
    page.limit = 2;
    page.offset = 1;
    QCOMPARE(m_c->components().list(page)->first().name, QStringLiteral("app"));
}

void TestRepositories::recipeChecksReferencesAndParameters_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("error"); // "" = accepted
    QTest::newRow("ok") << "hello@1.x.x" << "Greeting" << "tinyos" << "";
    QTest::newRow("ok without parameters") << "hello" << "" << "tinyos@1.0.0" << "";
    QTest::newRow("missing component") << "nope@1.x.x" << "" << "tinyos" << "no component named 'nope'";
    QTest::newRow("no matching version") << "hello@2.x.x" << "" << "tinyos" << "no component matches hello@2.x.x";
    QTest::newRow("bad wildcard") << "hello@x.1.x" << "" << "tinyos" << "may only be followed by wildcards";
    QTest::newRow("unknown parameter") << "hello" << "Greting" << "tinyos" << "has no parameter 'Greting' (it declares: Greeting)";
    QTest::newRow("bad parent reference") << "hello" << "" << "tinyos@1.x.2" << "parentImage:";
    QTest::newRow("wrong parent type") << "hello" << "" << "kiln:component/hello" << "type 'image' is needed";
}

void TestRepositories::recipeChecksReferencesAndParameters()
{
    QFETCH(QString, component);
    QFETCH(QString, parameter);
    QFETCH(QString, parent);
    QFETCH(QString, error);
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0")));
    RecipeComponentRef ref{component, {}};
    if (!parameter.isEmpty())
        ref.parameters.insert(parameter, QStringLiteral("hi"));
    auto r = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {ref}, parent);
    if (error.isEmpty()) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->row.components.first().component, component);
    } else {
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY(m_c->recipes().list()->isEmpty());
    }
}

void TestRepositories::recipeBuildNumbers()
{
    // A parameter without default must be given.
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("needs"), QStringLiteral("1.0.0"),
                                   KilnTest::componentDocument(QStringLiteral("needs"), QStringLiteral("Target"))));
    auto missing = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {{QStringLiteral("needs"), {}}});
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("needs a value for parameter 'Target'")),
             qPrintable(missing.error().message));
    const RecipeComponentRef ref{QStringLiteral("needs@1.x.x"), {{QStringLiteral("Target"), QStringLiteral("/srv")}}};
    auto a = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {ref});
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QCOMPARE(a->row.build, 1);
    auto same = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {ref});
    QVERIFY(same && !same->isNew);
    QCOMPARE(same->row.id, a->row.id);
    RecipeComponentRef changed = ref;
    changed.parameters[QStringLiteral("Target")] = QStringLiteral("/opt");
    auto b = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {changed});
    QVERIFY(b && b->isNew);
    QCOMPARE(b->row.build, 2);
    QCOMPARE(m_c->recipes().resolve(QStringLiteral("web"))->components.first().parameters.value(QStringLiteral("Target")),
             QStringLiteral("/opt"));
    auto resolved = m_c->recipes().resolveComponents(b->row);
    QVERIFY(resolved);
    QCOMPARE(resolved->first().component.reference(), QStringLiteral("kiln:component/needs/1.0.0/1"));
}

void TestRepositories::deleteReferencedComponentIsRefused()
{
    auto hello = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    auto hello2 = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("2.0.0"));
    auto unused = KilnTest::addComponent(*m_c.catalog, QStringLiteral("unused"), QStringLiteral("1.0.0"));
    QVERIFY(addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {{QStringLiteral("hello@1.x.x"), {}}}));
    // An image built with hello 2.0.0 (lineage).
    NewBuiltImage img;
    img.name = QStringLiteral("web");
    img.version = {1, 0, 0};
    img.components = {{0, hello2->row.id, {}, ComponentType::Build, {}}};
    auto built = m_c->images().createForBuild(img).result();
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    QCOMPARE(built->components.first().reference, QStringLiteral("kiln:component/hello/2.0.0/1"));

    auto r = m_c->components().remove(hello->row.id).result();
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("referenced"));
    QVERIFY2(r.error().message.contains(QStringLiteral("recipe kiln:recipe/web/1.0.0/1 (refers to it as hello@1.x.x)")),
             qPrintable(r.error().message));
    r = m_c->components().remove(hello2->row.id).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("image kiln:image/web/1.0.0/1")), qPrintable(r.error().message));
    QVERIFY(m_c->components().get(hello->row.id));
    // Unreferenced: deleted.
    QVERIFY(m_c->components().remove(unused->row.id).result());
    QVERIFY(!m_c->components().get(unused->row.id));
    QCOMPARE(m_c->components().get(unused->row.id).error().code, QStringLiteral("not-found"));
}

void TestRepositories::deleteReferencedRecipeIsRefused()
{
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0")));
    auto recipe = addRecipe(QStringLiteral("web"), QStringLiteral("1.0.0"), {{QStringLiteral("hello"), {}}});
    InfrastructureRow infra;
    infra.name = QStringLiteral("local");
    QVERIFY(m_c->infrastructure().put(infra).result());
    PipelineRow p;
    p.name = QStringLiteral("nightly");
    p.recipe = QStringLiteral("web@1.x.x");
    p.infrastructure = QStringLiteral("local");
    QVERIFY(m_c->pipelines().put(p).result());
    auto r = m_c->recipes().remove(recipe->row.id).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("pipeline nightly (recipe: web@1.x.x)")), qPrintable(r.error().message));
    auto i = m_c->infrastructure().remove(QStringLiteral("local")).result();
    QVERIFY(!i);
    QVERIFY2(i.error().message.contains(QStringLiteral("pipeline nightly")), qPrintable(i.error().message));
    QVERIFY(m_c->pipelines().remove(QStringLiteral("nightly")).result());
    QVERIFY(m_c->recipes().remove(recipe->row.id).result());
    QVERIFY(m_c->infrastructure().remove(QStringLiteral("local")).result());
}

void TestRepositories::configurationsPutUpdateAndRefuse()
{
    InfrastructureRow infra;
    infra.name = QStringLiteral("local");
    infra.vcpus = 2;
    auto a = m_c->infrastructure().put(infra).result();
    QVERIFY(a && a->isNew);
    QCOMPARE(a->row.vcpus, 2);
    infra.memoryMiB = 2048;
    auto b = m_c->infrastructure().put(infra).result();
    QVERIFY(b && !b->isNew);
    QCOMPARE(b->row.id, a->row.id);
    QCOMPARE(m_c->infrastructure().get(QStringLiteral("local"))->memoryMiB, 2048);
    infra.vcpus = 0;
    infra.uri = QStringLiteral("not a uri");
    auto bad = m_c->infrastructure().put(infra).result();
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("vcpus")) && bad.error().message.contains(QStringLiteral("libvirt URI")),
             qPrintable(bad.error().message));

    DistributionRow d;
    d.name = QStringLiteral("out");
    DistributionTarget t;
    t.directory = QStringLiteral("relative/path");
    t.formats = {QStringLiteral("qcow2"), QStringLiteral("iso"), QStringLiteral("qcow2")};
    d.targets = {t};
    auto dr = m_c->distributions().put(d).result();
    QVERIFY(!dr);
    QVERIFY2(dr.error().message.contains(QStringLiteral("absolute path")), qPrintable(dr.error().message));
    QVERIFY2(dr.error().message.contains(QStringLiteral("unknown format 'iso'")), qPrintable(dr.error().message));
    QVERIFY2(dr.error().message.contains(QStringLiteral("listed twice")), qPrintable(dr.error().message));
    t.directory = QStringLiteral("/srv/images/");
    t.formats = {QStringLiteral("qcow2"), QStringLiteral("vhdx")};
    DistributionTarget pool;
    pool.kind = DistributionTarget::Kind::Pool;
    pool.pool = QStringLiteral("default");
    pool.uri = QStringLiteral("qemu+ssh://host/system");
    d.targets = {t, pool};
    dr = m_c->distributions().put(d).result();
    QVERIFY2(dr, qPrintable(dr ? QString() : dr.error().message));
    QCOMPARE(dr->row.targets.size(), 2);
    QCOMPARE(dr->row.targets.at(0).directory, QStringLiteral("/srv/images"));
    QCOMPARE(dr->row.targets.at(1).uri, QStringLiteral("qemu+ssh://host/system"));
    QCOMPARE(m_c->distributions().list()->size(), 1);

    PipelineRow p;
    p.name = QStringLiteral("p");
    p.recipe = QStringLiteral("missing@1.x.x");
    p.infrastructure = QStringLiteral("nope");
    p.distribution = QStringLiteral("out");
    auto pr = m_c->pipelines().put(p).result();
    QVERIFY(!pr);
    QVERIFY2(pr.error().message.contains(QStringLiteral("recipe: no recipe named 'missing'")), qPrintable(pr.error().message));
    QVERIFY2(pr.error().message.contains(QStringLiteral("infrastructure: no infrastructure configuration 'nope'")),
             qPrintable(pr.error().message));
}

void TestRepositories::pipelineSchedule_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<bool>("valid");
    QTest::newRow("manual") << "manual" << true;
    QTest::newRow("nightly") << "0 3 * * *" << true;
    QTest::newRow("weekdays") << "*/15 8-18 * * mon-fri" << true;
    QTest::newRow("lists") << "0,30 1,2 1 jan,jul 0" << true;
    QTest::newRow("macro") << "@daily" << true;
    QTest::newRow("four fields") << "0 3 * *" << false;
    QTest::newRow("minute 60") << "60 3 * * *" << false;
    QTest::newRow("backwards range") << "0 5-1 * * *" << false;
    QTest::newRow("word") << "tomorrow" << false;
}

void TestRepositories::pipelineSchedule()
{
    QFETCH(QString, schedule);
    QFETCH(bool, valid);
    auto r = Internal::checkSchedule(schedule);
    QCOMPARE(bool(r), valid);
    if (!valid)
        QVERIFY(r.error().message.contains(schedule));
}

void TestRepositories::changedSignal()
{
    // As a GUI model would: a queued connection to an object of this thread.
    QList<QPair<Catalog::Table, QList<qint64>>> received;
    connect(m_c.catalog.get(), &Catalog::changed, this,
            [&](Catalog::Table table, const QList<qint64> &ids) { received.append({table, ids}); });
    auto a = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).first, Catalog::Table::Components);
    QCOMPARE(received.at(0).second, QList<qint64>{a->row.id});
    // Identical content changes nothing and says nothing; a failed write says nothing.
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0")));
    QVERIFY(!KilnTest::addComponent(*m_c.catalog, QStringLiteral("bad name"), QStringLiteral("1.0.0")));
    // The next real change is the second notification: nothing came in between (queued
    // notifications keep their order).
    auto b = KilnTest::addComponent(*m_c.catalog, QStringLiteral("other"), QStringLiteral("1.0.0"));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).second, QList<qint64>{b->row.id});
}

void TestRepositories::asyncReadsReturnSnapshots()
{
    for (int i = 0; i < 20; ++i)
        QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("c%1").arg(i, 2, 10, QChar(u'0')), QStringLiteral("1.0.0")));
    auto future = m_c->components().listAsync();
    std::optional<int> count;
    future.then(this, [&](const Result<QList<ComponentRow>> &rows) { count = rows ? int(rows->size()) : -1; });
    QTRY_VERIFY(count.has_value());
    QCOMPARE(*count, 20);
    auto one = m_c->components().getAsync(1).result();
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("c00"));
}

void TestRepositories::failedWriteDoesNotAffectOthersInBatch()
{
    // Queue many writes at once so that they share a transaction; the bad ones fail alone.
    QList<QFuture<Result<Stored<ComponentRow>>>> futures;
    for (int i = 0; i < 50; ++i) {
        NewComponent n;
        n.name = i % 5 == 0 ? QStringLiteral("bad name %1").arg(i) : QStringLiteral("ok-%1").arg(i);
        n.version = {1, 0, 0};
        n.document = QString::fromUtf8(KilnTest::componentDocument(QStringLiteral("x")));
        futures << m_c->components().create(n);
    }
    int ok = 0, failed = 0;
    for (auto &f : futures)
        (f.result() ? ok : failed)++;
    QCOMPARE(ok, 40);
    QCOMPARE(failed, 10);
    QCOMPARE(m_c->components().list()->size(), 40);
}

void TestRepositories::sqlIsParameterised()
{
    QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0")));
    // Text that would break string-built SQL is just text.
    ComponentFilter f;
    f.namePrefix = QStringLiteral("x' OR '1'='1");
    QCOMPARE(m_c->components().list(f)->size(), 0);
    auto r = m_c->components().resolve(QStringLiteral("kiln:component/h'--"));
    QVERIFY(!r);
    QCOMPARE(m_c->components().list()->size(), 1);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
