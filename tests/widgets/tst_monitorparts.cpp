// The build monitor's parts on their own: the estimate learned from a prepared history, the
// step plan read from a recorded build plan, the step model (checked with
// QAbstractItemModelTester) fed by recorded agent events and catalog rows, the timeline's texts
// and the history chart.
#include "monitorreplay.h"

#include "widgets/monitor/buildestimate.h"
#include "widgets/monitor/buildhistorychart.h"
#include "widgets/monitor/buildstepmodel.h"
#include "widgets/monitor/stagetimeline.h"
#include "widgets/monitor/stepplan.h"
#include "widgets/common/format.h"

#include "core/log/agenteventparser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kiln;
using Widgets::BuildEstimate;
using Widgets::BuildStepModel;

namespace {

QString dataFile(const QString &name) { return QStringLiteral(KILN_TEST_DATA_DIR "/monitor/") + name; }

QList<Core::BuildRow> history()
{
    QFile f(dataFile(QStringLiteral("history.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no history.json");
    QList<Core::BuildRow> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("builds")).toArray()) {
        const QJsonObject o = v.toObject();
        Core::BuildRow b;
        b.id = o.value(QLatin1String("id")).toInt();
        b.pipelineName = QStringLiteral("web");
        b.state = *Core::parseBuildState(o.value(QLatin1String("state")).toString());
        b.finishedAt = QDateTime::fromString(o.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
        for (const QJsonValue &sv : o.value(QLatin1String("stages")).toArray()) {
            const QJsonObject s = sv.toObject();
            Core::BuildStageRow row;
            row.stage = s.value(QLatin1String("stage")).toString();
            row.status = s.value(QLatin1String("status")).toString();
            row.startedAt = QDateTime::fromString(s.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
            row.finishedAt = QDateTime::fromString(s.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
            b.stages << row;
        }
        if (!b.stages.isEmpty())
            b.startedAt = b.stages.constFirst().startedAt;
        out << b;
    }
    return out;
}

Core::BuildRow build(const QList<Core::BuildRow> &rows, qint64 id)
{
    for (const Core::BuildRow &b : rows)
        if (b.id == id)
            return b;
    return {};
}

QList<Core::AgentEvent> events(const QByteArray &bytes, int chunk)
{
    Core::AgentEventParser parser;
    QList<Core::AgentEvent> out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        out << parser.feed(bytes.mid(i, chunk)).events;
    return out;
}

QString stepLine(const QModelIndex &i)
{
    return QStringLiteral("%1|%2|%3").arg(i.data().toString(), i.data(BuildStepModel::StatusRole).toString(),
                                         i.siblingAtColumn(BuildStepModel::ExitCodeColumn).data().toString());
}

QStringList allSteps(const QAbstractItemModel *m)
{
    QStringList out;
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        out << QStringLiteral("# ") + stepLine(group);
        for (int s = 0; s < m->rowCount(group); ++s)
            out << stepLine(m->index(s, 0, group));
    }
    return out;
}

} // namespace

class TestMonitorParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void estimateMedians_data();
    void estimateMedians();
    void estimateRunningBuild_data();
    void estimateRunningBuild();
    void stepPlan();
    void stepPlanUnreadable();
    void stepModelFromEvents_data();
    void stepModelFromEvents();
    void stepModelMerge();
    void stepModelRuns();
    void timelineTexts_data();
    void timelineTexts();
    void historyChart();
    void chartAxis_data();
    void chartAxis();
};

void TestMonitorParts::estimateMedians_data()
{
    QTest::addColumn<int>("maxSamples");
    QTest::addColumn<int>("samples");
    QTest::addColumn<qint64>("creating");
    QTest::addColumn<qint64>("building");
    QTest::addColumn<qint64>("testing");
    QTest::addColumn<qint64>("distributing");
    QTest::addColumn<qint64>("total");
    // Succeeded: 1, 2, 4, 6 (failed 3 and cancelled 5 stop early: left out; 7 runs).
    QTest::newRow("all four successful builds") << 10 << 4 << 7000LL << 52500LL << 61000LL << 3500LL << 124000LL;
    QTest::newRow("the newest two (6 and 4)") << 2 << 2 << 9000LL << 67500LL << 69000LL << 3500LL << 149000LL;
    QTest::newRow("the newest one (6)") << 1 << 1 << 8000LL << 45000LL << 62000LL << 3000LL << 118000LL;
}

void TestMonitorParts::estimateMedians()
{
    QFETCH(int, maxSamples);
    const BuildEstimate e = BuildEstimate::fromHistory(history(), 7, maxSamples);
    QTEST(e.samples(), "samples");
    QTEST(e.medianMs(QStringLiteral("CREATING")), "creating");
    QTEST(e.medianMs(QStringLiteral("BUILDING")), "building");
    QTEST(e.medianMs(QStringLiteral("TESTING")), "testing");
    QTEST(e.medianMs(QStringLiteral("DISTRIBUTING")), "distributing");
    QTEST(e.medianTotalMs(), "total");
}

void TestMonitorParts::estimateRunningBuild_data()
{
    QTest::addColumn<int>("secondsIntoBuilding");
    QTest::addColumn<bool>("withHistory");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("30 s in") << 30 << true << 87000LL << "About 1 min 27 s left (from the median of 4 successful build(s))." << false;
    QTest::newRow("just started") << 0 << true << 117000LL << "About 1 min 57 s left (from the median of 4 successful build(s))." << false;
    QTest::newRow("longer than usual") << 60 << true << 64500LL
                                        << "Building is taking longer than usual (usually 52.5 s); about 1 min 04 s after it." << true;
    QTest::newRow("no history") << 30 << false << -1LL
                                << "No history yet: the time left is estimated once a build of this pipeline has succeeded." << false;
}

void TestMonitorParts::estimateRunningBuild()
{
    QFETCH(int, secondsIntoBuilding);
    QFETCH(bool, withHistory);
    QList<Core::BuildRow> rows = history();
    if (!withHistory)
        rows.removeIf([](const Core::BuildRow &b) { return b.state == Core::BuildState::Succeeded; });
    const BuildEstimate e = BuildEstimate::fromHistory(rows, 7);
    const Core::BuildRow running = build(history(), 7);
    const QDateTime now = running.stages.at(1).startedAt.addSecs(secondsIntoBuilding);
    const QStringList planned = BuildEstimate::stages();
    QTEST(e.remainingMs(running, planned, now), "remaining");
    QTEST(e.summary(running, planned, now), "summary");
    const BuildEstimate::StageProgress p = e.progress(running.stages.at(1), now);
    QTEST(p.overdue, "overdue");
    if (withHistory) {
        QVERIFY(p.fraction >= 0 && p.fraction < 1);
        QCOMPARE(p.expectedMs, 52500);
    } else {
        QCOMPARE(p.fraction, -1.0);
    }
}

void TestMonitorParts::stepPlan()
{
    const KilnTest::Recording rec = KilnTest::Recording::load(dataFile(QStringLiteral("success")));
    const Widgets::StepPlan plan = Widgets::StepPlan::compute(rec.build.value(QLatin1String("plan")).toObject());
    QVERIFY2(plan.valid, qPrintable(plan.error));
    QCOMPARE(plan.stages, QStringList({QStringLiteral("CREATING"), QStringLiteral("BUILDING"), QStringLiteral("TESTING"),
                                       QStringLiteral("DISTRIBUTING")}));
    QStringList building;
    for (const auto &p : plan.phases.value(QStringLiteral("BUILDING")))
        building << p.componentName + u'/' + p.phase + u':' + p.steps.join(u',');
    QCOMPARE(building, QStringList({QStringLiteral("users/build:AddGroup,AddUser"),
                                    QStringLiteral("webapp/build:CreateRoot,WriteIndex,Configure,FetchAssets"),
                                    QStringLiteral("webapp/validate:CheckConfig")}));
    QStringList testing;
    for (const auto &p : plan.phases.value(QStringLiteral("TESTING")))
        testing << p.componentName + u'/' + p.phase + u':' + p.steps.join(u',');
    // users has no test phase: nothing runs for it in the test VM.
    QCOMPARE(testing, QStringList({QStringLiteral("webapp/test:ServesIndex"), QStringLiteral("smoke-test/test:ConfigPresent,UserExists")}));
    QCOMPARE(plan.phases.value(QStringLiteral("BUILDING")).constFirst().component, QStringLiteral("kiln:component/users/1.0.0/1"));
}

void TestMonitorParts::stepPlanUnreadable()
{
    // A build still PENDING has only what was asked for (no resolved plan yet).
    const Widgets::StepPlan plan = Widgets::StepPlan::compute(QJsonObject{{QStringLiteral("pipeline"), QStringLiteral("web")}});
    QVERIFY(!plan.valid);
    QVERIFY(!plan.error.isEmpty());
}

void TestMonitorParts::stepModelFromEvents_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("one event at a time") << 1;
    QTest::newRow("chunks of 700 bytes") << 700;
    QTest::newRow("all at once") << 100000;
}

void TestMonitorParts::stepModelFromEvents()
{
    QFETCH(int, chunk);
    const KilnTest::Recording rec = KilnTest::Recording::load(dataFile(QStringLiteral("failed")));
    BuildStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(Widgets::StepPlan::compute(rec.build.value(QLatin1String("plan")).toObject()));
    QCOMPARE(allSteps(&model), QStringList({QStringLiteral("# users › build|PENDING|"), QStringLiteral("AddGroup|PENDING|"),
                                            QStringLiteral("AddUser|PENDING|"), QStringLiteral("# packages › build|PENDING|"),
                                            QStringLiteral("UpdateIndex|PENDING|"), QStringLiteral("InstallNginx|PENDING|"),
                                            QStringLiteral("EnableService|PENDING|")}));
    const QList<Core::AgentEvent> all = events(rec.file(QStringLiteral("events.jsonl")), 4096);
    // Feed in batches of `chunk` events, as the log feed does per tick; check a running step.
    bool sawRunning = false;
    for (qsizetype i = 0; i < all.size(); i += chunk) {
        model.applyEvents(QStringLiteral("BUILDING"), all.mid(i, chunk));
        sawRunning |= allSteps(&model).contains(QStringLiteral("InstallNginx|RUNNING|"));
    }
    QVERIFY(chunk > 1 || sawRunning);
    model.setBuildFinished(true);
    QCOMPARE(allSteps(&model), QStringList({QStringLiteral("# users › build|SUCCEEDED|"), QStringLiteral("AddGroup|SUCCEEDED|0"),
                                            QStringLiteral("AddUser|SUCCEEDED|0"), QStringLiteral("# packages › build|FAILED|"),
                                            QStringLiteral("UpdateIndex|SUCCEEDED|0"), QStringLiteral("InstallNginx|FAILED|100"),
                                            QStringLiteral("EnableService|NOTRUN|")}));
    const BuildStepModel::Counts c = model.counts(QStringLiteral("BUILDING"));
    QCOMPARE(c.steps, 5);
    QCOMPARE(c.finished, 4);
    QCOMPARE(c.failed, 1);
    QCOMPARE(model.firstFailedStep().data(BuildStepModel::StepRole).toString(), QStringLiteral("InstallNginx"));
    QCOMPARE(model.firstFailedStep().siblingAtColumn(BuildStepModel::DetailColumn).data().toString(),
             QStringLiteral("ExecuteBash: exited with code 100"));
}

void TestMonitorParts::stepModelMerge()
{
    // Catalog rows first (the monitor opened after the build), then the same steps' events: no
    // duplicates; a catalog's final word wins over an event row still running.
    const KilnTest::Recording rec = KilnTest::Recording::load(dataFile(QStringLiteral("failed")));
    BuildStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(Widgets::StepPlan::compute(rec.build.value(QLatin1String("plan")).toObject()));
    QList<Core::BuildStepRow> rows = rec.steps(QStringLiteral("BUILDING"));
    rows.last().status = Core::StepStatus::Running; // InstallNginx still running in this snapshot
    rows.last().exitCode.reset();
    model.applyCatalogSteps(rows);
    QVERIFY(allSteps(&model).contains(QStringLiteral("InstallNginx|RUNNING|")));
    const QList<Core::AgentEvent> all = events(rec.file(QStringLiteral("events.jsonl")), 512);
    // Only the events up to InstallNginx's start: it stays running.
    QList<Core::AgentEvent> upToStart;
    for (const Core::AgentEvent &e : all) {
        upToStart << e;
        if (e.type == Core::AgentEvent::Type::StepStart && e.step == QLatin1String("InstallNginx"))
            break;
    }
    model.applyEvents(QStringLiteral("BUILDING"), upToStart);
    QCOMPARE(model.rowCount(model.index(1, 0)), 3);
    QVERIFY(allSteps(&model).contains(QStringLiteral("InstallNginx|RUNNING|")));
    // The worker closes it as failed (the VM died): the catalog row wins.
    rows.last().status = Core::StepStatus::Failed;
    rows.last().message = QStringLiteral("the VM stopped");
    model.applyCatalogSteps(rows);
    QVERIFY(allSteps(&model).contains(QStringLiteral("InstallNginx|FAILED|")));
    // Later events do not add rows either.
    model.applyEvents(QStringLiteral("BUILDING"), all.mid(upToStart.size()));
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 3);
    QVERIFY(allSteps(&model).contains(QStringLiteral("InstallNginx|FAILED|100")));
}

void TestMonitorParts::stepModelRuns()
{
    // A loop's iterations and a step run again after a reboot are rows of their own, right after
    // the step's earlier run; a step no plan knows (an unparsable document) still shows.
    BuildStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QByteArray stream =
        R"({"event":"agent.hello","seq":1,"t":"2026-01-01T00:00:00.000Z","protocol":1,"version":"t","boot":1}
{"event":"step.start","seq":2,"t":"2026-01-01T00:00:01.000Z","document":"d","documentIndex":0,"phase":"build","step":"Loop","stepIndex":0,"action":"ExecuteBash","iteration":0}
{"event":"step.end","seq":3,"t":"2026-01-01T00:00:02.000Z","document":"d","documentIndex":0,"phase":"build","step":"Loop","stepIndex":0,"status":"success","exitCode":0,"duration":1,"iteration":0}
{"event":"step.start","seq":4,"t":"2026-01-01T00:00:02.000Z","document":"d","documentIndex":0,"phase":"build","step":"Next","stepIndex":1,"action":"ExecuteBash"}
{"event":"step.start","seq":5,"t":"2026-01-01T00:00:02.000Z","document":"d","documentIndex":0,"phase":"build","step":"Loop","stepIndex":0,"action":"ExecuteBash","iteration":1}
{"event":"step.end","seq":6,"t":"2026-01-01T00:00:03.000Z","document":"d","documentIndex":0,"phase":"build","step":"Loop","stepIndex":0,"status":"failed","exitCode":3,"duration":1,"iteration":1}
{"event":"reboot","seq":7,"t":"2026-01-01T00:00:04.000Z","document":"d","documentIndex":0,"phase":"build","step":"Next","reason":"exit-194"}
{"event":"agent.hello","seq":8,"t":"2026-01-01T00:00:09.000Z","protocol":1,"version":"t","boot":2,"resumed":true}
{"event":"step.start","seq":9,"t":"2026-01-01T00:00:10.000Z","document":"d","documentIndex":0,"phase":"build","step":"Next","stepIndex":1,"action":"ExecuteBash"}
)";
    model.applyEvents(QStringLiteral("BUILDING"), events(stream, 100000));
    QCOMPARE(allSteps(&model), QStringList({QStringLiteral("# d › build|FAILED|"), QStringLiteral("Loop|SUCCEEDED|0"),
                                            QStringLiteral("Loop (iteration 2)|FAILED|3"), QStringLiteral("Next|SUCCEEDED|194"),
                                            QStringLiteral("Next (run 2)|RUNNING|")}));
}

void TestMonitorParts::timelineTexts_data()
{
    using S = Widgets::StageTimeline::Stage::State;
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("text");
    QTest::newRow("waiting, known") << int(S::Waiting) << -1LL << 61000LL << false << "usually 1 min 01 s";
    QTest::newRow("waiting, unknown") << int(S::Waiting) << -1LL << -1LL << false << "waiting";
    QTest::newRow("running, known") << int(S::Running) << 30000LL << 52500LL << false << "30.0 s of about 52.5 s";
    QTest::newRow("running, unknown") << int(S::Running) << 30000LL << -1LL << false << "running for 30.0 s";
    QTest::newRow("running, overdue") << int(S::Running) << 70000LL << 52500LL << true << "1 min 10 s, longer than usual";
    QTest::newRow("done") << int(S::Done) << 1900LL << -1LL << false << "done in 1.9 s";
    QTest::newRow("failed") << int(S::Failed) << 33247LL << -1LL << false << "failed after 33.2 s";
    QTest::newRow("cancelled") << int(S::Cancelled) << 5000LL << -1LL << false << "cancelled after 5.0 s";
    QTest::newRow("not in this build") << int(S::Skipped) << -1LL << -1LL << false << "not in this build";
    QTest::newRow("not run") << int(S::NotRun) << -1LL << -1LL << false << "not run";
}

void TestMonitorParts::timelineTexts()
{
    QFETCH(int, state);
    Widgets::StageTimeline::Stage s;
    s.name = QStringLiteral("BUILDING");
    s.state = Widgets::StageTimeline::Stage::State(state);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, expected);
    QFETCH(bool, overdue);
    s.elapsedMs = elapsed;
    s.expectedMs = expected;
    s.overdue = overdue;
    QTEST(Widgets::StageTimeline::stateText(s), "text");
    Widgets::StageTimeline timeline;
    timeline.setStages({s});
    timeline.resize(timeline.sizeHint());
    QTEST(timeline.stateText(QStringLiteral("BUILDING")), "text");
    QVERIFY(!timeline.grab().isNull()); // paints in every state
}

void TestMonitorParts::historyChart()
{
    Widgets::BuildHistoryChart chart;
    QSignalSpy activated(&chart, &Widgets::BuildHistoryChart::buildActivated);
    chart.resize(700, 320);
    chart.setBuilds(QStringLiteral("web"), history());
    // Running build 7 is not drawn; 4 of the 6 finished builds succeeded.
    QCOMPARE(chart.barCount(), 6);
    QCOMPARE(chart.succeededCount(), 4);
    QCOMPARE(chart.successRateText(), QStringLiteral("Success rate 67 % (4 of 6 build(s))"));
    QCOMPARE(chart.barBuildId(0), 1);
    QCOMPARE(chart.barBuildId(5), 6);
    // Bar heights follow the total duration: build 4 (180 s) is the tallest.
    QVERIFY(chart.barRect(3).height() > chart.barRect(0).height());
    QVERIFY(chart.barRect(2).height() < chart.barRect(0).height()); // failed after 30 s
    QCOMPARE(chart.barToolTip(2), QStringLiteral("Build #3: Failed\nFinished %1\nCreating: 5.0 s\nBuilding: 25.0 s\nTotal: 30.0 s")
                                      .arg(Widgets::Format::dateTime(build(history(), 3).finishedAt)));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barRect(3).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), 4);
    // Readable on a dark palette too (paints without the light defaults).
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    chart.setPalette(dark);
    const QImage img = chart.grab().toImage();
    QCOMPARE(img.pixelColor(2, 2), QColor(0x20, 0x20, 0x20));
    chart.setBuilds(QStringLiteral("web"), {});
    QCOMPARE(chart.barCount(), 0);
    QVERIFY(chart.successRateText().isEmpty());
}

void TestMonitorParts::chartAxis_data()
{
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("label");
    QTest::newRow("seconds") << 9000LL << 2000LL << "2 s";
    QTest::newRow("two minutes") << 124000LL << 30000LL << "30 s";
    QTest::newRow("ten minutes") << 600000LL << 300000LL << "5 min";
    QTest::newRow("an hour") << 3600000LL << 900000LL << "15 min";
    QTest::newRow("half a day") << 43200000LL << 10800000LL << "3 h";
}

void TestMonitorParts::chartAxis()
{
    QFETCH(qint64, max);
    QTEST(Widgets::BuildHistoryChart::niceStep(max, 5), "step");
    QTEST(Widgets::BuildHistoryChart::axisLabel(Widgets::BuildHistoryChart::niceStep(max, 5)), "label");
}

QTEST_MAIN(TestMonitorParts)
#include "tst_monitorparts.moc"
