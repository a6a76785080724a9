// AgentEventParser: the host side of docs/agent-protocol.md.
#include "core/log/agenteventparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using Kiln::Core::AgentEvent;
using Kiln::Core::AgentEventParser;
using Issue = AgentEventParser::Issue;
using namespace Qt::StringLiterals;

namespace {

// The example lines of docs/agent-protocol.md (```json blocks): one full run, seq 1..14.
QList<QByteArray> protocolExamples()
{
    QFile doc(QStringLiteral(KILN_SOURCE_DIR "/docs/agent-protocol.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    bool inJson = false;
    for (const QByteArray &line : doc.readAll().split('\n')) {
        if (line.startsWith("```json"))
            inJson = true;
        else if (line.startsWith("```"))
            inJson = false;
        else if (inJson && !line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

QByteArray eventLine(qint64 seq, const char *rest = R"("event":"phase.start","document":"d","documentIndex":0,"phase":"build")")
{
    return "{\"seq\":" + QByteArray::number(seq) + ",\"t\":\"2024-05-01T12:00:00Z\"," + rest + "}\n";
}

QList<qint64> seqs(const QList<AgentEvent> &events)
{
    QList<qint64> out;
    for (const auto &e : events)
        out << e.seq;
    return out;
}

} // namespace

class TestAgentParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedExamplesParse();
    void fieldsOfEachEvent();
    void splitAnywhere();
    void garbageDoesNotLoseLaterEvents();
    void seqGapIsReported();
    void duplicatesAreIgnoredAndCounted();
    void helloRestartingTheNumberingIsReported();
    void unknownTypesAreKeptAsGeneric();
    void invalidEvents_data();
    void invalidEvents();
    void invalidEventStillCountsItsSeq();
    void overlongLineIsSkipped();
    void streamEndingMidLine();
    void crlfAndBlankLines();
    void skipToDropsThePartialLine();
    void cancelLineForTheGuest();
};

void TestAgentParser::documentedExamplesParse()
{
    const QList<QByteArray> lines = protocolExamples();
    QCOMPARE(lines.size(), 14);
    AgentEventParser parser;
    AgentEventParser::Batch batch;
    for (const QByteArray &line : lines)
        parser.feed(QByteArray(line + '\n'), batch);
    for (const Issue &issue : batch.issues)
        qWarning() << issue.message;
    QVERIFY(batch.issues.isEmpty());
    QCOMPARE(batch.events.size(), 14);
    QCOMPARE(seqs(batch.events), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    using T = AgentEvent::Type;
    const QList<T> types{T::AgentHello, T::DocumentStart, T::PhaseStart, T::StepStart, T::StepOutput, T::StepOutput,
                         T::StepEnd, T::StepEnd, T::PhaseEnd, T::DocumentEnd, T::Reboot, T::AgentHello,
                         T::Inventory, T::RunEnd};
    for (qsizetype i = 0; i < types.size(); ++i) {
        QCOMPARE(batch.events[i].type, types[i]);
        QCOMPARE(AgentEvent::typeName(types[i]), batch.events[i].name);
    }
}

void TestAgentParser::fieldsOfEachEvent()
{
    const QList<QByteArray> lines = protocolExamples();
    QCOMPARE(lines.size(), 14);
    AgentEventParser parser;
    AgentEventParser::Batch b;
    for (const QByteArray &line : lines)
        parser.feed(QByteArray(line + '\n'), b);
    const auto &ev = b.events;

    QCOMPARE(ev[0].protocol, 1);
    QCOMPARE(ev[0].agentVersion, u"0.1.0"_s);
    QCOMPARE(ev[0].boot, 1);
    QVERIFY(!ev[0].resumed);
    QCOMPARE(ev[0].uptime, 4.61);
    QCOMPARE(ev[0].os.value(u"ID"_s).toString(), u"debian"_s);
    QCOMPARE(ev[0].time, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));

    QCOMPARE(ev[1].document, u"hello-world"_s);
    QCOMPARE(ev[1].documentIndex, 0);
    QCOMPARE(ev[1].phases, (QStringList{u"build"_s, u"validate"_s}));
    QCOMPARE(ev[2].phase, u"build"_s);
    QCOMPARE(ev[3].step, u"SayHello"_s);
    QCOMPARE(ev[3].stepIndex, 0);
    QCOMPARE(ev[3].action, u"ExecuteBash"_s);
    QCOMPARE(ev[3].iteration, -1);

    QCOMPARE(ev[4].stream, AgentEvent::Stream::Stdout);
    QCOMPARE(ev[4].chunk, u"Hello, world!\nsecond line, no newline yet"_s);
    QCOMPARE(ev[5].stream, AgentEvent::Stream::Stderr);

    QCOMPARE(ev[6].status, AgentEvent::Status::Success);
    QCOMPARE(ev[6].exitCode, std::optional<int>(0));
    QCOMPARE(ev[6].duration, 0.488);
    QCOMPARE(ev[6].outputs.value(u"stdout"_s).toString(), u"Hello, world!"_s);
    QCOMPARE(ev[7].status, AgentEvent::Status::Failed);
    QCOMPARE(ev[7].exitCode, std::optional<int>(100));
    QCOMPARE(ev[7].error, u"E: Unable to locate package nginx"_s);
    QCOMPARE(ev[8].status, AgentEvent::Status::Failed);
    QCOMPARE(ev[9].duration, 0.992);

    QCOMPARE(ev[10].reason, u"action"_s);
    QCOMPARE(ev[10].documentIndex, 1);
    QVERIFY(ev[11].resumed);
    QCOMPARE(ev[11].boot, 2);
    QCOMPARE(ev[11].uptime, 0.0); // not sent
    QCOMPARE(ev[11].time, QDateTime(QDate(2024, 5, 1), QTime(12, 0, 9), Qt::UTC));

    QCOMPARE(ev[12].packageManager, u"dpkg"_s);
    QCOMPARE(ev[12].packages.size(), 2);
    QCOMPARE(ev[13].status, AgentEvent::Status::Failed);
    QCOMPARE(ev[13].step, u"InstallNginx"_s);
    QCOMPARE(ev[13].exitCode, std::optional<int>(100));
    QCOMPARE(ev[13].line, 14);
    QVERIFY(ev[13].raw.contains(u"error"_s));
}

void TestAgentParser::splitAnywhere()
{
    QByteArray stream;
    for (const QByteArray &line : protocolExamples())
        stream += line + '\n';
    stream.insert(stream.indexOf("{\"event\":\"phase.start\""), "[   3.141592] virtio_console virtio1: noise\n");

    AgentEventParser whole;
    const AgentEventParser::Batch expected = whole.feed(stream);
    QCOMPARE(expected.events.size(), 14);
    QCOMPARE(expected.issues.size(), 1);

    // Byte by byte, and at 200 random cut sets.
    for (int round = 0; round < 201; ++round) {
        AgentEventParser parser;
        AgentEventParser::Batch got;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype n = round == 0 ? 1 : 1 + QRandomGenerator::global()->bounded(300);
            parser.feed(QByteArrayView(stream).sliced(pos, qMin(n, stream.size() - pos)), got);
            pos += n;
        }
        QCOMPARE(seqs(got.events), seqs(expected.events));
        QCOMPARE(got.events[4].chunk, expected.events[4].chunk);
        QCOMPARE(got.events[13].offset, expected.events[13].offset);
        QCOMPARE(got.issues.size(), 1);
        QCOMPARE(got.issues[0].kind, Issue::Kind::Garbage);
        QCOMPARE(got.issues[0].line, 3);
    }
}

void TestAgentParser::garbageDoesNotLoseLaterEvents()
{
    AgentEventParser parser;
    const QByteArray stream = eventLine(1) + "[    0.000000] Linux version 6.1.0-18-amd64\n" + "{\"half\": \n" + "[1,2,3]\n"
        + "{\"seq\":2}\n" + eventLine(2) + eventLine(3);
    const auto b = parser.feed(stream);
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2, 3}));
    QCOMPARE(b.issues.size(), 4);
    for (const Issue &i : b.issues)
        QCOMPARE(i.kind, Issue::Kind::Garbage);
    QCOMPARE(b.issues[0].line, 2);
    QVERIFY(b.issues[0].message.contains(u"Linux version"_s));
    QVERIFY(b.issues[0].message.contains(u"line 2"_s));
    QCOMPARE(b.issues[3].line, 5);
    QVERIFY(b.issues[3].message.contains(u"event"_s));
    QCOMPARE(parser.badLines(), 4);
}

void TestAgentParser::seqGapIsReported()
{
    AgentEventParser parser;
    const auto b = parser.feed(QByteArray(eventLine(1) + eventLine(2) + eventLine(5) + eventLine(6) + eventLine(8)));
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2, 5, 6, 8}));
    QCOMPARE(b.issues.size(), 2);
    QCOMPARE(b.issues[0].kind, Issue::Kind::SeqGap);
    QCOMPARE(b.issues[0].expectedSeq, 3);
    QCOMPARE(b.issues[0].receivedSeq, 5);
    QCOMPARE(b.issues[0].line, 3);
    QVERIFY(b.issues[0].message.contains(u"2 agent events are missing (seq 3 to 4)"_s));
    QVERIFY(b.issues[1].message.contains(u"1 agent event is missing (seq 7)"_s));
    QCOMPARE(parser.missingEvents(), 3);
    QCOMPARE(parser.gaps(), 2);

    // A stream that does not start at 1 misses its beginning.
    AgentEventParser late;
    const auto l = late.feed(eventLine(4));
    QCOMPARE(l.issues.size(), 1);
    QCOMPARE(l.issues[0].expectedSeq, 1);
}

void TestAgentParser::duplicatesAreIgnoredAndCounted()
{
    AgentEventParser parser;
    const auto b = parser.feed(QByteArray(eventLine(1) + eventLine(2) + eventLine(3) + eventLine(2) + eventLine(3) + eventLine(4)));
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2, 3, 4}));
    QVERIFY(b.issues.isEmpty());
    QCOMPARE(parser.duplicates(), 2);
    QCOMPARE(parser.lastSeq(), 4);
}

void TestAgentParser::helloRestartingTheNumberingIsReported()
{
    AgentEventParser parser;
    const QByteArray hello = eventLine(1, R"("event":"agent.hello","protocol":1,"version":"0.1","boot":2,"resumed":true)");
    const auto b = parser.feed(QByteArray(eventLine(1) + eventLine(2) + eventLine(3) + hello + eventLine(2)));
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2, 3, 1, 2}));
    QCOMPARE(b.issues.size(), 1);
    QCOMPARE(b.issues[0].kind, Issue::Kind::SeqRestart);
    QCOMPARE(b.issues[0].receivedSeq, 1);
}

void TestAgentParser::unknownTypesAreKeptAsGeneric()
{
    AgentEventParser parser;
    const auto b = parser.feed(QByteArray(eventLine(1, R"("event":"agent.heartbeat","load":[0.5,0.2])") + eventLine(2)));
    QVERIFY(b.issues.isEmpty());
    QCOMPARE(b.events.size(), 2);
    QCOMPARE(b.events[0].type, AgentEvent::Type::Unknown);
    QCOMPARE(b.events[0].name, u"agent.heartbeat"_s);
    QCOMPARE(b.events[0].raw.value(u"load"_s).toArray().size(), 2);
}

void TestAgentParser::invalidEvents_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("step.end without status")
        << QByteArray(R"({"event":"step.end","seq":1,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build","step":"s","stepIndex":0,"duration":1})")
        << u"\"status\" is missing"_s;
    QTest::newRow("unknown status")
        << QByteArray(R"({"event":"phase.end","seq":1,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build","status":"ok","duration":1})")
        << u"status"_s;
    QTest::newRow("stream is neither stdout nor stderr")
        << QByteArray(R"({"event":"step.output","seq":1,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build","step":"s","stream":"stdin","chunk":"x"})")
        << u"stream"_s;
    QTest::newRow("time without a zone")
        << QByteArray(R"({"event":"phase.start","seq":1,"t":"2024-05-01T12:00:00","document":"d","documentIndex":0,"phase":"build"})")
        << u"RFC 3339"_s;
    QTest::newRow("seq not an integer")
        << QByteArray(R"({"event":"phase.start","seq":1.5,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build"})")
        << u"\"seq\""_s;
    QTest::newRow("seq zero")
        << QByteArray(R"({"event":"phase.start","seq":0,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build"})")
        << u"\"seq\""_s;
    QTest::newRow("documentIndex a string")
        << QByteArray(R"({"event":"phase.start","seq":1,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":"0","phase":"build"})")
        << u"\"documentIndex\" must be an integer"_s;
    QTest::newRow("exitCode a string")
        << QByteArray(R"({"event":"step.end","seq":1,"t":"2024-05-01T12:00:00Z","document":"d","documentIndex":0,"phase":"build","step":"s","stepIndex":0,"status":"failed","duration":1,"exitCode":"1"})")
        << u"exitCode"_s;
    QTest::newRow("negative duration")
        << QByteArray(R"({"event":"run.end","seq":1,"t":"2024-05-01T12:00:00Z","status":"success","duration":-1})")
        << u"duration"_s;
    QTest::newRow("hello without version")
        << QByteArray(R"({"event":"agent.hello","seq":1,"t":"2024-05-01T12:00:00Z","protocol":1,"boot":1})")
        << u"\"version\" is missing"_s;
    QTest::newRow("package without name")
        << QByteArray(R"({"event":"inventory","seq":1,"t":"2024-05-01T12:00:00Z","packageManager":"dpkg","packages":[{"version":"1"}]})")
        << u"packages"_s;
}

void TestAgentParser::invalidEvents()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mentions);
    AgentEventParser parser;
    const auto b = parser.feed(QByteArray(line + '\n'));
    QVERIFY(b.events.isEmpty());
    QCOMPARE(b.issues.size(), 1);
    QCOMPARE(b.issues[0].kind, Issue::Kind::InvalidEvent);
    QVERIFY2(b.issues[0].message.contains(mentions), qPrintable(b.issues[0].message));
    QVERIFY(b.issues[0].message.contains(u"line 1"_s));
}

void TestAgentParser::invalidEventStillCountsItsSeq()
{
    AgentEventParser parser;
    const auto b = parser.feed(QByteArray(eventLine(1) + eventLine(2, R"("event":"step.start")") + eventLine(3)));
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 3}));
    QCOMPARE(b.issues.size(), 1); // the invalid event, and no gap
    QCOMPARE(b.issues[0].kind, Issue::Kind::InvalidEvent);
}

void TestAgentParser::overlongLineIsSkipped()
{
    AgentEventParser parser(1024);
    const QByteArray big = "{\"event\":\"step.output\",\"chunk\":\"" + QByteArray(5000, 'x') + "\"}\n";
    AgentEventParser::Batch b;
    parser.feed(eventLine(1), b);
    for (qsizetype i = 0; i < big.size(); i += 700)
        parser.feed(QByteArrayView(big).sliced(i, qMin<qsizetype>(700, big.size() - i)), b);
    parser.feed(eventLine(2), b);
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2}));
    QCOMPARE(b.issues.size(), 1);
    QCOMPARE(b.issues[0].kind, Issue::Kind::LineTooLong);
    QCOMPARE(b.issues[0].line, 2);
    QCOMPARE(b.events[1].line, 3);
}

void TestAgentParser::streamEndingMidLine()
{
    AgentEventParser parser;
    AgentEventParser::Batch b;
    parser.feed(QByteArray(eventLine(1) + "{\"event\":\"step.st"), b);
    parser.finish(b);
    QCOMPARE(b.events.size(), 1);
    QCOMPARE(b.issues.size(), 1);
    QCOMPARE(b.issues[0].kind, Issue::Kind::Truncated);

    // A complete event without its newline at the very end is still an event.
    AgentEventParser other;
    AgentEventParser::Batch c;
    QByteArray last = eventLine(1);
    last.chop(1);
    other.feed(last, c);
    QVERIFY(c.events.isEmpty());
    other.finish(c);
    QCOMPARE(c.events.size(), 1);
}

void TestAgentParser::crlfAndBlankLines()
{
    AgentEventParser parser;
    QByteArray stream = eventLine(1);
    stream.insert(stream.size() - 1, '\r');
    stream += "\n   \n" + eventLine(2);
    const auto b = parser.feed(stream);
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 2}));
    QVERIFY(b.issues.isEmpty());
}

void TestAgentParser::skipToDropsThePartialLine()
{
    AgentEventParser parser;
    AgentEventParser::Batch b;
    QByteArray second = eventLine(2);
    parser.feed(QByteArray(eventLine(1) + second.left(20)), b);
    parser.skipTo(5000); // bytes were lost here
    parser.feed(eventLine(4), b);
    QCOMPARE(seqs(b.events), (QList<qint64>{1, 4}));
    QCOMPARE(b.issues.size(), 1);
    QCOMPARE(b.issues[0].kind, Issue::Kind::SeqGap);
    QCOMPARE(b.events[1].offset, 5000);
}

void TestAgentParser::cancelLineForTheGuest()
{
    const QDateTime t(QDate(2024, 5, 1), QTime(12, 0, 5, 7), Qt::UTC);
    QCOMPARE(AgentEvent::cancelLine(t), QByteArray(R"({"event":"cancel","t":"2024-05-01T12:00:05.007Z"})" "\n"));
    QCOMPARE(AgentEvent::formatTime(t.toOffsetFromUtc(7200)), u"2024-05-01T12:00:05.007Z"_s);
}

QTEST_GUILESS_MAIN(TestAgentParser)
#include "test_log_agentparser.moc"
