// The build monitor on real builds: the Build monitor page (BuildMonitorPanel) follows builds
// started the way the GUI starts them (BuildStarter → the runner's BuildLauncher → a detached
// `kilnctl build-worker` with real libvirtd + QEMU (TCG) and the real kiln-agent in the tinyos
// fixture), from PENDING to the end:
//   web     users + webapp (a loop, stderr output) + smoke-test → SUCCEEDED: steps seen running
//           while the build ran, then every catalog step row shown with its status and exit code,
//           the steps' output lines and the serial console in the views, every stage done
//   broken  InstallNginx exits 100 → FAILED: the failure panel names the stage, component, step
//           and exit code with apt's error in the tail; the VM kept on failure is found on the
//           hypervisor for its console; `kilnctl build cleanup` removes it afterwards
//   web     again: the time left is learned from the first build; Cancel → CANCELLED
// Needs scripts/daemons.sh, the tinyos fixture, kilnctl and kiln-agent (label e2e; ~5–10 min).
#include "widgets/buildmonitor/buildmonitorpanel.h"
#include "widgets/common/buildstarter.h"
#include "widgets/logview.h"
#include "widgets/monitor/buildmonitor.h"
#include "widgets/monitor/buildstepmodel.h"
#include "widgets/monitor/failurepanel.h"
#include "widgets/monitor/stagelogpane.h"
#include "widgets/monitor/stagetimeline.h"
#include "widgets/monitor/stepstatusstyle.h"

#include "core/catalog/catalog.h"
#include "core/log/logmodel.h"
#include "core/virt/eventhub.h"

#include "tests/virt/e2esupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using Widgets::BuildMonitor;
using Widgets::BuildStepModel;
using Widgets::StageTimeline;

namespace {

const QString kPool = u"kiln-e2e-monitor"_s;

QString kilnctl() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kilnctl/kilnctl"_s; }
QString agent() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kiln-agent/kiln-agent"_s; }
QString data() { return QStringLiteral(KILN_TEST_DATA_DIR) + u"/monitor"_s; }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString text(const Core::LogModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->line(r).text;
    return out.join(u'\n');
}

StageTimeline::Stage::State stageState(const BuildMonitor &m, const QString &name)
{
    for (const StageTimeline::Stage &s : m.timeline()->stages())
        if (s.name == name)
            return s.state;
    return StageTimeline::Stage::State::Waiting;
}

// What a user watching a build live could have noticed, sampled as it ran.
struct Watch {
    bool sawRunningStep = false;     // a step row read RUNNING
    bool sawBuildingRunning = false; // the timeline's BUILDING ran
    int outputLinesWhileRunning = 0; // output lines shown before the build ended
    int consoleLinesWhileRunning = 0;
    QString timeLeft;                // the timeline's summary while it ran
};

} // namespace

class TestMonitorE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<Core::Catalog> m_catalog;
    std::unique_ptr<Widgets::BuildMonitorPanel> m_panel;

    E2e::Run ctl(const QStringList &args)
    {
        return E2e::run(kilnctl(), QStringList{u"--home"_s, m_home} + args, 180000);
    }

    qint64 startLikeTheGui(const QString &pipeline)
    {
        auto p = m_catalog->pipelines().get(pipeline);
        if (!p) {
            qWarning("pipeline %s: %s", qPrintable(pipeline), qPrintable(p.error().message));
            return 0;
        }
        QFuture<Core::Result<Core::BuildRow>> started = Widgets::BuildStarter::start(*m_catalog, *p);
        if (!QTest::qWaitFor([&] { return started.isFinished(); }, 120000))
            return 0;
        if (!started.result()) {
            qWarning("start %s: %s", qPrintable(pipeline), qPrintable(started.result().error().message));
            return 0;
        }
        return started.result()->id;
    }

    // Follows `id` in the panel until it ends, sampling what the user sees.
    Watch follow(qint64 id)
    {
        Watch w;
        m_panel->showBuild(id);
        BuildMonitor *m = m_panel->monitor();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500000 && !(m->isLoaded() && Core::isFinal(m->build().state))) {
            QTest::qWait(200);
            if (!m->isLoaded())
                continue;
            for (int g = 0; g < m->steps()->rowCount(); ++g) {
                const QModelIndex group = m->steps()->index(g, 0);
                for (int s = 0; s < m->steps()->rowCount(group); ++s)
                    w.sawRunningStep |= m->steps()->index(s, 0, group).data(BuildStepModel::StatusRole).toString() == u"RUNNING"_s;
            }
            w.sawBuildingRunning |= stageState(*m, u"BUILDING"_s) == StageTimeline::Stage::State::Running;
            if (Widgets::LogView *v = m->outputPane()->view(u"BUILDING"_s))
                w.outputLinesWhileRunning = std::max(w.outputLinesWhileRunning, v->model()->rowCount());
            if (Widgets::LogView *v = m->consolePane()->view(u"BUILDING"_s))
                w.consoleLinesWhileRunning = std::max(w.consoleLinesWhileRunning, v->model()->rowCount());
            if (w.timeLeft.isEmpty() && m->build().state == Core::BuildState::Building)
                w.timeLeft = m->timeline()->summary();
        }
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Core::EventHub::instance();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(agent()).isExecutable(), "build kiln-agent first");
        QVERIFY2(QFileInfo(kilnctl()).isExecutable(), "build kilnctl first");
        // The runner starts `kilnctl build-worker` (this build tree's) with this agent.
        qputenv("KILN_KILNCTL", kilnctl().toUtf8());
        qputenv("KILN_AGENT", agent().toUtf8());
        m_home = m_dir.filePath(u"home"_s);
        QString error;
        const QString fixture = E2e::tinyosDir(&error);
        QVERIFY2(!fixture.isEmpty(), qPrintable(error));

        E2e::Run r = ctl({u"image"_s, u"import"_s, u"--file"_s, fixture + u"/tinyos.qcow2"_s, u"--name"_s, u"tinyos"_s,
                          u"--version"_s, u"1.0.0"_s, u"--kernel"_s, fixture + u"/vmlinux"_s, u"--initrd"_s,
                          fixture + u"/initrd.img"_s, u"--cmdline"_s, QString::fromUtf8(readFile(fixture + u"/cmdline"_s)).trimmed()});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        const QList<std::tuple<QString, QString, QString>> components{
            {u"users.yml"_s, u"users"_s, u"build"_s},
            {u"webapp.yml"_s, u"webapp"_s, u"build"_s},
            {u"broken.yml"_s, u"packages"_s, u"build"_s},
            {u"smoke.yml"_s, u"smoke-test"_s, u"test"_s}};
        for (const auto &[file, name, type] : components) {
            r = ctl({u"component"_s, u"create"_s, u"--file"_s, data() + u"/components/"_s + file, u"--name"_s, name, u"--version"_s,
                     u"1.0.0"_s, u"--type"_s, type});
            QVERIFY2(r.exitCode == 0, r.output.constData());
        }
        // The recordings' resources, on this machine's URI, a pool of this test and a temporary export folder.
        QByteArray resources = readFile(data() + u"/resources.yml"_s);
        resources.replace("qemu:///system", E2e::uri().toUtf8())
            .replace("kiln-monrec", kPool.toUtf8())
            .replace("/tmp/monrec/out", m_dir.filePath(u"exports"_s).toUtf8());
        const QString resourceFile = m_dir.filePath(u"resources.yml"_s);
        QFile out(resourceFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(resources);
        out.close();
        r = ctl({u"apply"_s, u"-f"_s, resourceFile});
        QVERIFY2(r.exitCode == 0, r.output.constData());

        auto opened = Core::Catalog::open(Core::Home(m_home));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_catalog = std::move(*opened);
        m_panel = std::make_unique<Widgets::BuildMonitorPanel>(*m_catalog);
        m_panel->resize(1300, 900);
        m_panel->show();
        m_panel->monitor()->setPollInterval(250);
    }

    void succeeds()
    {
        const qint64 id = startLikeTheGui(u"web"_s);
        QVERIFY(id > 0);
        const Watch w = follow(id);
        BuildMonitor *m = m_panel->monitor();
        QCOMPARE(m->buildId(), id);
        QVERIFY2(m->build().state == Core::BuildState::Succeeded,
                 qPrintable(u"%1: %2 %3"_s.arg(Core::buildStateName(m->build().state), m->build().failure.message, m->build().stateReason)));
        // Live, not only at the end.
        QVERIFY(w.sawBuildingRunning);
        QVERIFY2(w.sawRunningStep, "no step was shown running while the build ran");
        QVERIFY2(w.outputLinesWhileRunning > 0, "no output shown while the build ran");
        QVERIFY2(w.consoleLinesWhileRunning > 0, "no serial console shown while the build ran");
        qInfo("while BUILDING the timeline said: %s", qPrintable(w.timeLeft));

        // Every step row the runner recorded, with its status and exit code.
        auto rows = m_catalog->builds().steps(id);
        QVERIFY(rows);
        QVERIFY(rows->size() >= 5);
        for (const Core::BuildStepRow &row : std::as_const(*rows)) {
            QModelIndex step;
            QTRY_VERIFY((step = m->steps()->findStep(row.stage, row.component, row.phase, row.step)).isValid());
            QCOMPARE(step.data(BuildStepModel::StatusRole).toString(), Widgets::StepStatusStyle::word(row.status));
            if (row.exitCode)
                QCOMPARE(step.siblingAtColumn(BuildStepModel::ExitCodeColumn).data().toString(), QString::number(*row.exitCode));
        }
        // The steps' output (stdout and stderr) and the milestones.
        Widgets::LogView *out = m->outputPane()->view(u"BUILDING"_s);
        QVERIFY(out);
        QTRY_VERIFY(out->feed()->isFinished());
        const QString shown = text(out->model());
        QVERIFY2(shown.contains(u"adding user web (uid 1001)"_s), qPrintable(shown.left(2000)));
        QVERIFY2(shown.contains(u"users › build › AddUser"_s), qPrintable(shown.left(2000)));
        Widgets::LogView *testOut = m->outputPane()->view(u"TESTING"_s);
        QVERIFY(testOut);
        QTRY_VERIFY(testOut->model()->rowCount() > 0);
        QVERIFY(m->consolePane()->view(u"BUILDING"_s)->model()->rowCount() > 0);
        for (const QString &stage : {u"CREATING"_s, u"BUILDING"_s, u"TESTING"_s, u"DISTRIBUTING"_s})
            QCOMPARE(stageState(*m, stage), StageTimeline::Stage::State::Done);
        QVERIFY(!m->failurePanel()->isVisible());
        QVERIFY(m->rerunButton()->isVisible());
    }

    void fails()
    {
        const qint64 id = startLikeTheGui(u"broken"_s);
        QVERIFY(id > 0);
        follow(id);
        BuildMonitor *m = m_panel->monitor();
        QCOMPARE(m->build().state, Core::BuildState::Failed);
        Widgets::FailurePanel *panel = m->failurePanel();
        QTRY_VERIFY(panel->isVisible());
        using F = Widgets::FailurePanel::Field;
        QCOMPARE(panel->fieldText(F::Stage), u"Building"_s);
        QCOMPARE(panel->fieldText(F::Step), u"InstallNginx"_s);
        QCOMPARE(panel->fieldText(F::ExitCode), u"100"_s);
        QVERIFY2(panel->logTail().contains(u"E: Unable to locate package nginx-full"_s), qPrintable(panel->logTail()));
        const QModelIndex failed = m->steps()->firstFailedStep();
        QVERIFY(failed.isValid());
        QCOMPARE(failed.data(BuildStepModel::StepRole).toString(), u"InstallNginx"_s);
        // keepVmOnFailure: the panel finds the kept VM on the hypervisor and offers its console.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->consoleCommand().isEmpty(), 30000);
        QVERIFY2(panel->consoleCommand().contains(u"virsh"_s), qPrintable(panel->consoleCommand()));
        const E2e::Run r = ctl({u"build"_s, u"cleanup"_s, QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.output.constData());
    }

    // A second build of "web": the timeline's time left comes from the first one's stage
    // durations; Cancel stops it (the worker's cancel, a real VM torn down).
    void estimatesThenCancels()
    {
        const qint64 id = startLikeTheGui(u"web"_s);
        QVERIFY(id > 0);
        m_panel->showBuild(id);
        BuildMonitor *m = m_panel->monitor();
        QTRY_VERIFY_WITH_TIMEOUT(m->isLoaded() && m->build().state == Core::BuildState::Building, 600000);
        QTRY_VERIFY(m->estimate().medianMs(u"BUILDING"_s) > 0);
        QTRY_VERIFY2(m->timeline()->summary().contains(u"left"_s), qPrintable(m->timeline()->summary()));
        qInfo("second build, BUILDING: %s", qPrintable(m->timeline()->summary()));
        QVERIFY(m->cancelButton()->isVisible());
        m->cancelBuild();
        QTRY_COMPARE_WITH_TIMEOUT(m->build().state, Core::BuildState::Cancelled, 300000);
        QTRY_VERIFY(!m->cancelButton()->isVisible());
        QVERIFY(m->rerunButton()->isVisible());
        QCOMPARE(stageState(*m, u"BUILDING"_s), StageTimeline::Stage::State::Cancelled);
        QCOMPARE(stageState(*m, u"TESTING"_s), StageTimeline::Stage::State::NotRun);
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        // Anything a failed run left behind (the build workers clean their own VMs and volumes).
        if (!m_catalog)
            return;
        auto builds = m_catalog->builds().list({});
        if (builds)
            for (const Core::BuildRow &b : std::as_const(*builds))
                if (b.state == Core::BuildState::Failed || !Core::isFinal(b.state))
                    ctl({u"build"_s, u"cleanup"_s, QString::number(b.id)});
        // The built image's own volume stays with the image; the pool is this test's, so its
        // images go with the temporary home (the cached base images stay for the next run).
        const E2e::Run vols = E2e::run(u"virsh"_s, {u"-c"_s, E2e::uri(), u"vol-list"_s, kPool});
        for (const QByteArray &line : vols.output.split('\n')) {
            const QByteArray name = line.trimmed().split(' ').value(0);
            if (name.startsWith("kiln-build-"))
                E2e::run(u"virsh"_s, {u"-c"_s, E2e::uri(), u"vol-delete"_s, u"--pool"_s, kPool, QString::fromUtf8(name)});
        }
    }
};

QTEST_MAIN(TestMonitorE2e)
#include "tst_monitor_e2e.moc"
