// Executor behaviour that needs code around the run: cancel from another thread, resume after a
// reboot from a serialised ExecutionState, the listener's event order, output limits, and the
// golden shape of detailedoutput.json.
#include "goldenrun.h"

#include "core/toe/consolewriter.h"
#include "core/toe/documentloader.h"
#include "core/toe/executor.h"
#include "core/toe/logfolder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Kiln::Toe;
using namespace KilnTest;

namespace {

// Records events as short strings, and counts output bytes (thread-safe reads for the test thread).
class Recorder : public RunListener
{
public:
    void runStarted(const RunReport &) override { add("run"); }
    void documentStarted(const Position &w, const DocumentReport &) override { add("document " + w.documentName); }
    void phaseStarted(const Position &w) override { add("phase " + w.phase); }
    void stepStarted(const Position &w, const StepAttempt &a) override
    {
        add("step " + w.step + " attempt " + std::to_string(a.attempt));
        stepsStarted.fetch_add(1);
    }
    void iterationStarted(const Position &w, const LoopIteration &i) override
    {
        add("iteration " + w.step + " " + std::to_string(i.index));
    }
    void output(const Position &, Stream s, std::string_view chunk) override
    {
        (s == Stream::Stdout ? stdoutBytes : stderrBytes).fetch_add(chunk.size());
    }
    void message(const Position &, std::string_view line) override
    {
        std::lock_guard lock(m_mutex);
        messages.emplace_back(line);
    }
    void stepFinished(const Position &w, const StepReport &s) override { add("end " + w.step + " " + statusName(s.status)); }
    void phaseFinished(const Position &w, const PhaseReport &p) override { add("end phase " + w.phase + " " + statusName(p.status)); }
    void documentFinished(const Position &w, const DocumentReport &d) override
    {
        add("end document " + w.documentName + " " + statusName(d.status));
    }
    void rebootRequested(const RebootRequest &r) override { add(std::string("reboot ") + (r.rerunStep ? "rerun" : "next")); }
    void runFinished(const RunReport &r) override { add(std::string("end run ") + statusName(r.status)); }

    QStringList eventList()
    {
        std::lock_guard lock(m_mutex);
        QStringList out;
        for (const auto &e : events)
            out << QString::fromStdString(e);
        return out;
    }
    bool sawMessage(const std::string &part)
    {
        std::lock_guard lock(m_mutex);
        for (const auto &m : messages)
            if (m.find(part) != std::string::npos)
                return true;
        return false;
    }

    std::atomic<int> stepsStarted{0};
    std::atomic<size_t> stdoutBytes{0}, stderrBytes{0};

private:
    void add(std::string e)
    {
        std::lock_guard lock(m_mutex);
        events.push_back(std::move(e));
    }
    std::mutex m_mutex;
    std::vector<std::string> events;
    std::vector<std::string> messages;
};

QString writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

RunRequest requestFor(const QString &path, const QString &workDir)
{
    RunRequest r;
    DocumentSource s;
    s.path = path.toStdString();
    r.documents.push_back(s);
    r.parameters["WORKDIR"] = workDir.toStdString();
    return r;
}

const StepReport *findStep(const DocumentReport &d, const std::string &phase, const std::string &step)
{
    for (const auto &p : d.phases)
        if (p.name == phase)
            for (const auto &s : p.steps)
                if (s.name == step)
                    return &s;
    return nullptr;
}

bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z';
}

const char *const Header = "schemaVersion: 1.0\nparameters:\n  - WORKDIR:\n      type: string\n";

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelKillsProcessGroupPromptly();
    void resumeAfterExit194_data();
    void resumeAfterExit194();
    void resumeAfterRebootAction();
    void resumeInsideNestedDocument();
    void conditionIsEvaluatedOnceAcrossReboot();
    void listenerEventOrder();
    void stdoutKeptForChainingIsCapped();
    void hundredMegabytesOfOutput();
    void detailedOutputShape();
    void invalidDocumentPathFailsBeforeAnyStep();
};

void TestExecutor::cancelKillsProcessGroupPromptly()
{
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("cancel.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: cancel
phases:
  - name: build
    steps:
      - name: Hang
        action: ExecuteBash
        timeoutSeconds: -1
        inputs:
          commands:
            - sleep 300 &
            - echo $! > "{{ WORKDIR }}/bgpid"
            - echo started
            - sleep 300
      - name: Never
        action: ExecuteBash
        inputs:
          commands:
            - touch "{{ WORKDIR }}/never"
)"));
    Executor executor;
    Recorder recorder;
    executor.addListener(&recorder);
    RunResult result;
    std::thread runner([&] { result = executor.run(requestFor(doc, tmp.path())); });
    QTRY_VERIFY_WITH_TIMEOUT(recorder.stdoutBytes.load() > 0, 10000); // "started" arrived
    QElapsedTimer timer;
    timer.start();
    executor.cancel();
    runner.join();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("cancel took %1 ms").arg(timer.elapsed())));
    QCOMPARE(result.report.status, RunStatus::Cancelled);
    const StepReport *hang = findStep(result.report.documents.at(0), "build", "Hang");
    QVERIFY(hang);
    QCOMPARE(hang->status, StepStatus::Cancelled);
    QVERIFY(!findStep(result.report.documents.at(0), "build", "Never"));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("never"))));
    const qint64 pid = readText(tmp.filePath(QStringLiteral("bgpid"))).trimmed().toLongLong();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 2000);
}

void TestExecutor::resumeAfterExit194_data()
{
    QTest::addColumn<bool>("throughJson");
    QTest::newRow("state kept in memory") << false;
    QTest::newRow("state written as JSON and read back") << true;
}

void TestExecutor::resumeAfterExit194()
{
    QFETCH(bool, throughJson);
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("reboot.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: reboot
phases:
  - name: build
    steps:
      - name: Before
        action: ExecuteBash
        inputs:
          commands:
            - echo before-value
            - echo x >> "{{ WORKDIR }}/before-runs"
      - name: Flaky
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands:
            - exit 1
      - name: NeedsReboot
        action: ExecuteBash
        inputs:
          commands:
            - n=$(cat "{{ WORKDIR }}/count" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "{{ WORKDIR }}/count"
            - if [ $n -eq 1 ]; then echo rebooting; exit 194; fi
            - echo "second run"
  - name: validate
    steps:
      - name: After
        action: ExecuteBash
        inputs:
          commands:
            - echo "after sees {{ build.Before.outputs.stdout }}"
)"));
    RunResult first;
    {
        Executor executor;
        first = executor.run(requestFor(doc, tmp.path()));
    }
    QCOMPARE(first.report.status, RunStatus::RebootRequested);
    QVERIFY(first.state.has_value());
    QCOMPARE(first.state->rerunStep, true);
    QCOMPARE(first.state->rebootCount, 1);
    QCOMPARE(first.state->position.size(), size_t(1));
    QCOMPARE(first.state->position[0].phase, size_t(0));
    QCOMPARE(first.state->position[0].step, size_t(2));

    ExecutionState state = *first.state;
    if (throughJson) {
        const std::string text = state.toJson().dump(2);
        auto parsed = Json::parse(text);
        QVERIFY(parsed);
        auto restored = ExecutionState::fromJson(*parsed);
        QVERIFY2(restored, restored ? "" : restored.error().toString().c_str());
        state = std::move(*restored);
    }
    Executor executor; // a new process after the reboot
    Recorder recorder;
    executor.addListener(&recorder);
    const RunResult second = executor.resume(state);
    QCOMPARE(second.report.status, RunStatus::Failed); // the Continue failure before the reboot still counts
    QCOMPARE(second.report.executionId, first.report.executionId);
    QCOMPARE(second.report.rebootCount, 1);
    const DocumentReport &d = second.report.documents.at(0);
    QCOMPARE(d.phases.size(), size_t(2));
    QCOMPARE(d.phases[0].steps.size(), size_t(3));
    QCOMPARE(findStep(d, "build", "Flaky")->status, StepStatus::Failed);
    QCOMPARE(findStep(d, "build", "NeedsReboot")->status, StepStatus::Success);
    QCOMPARE(outputValue(findStep(d, "build", "NeedsReboot")->outputs, "stdout").value_or(""), std::string("second run"));
    QCOMPARE(outputValue(findStep(d, "validate", "After")->outputs, "stdout").value_or(""),
             std::string("after sees before-value"));
    QCOMPARE(readText(tmp.filePath(QStringLiteral("before-runs"))), QStringLiteral("x\n")); // not re-run
    QCOMPARE(readText(tmp.filePath(QStringLiteral("count"))).trimmed(), QStringLiteral("2"));
    QCOMPARE(recorder.eventList().filter(QStringLiteral("step Before")).size(), 0);
}

void TestExecutor::resumeAfterRebootAction()
{
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("action.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: action
phases:
  - name: build
    steps:
      - name: Restart
        action: Reboot
      - name: After
        action: ExecuteBash
        inputs:
          commands:
            - echo x >> "{{ WORKDIR }}/after"
)"));
    Executor first;
    const RunResult r1 = first.run(requestFor(doc, tmp.path()));
    QCOMPARE(r1.report.status, RunStatus::RebootRequested);
    QVERIFY(r1.state);
    QCOMPARE(r1.state->rerunStep, false);
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("after"))));
    auto state = ExecutionState::fromJson(*Json::parse(r1.state->toJson().dump()));
    QVERIFY(state);
    Executor second;
    const RunResult r2 = second.resume(*state);
    QCOMPARE(r2.report.status, RunStatus::Success);
    const auto &steps = r2.report.documents.at(0).phases.at(0).steps;
    QCOMPARE(steps.size(), size_t(2));
    QCOMPARE(steps[0].name, std::string("Restart"));
    QCOMPARE(steps[0].status, StepStatus::Success);
    QCOMPARE(readText(tmp.filePath(QStringLiteral("after"))), QStringLiteral("x\n"));
}

void TestExecutor::resumeInsideNestedDocument()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("child.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: child
phases:
  - name: build
    steps:
      - name: One
        action: ExecuteBash
        inputs:
          commands:
            - echo x >> "{{ WORKDIR }}/one"
      - name: Reboots
        action: ExecuteBash
        inputs:
          commands:
            - if [ ! -e "{{ WORKDIR }}/rebooted" ]; then touch "{{ WORKDIR }}/rebooted"; exit 194; fi
            - echo resumed
)"));
    const QString parent = writeFile(tmp.filePath(QStringLiteral("parent.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: parent
phases:
  - name: build
    steps:
      - name: Nested
        action: ExecuteDocument
        inputs:
          document: child.yml
          parameters:
            - name: WORKDIR
              value: '{{ WORKDIR }}'
      - name: After
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ build.Nested.outputs.status }}"
)"));
    Executor first;
    const RunResult r1 = first.run(requestFor(parent, tmp.path()));
    QCOMPARE(r1.report.status, RunStatus::RebootRequested);
    QVERIFY(r1.state);
    QCOMPARE(r1.state->position.size(), size_t(2)); // parent step → child step
    QCOMPARE(r1.state->position[1].step, size_t(1));
    auto state = ExecutionState::fromJson(*Json::parse(r1.state->toJson().dump()));
    QVERIFY(state);
    Executor second;
    const RunResult r2 = second.resume(*state);
    QCOMPARE(r2.report.status, RunStatus::Success);
    const StepReport *nested = findStep(r2.report.documents.at(0), "build", "Nested");
    QVERIFY(nested);
    QCOMPARE(nested->documents.size(), size_t(1));
    const DocumentReport &child = nested->documents.front();
    QCOMPARE(child.phases.at(0).steps.size(), size_t(2));
    QCOMPARE(outputValue(child.phases[0].steps[1].outputs, "stdout").value_or(""), std::string("resumed"));
    QCOMPARE(readText(tmp.filePath(QStringLiteral("one"))), QStringLiteral("x\n")); // step One not re-run
    QCOMPARE(outputValue(findStep(r2.report.documents.at(0), "build", "After")->outputs, "stdout").value_or(""),
             std::string("success"));
}

void TestExecutor::conditionIsEvaluatedOnceAcrossReboot()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("flag")), QStringLiteral("x"));
    const QString doc = writeFile(tmp.filePath(QStringLiteral("cond.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: cond
phases:
  - name: build
    steps:
      - name: Guarded
        action: ExecuteBash
        if:
          fileExists: '{{ WORKDIR }}/flag'
        inputs:
          commands:
            - echo run >> "{{ WORKDIR }}/runs"
            - if [ -e "{{ WORKDIR }}/flag" ]; then rm "{{ WORKDIR }}/flag"; exit 194; fi
)"));
    Executor first;
    const RunResult r1 = first.run(requestFor(doc, tmp.path()));
    QVERIFY(r1.state);
    Executor second;
    const RunResult r2 = second.resume(*ExecutionState::fromJson(*Json::parse(r1.state->toJson().dump())));
    QCOMPARE(r2.report.status, RunStatus::Success);
    // the flag is gone, yet the step ran again: the `if` result from before the reboot was reused
    QCOMPARE(readText(tmp.filePath(QStringLiteral("runs"))), QStringLiteral("run\nrun\n"));
    QCOMPARE(findStep(r2.report.documents.at(0), "build", "Guarded")->condition, std::optional<bool>(true));
}

void TestExecutor::listenerEventOrder()
{
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("events.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: events
phases:
  - name: build
    steps:
      - name: Loop
        action: ExecuteBash
        maxAttempts: 2
        loop:
          forEach: [a, b]
        inputs:
          commands:
            - if [ "{{ loop.value }}" = b ] && [ ! -e "{{ WORKDIR }}/once" ]; then touch "{{ WORKDIR }}/once"; exit 1; fi
      - name: Skip
        action: ExecuteBash
        if:
          stringIsEmpty: 'x'
        inputs:
          commands: [echo never]
)"));
    Executor executor;
    Recorder recorder;
    executor.addListener(&recorder);
    const RunResult r = executor.run(requestFor(doc, tmp.path()));
    QCOMPARE(r.report.status, RunStatus::Success);
    const QStringList expected{
        QStringLiteral("run"), QStringLiteral("document events"), QStringLiteral("phase build"),
        QStringLiteral("step Loop attempt 1"), QStringLiteral("iteration Loop 0"), QStringLiteral("iteration Loop 1"),
        QStringLiteral("step Loop attempt 2"), QStringLiteral("iteration Loop 0"), QStringLiteral("iteration Loop 1"),
        QStringLiteral("end Loop success"), QStringLiteral("end Skip skipped"), QStringLiteral("end phase build success"),
        QStringLiteral("end document events success"), QStringLiteral("end run success")};
    QCOMPARE(recorder.eventList(), expected);
    QVERIFY(recorder.sawMessage("Attempt 1 of 2 failed (loop iteration 1 (value 'b') failed: exited with code 1); retrying the step"));
}

void TestExecutor::stdoutKeptForChainingIsCapped()
{
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("cap.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: cap
phases:
  - name: build
    steps:
      - name: Big
        action: ExecuteBash
        inputs:
          commands:
            - head -c 5000 /dev/zero | tr '\0' 'x'
)"));
    ExecutorConfig config;
    config.maxCapturedOutput = 1000;
    Executor executor(config);
    Recorder recorder;
    executor.addListener(&recorder);
    const RunResult r = executor.run(requestFor(doc, tmp.path()));
    QCOMPARE(r.report.status, RunStatus::Success);
    QCOMPARE(recorder.stdoutBytes.load(), size_t(5000)); // listeners get everything
    QCOMPARE(outputValue(findStep(r.report.documents.at(0), "build", "Big")->outputs, "stdout")->size(), size_t(1000));
    QVERIFY(recorder.sawMessage("Warning: stdout was longer than"));
}

void TestExecutor::hundredMegabytesOfOutput()
{
    QTemporaryDir tmp;
    const QString doc = writeFile(tmp.filePath(QStringLiteral("flood.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: flood
phases:
  - name: build
    steps:
      - name: Flood
        action: ExecuteBash
        inputs:
          commands:
            - yes 0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz | head -c 104857600
            - head -c 1048576 /dev/zero | tr '\0' 'e' >&2
)"));
    Executor executor;
    Recorder recorder;
    executor.addListener(&recorder);
    QElapsedTimer timer;
    timer.start();
    const RunResult r = executor.run(requestFor(doc, tmp.path()));
    qInfo("100 MiB of stdout + 1 MiB of stderr through the executor in %lld ms", timer.elapsed());
    QCOMPARE(r.report.status, RunStatus::Success);
    QCOMPARE(recorder.stdoutBytes.load(), size_t(104857600));
    QCOMPARE(recorder.stderrBytes.load(), size_t(1048576));
    const auto kept = outputValue(findStep(r.report.documents.at(0), "build", "Flood")->outputs, "stdout");
    QVERIFY(kept->size() <= executor.config().maxCapturedOutput);
}

void TestExecutor::detailedOutputShape()
{
    // The whole detailedoutput.json of a small run, times and paths normalised, against a golden file.
    QTemporaryDir tmp;
    const GoldenRun run = runGoldenCase(QStringLiteral(KILN_TEST_DATA_DIR "/toe/shape"), tmp.path(), {});
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QString actual = QString::fromStdString(run.detailed.dump(2));
    actual.replace(QRegularExpression(QStringLiteral(R"("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")")), QStringLiteral("\"<time>\""));
    actual.replace(run.workDir, QStringLiteral("<workdir>"));
    actual.replace(QRegularExpression(QStringLiteral(R"(TOE_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_UTC-0_)")), QStringLiteral("TOE_<date>_UTC-0_"));
    const QString goldenPath = QStringLiteral(KILN_TEST_DATA_DIR "/toe/shape-detailedoutput.json");
    if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN"))
        writeFile(goldenPath, actual + u'\n');
    QCOMPARE(actual + u'\n', readText(goldenPath));
    const QStringList expectedConsole = readText(QStringLiteral(KILN_TEST_DATA_DIR "/toe/shape-console.txt")).split(u'\n', Qt::SkipEmptyParts);
    if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN"))
        writeFile(QStringLiteral(KILN_TEST_DATA_DIR "/toe/shape-console.txt"), run.consoleLines.join(u'\n') + u'\n');
    else
        QCOMPARE(run.consoleLines, expectedConsole);
}

void TestExecutor::invalidDocumentPathFailsBeforeAnyStep()
{
    QTemporaryDir tmp;
    const QString good = writeFile(tmp.filePath(QStringLiteral("good.yml")), QString::fromLatin1(Header) + QStringLiteral(R"(
name: good
phases:
  - name: build
    steps:
      - name: Marker
        action: ExecuteBash
        inputs:
          commands:
            - touch "{{ WORKDIR }}/marker"
)"));
    const QString bad = writeFile(tmp.filePath(QStringLiteral("bad.yml")), QStringLiteral("schemaVersion: 1.0\nphases: {\n"));
    RunRequest request = requestFor(good, tmp.path());
    DocumentSource second;
    second.path = bad.toStdString();
    request.documents.push_back(second);
    Executor executor;
    const RunResult r = executor.run(request);
    QCOMPARE(r.report.status, RunStatus::Failed);
    QVERIFY2(QString::fromStdString(r.report.failureMessage).startsWith(bad + u':'), r.report.failureMessage.c_str());
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("marker"))));
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
