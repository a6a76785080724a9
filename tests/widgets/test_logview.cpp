// LogView, offscreen: fed fast from a timer it shows everything without freezing; it follows
// only a user at the bottom; search, first error, copy, open full log; colours on any palette.
#include "core/log/logmodel.h"
#include "core/log/logsink.h"
#include "core/log/logtail.h"
#include "widgets/loglinedelegate.h"
#include "widgets/logsearchbar.h"
#include "widgets/logview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <ctime>

using namespace Kiln;
using Core::LogModel;
using Core::LogSink;
using Core::LogStream;
using Widgets::LogLineDelegate;
using Widgets::LogView;
using namespace Qt::StringLiterals;

namespace {

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Measures the longest gap between ticks of a 16 ms timer: how long the event loop stalled.
// `worst` is wall-clock time; `worstOwn` counts only time this thread was busy in the gap, so
// that other processes on a loaded CI machine do not count as the view's stall.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(16);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const qint64 cpu = threadCpuMs();
            worst = qMax(worst, gap - 16);
            worstOwn = qMax(worstOwn, qMin(gap - 16, cpu - m_cpu));
            m_cpu = cpu;
        });
        m_clock.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    qint64 worst = 0;
    qint64 worstOwn = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_cpu = 0;
};

QList<LogModel::Line> numbered(int from, int count)
{
    QList<LogModel::Line> lines;
    for (int i = from; i < from + count; ++i)
        lines.append(LogModel::Line{u"line %1"_s.arg(i), -1, LogStream::Stdout, 0});
    return lines;
}

int topRow(QTableView *list)
{
    return list->indexAt(QPoint(2, 2)).row();
}

bool lastRowVisible(QTableView *list)
{
    const QModelIndex last = list->model()->index(list->model()->rowCount() - 1, 0);
    return list->viewport()->rect().intersects(list->visualRect(last));
}

// Receives "Open full log" instead of a desktop application.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shows200kLinesFedFromATimerWithoutStalling();
    void followsOnlyAUserAtTheBottom();
    void trimmingKeepsTheReadingPosition();
    void searchFindsNextAndPrevious();
    void jumpsToTheFirstError();
    void copiesTheSelectedLines();
    void clickingARowDoesNotScrollSideways();
    void opensTheFullLog();
    void overflowShowsTheMarker();
    void agentEventsInColoursFromAnotherProcessFile();
    void coloursReadOnLightAndDarkPalettes();

private:
    QTemporaryDir m_dir;
};

void TestLogView::shows200kLinesFedFromATimerWithoutStalling()
{
    LogSink sink;
    QVERIFY(sink.open(m_dir.filePath(u"flood.log"_s)));
    LogView view;
    view.resize(900, 600);
    view.setSource(&sink);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    constexpr int kLines = 200000;
    constexpr int kPerTick = 2000; // 2,000 lines every 10 ms: 200,000 lines/s offered
    int next = 0;
    QTimer producer;
    producer.setInterval(10);
    connect(&producer, &QTimer::timeout, this, [&] {
        QByteArray batch;
        for (int i = 0; i < kPerTick && next < kLines; ++i, ++next)
            batch += "build output line " + QByteArray::number(next) + " with some text after it\n";
        sink.append(batch);
        if (next >= kLines) {
            producer.stop();
            sink.close();
        }
    });
    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    producer.start();
    QSignalSpy finished(view.feed(), &Core::LogFeed::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const qint64 elapsed = clock.elapsed();
    QTest::qWait(100); // let the last scroll happen

    const LogModel *model = view.model();
    const bool marker = model->line(0).stream == LogStream::Marker || view.feed()->skippedBytes() > 0;
    qInfo("200k lines: shown in %lld ms, %lld rows, worst event-loop stall %lld ms (%lld ms of it this thread's "
          "work), %lld feed ticks, skipped %lld bytes, final chunk %lld bytes / interval %d ms",
          elapsed, qint64(model->rowCount()), probe.worst, probe.worstOwn, view.feed()->ticks(), view.feed()->skippedBytes(),
          qint64(view.feed()->chunkBytes()), view.feed()->intervalMs());
    // Everything is shown — or a marker says what was skipped.
    QCOMPARE(model->line(model->rowCount() - 1).text, u"build output line 199999 with some text after it"_s);
    if (!marker) {
        QCOMPARE(model->totalLines(), kLines);
        for (int row = 0; row < model->rowCount(); row += 997)
            QCOMPARE(model->line(row).text, u"build output line %1 with some text after it"_s.arg(row));
    }
    QVERIFY(view.followsOutput());
    QVERIFY(lastRowVisible(view.listView()));
    // The strict goal (< 50 ms) is measured by tests/bench/bench_logview; here, CI noise allowed:
    // the busy time of this thread within the worst gap, so a loaded machine cannot fail it.
    QVERIFY2(probe.worstOwn < 200, qPrintable(u"worst stall %1 ms"_s.arg(probe.worstOwn)));
    // The file has everything, whatever the view showed.
    QFile file(sink.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), sink.totalBytes());
}

void TestLogView::followsOnlyAUserAtTheBottom()
{
    LogView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *list = view.listView();
    QScrollBar *bar = list->verticalScrollBar();
    view.model()->append(numbered(0, 1000));
    QTRY_VERIFY(lastRowVisible(list));
    QVERIFY(view.followsOutput());

    // The user scrolls up: new output no longer moves the view.
    QSignalSpy followChanged(&view, &LogView::followsOutputChanged);
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!view.followsOutput());
    QCOMPARE(followChanged.count(), 1);
    const int top = topRow(list);
    view.model()->append(numbered(1000, 500));
    QTest::qWait(50);
    QCOMPARE(topRow(list), top);
    QVERIFY(!lastRowVisible(list));

    // Back at the bottom (End key): following again.
    list->setFocus();
    QCOMPARE(topRow(list), top); // focusing does not scroll
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(view.followsOutput());
    view.model()->append(numbered(1500, 500));
    QTRY_VERIFY(lastRowVisible(list));
    QCOMPARE(view.model()->line(topRow(list)).text.isEmpty(), false);

    // The wheel up stops following too.
    QWheelEvent wheel(QPointF(50, 50), list->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(list->viewport(), &wheel);
    QVERIFY(!view.followsOutput());
}

void TestLogView::trimmingKeepsTheReadingPosition()
{
    LogView view;
    view.setMaxLines(1000);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *list = view.listView();
    view.model()->append(numbered(0, 1000));
    QTRY_VERIFY(lastRowVisible(list));

    // The user reads line 800.
    list->verticalScrollBar()->setSliderPosition(800);
    list->verticalScrollBar()->triggerAction(QAbstractSlider::SliderMove);
    QVERIFY(!view.followsOutput());
    QTRY_COMPARE(view.model()->line(topRow(list)).text, u"line 800"_s);

    view.model()->append(numbered(1000, 200)); // trims 300 rows from the top
    QCOMPARE(view.model()->line(0).text, u"line 300"_s);
    QTest::qWait(50);
    QCOMPARE(view.model()->line(topRow(list)).text, u"line 800"_s);
    QVERIFY(!view.followsOutput());
}

void TestLogView::searchFindsNextAndPrevious()
{
    LogView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<LogModel::Line> lines = numbered(0, 3000);
    for (int row : {500, 1500, 2500})
        lines[row].text += u" the Needle is here"_s;
    view.model()->append(lines);

    view.activateWindow();
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view.searchBar()->isVisible());
    QTRY_VERIFY(view.searchBar()->lineEdit()->hasFocus());

    QTest::keyClicks(view.searchBar()->lineEdit(), u"needle"_s);
    QTRY_COMPARE(view.listView()->currentIndex().row(), 500); // incremental, from the top
    QVERIFY(!view.followsOutput());
    QTest::keyClick(view.searchBar()->lineEdit(), Qt::Key_Return);
    QCOMPARE(view.listView()->currentIndex().row(), 1500);
    QTest::keyClick(view.searchBar()->lineEdit(), Qt::Key_Return);
    QCOMPARE(view.listView()->currentIndex().row(), 2500);
    QTest::keyClick(view.searchBar()->lineEdit(), Qt::Key_Return); // wraps
    QCOMPARE(view.listView()->currentIndex().row(), 500);
    QTest::keyClick(view.searchBar()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier); // previous, wraps
    QCOMPARE(view.listView()->currentIndex().row(), 2500);
    QVERIFY(view.listView()->viewport()->rect().intersects(view.listView()->visualRect(view.model()->index(2500))));

    view.setSearchText(u"haystack"_s);
    QVERIFY(!view.findNext());
    QCOMPARE(view.listView()->currentIndex().row(), 2500);

    QTest::keyClick(view.searchBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!view.searchBar()->isVisible());
}

void TestLogView::jumpsToTheFirstError()
{
    LogView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.model()->append(numbered(0, 2000));
    QVERIFY(!view.jumpToFirstError());
    view.model()->appendLine(u"✗ build › InstallNginx failed with exit code 100"_s, LogStream::Error);
    view.model()->append(numbered(2001, 2000));
    QVERIFY(view.jumpToFirstError());
    QCOMPARE(view.listView()->currentIndex().row(), 2000);
    QVERIFY(!view.followsOutput());
    QVERIFY(view.listView()->viewport()->rect().intersects(view.listView()->visualRect(view.model()->index(2000))));
}

void TestLogView::copiesTheSelectedLines()
{
    LogView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.model()->append(numbered(0, 10));
    view.model()->append({LogModel::Line{u"a long line cut "_s, -1, LogStream::Stdout, LogModel::Cut},
                          LogModel::Line{u"into two rows"_s, -1, LogStream::Stdout, 0}});
    QItemSelectionModel *selection = view.listView()->selectionModel();
    selection->select(QItemSelection(view.model()->index(2), view.model()->index(4)), QItemSelectionModel::Select);
    QCOMPARE(view.selectedText(), u"line 2\nline 3\nline 4"_s);
    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), u"line 2\nline 3\nline 4"_s);

    selection->clearSelection();
    selection->select(QItemSelection(view.model()->index(9), view.model()->index(11)), QItemSelectionModel::Select);
    QCOMPARE(view.selectedText(), u"line 9\na long line cut into two rows"_s);
}

void TestLogView::clickingARowDoesNotScrollSideways()
{
    LogView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<LogModel::Line> lines = numbered(0, 20);
    lines[3].text = u"a long line "_s + QString(400, u'x') + u" the end"_s;
    view.model()->append(lines);
    QTableView *list = view.listView();
    QTRY_VERIFY(list->horizontalScrollBar()->maximum() > 1000); // as wide as the longest line
    list->horizontalScrollBar()->setValue(300);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(view.model()->index(5, 0)).center());
    QCOMPARE(list->currentIndex().row(), 5);
    QCOMPARE(list->horizontalScrollBar()->value(), 300);

    // A search match far to the right is scrolled into view.
    view.setSearchText(u"the end"_s);
    QVERIFY(view.findNext());
    QCOMPARE(list->currentIndex().row(), 3);
    QVERIFY(list->horizontalScrollBar()->value() > 300);
}

void TestLogView::opensTheFullLog()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    LogSink sink;
    const QString path = m_dir.filePath(u"full.log"_s);
    QVERIFY(sink.open(path));
    LogView view;
    view.setSource(&sink);
    sink.append("only in the buffer so far\n");
    QVERIFY(view.openFullLog());
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(path)});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("only in the buffer so far\n")); // flushed before opening
    QDesktopServices::unsetUrlHandler(u"file"_s);

    LogView noFile;
    QVERIFY(!noFile.openFullLog());
}

void TestLogView::overflowShowsTheMarker()
{
    LogSink sink;
    Core::LogSink::Options options;
    options.maxPendingBytes = 8192;
    QVERIFY(sink.open(QString(), options));
    LogView view;
    view.setSource(&sink);
    for (int i = 0; i < 5000; ++i)
        sink.append(QByteArray("line " + QByteArray::number(i) + '\n'));
    QTRY_VERIFY(view.model()->rowCount() > 0);
    QCOMPARE(view.model()->line(0).stream, LogStream::Marker);
    QVERIFY(view.model()->line(0).text.contains(u"bytes skipped, see full log"_s));
    QTRY_COMPARE(view.model()->line(view.model()->rowCount() - 1).text, u"line 4999"_s);
}

void TestLogView::agentEventsInColoursFromAnotherProcessFile()
{
    // The worker's event log, followed through the file as the GUI does.
    const QString path = m_dir.filePath(u"events.jsonl"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    Core::LogTail tail(path);
    LogView view;
    view.setSource(&tail, Core::LogFeed::Format::AgentEvents);
    tail.start();
    out.write(R"({"event":"step.start","seq":1,"t":"2024-05-01T12:00:00Z","document":"web","documentIndex":0,"phase":"build","step":"Install","stepIndex":0,"action":"ExecuteBash"})"
              "\n"
              R"({"event":"step.output","seq":2,"t":"2024-05-01T12:00:01Z","document":"web","documentIndex":0,"phase":"build","step":"Install","stream":"stdout","chunk":"Reading package lists...\n"})"
              "\n"
              R"({"event":"step.output","seq":3,"t":"2024-05-01T12:00:01Z","document":"web","documentIndex":0,"phase":"build","step":"Install","stream":"stderr","chunk":"E: Unable to locate package nginx\n"})"
              "\n"
              R"({"event":"step.end","seq":4,"t":"2024-05-01T12:00:02Z","document":"web","documentIndex":0,"phase":"build","step":"Install","stepIndex":0,"status":"failed","exitCode":100,"duration":1.5})"
              "\n");
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 4, 5000);
    const LogModel *m = view.model();
    QCOMPARE(m->line(0).stream, LogStream::Info);
    QCOMPARE(m->line(1).stream, LogStream::Stdout);
    QCOMPARE(m->line(2).stream, LogStream::Stderr);
    QCOMPARE(m->line(3).stream, LogStream::Error);
    QCOMPARE(m->line(3).text, u"✗ web › build › Install failed with exit code 100 after 1.5 s"_s);
    QCOMPARE(m->firstErrorRow(), 2); // apt's "E: " on stderr comes before Kiln's own error line
    QCOMPARE(view.logFilePath(), path);
}

void TestLogView::coloursReadOnLightAndDarkPalettes()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(220, 220, 220));
    for (const QPalette &p : {light, dark}) {
        const qreal base = p.color(QPalette::Base).lightnessF();
        QSet<QRgb> colours;
        for (int stream = 0; stream <= int(LogStream::Marker); ++stream) {
            const QColor fg = LogLineDelegate::foreground(p, stream);
            colours.insert(fg.rgb());
            QVERIFY2(qAbs(fg.lightnessF() - base) > 0.25, qPrintable(u"stream %1 unreadable"_s.arg(stream)));
        }
        QCOMPARE(colours.size(), 5); // every stream has its own colour
        QVERIFY(qAbs(LogLineDelegate::errorBackground(p).lightnessF() - base) < 0.2); // a tint, not a block
    }
}

QTEST_MAIN(TestLogView)
#include "test_logview.moc"
