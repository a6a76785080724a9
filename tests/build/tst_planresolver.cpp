// Resolving a pipeline into a frozen build plan against a real catalog (temporary home):
// wildcards pick the newest matches, the plan survives JSON, preparing a build records the PENDING
// build and image with exact lineage, later catalog changes do not alter a recorded plan; the
// agent plans of the build, test and component-test stages; the VM's domain XML for a plan; and
// the errors a user meets (disabled pipeline, missing parent image, a base image in another pool,
// a broken component file, wrong parameters).

#include "core/build/agentplan.h"
#include "core/build/planresolver.h"
#include "core/build/vmrun.h"
#include "core/catalog/catalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

QString doc(const QString &name, const QString &phases, bool withParameter = false)
{
    QString out = u"name: %1\nschemaVersion: 1.0\n"_s.arg(name);
    if (withParameter)
        out += u"parameters:\n  - Greeting:\n      type: string\n      description: what to say\n"_s;
    out += u"phases:\n"_s;
    for (const QString &phase : phases.split(u',')) {
        out += u"  - name: %1\n    steps:\n      - name: Say%1\n        action: ExecuteBash\n        inputs:\n"
               "          commands:\n            - echo %1\n"_s.arg(phase);
    }
    return out;
}

} // namespace

class TestPlanResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QString m_disk;

    template <class T>
    T check(Result<T> r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }

    void addComponent(const QString &name, const QString &version, const QString &phases, ComponentType type = ComponentType::Build,
                      bool withParameter = false)
    {
        NewComponent c;
        c.name = name;
        c.version = check(SemVer::parse(version));
        c.type = type;
        c.document = doc(name, phases, withParameter);
        check(m_catalog->components().create(c).result());
    }

    void addImage(const QString &version)
    {
        NewImportedImage i;
        i.name = u"tinyos"_s;
        i.version = check(SemVer::parse(version));
        i.diskPath = m_disk;
        i.ownsDisk = false;
        i.format = u"qcow2"_s;
        i.virtualSize = 1 << 20;
        i.actualSize = 4096;
        i.sha256 = QString::fromLatin1(QCryptographicHash::hash(version.toUtf8(), QCryptographicHash::Sha256).toHex());
        i.kernelPath = m_disk;
        i.kernelCmdline = u"console=ttyS0 root=/dev/vda"_s;
        check(m_catalog->images().registerImport(i).result());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(Home(m_dir.filePath(u"home"_s)));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_catalog = std::move(*opened);
        m_disk = m_dir.filePath(u"disk.qcow2"_s);
        QFile f(m_disk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();

        addImage(u"1.0.0"_s);
        addImage(u"1.1.0"_s);
        addImage(u"2.0.0"_s);
        addComponent(u"hello"_s, u"1.0.0"_s, u"build,validate,test"_s, ComponentType::Build, true);
        addComponent(u"hello"_s, u"1.2.0"_s, u"build,validate,test"_s, ComponentType::Build, true);
        addComponent(u"hello"_s, u"2.0.0"_s, u"build"_s, ComponentType::Build, true);
        addComponent(u"motd"_s, u"0.1.0"_s, u"build,test"_s);
        addComponent(u"smoke"_s, u"1.0.0"_s, u"test"_s, ComponentType::Test);

        NewRecipe r;
        r.name = u"demo"_s;
        r.version = check(SemVer::parse(u"3.1.0"_s));
        r.parentImage = u"tinyos@1.x.x"_s;
        r.components = {{u"hello@1.x.x"_s, {{u"Greeting"_s, u"hi there"_s}}}, {u"motd"_s, {}}, {u"smoke@1.0.0"_s, {}}};
        r.diskSizeGiB = 2;
        r.workingDirectory = u"/var/tmp"_s;
        check(m_catalog->recipes().create(r).result());
        NewRecipe orphan = r;
        orphan.name = u"orphan"_s;
        orphan.parentImage = u"nosuchimage@1.x.x"_s;
        check(m_catalog->recipes().create(orphan).result());

        InfrastructureRow infra;
        infra.name = u"local"_s;
        infra.uri = u"qemu:///system"_s;
        infra.memoryMiB = 256;
        infra.accelerator = Accelerator::Tcg;
        infra.network = NetworkMode::User;
        infra.storagePool = u"kiln-test"_s;
        infra.timeouts.build = 600;
        check(m_catalog->infrastructure().put(infra).result());

        DistributionRow dist;
        dist.name = u"out"_s;
        DistributionTarget t;
        t.directory = m_dir.filePath(u"out"_s);
        t.formats = {u"qcow2"_s, u"raw"_s};
        dist.targets = {t};
        check(m_catalog->distributions().put(dist).result());

        for (const auto &[name, recipe, enabled] : {std::tuple{u"demo"_s, u"demo@3.x.x"_s, true},
                                                    std::tuple{u"off"_s, u"demo@3.x.x"_s, false},
                                                    std::tuple{u"orphan"_s, u"orphan"_s, true}}) {
            PipelineRow p;
            p.name = name;
            p.recipe = recipe;
            p.infrastructure = u"local"_s;
            p.distribution = u"out"_s;
            p.enabled = enabled;
            check(m_catalog->pipelines().put(p).result());
        }
    }

    void resolvesNewestMatches()
    {
        const BuildPlan plan = check(PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s))));
        QCOMPARE(plan.base.reference, u"kiln:image/tinyos/1.1.0/1"_s);      // 1.x.x, not 2.0.0
        QCOMPARE(plan.base.kernelPath, m_disk);
        QCOMPARE(plan.components.size(), 3);
        QCOMPARE(plan.components.at(0).reference, u"kiln:component/hello/1.2.0/1"_s); // 1.x.x, not 2.0.0
        QCOMPARE(plan.components.at(0).parameters.value(u"Greeting"_s), u"hi there"_s);
        QVERIFY(plan.components.at(0).document.contains(u"Saybuild"_s));
        QCOMPARE(plan.components.at(1).reference, u"kiln:component/motd/0.1.0/1"_s);
        QCOMPARE(plan.components.at(2).type, ComponentType::Test);
        QCOMPARE(plan.buildComponents().size(), 2);
        QCOMPARE(plan.testComponents().size(), 1);
        QCOMPARE(plan.imageName, u"demo"_s);
        QCOMPARE(plan.imageVersion.toString(), u"3.1.0"_s);
        QCOMPARE(plan.infrastructure.storagePool, u"kiln-test"_s);
        QCOMPARE(plan.diskSizeGiB, 2);
        QCOMPARE(plan.workingDirectory, u"/var/tmp"_s);
        QVERIFY(plan.distribution);
        QCOMPARE(plan.distribution->targets.first().formats, (QStringList{u"qcow2"_s, u"raw"_s}));
    }

    void planSurvivesJson()
    {
        const BuildPlan plan = check(PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s))));
        const QJsonObject json = plan.toJson();
        const BuildPlan back = check(BuildPlan::fromJson(json));
        QCOMPARE(back.toJson(), json);
        QJsonObject damaged = json;
        damaged.remove(u"infrastructure"_s);
        auto bad = BuildPlan::fromJson(damaged);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"infrastructure"_s), qPrintable(bad.error().message));
    }

    void prepareRecordsBuildAndImageAndFreezesThePlan()
    {
        const BuildRow build = check(PlanResolver::preparePipelineBuild(*m_catalog, u"demo"_s));
        QCOMPARE(build.state, BuildState::Pending);
        QVERIFY(build.imageId > 0);
        QCOMPARE(build.image, u"kiln:image/demo/3.1.0/1"_s);
        const ImageRow image = check(m_catalog->images().get(build.imageId));
        QCOMPARE(image.status, ImageStatus::Pending);
        QCOMPARE(image.baseImage, u"kiln:image/tinyos/1.1.0/1"_s);
        QCOMPARE(image.recipe, u"kiln:recipe/demo/3.1.0/1"_s);
        QCOMPARE(image.buildId, build.id);
        QCOMPARE(image.components.size(), 3);
        QCOMPARE(image.components.at(0).reference, u"kiln:component/hello/1.2.0/1"_s);
        QCOMPARE(image.components.at(0).parameters.value(u"Greeting"_s), u"hi there"_s);

        // A newer matching component arrives: the recorded plan does not change.
        addComponent(u"hello"_s, u"1.3.0"_s, u"build"_s, ComponentType::Build, true);
        const BuildPlan frozen = check(BuildPlan::fromJson(check(m_catalog->builds().get(build.id)).plan));
        QCOMPARE(frozen.buildId, build.id);
        QCOMPARE(frozen.imageId, build.imageId);
        QCOMPARE(frozen.image, build.image);
        QCOMPARE(frozen.components.at(0).reference, u"kiln:component/hello/1.2.0/1"_s);
        // …while the next build takes it, as image build 2.
        const BuildRow next = check(PlanResolver::preparePipelineBuild(*m_catalog, u"demo"_s));
        QCOMPARE(next.image, u"kiln:image/demo/3.1.0/2"_s);
        QCOMPARE(check(BuildPlan::fromJson(check(m_catalog->builds().get(next.id)).plan)).components.at(0).reference,
                 u"kiln:component/hello/1.3.0/1"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("disabled") << u"off"_s << u"pipeline off is disabled"_s;
        QTest::newRow("no parent image") << u"orphan"_s << u"parent image nosuchimage@1.x.x"_s;
        QTest::newRow("no such pipeline") << u"nothere"_s << u"nothere"_s;
    }

    void errors()
    {
        QFETCH(QString, pipeline);
        QFETCH(QString, expected);
        auto r = PlanResolver::preparePipelineBuild(*m_catalog, pipeline);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void baseImageInAnotherPoolIsRefused()
    {
        // A built image lives as a volume; building on it needs its URI and pool.
        NewBuiltImage ni;
        ni.name = u"tinyos"_s;
        ni.version = check(SemVer::parse(u"1.5.0"_s));
        const ImageRow built = check(m_catalog->images().createForBuild(ni).result());
        ImageOutput out;
        out.libvirtUri = u"qemu:///system"_s;
        out.pool = u"elsewhere"_s;
        out.volume = u"kiln-build-1_abc-build-000000.qcow2"_s;
        out.format = u"qcow2"_s;
        check(m_catalog->images().setOutput(built.id, out).result());
        for (ImageStatus s : {ImageStatus::Creating, ImageStatus::Available})
            check(m_catalog->images().setStatus(built.id, s).result());
        auto r = PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s)));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"pool elsewhere"_s) && r.error().message.contains(u"kiln-test"_s),
                 qPrintable(r.error().message));
        check(m_catalog->images().deprecate(built.id).result()); // wildcards skip it again
        QVERIFY(PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s))));
    }

    void componentTest_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("phases");
        QTest::addColumn<QString>("error"); // empty: resolves
        QTest::newRow("catalog component") << u"hello@1.0.0"_s << QByteArray() << u"Greeting=yo"_s << u"build,test"_s << QString();
        QTest::newRow("file") << QString() << doc(u"trial"_s, u"build"_s).toUtf8() << QString() << u"build"_s << QString();
        QTest::newRow("missing parameter") << u"hello@1.0.0"_s << QByteArray() << QString() << u"build"_s
                                           << u"needs a value for parameter 'Greeting'"_s;
        QTest::newRow("unknown parameter") << u"motd"_s << QByteArray() << u"Color=red"_s << u"build"_s
                                           << u"has no parameter 'Color'"_s;
        QTest::newRow("bad phase") << u"motd"_s << QByteArray() << QString() << u"build,deploy"_s << u"unknown phase 'deploy'"_s;
        QTest::newRow("broken file") << QString() << QByteArray("name: x\nphases:\n  - name: build\n    steps: [\n")
                                     << QString() << u"build"_s << u"trial.yml:"_s;
    }

    void componentTest()
    {
        QFETCH(QString, component);
        QFETCH(QByteArray, file);
        QFETCH(QString, parameters);
        QFETCH(QString, phases);
        QFETCH(QString, error);
        ComponentTestRequest req;
        req.component = component;
        if (!file.isEmpty()) {
            req.file = m_dir.filePath(u"trial.yml"_s);
            QFile f(req.file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(file);
        }
        req.baseImage = u"tinyos@1.0.0"_s;
        req.parameters = check(PlanResolver::parseParameters(parameters));
        req.phases = phases.split(u',');
        req.infrastructure = u"local"_s;
        auto plan = PlanResolver::resolveComponentTest(*m_catalog, req);
        if (!error.isEmpty()) {
            QVERIFY(!plan);
            QVERIFY2(plan.error().message.contains(error), qPrintable(plan.error().message));
            return;
        }
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->kind, BuildKind::ComponentTest);
        QCOMPARE(plan->components.size(), 1);
        QCOMPARE(plan->testPhases, phases.split(u','));
        QCOMPARE(plan->base.reference, u"kiln:image/tinyos/1.0.0/1"_s);
        const BuildRow build = check(PlanResolver::prepareComponentTest(*m_catalog, req));
        QCOMPARE(build.kind, BuildKind::ComponentTest);
        QCOMPARE(build.imageId, 0); // a test run makes no image
    }

    void parseParameters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // k=v;… sorted, or "error"
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("two") << u"A=1,B=two words"_s << u"A=1;B=two words"_s;
        QTest::newRow("equals in value") << u"Url=http://x/?a=b"_s << u"Url=http://x/?a=b"_s;
        QTest::newRow("escaped comma") << u"List=a\\,b,C=d"_s << u"C=d;List=a,b"_s;
        QTest::newRow("no equals") << u"A"_s << u"error"_s;
    }

    void parseParameters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto r = PlanResolver::parseParameters(text);
        if (expected == u"error") {
            QVERIFY(!r);
            return;
        }
        QVERIFY(r);
        QStringList parts;
        for (auto it = r->cbegin(); it != r->cend(); ++it)
            parts << it.key() + u'=' + it.value();
        QCOMPARE(parts.join(u';'), expected);
    }

    void agentPlans()
    {
        BuildPlan plan = check(PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s))));
        plan.buildId = 42;
        const AgentPlan build = AgentPlan::forStage(plan, AgentPlan::Stage::Build, u"plan-b"_s);
        QCOMPARE(build.documents.size(), 2); // build components only
        QCOMPARE(build.documents.at(0).file, u"documents/00-hello.yml"_s);
        QCOMPARE(build.documents.at(0).phases, (QStringList{u"build"_s, u"validate"_s}));
        QCOMPARE(build.documents.at(1).reference, plan.components.at(1).reference);
        QVERIFY(build.generalize && build.inventory);
        const AgentPlan test = AgentPlan::forStage(plan, AgentPlan::Stage::Test, u"plan-t"_s);
        QCOMPARE(test.documents.size(), 3); // test phase of build components, then test components
        QCOMPARE(test.documents.at(2).name, u"smoke"_s);
        for (const AgentPlanDocument &d : test.documents)
            QCOMPARE(d.phases, QStringList{u"test"_s});
        QVERIFY(!test.generalize && !test.inventory);

        // plan.json as docs/build-plan.md describes it.
        const QJsonObject json = QJsonDocument::fromJson(build.toJson()).object();
        for (const char *key : {"version", "planId", "buildId", "stage", "documents", "workingDirectory", "logDirectory",
                                "stateDirectory", "generalize", "inventory", "shutdown", "maxReboots"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"buildId"_s).toString(), u"42"_s);
        QCOMPARE(json.value(u"stage"_s).toString(), u"build"_s);
        QCOMPARE(json.value(u"shutdown"_s).toString(), u"poweroff"_s);
        QCOMPARE(json.value(u"workingDirectory"_s).toString(), u"/var/tmp"_s);
        const QJsonObject first = json.value(u"documents"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"ref"_s).toString(), plan.components.at(0).reference);
        QCOMPARE(first.value(u"parameters"_s).toObject().value(u"Greeting"_s).toString(), u"hi there"_s);
        const QList<SeedDocument> seedDocs = build.seedDocuments();
        QCOMPARE(seedDocs.size(), 2);
        QCOMPARE(seedDocs.at(0).fileName, u"00-hello.yml"_s);
        QCOMPARE(seedDocs.at(0).content, plan.components.at(0).document.toUtf8());
        QVERIFY(SeedBuilder::validate({u"iid"_s, u"h"_s, m_disk, build.toJson(), seedDocs, {}}));
    }

    void domainXml_data()
    {
        QTest::addColumn<bool>("userNetwork");
        QTest::addColumn<bool>("kernel");
        QTest::newRow("kernel boot, no network") << false << true;
        QTest::newRow("disk boot, user network") << true << false;
    }

    void domainXml()
    {
        QFETCH(bool, userNetwork);
        QFETCH(bool, kernel);
        BuildPlan plan = check(PlanResolver::resolvePipeline(*m_catalog, check(m_catalog->pipelines().get(u"demo"_s))));
        plan.infrastructure.network = userNetwork ? NetworkMode::User : NetworkMode::None;
        const VmDiskSet disks{u"kiln-test"_s, u"overlay.qcow2"_s, u"seed.iso"_s, kernel ? u"/pool/vmlinux"_s : QString(),
                              kernel ? u"/pool/initrd"_s : QString()};
        const DomainSpec spec = makeDomainSpec(plan, Accelerator::Tcg, disks, u"42_abcdef"_s, u"build"_s);
        QVERIFY(spec.name.startsWith(u"kiln-build-42_abcdef-build-"_s));
        const QString xml = check(spec.toXml());
        QVERIFY(xml.contains(u"<domain type=\"qemu\">"_s));
        QVERIFY(xml.contains(u"<acpi/>"_s));
        QVERIFY(xml.contains(u"name=\"org.kiln.agent.0\""_s));
        QVERIFY(xml.contains(u"<source pool=\"kiln-test\" volume=\"overlay.qcow2\"/>"_s));
        QVERIFY(xml.contains(u"<source pool=\"kiln-test\" volume=\"seed.iso\"/>"_s));
        QVERIFY(xml.contains(u"<readonly/>"_s));
        QVERIFY(xml.contains(u"id=\"42_abcdef\""_s));
        QVERIFY(xml.contains(u"<memory unit=\"MiB\">256</memory>"_s));
        QCOMPARE(xml.contains(u"<interface type=\"user\">"_s), userNetwork);
        QCOMPARE(xml.contains(u"<kernel>/pool/vmlinux</kernel>"_s), kernel);
        QCOMPARE(xml.contains(u"<cmdline>console=ttyS0 root=/dev/vda</cmdline>"_s), kernel);
    }
};

QTEST_GUILESS_MAIN(TestPlanResolver)
#include "tst_planresolver.moc"
