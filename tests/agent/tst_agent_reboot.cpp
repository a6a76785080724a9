// kiln-agent on this host across "reboots" and connection trouble: exit 194 and the Reboot action
// (the agent exits with 3 under --no-shutdown; running it again is the next boot), maxReboots,
// an unplanned restart, cancel from the host, a host that connects late or reconnects. Events
// are parsed with the host's AgentEventParser, seq checked across boots.
#include "agentcase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Kiln::Core::AgentEvent;
using namespace KilnTest;
using Type = AgentEvent::Type;
using Status = AgentEvent::Status;

class TestAgentReboot : public QObject, public KilnTest::AgentCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initCase(); }

    void cancelKillsTheStep()
    {
        makePlan({{QStringLiteral("slow"),
                   document("slow", {{"build", bashStep("Sleep", "echo $$ > " + path(QStringLiteral("pid")).toUtf8()
                                                                     + "\necho sleeping\nsleep 1000")
                                                   + bashStep("After", "echo after")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        QElapsedTimer sinceCancel;
        const auto r = runAgent(host, m_plan, m_port, {}, 60000, [&](QProcess &) {
            if (!sinceCancel.isValid() && host.output(QStringLiteral("Sleep")).contains(QLatin1String("sleeping"))) {
                host.sendCancel();
                sinceCancel.start();
            }
        });
        QVERIFY(sinceCancel.isValid());
        const qint64 cancelMs = sinceCancel.elapsed();
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(cancelMs < 5000, qPrintable(QStringLiteral("cancel took %1 ms").arg(cancelMs)));
        CHECK_STREAM(host);
        const AgentEvent *sleep = host.find(Type::StepEnd, QStringLiteral("Sleep"));
        QVERIFY(sleep);
        QCOMPARE(sleep->status, Status::Cancelled);
        QVERIFY(!host.find(Type::StepStart, QStringLiteral("After")));
        QCOMPARE(host.events.last().type, Type::RunEnd);
        QCOMPARE(host.events.last().status, Status::Cancelled);
        const int pid = readFile(path(QStringLiteral("pid"))).trimmed().toInt();
        QVERIFY(pid > 0);
        QVERIFY2(::kill(pid, 0) != 0, "the step's shell still runs");
        qInfo("cancel → agent exited: %lld ms", cancelMs);
    }


    void exit194RebootsAndResumesTheSameStep()
    {
        const QByteArray marker = path(QStringLiteral("marker")).toUtf8();
        makePlan({{QStringLiteral("kernel"),
                   document("kernel", {{"build", bashStep("Before", "echo before")
                                                     + bashStep("NeedsReboot", "if [ -e " + marker + " ]; then echo second run; else touch "
                                                                                   + marker + "; echo first run; exit 194; fi")
                                                     + bashStep("After", "echo after")},
                                       {"validate", bashStep("Validate", "echo valid")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto first = runAgent(host, m_plan, m_port);
        QVERIFY2(first.exitCode == 3, qPrintable(first.stderrText));
        CHECK_STREAM(host);
        QCOMPARE(host.names().last(), QStringLiteral("reboot"));
        const AgentEvent &reboot = host.events.last();
        QCOMPARE(reboot.step, QStringLiteral("NeedsReboot"));
        QCOMPARE(reboot.document, QStringLiteral("kernel"));
        QCOMPARE(reboot.phase, QStringLiteral("build"));
        QCOMPARE(reboot.reason, QStringLiteral("exit-194"));
        QVERIFY(!host.find(Type::StepEnd, QStringLiteral("NeedsReboot"))); // it runs again: no end yet
        const QJsonObject state = stateFile();
        QCOMPARE(state.value(QLatin1String("phase")).toString(), QStringLiteral("rebooting"));
        QCOMPARE(state.value(QLatin1String("nextSeq")).toInteger(), reboot.seq + 1);
        QCOMPARE(state.value(QLatin1String("boot")).toInt(), 1);
        const qint64 lastSeq = reboot.seq;
        const int eventsBefore = host.events.size();

        // "Reboot": the agent starts again on the next boot, with a new connection.
        host.close();
        QVERIFY(host.listen(m_port));
        const auto second = runAgent(host, m_plan, m_port);
        QVERIFY2(second.exitCode == 0, qPrintable(second.stderrText));
        CHECK_STREAM(host); // seq continues across the reboot, same parser
        const QList<AgentEvent> after = host.events.mid(eventsBefore);
        QCOMPARE(after.first().type, Type::AgentHello);
        QCOMPARE(after.first().seq, lastSeq + 1);
        QVERIFY(after.first().resumed);
        QCOMPARE(after.first().boot, 2);
        QStringList names;
        for (const AgentEvent &e : after)
            names << e.name;
        QCOMPARE(names, (QStringList{QStringLiteral("agent.hello"), QStringLiteral("step.start"), QStringLiteral("step.output"),
                                     QStringLiteral("step.end"), QStringLiteral("step.start"), QStringLiteral("step.output"),
                                     QStringLiteral("step.end"), QStringLiteral("phase.end"), QStringLiteral("phase.start"),
                                     QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
                                     QStringLiteral("phase.end"), QStringLiteral("document.end"), QStringLiteral("run.end")}));
        QCOMPARE(after[1].step, QStringLiteral("NeedsReboot"));
        QCOMPARE(host.output(QStringLiteral("NeedsReboot")), QStringLiteral("first run\nsecond run\n"));
        QCOMPARE(host.find(Type::StepEnd, QStringLiteral("NeedsReboot"))->status, Status::Success);
        QCOMPARE(host.ofType(Type::StepStart).size(), 5); // Before, NeedsReboot ×2, After, Validate
        QCOMPARE(host.ofType(Type::DocumentStart).size(), 1);
        QCOMPARE(host.events.last().status, Status::Success);
        QCOMPARE(stateFile().value(QLatin1String("phase")).toString(), QStringLiteral("finished"));
        // One AWSTOE log folder for the whole execution, continued after the reboot.
        const QStringList folders = QDir(path(QStringLiteral("logs"))).entryList({QStringLiteral("TOE_*")}, QDir::Dirs);
        QCOMPARE(folders.size(), 1);
        const QByteArray console = readFile(path(QStringLiteral("logs/") + folders.first() + QStringLiteral("/console.log")));
        QVERIFY(console.contains("first run"));
        QVERIFY(console.contains("second run"));

        // A third boot (a VM kept after its run) does not run the plan again.
        const int eventsBeforeThird = host.events.size();
        host.close();
        QVERIFY(host.listen(m_port));
        const auto third = runAgent(host, m_plan, m_port);
        QCOMPARE(third.exitCode, 0);
        CHECK_STREAM(host);
        const QList<AgentEvent> late = host.events.mid(eventsBeforeThird);
        QCOMPARE(late.size(), 2);
        QCOMPARE(late[0].boot, 3);
        QCOMPARE(late[1].type, Type::RunEnd);
        QVERIFY(late[1].error.contains(QLatin1String("already ran")));
    }


    void rebootActionResumesAtTheNextStep()
    {
        makePlan({{QStringLiteral("restart"),
                   document("restart", {{"build", bashStep("One", "echo one")
                                                      + "      - name: Restart\n        action: Reboot\n"
                                                      + bashStep("Two", "echo two")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto first = runAgent(host, m_plan, m_port);
        QVERIFY2(first.exitCode == 3, qPrintable(first.stderrText));
        CHECK_STREAM(host);
        QCOMPARE(host.find(Type::StepEnd, QStringLiteral("Restart"))->status, Status::Success);
        QCOMPARE(host.events.last().type, Type::Reboot);
        QCOMPARE(host.events.last().reason, QStringLiteral("action"));
        QCOMPARE(host.events.last().step, QStringLiteral("Restart"));
        const int before = host.events.size();
        host.close();
        QVERIFY(host.listen(m_port));
        const auto second = runAgent(host, m_plan, m_port);
        QVERIFY2(second.exitCode == 0, qPrintable(second.stderrText));
        CHECK_STREAM(host);
        QCOMPARE(host.events[before].type, Type::AgentHello);
        QCOMPARE(host.events[before].boot, 2);
        QCOMPARE(host.events[before + 1].type, Type::StepStart);
        QCOMPARE(host.events[before + 1].step, QStringLiteral("Two"));
        QCOMPARE(host.ofType(Type::StepStart).size(), 3); // One, Restart, Two: Restart is not run again
        QCOMPARE(host.events.last().status, Status::Success);
    }


    void maxRebootsFailsTheRun()
    {
        makePlan({{QStringLiteral("loop"), document("loop", {{"build", bashStep("Again", "exit 194")}}), {}, {}}},
                 {{QStringLiteral("maxReboots"), 1}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        QCOMPARE(runAgent(host, m_plan, m_port).exitCode, 3);
        host.close();
        QVERIFY(host.listen(m_port));
        const auto second = runAgent(host, m_plan, m_port);
        QCOMPARE(second.exitCode, 1);
        CHECK_STREAM(host);
        const AgentEvent &end = host.events.last();
        QCOMPARE(end.type, Type::RunEnd);
        QCOMPARE(end.status, Status::Failed);
        QVERIFY2(end.error.contains(QLatin1String("maxReboots 1")), qPrintable(end.error));
        QCOMPARE(end.step, QStringLiteral("Again"));
    }


    void unplannedRebootIsReported()
    {
        // The step kills the agent the way a `reboot` inside a script would end it.
        makePlan({{QStringLiteral("rogue"),
                   document("rogue", {{"build", bashStep("Rogue", "echo bye; kill -KILL $PPID; sleep 5")}}), {}, {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto first = runAgent(host, m_plan, m_port);
        QCOMPARE(first.exitCode, -1); // killed
        QCOMPARE(stateFile().value(QLatin1String("phase")).toString(), QStringLiteral("running"));
        host.close();
        QVERIFY(host.listen(m_port));
        const auto second = runAgent(host, m_plan, m_port);
        QCOMPARE(second.exitCode, 1);
        const AgentEvent &end = host.events.last();
        QCOMPARE(end.type, Type::RunEnd);
        QCOMPARE(end.status, Status::Failed);
        QCOMPARE(end.step, QStringLiteral("Rogue"));
        QVERIFY2(end.error.contains(QLatin1String("code 194")), qPrintable(end.error));
        QVERIFY(host.ofType(Type::AgentHello).last().resumed);
    }


    void hostConnectsLate()
    {
        makePlan({{QStringLiteral("early"), document("early", {{"build", bashStep("Talk", "for i in 1 2 3; do echo line $i; done")}}), {}, {}}});
        FakeHost host;
        QElapsedTimer clock;
        clock.start();
        bool listening = false;
        // The agent starts before anything listens; the events wait for the host.
        const auto r = runAgent(host, m_plan, m_port, {}, 60000, [&](QProcess &) {
            if (!listening && clock.elapsed() > 1500)
                listening = host.listen(m_port);
        });
        QVERIFY(listening);
        QCOMPARE(r.exitCode, 0);
        CHECK_STREAM(host);
        QCOMPARE(host.output(QStringLiteral("Talk")), QStringLiteral("line 1\nline 2\nline 3\n"));
        QCOMPARE(host.events.last().status, Status::Success);
    }


    void hostReconnects()
    {
        // The host drops the connection while a step runs and comes back: the agent reconnects
        // and goes on; nothing it wrote is lost or duplicated (the host had read it all).
        makePlan({{QStringLiteral("again"),
                   document("again", {{"build", bashStep("Pause", "echo before; sleep 2; echo after") + bashStep("Last", "echo last")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        bool dropped = false, back = false;
        QElapsedTimer sinceDrop;
        const auto r = runAgent(host, m_plan, m_port, {}, 60000, [&](QProcess &) {
            if (!dropped && host.output(QStringLiteral("Pause")).contains(QLatin1String("before"))) {
                host.close();
                dropped = true;
                sinceDrop.start();
            }
            if (dropped && !back && sinceDrop.elapsed() > 500)
                back = host.listen(m_port);
        });
        QVERIFY(back);
        QCOMPARE(r.exitCode, 0);
        CHECK_STREAM(host);
        QCOMPARE(host.connections(), 2);
        QCOMPARE(host.output(QStringLiteral("Pause")), QStringLiteral("before\nafter\n"));
        QCOMPARE(host.events.last().status, Status::Success);
    }


    void oneAgentPerPlan()
    {
        // An image that starts the agent twice: the second one must not run the steps again.
        makePlan({{QStringLiteral("once"),
                   document("once", {{"build", bashStep("Count", "echo run >> " + path(QStringLiteral("runs")).toUtf8() + "; sleep 2")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        bool secondDone = false;
        const auto r = runAgent(host, m_plan, m_port, {}, 60000, [&](QProcess &) {
            if (secondDone || !QFile::exists(path(QStringLiteral("runs"))))
                return;
            QProcess second;
            second.start(QStringLiteral(KILN_AGENT_BINARY), {QStringLiteral("--plan"), m_plan, QStringLiteral("--port"),
                                                             path(QStringLiteral("other.sock")), QStringLiteral("--no-shutdown")});
            QVERIFY(second.waitForFinished(10000));
            QCOMPARE(second.exitCode(), 1);
            QVERIFY(second.readAllStandardError().contains("already running"));
            secondDone = true;
        });
        QVERIFY(secondDone);
        QCOMPARE(r.exitCode, 0);
        CHECK_STREAM(host);
        QCOMPARE(readFile(path(QStringLiteral("runs"))), QByteArray("run\n"));
    }
};

QTEST_GUILESS_MAIN(TestAgentReboot)
#include "tst_agent_reboot.moc"
