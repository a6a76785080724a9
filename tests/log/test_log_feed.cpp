// LogFeed: a LogSink (or LogTail) drained into a LogModel in chunks on a timer.
#include "core/log/logfeed.h"
#include "core/log/logsink.h"
#include "core/log/logtail.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

QStringList modelTexts(const LogModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.line(row).text;
    return out;
}

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

} // namespace

class TestLogFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLineArrivesInChunks();
    void partialLineIsShownThenCompleted();
    void overflowShowsTheSkippedMarker();
    void floodIsDiscardedWithAMarker();
    void agentEventsBecomeReadableLines();
    void agentStreamFromATailedFile();
    void slowTicksBackOff();

private:
    QTemporaryDir m_dir;
};

void TestLogFeed::everyLineArrivesInChunks()
{
    LogSink sink;
    QVERIFY(sink.open(m_dir.filePath(u"chunks.log"_s)));
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&sink);
    QSignalSpy inserts(&model, &LogModel::rowsInserted);

    std::thread producer([&sink] {
        for (int i = 0; i < 50000; ++i)
            sink.append(QByteArray("line " + QByteArray::number(i) + '\n'));
        sink.close();
    });
    QSignalSpy finished(&feed, &LogFeed::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    producer.join();
    QCOMPARE(model.rowCount(), 50000);
    QCOMPARE(model.line(49999).text, u"line 49999"_s);
    qint64 offset = 0; // lines carry their byte offset in the log file
    for (int i = 0; i < 1234; ++i)
        offset += 6 + QByteArray::number(i).size();
    QCOMPARE(model.line(1234).offset, offset);
    // Batched: far fewer inserts than lines.
    QVERIFY2(inserts.count() < 1000, qPrintable(QString::number(inserts.count())));
    QCOMPARE(feed.skippedBytes(), 0);
}

void TestLogFeed::partialLineIsShownThenCompleted()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&sink);
    sink.append("boot ok\nlogin: ");
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.line(1).text, u"login: "_s);
    QVERIFY(model.hasPartialLine());
    sink.append("root\n");
    QTRY_VERIFY(!model.hasPartialLine());
    QCOMPARE(modelTexts(model), (QStringList{u"boot ok"_s, u"login: root"_s}));
    sink.append("no newline at the end");
    sink.close();
    QSignalSpy finished(&feed, &LogFeed::finished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.hasPartialLine());
    QCOMPARE(model.line(2).text, u"no newline at the end"_s);
}

void TestLogFeed::overflowShowsTheSkippedMarker()
{
    LogSink sink;
    LogSink::Options options;
    options.maxPendingBytes = 4096;
    QVERIFY(sink.open(QString(), options));
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&sink);
    for (int i = 0; i < 1000; ++i) // 11,000 bytes before the event loop runs: the queue overflows
        sink.append(QByteArray("line " + QByteArray::number(i).rightJustified(5, '0') + '\n'));
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.line(0).stream, LogStream::Marker);
    QCOMPARE(model.line(0).text, LogFeed::skippedMarker(sink.droppedPendingBytes()));
    QVERIFY(model.line(0).text.contains(u"bytes skipped, see full log"_s));
    QCOMPARE(model.line(model.rowCount() - 1).text, u"line 00999"_s);
    QVERIFY(model.line(1).text.startsWith(u"line "_s)); // a whole line after the marker
    QCOMPARE(feed.skippedBytes(), sink.droppedPendingBytes());
}

void TestLogFeed::floodIsDiscardedWithAMarker()
{
    // A producer far faster than the feed: the feed's own discard policy kicks in.
    LogSink sink;
    LogSink::Options options;
    options.maxPendingBytes = 64 * 1024 * 1024;
    QVERIFY(sink.open(QString(), options));
    LogModel model;
    LogFeed feed(&model);
    LogFeed::Tuning tuning;
    tuning.maxChunkBytes = 2000; // a slow feed
    tuning.keepAfterDiscard = 10000;
    feed.setTuning(tuning);
    feed.setSource(&sink);
    QSignalSpy discarded(&feed, &LogFeed::discarded);

    QTimer flood;
    int n = 0;
    connect(&flood, &QTimer::timeout, this, [&] {
        QByteArray batch;
        for (int i = 0; i < 2000; ++i)
            batch += "flood " + QByteArray::number(n++) + '\n';
        sink.append(batch);
    });
    flood.start(5);
    QTRY_VERIFY_WITH_TIMEOUT(discarded.count() > 0, 10000);
    flood.stop();
    sink.close();
    QSignalSpy finished(&feed, &LogFeed::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const QStringList texts = modelTexts(model);
    QVERIFY(texts.filter(u"bytes skipped, see full log"_s).size() >= 1);
    QCOMPARE(texts.last(), u"flood %1"_s.arg(n - 1)); // the newest output is shown
}

void TestLogFeed::agentEventsBecomeReadableLines()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&sink, LogFeed::Format::AgentEvents);
    QList<AgentEvent> events;
    connect(&feed, &LogFeed::agentEvents, this, [&](const QList<AgentEvent> &e) { events += e; });

    const QList<QByteArray> lines = protocolExamples();
    QCOMPARE(lines.size(), 14);
    for (int i = 0; i < 7; ++i) // up to the first step.end, with kernel noise after seq 3
        sink.append(QByteArray(lines[i] + '\n' + (i == 2 ? "[    1.234] random: crng init done\n" : "")));
    QByteArray rest;
    for (int i = 8; i < 14; ++i) // seq 8 is lost: a gap
        rest += lines[i] + '\n';
    sink.append(rest);
    sink.close();
    QSignalSpy finished(&feed, &LogFeed::finished);
    QTRY_COMPARE(finished.count(), 1);

    const QStringList expected{
        u"Agent 0.1.0 started (boot 1) on Debian GNU/Linux 12 (bookworm)"_s,
        u"▶ Component hello-world (phases: build, validate)"_s,
        u"▶ hello-world › build"_s,
        u"agent event stream, line 4: not a JSON event (garbage at the end of the document at byte 13): [    1.234] random: crng init done"_s,
        u"▶ hello-world › build › SayHello (ExecuteBash)"_s,
        u"Hello, world!"_s,
        u"warning: something on stderr"_s,
        u"second line, no newline yet"_s,
        u"✓ hello-world › build › SayHello succeeded in 0.5 s"_s,
        u"agent event stream, line 9: 1 agent event is missing (seq 8)"_s,
        u"hello-world › build failed in 1.0 s"_s,
        u"Component hello-world failed in 1.0 s"_s,
        u"⟳ Rebooting the guest for kernel-update › build › RebootNow (action)"_s,
        u"Agent 0.1.0 resumed after a reboot (boot 2) on debian"_s,
        u"Package inventory: 2 packages (dpkg)"_s,
        u"Run failed after 11 s at hello-world › build › InstallNginx (exit code 100): step InstallNginx failed"_s,
    };
    const QStringList got = modelTexts(model);
    if (got != expected)
        qWarning().noquote() << got.join(u'\n');
    QCOMPARE(got, expected);
    QCOMPARE(model.line(5).stream, LogStream::Stdout);
    QCOMPARE(model.line(6).stream, LogStream::Stderr);
    QCOMPARE(model.line(3).stream, LogStream::Marker);
    QCOMPARE(model.line(9).stream, LogStream::Error);
    QCOMPARE(model.line(10).stream, LogStream::Error);
    QCOMPARE(model.firstErrorRow(), 9);
    QCOMPARE(events.size(), 13);
}

void TestLogFeed::agentStreamFromATailedFile()
{
    // The GUI's case: the worker writes the event log, the GUI follows the file.
    const QString path = m_dir.filePath(u"events.jsonl"_s);
    LogSink writer;
    LogSink::Options options;
    options.maxPendingBytes = 0; // nobody listens in the writing process
    options.flushIntervalMs = 20;
    QVERIFY(writer.open(path, options));

    LogTail tail(path);
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&tail, LogFeed::Format::AgentEvents);
    tail.start();
    int seen = 0;
    connect(&feed, &LogFeed::agentEvents, this, [&](const QList<AgentEvent> &e) { seen += e.size(); });
    for (const QByteArray &line : protocolExamples())
        writer.append(QByteArray(line + '\n'));
    QTRY_COMPARE_WITH_TIMEOUT(seen, 14, 5000);
    QVERIFY(modelTexts(model).contains(u"Hello, world!"_s));
}

void TestLogFeed::slowTicksBackOff()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    LogModel model;
    LogFeed feed(&model);
    feed.setSource(&sink);
    QCOMPARE(feed.intervalMs(), 10);
    QCOMPARE(feed.chunkBytes(), 10000);
    // The view reports an expensive layout: the next tick counts it and backs off
    // (interval ×2, chunk ÷2); then fast ticks with data left speed up again (×2/3, ×1.5).
    QList<QPair<int, qsizetype>> adapted;
    connect(&feed, &LogFeed::flushed, this, [&] { adapted.append({feed.intervalMs(), feed.chunkBytes()}); });
    QByteArray lines;
    for (int i = 0; i < 10000; ++i)
        lines += "some output line\n";
    sink.append(lines);
    feed.reportViewCost(50 * 1000 * 1000);
    QTRY_VERIFY(adapted.size() >= 2);
    QCOMPARE(adapted[0], (QPair<int, qsizetype>(20, 5000)));
    QCOMPARE(adapted[1], (QPair<int, qsizetype>(13, 7500)));
}

QTEST_GUILESS_MAIN(TestLogFeed)
#include "test_log_feed.moc"
