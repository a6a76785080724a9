// LogSink: the file gets every byte whatever the listener does; the listener queue is bounded,
// drops its oldest bytes and says how many; notifications come once per batch.
#include "core/log/logsink.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using Kiln::Core::LogChunk;
using Kiln::Core::LogSink;
using namespace Qt::StringLiterals;

class TestLogSink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileGetsEverythingWhenTheQueueOverflows();
    void listenerSeesSkippedBytesAndWholeLines();
    void oneNotificationPerBatch();
    void chunksEndAtLineBoundaries();
    void fileIsFlushedOnATimer();
    void closeFinishesTheListener();
    void discardKeepsTheNewestLines();
    void fullDiskIsReported();
    void unwritablePathIsAClearError();

private:
    QTemporaryDir m_dir;
};

void TestLogSink::fileGetsEverythingWhenTheQueueOverflows()
{
    const QString path = m_dir.filePath(u"overflow.log"_s);
    LogSink sink;
    LogSink::Options options;
    options.maxPendingBytes = 64 * 1024; // tiny queue, nobody listens
    QVERIFY(sink.open(path, options));

    // Four producer threads, 50,000 lines each, appended concurrently.
    constexpr int kThreads = 4;
    constexpr int kLines = 50000;
    std::vector<std::thread> producers;
    for (int t = 0; t < kThreads; ++t) {
        producers.emplace_back([&sink, t] {
            for (int i = 0; i < kLines; ++i) {
                const QByteArray line = "thread " + QByteArray::number(t) + " line " + QByteArray::number(i) + " "
                    + QByteArray(i % 50, 'x') + '\n';
                sink.append(line);
            }
        });
    }
    for (auto &p : producers)
        p.join();
    sink.close();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    QCOMPARE(qint64(all.size()), sink.totalBytes());
    QCOMPARE(sink.lostFileBytes(), 0);
    QVERIFY(sink.droppedPendingBytes() > 0); // the queue overflowed …
    QCOMPARE(sink.pendingBytes() + sink.droppedPendingBytes(), sink.totalBytes()); // … and counted it

    // Every thread's lines are in the file, whole and in order.
    int next[kThreads] = {0, 0, 0, 0};
    const QList<QByteArray> lines = all.split('\n');
    QCOMPARE(lines.size(), kThreads * kLines + 1);
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        QCOMPARE(parts.size(), 5);
        const int t = parts[1].toInt();
        QCOMPARE(parts[3].toInt(), next[t]);
        QCOMPARE(parts[4].size(), next[t] % 50);
        ++next[t];
    }
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(next[t], kLines);
}

void TestLogSink::listenerSeesSkippedBytesAndWholeLines()
{
    LogSink sink;
    LogSink::Options options;
    options.maxPendingBytes = 10000;
    QVERIFY(sink.open(m_dir.filePath(u"skip.log"_s), options));
    for (int i = 0; i < 2000; ++i)
        sink.append(QByteArray("line " + QByteArray::number(i).rightJustified(5, '0') + '\n')); // 11 bytes each
    QVERIFY(sink.pendingBytes() <= 10000);

    LogChunk first = sink.takeChunk(1 << 20);
    QVERIFY(first.skippedBytes > 0);
    QCOMPARE(first.skippedBytes, sink.droppedPendingBytes());
    QCOMPARE(first.offset, first.skippedBytes); // offsets are file offsets
    QVERIFY(first.data.startsWith("line ")); // the queue starts at a whole line
    QVERIFY(first.data.endsWith("line 01999\n"));
    QCOMPARE(first.skippedBytes + first.data.size(), sink.totalBytes());
    QVERIFY(!first.more);

    const LogChunk empty = sink.takeChunk(1 << 20);
    QVERIFY(empty.data.isEmpty());
    QCOMPARE(empty.skippedBytes, 0);
}

void TestLogSink::oneNotificationPerBatch()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    QSignalSpy spy(&sink, &LogSink::dataAvailable);
    for (int i = 0; i < 1000; ++i)
        sink.append("a line\n");
    QCOMPARE(spy.count(), 1);

    // Not drained yet: still no new notification.
    sink.takeChunk(100);
    sink.append("more\n");
    QCOMPARE(spy.count(), 1);

    // Drained: the next append notifies again, once.
    while (!sink.takeChunk(1 << 20).data.isEmpty()) {
    }
    sink.append("again\n");
    sink.append("and again\n");
    QCOMPARE(spy.count(), 2);
}

void TestLogSink::chunksEndAtLineBoundaries()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    QByteArray expected;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray line = "output line number " + QByteArray::number(i) + '\n';
        sink.append(line);
        expected += line;
    }
    QByteArray got;
    int chunks = 0;
    for (;;) {
        const LogChunk c = sink.takeChunk(4096);
        if (c.data.isEmpty())
            break;
        QVERIFY(c.data.size() <= 4096);
        QVERIFY2(c.data.endsWith('\n'), "a chunk cut in the middle of a line");
        QCOMPARE(c.offset, qint64(got.size()));
        got += c.data;
        ++chunks;
    }
    QCOMPARE(got, expected);
    QVERIFY(chunks > 10);
}

void TestLogSink::fileIsFlushedOnATimer()
{
    const QString path = m_dir.filePath(u"timer.log"_s);
    LogSink sink;
    QVERIFY(sink.open(path)); // default: flushed every second
    sink.append("a short line that stays in the buffer\n");
    QCOMPARE(QFileInfo(path).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path).size(), sink.totalBytes(), 3000);
}

void TestLogSink::closeFinishesTheListener()
{
    LogSink sink;
    QVERIFY(sink.open(m_dir.filePath(u"close.log"_s)));
    QSignalSpy spy(&sink, &LogSink::dataAvailable);
    sink.append("last words\n");
    QVERIFY(!sink.isFinished());
    sink.close();
    QVERIFY(!sink.isFinished()); // bytes are still pending
    QCOMPARE(sink.takeChunk(100).data, QByteArray("last words\n"));
    QVERIFY(sink.isFinished());
    sink.append("ignored after close\n");
    QCOMPARE(sink.totalBytes(), 11);
}

void TestLogSink::discardKeepsTheNewestLines()
{
    LogSink sink;
    QVERIFY(sink.open(QString()));
    for (int i = 0; i < 10000; ++i)
        sink.append(QByteArray("line " + QByteArray::number(i) + '\n'));
    const qint64 before = sink.pendingBytes();
    const qint64 dropped = sink.discardPending(1000);
    QVERIFY(dropped > before - 1000 - 20);
    const LogChunk c = sink.takeChunk(1 << 20);
    QCOMPARE(c.skippedBytes, dropped);
    QVERIFY(c.data.startsWith("line "));
    QVERIFY(c.data.endsWith("line 9999\n"));
    QVERIFY(c.data.size() <= 1000);
}

void TestLogSink::fullDiskIsReported()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("/dev/full is not available");
    LogSink sink;
    QSignalSpy spy(&sink, &LogSink::writeFailed);
    QVERIFY(sink.open(u"/dev/full"_s));
    sink.append(QByteArray(200 * 1024, 'x'));
    QVERIFY(!sink.flush());
    QCOMPARE(spy.count(), 1);
    QVERIFY(sink.errorString().contains(u"/dev/full"_s));
    sink.close();
    QVERIFY(sink.lostFileBytes() > 0);
}

void TestLogSink::unwritablePathIsAClearError()
{
    LogSink sink;
    const auto result = sink.open(u"/proc/kiln-no-such-dir/build.log"_s);
    QVERIFY(!result);
    QVERIFY(result.error().contains(u"/proc/kiln-no-such-dir/build.log"_s));
}

QTEST_GUILESS_MAIN(TestLogSink)
#include "test_log_sink.moc"
