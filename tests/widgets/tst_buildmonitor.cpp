// The build monitor following recorded real builds (tests/data/monitor/<case>, see its README)
// replayed into a real catalog and log folder as a build worker writes them: the statuses, exit
// codes and every line a user sees, live; the failure panel; bad input (garbage in the event
// log, a log file removed mid-build, a 100 MB flood); Cancel; closing the window mid-build.
#include "catalogfixture.h"
#include "monitorreplay.h"

#include "widgets/common/inlinemessage.h"
#include "widgets/logview.h"
#include "widgets/monitor/buildmonitor.h"
#include "widgets/monitor/buildstepmodel.h"
#include "widgets/monitor/closeguard.h"
#include "widgets/monitor/failurepanel.h"
#include "widgets/monitor/stagelogpane.h"
#include "widgets/monitor/stagetimeline.h"

#include "core/log/linesplitter.h"
#include "core/log/logmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Kiln;
using namespace KilnTest;
using Widgets::BuildMonitor;
using Widgets::BuildStepModel;
using Widgets::StageTimeline;

namespace {

QString caseDir(const QString &name) { return QStringLiteral(KILN_TEST_DATA_DIR "/monitor/") + name; }

// The step table as a user reads it: component › phase rows and their steps, with status and
// exit code (durations vary from run to run).
QString dumpSteps(const QAbstractItemModel *m)
{
    QStringList out;
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        out << QStringLiteral("%1 | %2").arg(group.data().toString(), group.data(BuildStepModel::StatusRole).toString());
        for (int s = 0; s < m->rowCount(group); ++s) {
            const QModelIndex step = m->index(s, 0, group);
            out << QStringLiteral("  %1 | %2 | %3")
                       .arg(step.data().toString(), step.data(BuildStepModel::StatusRole).toString(),
                            m->index(s, BuildStepModel::ExitCodeColumn, group).data().toString());
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString lines(const Core::LogModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        if (!(m->line(r).flags & Core::LogModel::Partial))
            out << m->line(r).text;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// A console file as the view shows it: one row per line, control characters removed.
QString consoleLines(const QByteArray &bytes)
{
    Core::LineSplitter splitter;
    QList<Core::LineSplitter::Line> ls;
    splitter.push(bytes, ls);
    splitter.finish(ls);
    QStringList out;
    for (const auto &l : std::as_const(ls))
        out << l.text;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString golden(const QString &dir, const QString &name, const QString &actual)
{
    const QString path = QDir(dir).filePath(name);
    if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN")) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(actual.toUtf8());
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing golden file %1>").arg(path);
    return QString::fromUtf8(f.readAll());
}

// The recording with its libvirt URI pointed at libvirt's in-process test driver, so the kept-VM
// lookup of a failed build runs for real without a daemon.
Recording load(const QString &name)
{
    Recording r = Recording::load(caseDir(name));
    QJsonObject plan = r.build.value(QLatin1String("plan")).toObject();
    QJsonObject infra = plan.value(QLatin1String("infrastructure")).toObject();
    infra.insert(QStringLiteral("uri"), QStringLiteral("test:///default"));
    plan.insert(QStringLiteral("infrastructure"), infra);
    r.build.insert(QStringLiteral("plan"), plan);
    return r;
}

StageTimeline::Stage::State stageState(const BuildMonitor &m, const QString &name)
{
    for (const StageTimeline::Stage &s : m.timeline()->stages())
        if (s.name == name)
            return s.state;
    return StageTimeline::Stage::State::Waiting;
}

} // namespace

class TestBuildMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();
    void failurePanel();
    void garbageInEventLog();
    void logFileRemoved();
    void flood();
    void cancelAsksFirst();
    void closeMidBuild_data();
    void closeMidBuild();
};

void TestBuildMonitor::replay_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<bool>("catalogSteps");
    QTest::addColumn<bool>("eventLogs");
    QTest::addColumn<QString>("finalState");
    QTest::newRow("success, events and catalog") << "success" << true << true << "SUCCEEDED";
    QTest::newRow("success, events only") << "success" << false << true << "SUCCEEDED";
    QTest::newRow("success, catalog only (no event log)") << "success" << true << false << "SUCCEEDED";
    QTest::newRow("failed, events and catalog") << "failed" << true << true << "FAILED";
    QTest::newRow("failed, events only") << "failed" << false << true << "FAILED";
}

void TestBuildMonitor::replay()
{
    QFETCH(QString, recording);
    QFETCH(bool, catalogSteps);
    QFETCH(bool, eventLogs);
    QFETCH(QString, finalState);
    CatalogFixture fx;
    Replay::Options options;
    options.catalogSteps = catalogSteps;
    options.eventLogs = eventLogs;
    // Small chunks at a pace a log feed reads one by one, so a step's start and end arrive in
    // different reads as they do from a real agent (a start and end read together never show
    // the step running, rightly).
    options.chunkBytes = 250;
    options.tickMs = 40;
    const Recording rec = load(recording);
    Replay replay(*fx.catalog, rec, options);

    BuildMonitor monitor(*fx.catalog);
    monitor.setPollInterval(100);
    monitor.resize(1200, 800);
    monitor.show();
    QAbstractItemModelTester tester(monitor.steps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Live: a step is seen running before the build ends.
    bool sawRunningStep = false;
    connect(monitor.steps(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
        if (from.parent().isValid() && from.data(BuildStepModel::StatusRole).toString() == QLatin1String("RUNNING")
            && !Core::isFinal(monitor.build().state))
            sawRunningStep = true;
    });
    bool sawBuildingRunning = false;
    connect(&monitor, &BuildMonitor::loaded, this, [&] {
        sawBuildingRunning |= stageState(monitor, QStringLiteral("BUILDING")) == StageTimeline::Stage::State::Running;
    });
    monitor.showBuild(replay.buildId());
    replay.start();
    QTRY_VERIFY_WITH_TIMEOUT(replay.isDone(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(Core::buildStateName(monitor.build().state), finalState, 10000);

    const QString dir = caseDir(recording);
    QTRY_COMPARE_WITH_TIMEOUT(dumpSteps(monitor.steps()), golden(dir, QStringLiteral("expected-steps.txt"), dumpSteps(monitor.steps())), 10000);
    QVERIFY(sawBuildingRunning);
    if (eventLogs && !catalogSteps)
        QVERIFY2(sawRunningStep, "no step was shown running while the build ran");

    for (const QString &stage : rec.stages()) {
        if (stage != QLatin1String("BUILDING") && stage != QLatin1String("TESTING"))
            continue;
        const QString events = stage == QLatin1String("BUILDING") ? QStringLiteral("events.jsonl") : QStringLiteral("test-events.jsonl");
        const QString console = stage == QLatin1String("BUILDING") ? QStringLiteral("console.log") : QStringLiteral("test-console.log");
        Widgets::LogView *out = monitor.outputPane()->view(stage);
        QVERIFY(out);
        if (eventLogs) {
            QTRY_VERIFY_WITH_TIMEOUT(out->feed()->isFinished(), 10000);
            const QString expected = golden(dir, QStringLiteral("expected-output-%1.txt").arg(stage), lines(out->model()));
            QCOMPARE(lines(out->model()), expected);
        } else {
            monitor.outputPane()->setCurrent(stage, true);
            QTRY_VERIFY(monitor.outputPane()->message()->text().contains(events));
        }
        Widgets::LogView *con = monitor.consolePane()->view(stage);
        QTRY_VERIFY_WITH_TIMEOUT(con->feed()->isFinished(), 10000);
        QCOMPARE(lines(con->model()), consoleLines(rec.file(console)));
    }
    // The build log is every line the worker wrote.
    QTRY_COMPARE_WITH_TIMEOUT(lines(monitor.buildLogPane()->view({})->model()), consoleLines(rec.file(QStringLiteral("worker.log"))), 10000);

    // Timeline: the recorded stages ended as recorded; the rest never ran.
    for (const QString &stage : rec.stages()) {
        const auto s = stageState(monitor, stage);
        QVERIFY2(s == StageTimeline::Stage::State::Done || s == StageTimeline::Stage::State::Failed, qPrintable(stage));
    }
    QCOMPARE(monitor.failurePanel()->isVisible(), finalState == QLatin1String("FAILED"));
    // One Rerun button: the failure panel's for a failed build, the header's otherwise.
    QCOMPARE(monitor.rerunButton()->isVisible(), finalState != QLatin1String("FAILED"));
    QCOMPARE(monitor.failurePanel()->rerunButton()->isVisible(), finalState == QLatin1String("FAILED"));
    QVERIFY(!monitor.cancelButton()->isVisible());
}

void TestBuildMonitor::failurePanel()
{
    CatalogFixture fx;
    Replay replay(*fx.catalog, load(QStringLiteral("failed")), {});
    replay.runAll();
    BuildMonitor monitor(*fx.catalog);
    monitor.resize(1200, 900);
    monitor.show();
    monitor.showBuild(replay.buildId());
    Widgets::FailurePanel *panel = monitor.failurePanel();
    QTRY_VERIFY(panel->isVisible());
    using F = Widgets::FailurePanel::Field;
    QCOMPARE(panel->title(), QStringLiteral("Build #%1 failed in Building").arg(replay.buildId()));
    QCOMPARE(panel->message(), QStringLiteral("exited with code 100"));
    QCOMPARE(panel->fieldText(F::Stage), QStringLiteral("Building"));
    QCOMPARE(panel->fieldText(F::Component), QStringLiteral("kiln:component/packages/1.0.0/1"));
    QCOMPARE(panel->fieldText(F::Phase), QStringLiteral("build"));
    QCOMPARE(panel->fieldText(F::Step), QStringLiteral("InstallNginx"));
    QCOMPARE(panel->fieldText(F::ExitCode), QStringLiteral("100"));
    QVERIFY(panel->logTail().contains(QStringLiteral("E: Unable to locate package nginx-full")));
    // keep-VM-on-failure was on: the lookup asked libvirt (the test driver has no such VM).
    QTRY_VERIFY(panel->consoleText().contains(QStringLiteral("No VM of this build is left")));

    // The step table marks the failed step; the step after it never ran.
    const QModelIndex failed = monitor.steps()->firstFailedStep();
    QVERIFY(failed.isValid());
    QCOMPARE(failed.data(BuildStepModel::StepRole).toString(), QStringLiteral("InstallNginx"));
    QCOMPARE(failed.siblingAtColumn(BuildStepModel::ExitCodeColumn).data().toString(), QStringLiteral("100"));
    const QModelIndex next = failed.sibling(failed.row() + 1, 0);
    QCOMPARE(next.data(BuildStepModel::StepRole).toString(), QStringLiteral("EnableService"));
    QCOMPARE(next.data(BuildStepModel::StatusRole).toString(), QStringLiteral("NOTRUN"));

    // "Show in log" selects the step and shows the failing line in the output.
    QTRY_VERIFY(monitor.outputPane()->view(QStringLiteral("BUILDING")));
    QTRY_VERIFY(monitor.outputPane()->view(QStringLiteral("BUILDING"))->feed()->isFinished());
    panel->showStepButton()->click();
    QCOMPARE(monitor.tabs()->currentIndex(), int(BuildMonitor::OutputTab));
    QCOMPARE(monitor.stepView()->currentIndex().data(BuildStepModel::StepRole).toString(), QStringLiteral("InstallNginx"));
    QTRY_VERIFY(monitor.outputPane()->view(QStringLiteral("BUILDING"))); // the views come once the plan is read
    Widgets::LogView *out = monitor.outputPane()->view(QStringLiteral("BUILDING"));
    QVERIFY(out->selectedText().contains(QStringLiteral("E: Unable to locate package nginx-full"))
            || out->selectedText().contains(QStringLiteral("InstallNginx failed")));
    QCOMPARE(stageState(monitor, QStringLiteral("TESTING")), StageTimeline::Stage::State::NotRun);
    QVERIFY(monitor.timeline()->stateText(QStringLiteral("BUILDING")).startsWith(QStringLiteral("failed after")));
}

void TestBuildMonitor::garbageInEventLog()
{
    CatalogFixture fx;
    Replay::Options options;
    options.stopBefore = QStringLiteral("TESTING");
    Replay replay(*fx.catalog, load(QStringLiteral("success")), options);
    BuildMonitor monitor(*fx.catalog);
    monitor.setPollInterval(100);
    monitor.show();
    monitor.showBuild(replay.buildId());
    replay.runAll();
    // Kernel noise on the port, a torn line and a binary blob, then events going on with a gap.
    QFile f(replay.path(QStringLiteral("events.jsonl")));
    QVERIFY(f.open(QIODevice::Append));
    f.write("[   12.345678] virtio_console: port noise\n{\"event\":\"step.out\n\x01\x02\xff\xfe binary\n");
    f.write("{\"event\":\"step.start\",\"seq\":60,\"t\":\"2026-11-27T11:59:10.000Z\",\"document\":\"webapp\",\"documentIndex\":1,"
            "\"phase\":\"validate\",\"step\":\"Extra\",\"stepIndex\":1,\"action\":\"ExecuteBash\"}\n");
    f.close();
    QTRY_VERIFY(monitor.outputPane()->view(QStringLiteral("BUILDING"))); // the views come once the plan is read
    Widgets::LogView *out = monitor.outputPane()->view(QStringLiteral("BUILDING"));
    QTRY_VERIFY_WITH_TIMEOUT(lines(out->model()).contains(QStringLiteral("missing")), 10000);
    const QString text = lines(out->model());
    QVERIFY2(text.contains(QStringLiteral("virtio_console: port noise")), qPrintable(text.right(800)));
    // The step after the garbage still arrives, running.
    QTRY_VERIFY(monitor.steps()->findStep(QStringLiteral("BUILDING"), QStringLiteral("webapp"), QStringLiteral("validate"),
                                          QStringLiteral("Extra")).isValid());
    const QModelIndex extra = monitor.steps()->findStep(QStringLiteral("BUILDING"), QStringLiteral("webapp"), QStringLiteral("validate"),
                                                        QStringLiteral("Extra"));
    QCOMPARE(extra.data(BuildStepModel::StatusRole).toString(), QStringLiteral("RUNNING"));
}

void TestBuildMonitor::logFileRemoved()
{
    CatalogFixture fx;
    Replay::Options options;
    options.stopBefore = QStringLiteral("TESTING");
    Replay replay(*fx.catalog, load(QStringLiteral("success")), options);
    BuildMonitor monitor(*fx.catalog);
    monitor.setPollInterval(100);
    monitor.show();
    monitor.showBuild(replay.buildId());
    replay.runAll();
    QTRY_VERIFY(monitor.outputPane()->view(QStringLiteral("BUILDING"))); // the views come once the plan is read
    Widgets::LogView *out = monitor.outputPane()->view(QStringLiteral("BUILDING"));
    QTRY_VERIFY_WITH_TIMEOUT(lines(out->model()).contains(QStringLiteral("Run succeeded")), 10000);
    const int shown = out->model()->rowCount();
    QVERIFY(QFile::remove(replay.path(QStringLiteral("events.jsonl"))));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.outputPane()->message()->text().contains(QStringLiteral("was removed")), 5000);
    QCOMPARE(out->model()->rowCount(), shown); // what was read stays
    // The build goes on and ends; the monitor follows the catalog.
    QVERIFY(fx.catalog->builds().setState(replay.buildId(), Core::BuildState::Succeeded).result());
    QTRY_COMPARE(monitor.build().state, Core::BuildState::Succeeded);
    QVERIFY(monitor.outputPane()->message()->text().contains(QStringLiteral("was removed")));
}

void TestBuildMonitor::flood()
{
    // A guest printing 100 MB as fast as it can: the window keeps answering (a probe timer
    // measures the longest stall) and the build still ends as SUCCEEDED with every step right.
    CatalogFixture fx;
    NewBuild nb;
    nb.pipelineName = QStringLiteral("flood");
    const qint64 id = KilnTest::await(fx.catalog->builds().create(nb)).id;
    QVERIFY(fx.catalog->builds().setState(id, BuildState::Creating).result());
    QVERIFY(fx.catalog->builds().setState(id, BuildState::Building).result());
    const QString dir = Core::BuildLogs(fx.catalog->home(), id).dir();
    QDir().mkpath(dir);
    QFile events(QDir(dir).filePath(QStringLiteral("events.jsonl")));
    QVERIFY(events.open(QIODevice::WriteOnly));

    QMainWindow window;
    auto *monitor = new BuildMonitor(*fx.catalog, &window);
    window.setCentralWidget(monitor);
    window.resize(1200, 800);
    window.show();
    monitor->setPollInterval(200);
    monitor->showBuild(id);

    QByteArray line(120, 'x');
    line += "\\n";
    QByteArray chunk;
    while (chunk.size() < 60000)
        chunk += line;
    qint64 seq = 0;
    auto ev = [&](const QByteArray &body) -> QByteArray { // a QByteArray, not a QStringBuilder of temporaries
        return "{\"seq\":" + QByteArray::number(++seq) + ",\"t\":\"2026-11-27T12:00:00.000Z\"," + body + "}\n";
    };
    events.write(ev("\"event\":\"agent.hello\",\"protocol\":1,\"version\":\"flood\",\"boot\":1"));
    events.write(ev("\"event\":\"step.start\",\"document\":\"flood\",\"documentIndex\":0,\"phase\":\"build\",\"step\":\"Spew\",\"stepIndex\":0,\"action\":\"ExecuteBash\""));
    events.flush();
    const QByteArray output = "\"event\":\"step.output\",\"document\":\"flood\",\"documentIndex\":0,\"phase\":\"build\","
                              "\"step\":\"Spew\",\"stream\":\"stdout\",\"chunk\":\"" + chunk + "\"";
    const qint64 target = 100LL * 1024 * 1024;
    qint64 written = 0;
    qint64 worst = 0;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(16);
    connect(&probe, &QTimer::timeout, this, [&] {
        worst = std::max(worst, probeClock.restart());
    });
    QTimer writer;
    writer.setInterval(10);
    connect(&writer, &QTimer::timeout, this, [&] {
        // ~10 MB per 100 ms: faster than any view can show (the feed discards, the file keeps all).
        for (int i = 0; i < 16 && written < target; ++i)
            written += events.write(ev(output));
        events.flush();
        if (written >= target) {
            writer.stop();
            events.write(ev("\"event\":\"step.end\",\"document\":\"flood\",\"documentIndex\":0,\"phase\":\"build\",\"step\":\"Spew\",\"stepIndex\":0,\"status\":\"success\",\"exitCode\":0,\"duration\":9.5"));
            events.write(ev("\"event\":\"run.end\",\"status\":\"success\",\"duration\":10"));
            events.close();
        }
    });
    probeClock.start();
    probe.start();
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!events.isOpen(), 120000);
    QVERIFY(fx.catalog->builds().setState(id, BuildState::Succeeded).result());
    QTRY_VERIFY(monitor->outputPane()->view(QStringLiteral("BUILDING"))); // the views come once the plan is read
    Widgets::LogView *out = monitor->outputPane()->view(QStringLiteral("BUILDING"));
    QTRY_VERIFY_WITH_TIMEOUT(out->feed()->isFinished(), 120000);
    probe.stop();
    qInfo("flood: %lld MB written, longest event-loop stall %lld ms, %lld bytes skipped in the view, %d rows shown",
          written / (1024 * 1024), worst, out->feed()->skippedBytes(), out->model()->rowCount());
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("the window froze for %1 ms").arg(worst)));
    // What the view skipped is said in place ("[… N bytes skipped, see full log]"), unless the
    // cap has since dropped those lines off the top of the document.
    QVERIFY(out->feed()->skippedBytes() > 0);
    QVERIFY2(lines(out->model()).contains(QStringLiteral("bytes skipped, see full log")) || out->model()->trimmedLines() > 0,
             "bytes were skipped without a word in the view");
    QVERIFY(lines(out->model()).contains(QStringLiteral("Spew succeeded")));
    const QModelIndex spew = monitor->steps()->findStep(QStringLiteral("BUILDING"), QStringLiteral("flood"), QStringLiteral("build"), QStringLiteral("Spew"));
    QVERIFY(spew.isValid());
    QCOMPARE(spew.data(BuildStepModel::StatusRole).toString(), QStringLiteral("SUCCEEDED"));
}

void TestBuildMonitor::cancelAsksFirst()
{
    CatalogFixture fx;
    Replay::Options options;
    options.stopBefore = QStringLiteral("TESTING");
    Replay replay(*fx.catalog, load(QStringLiteral("success")), options);
    replay.runAll();
    BuildMonitor monitor(*fx.catalog);
    monitor.setPollInterval(100);
    monitor.show();
    monitor.showBuild(replay.buildId());
    QTRY_VERIFY(monitor.isRunning());
    QTRY_VERIFY(monitor.cancelButton()->isVisible() && monitor.cancelButton()->isEnabled());

    // "Keep running" leaves the build alone.
    monitor.cancelButton()->click();
    auto *box = monitor.findChild<QMessageBox *>(QStringLiteral("CancelBuildQuestion"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Cancel build #%1").arg(replay.buildId())));
    box->button(QMessageBox::NoButton); // (custom buttons)
    for (QAbstractButton *b : box->buttons())
        if (b->text() == QStringLiteral("Keep running"))
            b->click();
    QTRY_VERIFY(!monitor.findChild<QMessageBox *>(QStringLiteral("CancelBuildQuestion")));
    QVERIFY(monitor.isRunning());

    // "Cancel build": the runner's cancel. No worker runs this replayed build, so the runner
    // marks it CANCELLED itself.
    monitor.cancelButton()->click();
    box = monitor.findChild<QMessageBox *>(QStringLiteral("CancelBuildQuestion"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons())
        if (b->text() == QStringLiteral("Cancel build"))
            b->click();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.build().state, Core::BuildState::Cancelled, 20000);
    QTRY_VERIFY(monitor.message()->text().contains(QStringLiteral("cancelled")));
    QTRY_COMPARE(stageState(monitor, QStringLiteral("BUILDING")), StageTimeline::Stage::State::Cancelled);
    QVERIFY(!monitor.cancelButton()->isVisible());
}

void TestBuildMonitor::closeMidBuild_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("finalState");
    QTest::newRow("keep running (default)") << int(Widgets::CloseGuard::Choice::KeepRunning) << true << "BUILDING";
    QTest::newRow("don't close") << int(Widgets::CloseGuard::Choice::DontClose) << false << "BUILDING";
    QTest::newRow("cancel builds and close") << int(Widgets::CloseGuard::Choice::CancelBuilds) << true << "CANCELLED";
}

void TestBuildMonitor::closeMidBuild()
{
    QFETCH(int, choice);
    QFETCH(bool, closes);
    QFETCH(QString, finalState);
    CatalogFixture fx;
    Replay::Options options;
    options.stopBefore = QStringLiteral("TESTING");
    Replay replay(*fx.catalog, load(QStringLiteral("success")), options);
    replay.runAll();

    // A window whose close goes through the guard, as MainWindow's does.
    class Window : public QWidget
    {
    public:
        Widgets::CloseGuard *guard = nullptr;
        bool closedOnce = false;

    protected:
        void closeEvent(QCloseEvent *e) override
        {
            if (!guard->allowClose()) {
                e->ignore();
                return;
            }
            closedOnce = true;
            e->accept();
        }
    } window;
    window.guard = new Widgets::CloseGuard(*fx.catalog, &window);
    QList<Core::BuildRow> asked;
    window.guard->setAnswer([&](const QList<Core::BuildRow> &running) {
        asked = running;
        return Widgets::CloseGuard::Choice(choice);
    });
    window.show();
    QTRY_COMPARE(window.guard->running().size(), qsizetype(1));
    QVERIFY(Widgets::CloseGuard::question(window.guard->running()).contains(QStringLiteral("#%1 web (Building)").arg(replay.buildId())));
    window.close();
    QCOMPARE(asked.size(), qsizetype(1));
    QTRY_COMPARE_WITH_TIMEOUT(window.closedOnce, closes, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(Core::buildStateName(fx.catalog->builds().get(replay.buildId())->state), finalState, 20000);
}

QTEST_MAIN(TestBuildMonitor)
#include "tst_buildmonitor.moc"
