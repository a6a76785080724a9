// LogTail follows a log written by another process (log_writer_helper), like the GUI and
// `kilnctl build logs --follow` follow a build worker's logs.
#include "core/log/linesplitter.h"
#include "core/log/logtail.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kiln::Core::LineSplitter;
using Kiln::Core::LogChunk;
using Kiln::Core::LogTail;
using namespace Qt::StringLiterals;

namespace {

// What a consumer of the tail sees: the lines, and how often the file started over.
class Collector : public QObject
{
public:
    explicit Collector(LogTail *tail) : m_tail(tail)
    {
        connect(tail, &LogTail::dataAvailable, this, &Collector::drain, Qt::QueuedConnection);
    }
    void drain()
    {
        for (;;) {
            const LogChunk c = m_tail->takeChunk(4096);
            if (c.restarted) {
                ++restarts;
                m_splitter.reset(c.offset);
            }
            skipped += c.skippedBytes;
            if (c.data.isEmpty() && !c.more)
                break;
            QList<LineSplitter::Line> out;
            m_splitter.push(c.data, out);
            for (const auto &l : out)
                lines << l.text;
            if (!c.more)
                break;
        }
    }
    QStringList lines;
    int restarts = 0;
    qint64 skipped = 0;

private:
    LogTail *m_tail;
    LineSplitter m_splitter;
};

QStringList expectedLines(const QString &prefix, int count)
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines << prefix + u' ' + QString::number(i);
    return lines;
}

} // namespace

class TestLogTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsAFileWrittenByAnotherProcess();
    void startsAgainWhenTheFileIsTruncated();
    void followsTheNewFileAfterRotation();
    void startFromEndSkipsOldOutput();
    void backsOffWhenIdle();
    void finishReadsTheRest();

private:
    QTemporaryDir m_dir;
};

void TestLogTail::followsAFileWrittenByAnotherProcess()
{
    const QString path = m_dir.filePath(u"follow.log"_s);
    LogTail tail(path);
    Collector collector(&tail);
    tail.start(); // the file does not exist yet: the tail waits for it

    QProcess writer;
    writer.start(QStringLiteral(KILN_LOG_WRITER), {path, u"20000"_s, u"out"_s});
    QVERIFY(writer.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(collector.lines.size(), 20000, 20000);
    QCOMPARE(collector.lines, expectedLines(u"out"_s, 20000));
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(collector.restarts, 0);
    QCOMPARE(collector.skipped, 0);
}

void TestLogTail::startsAgainWhenTheFileIsTruncated()
{
    const QString path = m_dir.filePath(u"truncate.log"_s);
    const QString go = m_dir.filePath(u"truncate.go"_s);
    LogTail tail(path);
    Collector collector(&tail);
    tail.start();

    QProcess writer;
    writer.start(QStringLiteral(KILN_LOG_WRITER), {path, u"3000"_s, u"before"_s, u"--then"_s, u"truncate"_s, u"500"_s, u"after"_s, go});
    QVERIFY(writer.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(collector.lines.size(), 3000, 20000);
    QFile(go).open(QIODevice::WriteOnly); // lets the writer truncate its log and go on
    QTRY_COMPARE_WITH_TIMEOUT(collector.lines.size(), 3500, 20000);
    QCOMPARE(collector.lines, expectedLines(u"before"_s, 3000) + expectedLines(u"after"_s, 500));
    QCOMPARE(collector.restarts, 1);
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
    QCOMPARE(writer.exitCode(), 0);
}

void TestLogTail::followsTheNewFileAfterRotation()
{
    const QString path = m_dir.filePath(u"rotate.log"_s);
    const QString go = m_dir.filePath(u"rotate.go"_s);
    LogTail tail(path);
    Collector collector(&tail);
    tail.start();

    QProcess writer;
    writer.start(QStringLiteral(KILN_LOG_WRITER), {path, u"1000"_s, u"old"_s, u"--then"_s, u"rotate"_s, u"4000"_s, u"new"_s, go});
    QVERIFY(writer.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(collector.lines.size(), 1000, 20000);
    QFile(go).open(QIODevice::WriteOnly);
    QTRY_COMPARE_WITH_TIMEOUT(collector.lines.size(), 5000, 20000);
    QCOMPARE(collector.lines, expectedLines(u"old"_s, 1000) + expectedLines(u"new"_s, 4000));
    QCOMPARE(collector.restarts, 1);
    QVERIFY(QFile::exists(path + u".1"_s));
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
    QCOMPARE(writer.exitCode(), 0);
}

void TestLogTail::startFromEndSkipsOldOutput()
{
    const QString path = m_dir.filePath(u"big.log"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 100000; ++i)
            f.write("old line " + QByteArray::number(i) + '\n');
    }
    const qint64 size = QFileInfo(path).size();
    LogTail tail(path);
    tail.startFromEnd(1000);
    const LogChunk c = tail.takeChunk(1 << 20);
    QVERIFY(c.skippedBytes >= size - 1000);
    QCOMPARE(c.offset, c.skippedBytes);
    QVERIFY(c.data.startsWith("old line "));
    QVERIFY(c.data.endsWith("old line 100000\n"));
    QCOMPARE(c.skippedBytes + c.data.size(), size);
}

void TestLogTail::backsOffWhenIdle()
{
    const QString path = m_dir.filePath(u"idle.log"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    LogTail tail(path);
    QSignalSpy spy(&tail, &LogTail::dataAvailable);
    tail.start();
    QVERIFY(tail.currentIntervalMs() <= 40);
    QTRY_COMPARE_WITH_TIMEOUT(tail.currentIntervalMs(), 500, 5000); // nothing written: slow polling
    f.write("wake up\n");
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    QCOMPARE(tail.currentIntervalMs(), 20); // data: fast polling again
    QCOMPARE(tail.takeChunk(100).data, QByteArray("wake up\n"));
}

void TestLogTail::finishReadsTheRest()
{
    const QString path = m_dir.filePath(u"finish.log"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    f.write("one\n");
    LogTail tail(path);
    tail.start();
    QCOMPARE(tail.takeChunk(100).data, QByteArray("one\n"));
    f.write("two\n"); // written after the last poll
    tail.finish();
    QVERIFY(!tail.isFinished());
    QCOMPARE(tail.takeChunk(100).data, QByteArray("two\n"));
    QVERIFY(tail.isFinished());
    QVERIFY(!tail.isFollowing());
}

QTEST_GUILESS_MAIN(TestLogTail)
#include "test_log_tail.moc"
