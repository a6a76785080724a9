// StepTracker: recorded agent event streams → the step rows the catalog gets, the run's outcome and
// the failing place. Streams are fed whole, byte by byte (lines split anywhere) and in random
// chunks: the rows must not change. Garbage lines and seq gaps are reported, never fatal.

#include "core/build/steptracker.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray ev(int seq, const char *event, const QByteArray &fields = {})
{
    QByteArray line = "{\"event\":\"" + QByteArray(event) + "\",\"seq\":" + QByteArray::number(seq)
        + ",\"t\":\"2024-05-01T12:00:" + QByteArray::number(10 + seq).rightJustified(2, '0') + ".000Z\"";
    if (!fields.isEmpty())
        line += ',' + fields;
    return line + "}\n";
}

QByteArray ctx(int doc, const char *name, const char *phase = nullptr, const char *step = nullptr, int stepIndex = 0)
{
    QByteArray out = "\"document\":\"" + QByteArray(name) + "\",\"documentIndex\":" + QByteArray::number(doc);
    if (phase)
        out += ",\"phase\":\"" + QByteArray(phase) + '"';
    if (step)
        out += ",\"step\":\"" + QByteArray(step) + "\",\"stepIndex\":" + QByteArray::number(stepIndex);
    return out;
}

const QByteArray hello = ev(1, "agent.hello", "\"protocol\":1,\"version\":\"t\",\"boot\":1,\"os\":{\"ID\":\"tinyos\"}");

QList<AgentPlanDocument> documents()
{
    AgentPlanDocument a;
    a.name = u"hello"_s;
    a.reference = u"kiln:component/hello/1.0.0/1"_s;
    AgentPlanDocument b;
    b.name = u"motd"_s;
    b.reference = u"kiln:component/motd/2.1.0/3"_s;
    return {a, b};
}

// "component phase step status exit" per closed row, in order of closing.
QStringList run(const QByteArray &stream, const QList<int> &cuts, StepTracker &tracker, QStringList *notes,
                bool finishAsCancel = false, bool finish = true)
{
    AgentEventParser parser;
    QList<StepTracker::Change> changes;
    qsizetype pos = 0;
    for (int cut : cuts) {
        tracker.handle(parser.feed(stream.mid(pos, cut - pos)), changes, *notes);
        pos = cut;
    }
    tracker.handle(parser.feed(stream.mid(pos)), changes, *notes);
    AgentEventParser::Batch rest;
    parser.finish(rest);
    tracker.handle(rest, changes, *notes);
    if (finish)
        tracker.finish(u"the VM stopped"_s, finishAsCancel, changes);
    QStringList rows;
    QHash<QString, int> opened;
    for (const StepTracker::Change &c : changes) {
        if (c.kind == StepTracker::Change::Kind::Open) {
            opened[c.key]++;
            continue;
        }
        if (!opened.contains(c.key) || opened[c.key] == 0)
            rows << u"CLOSE-WITHOUT-OPEN"_s;
        opened[c.key]--;
        rows << u"%1 %2 %3 %4 %5"_s.arg(c.row.component, c.row.phase, c.row.step, stepStatusName(c.row.status),
                                        c.row.exitCode ? QString::number(*c.row.exitCode) : u"-"_s);
    }
    for (auto it = opened.cbegin(); it != opened.cend(); ++it)
        if (it.value() != 0)
            rows << u"LEFT-OPEN "_s + it.key();
    return rows;
}

} // namespace

class TestStepTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("outcome");   // run status, or "open" when the run never ended
        QTest::addColumn<QString>("failure");   // "component phase step exit" of the failure, or ""
        QTest::addColumn<int>("issues");        // parser notes for the build log

        const QByteArray okRun = hello + ev(2, "document.start", ctx(0, "hello"))
            + ev(3, "phase.start", ctx(0, "hello", "build"))
            + ev(4, "step.start", ctx(0, "hello", "build", "SayHello") + ",\"action\":\"ExecuteBash\"")
            + ev(5, "step.output", ctx(0, "hello", "build", "SayHello") + ",\"stream\":\"stdout\",\"chunk\":\"hi\\n\"")
            + ev(6, "step.end", ctx(0, "hello", "build", "SayHello") + ",\"status\":\"success\",\"exitCode\":0,\"duration\":0.1")
            + ev(7, "step.start", ctx(1, "motd", "build", "Write", 0) + ",\"action\":\"CreateFile\"")
            + ev(8, "step.end", ctx(1, "motd", "build", "Write", 0) + ",\"status\":\"success\",\"exitCode\":null,\"duration\":0.1")
            + ev(9, "run.end", "\"status\":\"success\",\"duration\":1");
        QTest::newRow("success") << okRun
                                 << QStringList{u"kiln:component/hello/1.0.0/1 build SayHello success 0"_s,
                                                u"kiln:component/motd/2.1.0/3 build Write success -"_s}
                                 << u"success"_s << QString() << 0;

        const QByteArray failing = hello
            + ev(2, "step.start", ctx(1, "motd", "validate", "Check", 1) + ",\"action\":\"ExecuteBash\"")
            + ev(3, "step.end", ctx(1, "motd", "validate", "Check", 1) + ",\"status\":\"failed\",\"exitCode\":100,\"duration\":0.4,\"error\":\"E: no\"")
            + ev(4, "step.end", ctx(1, "motd", "validate", "Later", 2) + ",\"status\":\"skipped\",\"duration\":0")
            + ev(5, "run.end", "\"status\":\"failed\",\"duration\":1," + ctx(1, "motd", "validate", "Check", 1) + ",\"exitCode\":100");
        QTest::newRow("failed step, skipped step without start")
            << failing
            << QStringList{u"kiln:component/motd/2.1.0/3 validate Check failed 100"_s,
                           u"kiln:component/motd/2.1.0/3 validate Later skipped -"_s}
            << u"failed"_s << u"kiln:component/motd/2.1.0/3 validate Check 100"_s << 0;

        QByteArray garbage = hello + "[    3.2] random kernel noise on the port\n"
            + ev(2, "step.start", ctx(0, "hello", "build", "A") + ",\"action\":\"ExecuteBash\"")
            + "{\"event\":\"step.end\",\"seq\":3, torn line\n"
            + ev(4, "step.end", ctx(0, "hello", "build", "A") + ",\"status\":\"success\",\"exitCode\":0,\"duration\":1")
            + ev(9, "run.end", "\"status\":\"success\",\"duration\":2");
        // The torn line is garbage (and counts no seq): seq 3 is then missing, and 5–8 too.
        QTest::newRow("garbage and gaps") << garbage
                                          << QStringList{u"kiln:component/hello/1.0.0/1 build A success 0"_s}
                                          << u"success"_s << QString() << 4;

        const QByteArray reboot = hello
            + ev(2, "step.start", ctx(0, "hello", "build", "Kernel") + ",\"action\":\"ExecuteBash\"")
            + ev(3, "reboot", ctx(0, "hello", "build", "Kernel") + ",\"reason\":\"exit-194\"")
            + ev(4, "agent.hello", "\"protocol\":1,\"version\":\"t\",\"boot\":2,\"resumed\":true")
            + ev(5, "step.start", ctx(0, "hello", "build", "Kernel") + ",\"action\":\"ExecuteBash\"")
            + ev(6, "step.end", ctx(0, "hello", "build", "Kernel") + ",\"status\":\"success\",\"exitCode\":0,\"duration\":1")
            + ev(7, "run.end", "\"status\":\"success\",\"duration\":9");
        QTest::newRow("reboot with exit 194 runs the step again")
            << reboot
            << QStringList{u"kiln:component/hello/1.0.0/1 build Kernel success 194"_s,
                           u"kiln:component/hello/1.0.0/1 build Kernel success 0"_s}
            << u"success"_s << QString() << 0;

        const QByteArray died = hello + ev(2, "step.start", ctx(0, "hello", "build", "Long") + ",\"action\":\"ExecuteBash\"")
            + ev(3, "step.output", ctx(0, "hello", "build", "Long") + ",\"stream\":\"stderr\",\"chunk\":\"working\"");
        QTest::newRow("agent died mid-step")
            << died << QStringList{u"kiln:component/hello/1.0.0/1 build Long failed -"_s} << u"open"_s
            << u"kiln:component/hello/1.0.0/1 build Long -"_s << 0;

        const QByteArray unknownDoc = hello
            + ev(2, "step.end", ctx(7, "other", "test", "X") + ",\"status\":\"success\",\"exitCode\":0,\"duration\":1")
            + ev(3, "run.end", "\"status\":\"success\",\"duration\":1");
        QTest::newRow("document index the plan does not have")
            << unknownDoc << QStringList{u"other test X success 0"_s} << u"success"_s << QString() << 0;
    }

    void rows()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QFETCH(QString, outcome);
        QFETCH(QString, failure);
        QFETCH(int, issues);

        // Whole, byte by byte, and in random chunks: the same rows.
        QList<QList<int>> cutSets{{}};
        QList<int> everyByte;
        for (int i = 1; i < stream.size(); ++i)
            everyByte << i;
        cutSets << everyByte;
        QList<int> random;
        for (int i = 1; i < stream.size(); i += 1 + int(QRandomGenerator::global()->bounded(40)))
            random << i;
        cutSets << random;
        for (const QList<int> &cuts : std::as_const(cutSets)) {
            StepTracker tracker(u"BUILDING"_s, documents(), 42);
            QStringList notes;
            QCOMPARE(run(stream, cuts, tracker, &notes), expected);
            QCOMPARE(notes.size(), issues);
            QVERIFY(tracker.helloSeen());
            const QString status = !tracker.runEnded() ? u"open"_s
                : tracker.runStatus() == AgentEvent::Status::Success ? u"success"_s
                                                                      : u"failed"_s;
            QCOMPARE(status, outcome);
            const auto f = tracker.failure();
            QCOMPARE(f.has_value(), !failure.isEmpty());
            if (f)
                QCOMPARE(u"%1 %2 %3 %4"_s.arg(f->component, f->phase, f->step, f->exitCode ? QString::number(*f->exitCode) : u"-"_s),
                         failure);
        }
    }

    void seqGapIsNamedInTheNotes()
    {
        StepTracker tracker(u"TESTING"_s, documents());
        QStringList notes;
        run(hello + ev(5, "run.end", "\"status\":\"success\",\"duration\":1"), {}, tracker, &notes);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"2"_s) && notes.first().contains(u"4"_s), qPrintable(notes.first()));
        QCOMPARE(tracker.gaps(), 1);
    }

    void cancelClosesOpenStepsAsCancelled()
    {
        StepTracker tracker(u"BUILDING"_s, documents());
        QStringList notes;
        const QByteArray s = hello + ev(2, "step.start", ctx(0, "hello", "build", "Slow") + ",\"action\":\"ExecuteBash\"");
        QCOMPARE(run(s, {}, tracker, &notes, true),
                 QStringList{u"kiln:component/hello/1.0.0/1 build Slow cancelled -"_s});
        QVERIFY(!tracker.failure()); // a cancel is not a failure
    }

    void stepRowsCarryStageAndBuild()
    {
        StepTracker tracker(u"TESTING"_s, documents(), 42);
        AgentEventParser parser;
        QList<StepTracker::Change> changes;
        QStringList notes;
        tracker.handle(parser.feed(hello + ev(2, "step.start", ctx(1, "motd", "test", "T") + ",\"action\":\"ExecuteBash\"")),
                       changes, notes);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().row.stage, u"TESTING"_s);
        QCOMPARE(changes.first().row.buildId, 42);
        QCOMPARE(changes.first().row.status, StepStatus::Running);
        QCOMPARE(changes.first().row.startedAt, QDateTime::fromString(u"2024-05-01T12:00:12.000Z"_s, Qt::ISODateWithMs));
        QCOMPARE(tracker.position(), u"motd › test › T"_s);
    }

    void inventoryAndOs()
    {
        StepTracker tracker(u"BUILDING"_s, documents());
        AgentEventParser parser;
        QList<StepTracker::Change> changes;
        QStringList notes;
        tracker.handle(parser.feed(hello + ev(2, "inventory",
                                              "\"os\":{\"ID\":\"debian\",\"VERSION_ID\":\"12\"},\"packageManager\":\"dpkg\","
                                              "\"packages\":[{\"name\":\"bash\",\"version\":\"5.2\"}]")),
                       changes, notes);
        QVERIFY(tracker.inventory());
        QCOMPARE(tracker.inventory()->packages.size(), 1);
        QCOMPARE(tracker.osInfo().value(u"ID"_s).toString(), u"debian"_s); // the inventory's, not hello's
    }
};

QTEST_GUILESS_MAIN(TestStepTracker)
#include "tst_steptracker.moc"
