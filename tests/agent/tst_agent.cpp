// kiln-agent on this host: the real static binary runs plans (--no-shutdown) against a fake host
// on a unix socket; its output is parsed with the host's AgentEventParser, so the two sides of
// docs/agent-protocol.md are checked against each other.
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
#include <cstring>

using Kiln::Core::AgentEvent;
using namespace KilnTest;
using Type = AgentEvent::Type;
using Status = AgentEvent::Status;

class TestAgent : public QObject, public KilnTest::AgentCase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initCase(); }

    void versionAndUsage()
    {
        QProcess p;
        p.start(QStringLiteral(KILN_AGENT_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("kiln-agent 0.1.0"));
        p.start(QStringLiteral(KILN_AGENT_BINARY), {QStringLiteral("--bogus")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("unknown argument '--bogus'"));
        // Static: runs in a guest without a C library of a known version.
        QProcess file;
        file.start(QStringLiteral("file"), {QStringLiteral("-L"), QStringLiteral(KILN_AGENT_BINARY)});
        if (file.waitForFinished(10000) && file.exitCode() == 0)
            QVERIFY2(file.readAll().contains("statically linked"), "kiln-agent must be a static binary");
    }

    void successStatusesAndPhases()
    {
        const QByteArray alpha = document(
            "alpha",
            {{"build", bashStep("Hello", "echo \"hello {{ Greeting }}\"\necho 'to stderr' >&2")
                           + bashStep("Ignored", "echo failing; exit 3", "        onFailure: Ignore\n")
                           + "      - name: Skipped\n        action: ExecuteBash\n"
                             "        if:\n          stringEquals: 'a'\n          value: 'b'\n"
                             "        inputs:\n          commands:\n            - exit 9\n"
                           + bashStep("Pwd", "pwd")},
             {"validate", bashStep("Check", "echo '{{ build.Hello.outputs.stdout }}'")}},
            "parameters:\n  - Greeting:\n      type: string\n      default: nobody\n");
        const QByteArray beta = document("beta", {{"build", bashStep("NotRun", "exit 1")},
                                                  {"test", bashStep("Tested", "echo tested")}});
        makePlan({{QStringLiteral("alpha"), alpha, {QStringLiteral("build"), QStringLiteral("validate")},
                   QJsonObject{{QStringLiteral("Greeting"), QStringLiteral("world")}}},
                  {QStringLiteral("beta"), beta, {QStringLiteral("test")}, {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);

        const QStringList expected{
            QStringLiteral("agent.hello"),
            QStringLiteral("document.start"), QStringLiteral("phase.start"),
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("step.end"), // Skipped: no start
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("phase.end"),
            QStringLiteral("phase.start"), QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("phase.end"), QStringLiteral("document.end"),
            QStringLiteral("document.start"), QStringLiteral("phase.start"), QStringLiteral("step.start"),
            QStringLiteral("step.output"), QStringLiteral("step.end"), QStringLiteral("phase.end"), QStringLiteral("document.end"),
            QStringLiteral("run.end")};
        QCOMPARE(host.names(), expected);

        const AgentEvent &hello = host.events.first();
        QCOMPARE(hello.protocol, 1);
        QCOMPARE(hello.boot, 1);
        QVERIFY(!hello.resumed);
        QVERIFY(!hello.os.value(QLatin1String("ID")).toString().isEmpty()); // this host's os-release
        QVERIFY(hello.raw.value(QLatin1String("uptime")).toDouble() > 0);

        const auto starts = host.ofType(Type::DocumentStart);
        QCOMPARE(starts[0].document, QStringLiteral("alpha"));
        QCOMPARE(starts[0].documentIndex, 0);
        QCOMPARE(starts[0].phases, (QStringList{QStringLiteral("build"), QStringLiteral("validate")}));
        QCOMPARE(starts[1].document, QStringLiteral("beta"));
        QCOMPARE(starts[1].documentIndex, 1);
        QCOMPARE(starts[1].phases, QStringList{QStringLiteral("test")});

        const AgentEvent *hello1 = host.find(Type::StepEnd, QStringLiteral("Hello"));
        QCOMPARE(hello1->status, Status::Success);
        QCOMPARE(hello1->exitCode, 0);
        QCOMPARE(hello1->stepIndex, 0);
        QCOMPARE(hello1->outputs.value(QLatin1String("stdout")).toString(), QStringLiteral("hello world"));
        QCOMPARE(host.output(QStringLiteral("Hello"), QStringLiteral("stdout")), QStringLiteral("hello world\n"));
        QCOMPARE(host.output(QStringLiteral("Hello"), QStringLiteral("stderr")), QStringLiteral("to stderr\n"));
        const AgentEvent *ignored = host.find(Type::StepEnd, QStringLiteral("Ignored"));
        QCOMPARE(ignored->status, Status::Ignored);
        QCOMPARE(ignored->exitCode, 3);
        QVERIFY(!ignored->error.isEmpty());
        const AgentEvent *skipped = host.find(Type::StepEnd, QStringLiteral("Skipped"));
        QCOMPARE(skipped->status, Status::Skipped);
        QCOMPARE(skipped->stepIndex, 2);
        QCOMPARE(host.output(QStringLiteral("Pwd")), path(QStringLiteral("work")) + QLatin1Char('\n'));
        QCOMPARE(host.output(QStringLiteral("Check")), QStringLiteral("hello world\n")); // chaining
        QCOMPARE(host.find(Type::StepStart, QStringLiteral("Check"))->phase, QStringLiteral("validate"));
        QVERIFY(!host.find(Type::StepStart, QStringLiteral("NotRun")));
        QCOMPARE(host.find(Type::StepEnd, QStringLiteral("Tested"))->documentIndex, 1);
        for (const AgentEvent &e : host.ofType(Type::PhaseEnd))
            QCOMPARE(e.status, Status::Success);
        const AgentEvent &end = host.events.last();
        QCOMPARE(end.status, Status::Success);
        QVERIFY(end.duration > 0);

        // The AWSTOE log folder in the "guest".
        const QStringList folders = QDir(path(QStringLiteral("logs"))).entryList({QStringLiteral("TOE_*")}, QDir::Dirs);
        QCOMPARE(folders.size(), 1);
        const QString folder = path(QStringLiteral("logs/") + folders.first());
        for (const char *f : {"console.log", "detailedoutput.json", "chaining.json"})
            QVERIFY2(QFile::exists(folder + QLatin1Char('/') + QLatin1String(f)), f);
        QVERIFY(readFile(folder + QStringLiteral("/console.log")).contains("hello world"));
        QCOMPARE(stateFile().value(QLatin1String("phase")).toString(), QStringLiteral("finished"));
    }

    void failureNamesTheStep()
    {
        makePlan({{QStringLiteral("gamma"),
                   document("gamma", {{"build", bashStep("First", "echo one") + bashStep("Breaks", "echo 'E: broken' >&2; exit 7")
                                                    + bashStep("Never", "echo never")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QCOMPARE(r.exitCode, 1);
        CHECK_STREAM(host);
        const AgentEvent *breaks = host.find(Type::StepEnd, QStringLiteral("Breaks"));
        QVERIFY(breaks);
        QCOMPARE(breaks->status, Status::Failed);
        QCOMPARE(breaks->exitCode, 7);
        QVERIFY(!host.find(Type::StepStart, QStringLiteral("Never")));
        QCOMPARE(host.find(Type::PhaseEnd)->status, Status::Failed);
        QCOMPARE(host.find(Type::DocumentEnd)->status, Status::Failed);
        const AgentEvent &end = host.events.last();
        QCOMPARE(end.type, Type::RunEnd);
        QCOMPARE(end.status, Status::Failed);
        QCOMPARE(end.document, QStringLiteral("gamma"));
        QCOMPARE(end.documentIndex, 0);
        QCOMPARE(end.phase, QStringLiteral("build"));
        QCOMPARE(end.step, QStringLiteral("Breaks"));
        QCOMPARE(end.exitCode, 7);
        QVERIFY2(end.error.contains(QLatin1String("Breaks")), qPrintable(end.error));
    }

    void badPlansFailWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("plan.json");
        QTest::newRow("syntax") << QByteArray("{\"version\": 1,\n \"planId\": }") << QStringLiteral("plan.json:2:");
        QTest::newRow("no documents") << QByteArray("{\"version\":1,\"planId\":\"p\",\"documents\":[]}")
                                      << QStringLiteral("documents is empty");
        QTest::newRow("bad field") << QByteArray("{\"version\":1,\"planId\":\"p\",\"generalize\":\"yes\",\"documents\":[{}]}")
                                   << QStringLiteral("generalize must be true or false");
        QTest::newRow("doc file missing") << QByteArray("{\"version\":1,\"planId\":\"p\",\"documents\":[{\"name\":\"x\"}]}")
                                          << QStringLiteral("documents[0].file is missing");
        QTest::newRow("future version") << QByteArray("{\"version\":2,\"planId\":\"p\",\"documents\":[]}")
                                        << QStringLiteral("version 2 is not supported");
        QTest::newRow("invalid document")
            << QByteArray("{\"version\":1,\"planId\":\"p\",\"stateDirectory\":\"/tmp/kiln-agent-test-state-bad\","
                          "\"documents\":[{\"file\":\"bad.yml\",\"name\":\"bad\"}]}")
            << QStringLiteral("bad.yml:4:1: YAML syntax error");
    }

    void badPlansFailWithAMessage()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, message);
        if (!plan.isEmpty())
            QVERIFY(writeFile(m_plan, plan));
        QVERIFY(writeFile(path(QStringLiteral("kiln/bad.yml")), "name: bad\nschemaVersion: 1.0\nphases: {oops\n"));
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QDir(QStringLiteral("/tmp/kiln-agent-test-state-bad")).removeRecursively();
        QCOMPARE(r.exitCode, 1);
        CHECK_STREAM(host);
        QCOMPARE(host.names(), (QStringList{QStringLiteral("agent.hello"), QStringLiteral("run.end")}));
        const AgentEvent &end = host.events.last();
        QCOMPARE(end.status, Status::Failed);
        QVERIFY2(end.error.contains(message), qPrintable(end.error));
        QVERIFY2(r.stderrText.contains(message), qPrintable(r.stderrText)); // the console too
    }

    void loopIterationsAreTagged()
    {
        makePlan({{QStringLiteral("loops"),
                   document("loops", {{"build", QByteArray("      - name: Each\n        action: ExecuteBash\n"
                                                           "        loop:\n          forEach:\n            - red\n            - blue\n"
                                                           "        inputs:\n          commands:\n            - echo \"{{ loop.value }}\"\n")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);
        const auto outputs = host.ofType(Type::StepOutput);
        QCOMPARE(outputs.size(), 2);
        QCOMPARE(outputs[0].chunk, QStringLiteral("red\n"));
        QCOMPARE(outputs[0].iteration, 0);
        QCOMPARE(outputs[1].chunk, QStringLiteral("blue\n"));
        QCOMPARE(outputs[1].iteration, 1);
        QCOMPARE(host.ofType(Type::StepStart).size(), 1);
        QCOMPARE(host.find(Type::StepEnd)->iteration, -1);
    }

    void outputIsCoalescedSplitAndValidUtf8()
    {
        makePlan({{QStringLiteral("text"),
                   document("text", {{"build", bashStep("Split", "printf '\\xc3'; sleep 0.3; printf '\\xa9t\\xc3\\xa9\\n'; printf 'bad \\xff\\n'")
                                                   + bashStep("Trickle", "for i in $(seq 1 200); do printf x; done; echo")
                                                   + bashStep("Big", "head -c 300000 /dev/zero | tr '\\0' 'y'")}}),
                   {},
                   {}}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);
        // A character split across writes arrives whole; an invalid byte becomes U+FFFD.
        QCOMPARE(host.output(QStringLiteral("Split")), QStringLiteral("été\nbad \uFFFD\n"));
        int trickleEvents = 0, bigEvents = 0;
        for (const AgentEvent &e : host.ofType(Type::StepOutput)) {
            QVERIFY(e.chunk.toUtf8().size() <= 64 * 1024);
            trickleEvents += e.step == QLatin1String("Trickle");
            bigEvents += e.step == QLatin1String("Big");
        }
        QCOMPARE(host.output(QStringLiteral("Trickle")), QString(200, QLatin1Char('x')) + QLatin1Char('\n'));
        QVERIFY2(trickleEvents < 20, qPrintable(QString::number(trickleEvents))); // 201 writes, coalesced
        QCOMPARE(host.output(QStringLiteral("Big")), QString(300000, QLatin1Char('y')));
        QVERIFY2(bigEvents >= 5, qPrintable(QString::number(bigEvents))); // split at 64 KiB
    }

    void hundredMegabytesArriveIntact()
    {
        // 100 MB of numbered lines; the host checks every byte as it comes, without keeping it.
        makePlan({{QStringLiteral("flood"),
                   document("flood", {{"build", bashStep("Flood", "yes 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789abcdefghijk | head -c 100000000")
                                                    + bashStep("Next", "echo next")}}),
                   {},
                   {}}});
        FakeHost host;
        host.setKeepChunks(false);
        const QByteArray line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789abcdefghijk\n";
        qint64 position = 0;
        bool intact = true;
        host.setOutputHandler([&](const AgentEvent &e) {
            if (e.step != QLatin1String("Flood"))
                return;
            const QByteArray chunk = e.chunk.toLatin1();
            for (qsizetype i = 0; i < chunk.size();) {
                const qsizetype offset = position % line.size();
                const qsizetype n = qMin(line.size() - offset, chunk.size() - i);
                if (std::memcmp(chunk.constData() + i, line.constData() + offset, size_t(n)) != 0)
                    intact = false;
                i += n;
                position += n;
            }
        });
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port, {}, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);
        QCOMPARE(position, 100000000);
        QVERIFY(intact);
        const AgentEvent *end = host.find(Type::StepEnd, QStringLiteral("Flood"));
        QVERIFY(end);
        QCOMPARE(end->status, Status::Success);
        QVERIFY(end->outputs.value(QLatin1String("stdout")).toString().size() < 80 * 1024); // bounded
        QCOMPARE(host.find(Type::StepEnd, QStringLiteral("Next"))->status, Status::Success);
        qInfo("100 MB of step output: agent run %lld ms (%.1f MB/s end to end), %lld events, %lld bytes on the channel",
              r.elapsedMs, 100000.0 / double(r.elapsedMs), qint64(host.events.size()), host.receivedBytes);
    }

    void outputLatency()
    {
        // The step prints its clock, then sleeps: the line must reach the host long before the
        // step ends (coalescing waits at most 50 ms).
        makePlan({{QStringLiteral("clock"),
                   document("clock", {{"build", bashStep("Stamp", "for i in 1 2 3 4 5; do date +%s%N; sleep 0.3; done")}}), {}, {}}});
        FakeHost host;
        QList<double> latencies;
        host.setOutputHandler([&](const AgentEvent &e) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QString &l : e.chunk.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                latencies << double(now) - double(l.toLongLong()) / 1e6;
        });
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(latencies.size(), 5);
        std::sort(latencies.begin(), latencies.end());
        QVERIFY2(latencies.last() < 1000, qPrintable(QString::number(latencies.last()))); // far below the step's 1.5 s
        qInfo("step write → host event latency: median %.1f ms, max %.1f ms", latencies[2], latencies.last());
    }

    void inventoryListsThisHostsPackages()
    {
        QProcess dpkg;
        dpkg.start(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f"),
                                                  QStringLiteral("${Package} ${Version} ${db:Status-Abbrev}\\n")});
        if (!dpkg.waitForFinished(60000) || dpkg.exitCode() != 0)
            QSKIP("dpkg-query is not available on this host");
        QMap<QString, QString> installed;
        for (const QByteArray &l : dpkg.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = l.split(' ');
            if (f.size() >= 3 && f[2].size() >= 2 && f[2][1] == 'i')
                installed.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
        }
        makePlan({{QStringLiteral("noop"), document("noop", {{"build", bashStep("Nothing", "true")}}), {}, {}}},
                 {{QStringLiteral("inventory"), true}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);
        const AgentEvent *inv = host.find(Type::Inventory);
        QVERIFY(inv);
        QCOMPARE(host.names().mid(host.names().size() - 2), (QStringList{QStringLiteral("inventory"), QStringLiteral("run.end")}));
        QCOMPARE(inv->packageManager, QStringLiteral("dpkg"));
        QMap<QString, QString> reported;
        for (const QJsonValue &p : inv->packages)
            reported.insert(p[QLatin1String("name")].toString(), p[QLatin1String("version")].toString());
        QCOMPARE(reported.size(), installed.size());
        QCOMPARE(reported.value(QStringLiteral("dpkg")), installed.value(QStringLiteral("dpkg")));
        QCOMPARE(reported, installed);
        QCOMPARE(inv->os.value(QLatin1String("ID")).toString(), QStringLiteral("debian"));
    }

    void generalizeATree()
    {
        // --generalize-root runs the embedded generalize.sh on a tree that looks like a used guest.
        const QString root = path(QStringLiteral("root"));
        QVERIFY(writeFile(root + QStringLiteral("/etc/machine-id"), "0123456789abcdef0123456789abcdef\n"));
        QVERIFY(writeFile(root + QStringLiteral("/var/lib/cloud/instances/i-1/boot-finished"), "1"));
        QVERIFY(writeFile(root + QStringLiteral("/usr/bin/cloud-init"), "#!/bin/sh\n"));
        QFile::setPermissions(root + QStringLiteral("/usr/bin/cloud-init"), QFile::ReadOwner | QFile::ExeOwner);
        QVERIFY(writeFile(root + QStringLiteral("/etc/ssh/ssh_host_ed25519_key"), "secret"));
        QVERIFY(writeFile(root + QStringLiteral("/var/log/syslog"), "lots of build noise\n"));
        QVERIFY(writeFile(root + QStringLiteral("/var/log/syslog.1.gz"), "old"));
        QVERIFY(writeFile(root + QStringLiteral("/tmp/build-leftover"), "x"));
        QVERIFY(writeFile(root + QStringLiteral("/etc/systemd/system/kiln-agent.service"), "[Unit]\n"));
        QVERIFY(writeFile(root + QStringLiteral("/etc/keep-me"), "component output\n"));
        makePlan({{QStringLiteral("gen"), document("gen", {{"build", bashStep("Nothing", "true")}}), {}, {}}},
                 {{QStringLiteral("generalize"), true}});
        FakeHost host;
        QVERIFY(host.listen(m_port));
        const auto r = runAgent(host, m_plan, m_port, {QStringLiteral("--generalize-root"), root});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        CHECK_STREAM(host);
        QCOMPARE(host.events.last().status, Status::Success);
        QVERIFY(r.stderrText.contains(QLatin1String("kiln-generalize: done")));
        QVERIFY(QFile::exists(root + QStringLiteral("/etc/machine-id")));
        QCOMPARE(QFileInfo(root + QStringLiteral("/etc/machine-id")).size(), 0);
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/lib/cloud/instances")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/etc/ssh/ssh_host_ed25519_key")));
        QCOMPARE(QFileInfo(root + QStringLiteral("/var/log/syslog")).size(), 0);
        QVERIFY(!QFile::exists(root + QStringLiteral("/var/log/syslog.1.gz")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/tmp/build-leftover")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/etc/systemd/system/kiln-agent.service")));
        QCOMPARE(readFile(root + QStringLiteral("/etc/keep-me")), QByteArray("component output\n"));
        // The agent's own traces: resume state and AWSTOE log folder.
        QVERIFY(!QFile::exists(path(QStringLiteral("state/test-plan-1.json"))));
        QVERIFY(QDir(path(QStringLiteral("logs"))).entryList({QStringLiteral("TOE_*")}, QDir::Dirs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
