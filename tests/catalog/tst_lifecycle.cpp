// Image and build life cycles: allowed and refused status changes, what each change records,
// deletion of owned files, immutability of finished images, build stages, steps and logs.
#include "testutil.h"

using namespace Kiln::Core;

Q_DECLARE_METATYPE(Kiln::Core::ImageStatus)
Q_DECLARE_METATYPE(Kiln::Core::BuildState)

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imageTransitions_data();
    void imageTransitions();
    void buildTransitions_data();
    void buildTransitions();
    void builtImageThroughThePipeline();
    void refusedTransitionChangesNothing();
    void lifecycleActionsAndDelete();
    void deleteRefusedWhileBuildUsesBase();
    void buildStagesStepsAndFailure();
    void cancelRequest();
    void statusNames();

private:
    qint64 importFake(const QString &name, const QString &disk = {});
    KilnTest::TempCatalog m_c;
};

void TestLifecycle::initTestCase() { QVERIFY(m_c.open()); }

qint64 TestLifecycle::importFake(const QString &name, const QString &disk)
{
    NewImportedImage i;
    i.name = name;
    i.version = {1, 0, 0};
    i.diskPath = disk.isEmpty() ? QStringLiteral("/nonexistent/%1.qcow2").arg(name) : disk;
    i.ownsDisk = !disk.isEmpty();
    i.format = QStringLiteral("qcow2");
    i.sha256 = QString(64, u'0');
    auto r = m_c->images().registerImport(i).result();
    return r ? r->row.id : 0;
}

void TestLifecycle::imageTransitions_data()
{
    QTest::addColumn<ImageStatus>("from");
    QTest::addColumn<ImageStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = ImageStatus;
    QTest::newRow("PENDING→CREATING") << S::Pending << S::Creating << true;
    QTest::newRow("CREATING→BUILDING") << S::Creating << S::Building << true;
    QTest::newRow("BUILDING→TESTING") << S::Building << S::Testing << true;
    QTest::newRow("BUILDING→DISTRIBUTING (no tests)") << S::Building << S::Distributing << true;
    QTest::newRow("TESTING→DISTRIBUTING") << S::Testing << S::Distributing << true;
    QTest::newRow("DISTRIBUTING→AVAILABLE") << S::Distributing << S::Available << true;
    QTest::newRow("TESTING→AVAILABLE (no distribution)") << S::Testing << S::Available << true;
    QTest::newRow("BUILDING→FAILED") << S::Building << S::Failed << true;
    QTest::newRow("PENDING→CANCELLED") << S::Pending << S::Cancelled << true;
    QTest::newRow("TESTING→BUILDING (backwards)") << S::Testing << S::Building << false;
    QTest::newRow("BUILDING→DEPRECATED") << S::Building << S::Deprecated << false;
    QTest::newRow("BUILDING→DELETED") << S::Building << S::Deleted << false;
    QTest::newRow("AVAILABLE→BUILDING") << S::Available << S::Building << false;
    QTest::newRow("AVAILABLE→PENDING") << S::Available << S::Pending << false;
    QTest::newRow("AVAILABLE→DEPRECATED") << S::Available << S::Deprecated << true;
    QTest::newRow("AVAILABLE→DISABLED") << S::Available << S::Disabled << true;
    QTest::newRow("AVAILABLE→DELETED") << S::Available << S::Deleted << true;
    QTest::newRow("AVAILABLE→FAILED") << S::Available << S::Failed << false;
    QTest::newRow("DEPRECATED→AVAILABLE") << S::Deprecated << S::Available << true;
    QTest::newRow("DISABLED→AVAILABLE") << S::Disabled << S::Available << true;
    QTest::newRow("DISABLED→DELETED") << S::Disabled << S::Deleted << true;
    QTest::newRow("FAILED→DELETED") << S::Failed << S::Deleted << true;
    QTest::newRow("FAILED→AVAILABLE") << S::Failed << S::Available << false;
    QTest::newRow("CANCELLED→BUILDING") << S::Cancelled << S::Building << false;
    QTest::newRow("DELETED→AVAILABLE") << S::Deleted << S::Available << false;
    QTest::newRow("AVAILABLE→AVAILABLE") << S::Available << S::Available << false;
}

void TestLifecycle::imageTransitions()
{
    QFETCH(ImageStatus, from);
    QFETCH(ImageStatus, to);
    QFETCH(bool, allowed);
    auto r = checkTransition(from, to);
    QCOMPARE(bool(r), allowed);
    if (!allowed) {
        QVERIFY(r.error().message.contains(imageStatusName(from)));
        QVERIFY(r.error().message.contains(imageStatusName(to)));
    }
}

void TestLifecycle::buildTransitions_data()
{
    QTest::addColumn<BuildState>("from");
    QTest::addColumn<BuildState>("to");
    QTest::addColumn<bool>("allowed");
    using B = BuildState;
    QTest::newRow("PENDING→CREATING") << B::Pending << B::Creating << true;
    QTest::newRow("DISTRIBUTING→SUCCEEDED") << B::Distributing << B::Succeeded << true;
    QTest::newRow("BUILDING→SUCCEEDED (component test)") << B::Building << B::Succeeded << true;
    QTest::newRow("TESTING→FAILED") << B::Testing << B::Failed << true;
    QTest::newRow("CREATING→CANCELLED") << B::Creating << B::Cancelled << true;
    QTest::newRow("TESTING→BUILDING") << B::Testing << B::Building << false;
    QTest::newRow("SUCCEEDED→FAILED") << B::Succeeded << B::Failed << false;
    QTest::newRow("FAILED→BUILDING") << B::Failed << B::Building << false;
    QTest::newRow("CANCELLED→CANCELLED") << B::Cancelled << B::Cancelled << false;
}

void TestLifecycle::buildTransitions()
{
    QFETCH(BuildState, from);
    QFETCH(BuildState, to);
    QFETCH(bool, allowed);
    QCOMPARE(bool(checkTransition(from, to)), allowed);
}

void TestLifecycle::builtImageThroughThePipeline()
{
    const qint64 base = importFake(QStringLiteral("tinyos"));
    QVERIFY(base > 0);
    auto component = KilnTest::addComponent(*m_c.catalog, QStringLiteral("hello"), QStringLiteral("1.0.0"));
    NewBuiltImage n;
    n.name = QStringLiteral("web");
    n.version = {1, 0, 0};
    n.baseImageId = base;
    n.components = {{0, component->row.id, {}, ComponentType::Build, {{QStringLiteral("Greeting"), QStringLiteral("yo")}}}};
    auto image = m_c->images().createForBuild(n).result();
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->status, ImageStatus::Pending);
    QCOMPARE(image->origin, ImageOrigin::Built);
    QCOMPARE(image->baseImage, QStringLiteral("kiln:image/tinyos/1.0.0/1"));
    QCOMPARE(image->components.first().parameters.value(QStringLiteral("Greeting")), QStringLiteral("yo"));
    // A second build of the same recipe version gets the next build number.
    auto second = m_c->images().createForBuild(n).result();
    QCOMPARE(second->build, image->build + 1);

    for (ImageStatus s : {ImageStatus::Creating, ImageStatus::Building}) {
        auto r = m_c->images().setStatus(image->id, s).result();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->status, s);
    }
    ImageOutput out;
    out.libvirtUri = QStringLiteral("qemu:///session");
    out.pool = QStringLiteral("kiln");
    out.volume = QStringLiteral("web-1.0.0-1.qcow2");
    out.format = QStringLiteral("qcow2");
    out.virtualSize = 1 << 30;
    out.sha256 = QString(64, u'b');
    QVERIFY(m_c->images().setOutput(image->id, out).result());
    QJsonObject os{{QStringLiteral("ID"), QStringLiteral("debian")}, {QStringLiteral("PRETTY_NAME"), QStringLiteral("Debian 12")}};
    QVERIFY(m_c->images().setInventory(image->id, os,
                                       {{QStringLiteral("bash"), QStringLiteral("5.2"), QStringLiteral("amd64")},
                                        {QStringLiteral("busybox"), QStringLiteral("1.35"), QStringLiteral("amd64")}})
                .result());
    auto available = m_c->images().setStatus(image->id, ImageStatus::Available).result();
    QVERIFY(available);
    QVERIFY(available->finishedAt.isValid());
    QCOMPARE(available->volume, out.volume);
    QCOMPARE(available->packageCount, 2);
    QCOMPARE(m_c->images().packages(image->id, QStringLiteral("BUSY"))->size(), 1);
    ImageFilter f;
    f.osId = QStringLiteral("debian");
    QCOMPARE(m_c->images().list(f)->size(), 1);
    // Finished images are immutable.
    auto late = m_c->images().setOutput(image->id, out).result();
    QVERIFY(!late);
    QCOMPARE(late.error().code, QStringLiteral("immutable"));
    QVERIFY(!m_c->images().setInventory(image->id, os, {}).result());
    // It is now usable as a parent image; the second build (still PENDING) is not.
    QCOMPARE(m_c->images().resolve(QStringLiteral("web@1.x.x"), ImagePurpose::Use)->id, image->id);
    auto pending = m_c->images().resolve(second->reference(), ImagePurpose::Use);
    QVERIFY(!pending);
    QVERIFY2(pending.error().message.contains(QStringLiteral("PENDING")), qPrintable(pending.error().message));
    QCOMPARE(m_c->images().referrers(base)->size(), 2);
}

void TestLifecycle::refusedTransitionChangesNothing()
{
    const qint64 id = importFake(QStringLiteral("refuse"));
    auto r = m_c->images().setStatus(id, ImageStatus::Building).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("AVAILABLE to BUILDING")), qPrintable(r.error().message));
    QCOMPARE(m_c->images().get(id)->status, ImageStatus::Available);
}

void TestLifecycle::lifecycleActionsAndDelete()
{
    QTemporaryDir files;
    const QString disk = files.filePath(QStringLiteral("owned.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk));
    const qint64 id = importFake(QStringLiteral("owned"), disk);
    auto d = m_c->images().deprecate(id, QStringLiteral("use 2.x")).result();
    QCOMPARE(d->status, ImageStatus::Deprecated);
    QCOMPARE(d->statusReason, QStringLiteral("use 2.x"));
    // Wildcards skip a deprecated image for use; an exact reference may still use it.
    QVERIFY(!m_c->images().resolve(QStringLiteral("owned@1.x.x"), ImagePurpose::Use));
    QVERIFY(m_c->images().resolve(QStringLiteral("owned@1.0.0/1"), ImagePurpose::Use));
    QCOMPARE(m_c->images().disable(id).result()->status, ImageStatus::Disabled);
    QVERIFY(!m_c->images().resolve(QStringLiteral("owned@1.0.0/1"), ImagePurpose::Use));
    QCOMPARE(m_c->images().enable(id).result()->status, ImageStatus::Available);
    auto gone = m_c->images().remove(id).result();
    QVERIFY2(gone, qPrintable(gone ? QString() : gone.error().message));
    QCOMPARE(gone->status, ImageStatus::Deleted);
    QVERIFY(!QFile::exists(disk)); // the owned disk is removed
    // The row stays for lineage but is hidden from lists and wildcards.
    QVERIFY(m_c->images().get(id));
    ImageFilter f;
    f.name = QStringLiteral("owned");
    QCOMPARE(m_c->images().list(f)->size(), 0);
    f.statuses = {ImageStatus::Deleted};
    QCOMPARE(m_c->images().list(f)->size(), 1);
    QVERIFY(!m_c->images().resolve(QStringLiteral("owned")));
    QVERIFY(!m_c->images().remove(id).result()); // deleted stays deleted

    // A disk registered in place is not Kiln's to remove.
    const QString mine = files.filePath(QStringLiteral("mine.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), mine));
    NewImportedImage i;
    i.name = QStringLiteral("inplace");
    i.version = {1, 0, 0};
    i.diskPath = mine;
    i.ownsDisk = false;
    i.format = QStringLiteral("qcow2");
    auto inplace = m_c->images().registerImport(i).result();
    QVERIFY(m_c->images().remove(inplace->row.id).result());
    QVERIFY(QFile::exists(mine));
}

void TestLifecycle::deleteRefusedWhileBuildUsesBase()
{
    const qint64 base = importFake(QStringLiteral("base-in-use"));
    NewBuiltImage n;
    n.name = QStringLiteral("child");
    n.version = {1, 0, 0};
    n.baseImageId = base;
    auto child = m_c->images().createForBuild(n).result();
    QVERIFY(child);
    auto r = m_c->images().remove(base).result();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(child->reference()), qPrintable(r.error().message));
    auto running = m_c->images().remove(child->id).result();
    QVERIFY(!running);
    QVERIFY2(running.error().message.contains(QStringLiteral("cancel the build")), qPrintable(running.error().message));
    QVERIFY(m_c->images().setStatus(child->id, ImageStatus::Cancelled).result());
    QVERIFY(m_c->images().remove(base).result());
}

void TestLifecycle::buildStagesStepsAndFailure()
{
    NewBuild nb;
    nb.pipelineName = QStringLiteral("web-pipeline");
    nb.plan = QJsonObject{{QStringLiteral("recipe"), QStringLiteral("kiln:recipe/web/1.0.0/1")}};
    auto build = m_c->builds().create(nb).result();
    QVERIFY(build);
    QCOMPARE(build->state, BuildState::Pending);
    QCOMPARE(build->plan.value(QStringLiteral("recipe")).toString(), QStringLiteral("kiln:recipe/web/1.0.0/1"));
    QVERIFY(m_c->builds().setWorker(build->id, 4242, QStringLiteral("/tmp/build.lock")).result());
    for (BuildState s : {BuildState::Creating, BuildState::Building})
        QVERIFY(m_c->builds().setState(build->id, s).result());
    BuildStepRow step;
    step.buildId = build->id;
    step.stage = QStringLiteral("BUILDING");
    step.component = QStringLiteral("kiln:component/hello/1.0.0/1");
    step.phase = QStringLiteral("build");
    step.step = QStringLiteral("Say");
    auto s1 = m_c->builds().addStep(step).result();
    QVERIFY(s1);
    QVERIFY(m_c->builds().finishStep(*s1, StepStatus::Success, 0).result());
    step.step = QStringLiteral("Break");
    auto s2 = m_c->builds().addStep(step).result();
    QVERIFY(m_c->builds().finishStep(*s2, StepStatus::Failed, 7, QStringLiteral("exit 7")).result());
    QVERIFY(!m_c->builds().finishStep(999999, StepStatus::Failed, 1).result());
    QVERIFY(m_c->builds().addLog(build->id, QStringLiteral("console"), QStringLiteral("/logs/console.log")).result());

    FailureContext failure;
    failure.component = step.component;
    failure.phase = QStringLiteral("build");
    failure.step = QStringLiteral("Break");
    failure.exitCode = 7;
    failure.message = QStringLiteral("step Break exited with 7");
    for (int i = 0; i < 80; ++i)
        failure.logTail << QStringLiteral("line %1").arg(i);
    auto failed = m_c->builds().setFailed(build->id, failure).result();
    QVERIFY2(failed, qPrintable(failed ? QString() : failed.error().message));
    QCOMPARE(failed->state, BuildState::Failed);
    QCOMPARE(failed->failure.stage, QStringLiteral("BUILDING")); // taken from the state it failed in
    QCOMPARE(failed->failure.exitCode, std::optional<int>(7));
    QCOMPARE(failed->failure.logTail.size(), 50); // the last 50 lines
    QCOMPARE(failed->failure.logTail.last(), QStringLiteral("line 79"));
    QCOMPARE(failed->workerPid, 4242);
    QVERIFY(failed->startedAt.isValid());
    QVERIFY(failed->finishedAt.isValid());
    QCOMPARE(failed->stages.size(), 2);
    QCOMPARE(failed->stages.at(0).stage, QStringLiteral("CREATING"));
    QCOMPARE(failed->stages.at(0).status, QStringLiteral("success"));
    QVERIFY(failed->stages.at(0).durationMs() >= 0);
    QCOMPARE(failed->stages.at(1).status, QStringLiteral("failed"));
    auto steps = m_c->builds().steps(build->id);
    QCOMPARE(steps->size(), 2);
    QCOMPARE(steps->at(1).exitCode, std::optional<int>(7));
    QCOMPARE(steps->at(1).status, StepStatus::Failed);
    QVERIFY(steps->at(1).finishedAt.isValid());
    QCOMPARE(m_c->builds().logs(build->id)->first().kind, QStringLiteral("console"));
    // Finished is final.
    QVERIFY(!m_c->builds().setState(build->id, BuildState::Building).result());
    BuildFilter unfinished;
    unfinished.unfinishedOnly = true;
    const auto open = m_c->builds().list(unfinished);
    QVERIFY(open);
    for (const BuildRow &b : *open)
        QVERIFY(b.id != build->id);
}

void TestLifecycle::cancelRequest()
{
    auto build = m_c->builds().create({}).result();
    auto c = m_c->builds().requestCancel(build->id).result();
    QVERIFY(c && c->cancelRequested);
    QVERIFY(m_c->builds().setState(build->id, BuildState::Cancelled).result());
    auto again = m_c->builds().requestCancel(build->id).result();
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("already finished")));
}

void TestLifecycle::statusNames()
{
    for (int i = 0; i <= int(ImageStatus::Deleted); ++i)
        QCOMPARE(parseImageStatus(imageStatusName(ImageStatus(i))), std::optional<ImageStatus>(ImageStatus(i)));
    QCOMPARE(parseImageStatus(u"available"), std::optional<ImageStatus>(ImageStatus::Available));
    QVERIFY(!parseImageStatus(u"READY"));
    for (int i = 0; i <= int(BuildState::Cancelled); ++i)
        QCOMPARE(parseBuildState(buildStateName(BuildState(i))), std::optional<BuildState>(BuildState(i)));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
