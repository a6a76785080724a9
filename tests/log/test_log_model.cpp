// LogModel: a capped ring of lines; one insert per append and one remove per trim.
#include "core/log/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Kiln::Core::LogModel;
using Kiln::Core::LogStream;
using Line = LogModel::Line;
using namespace Qt::StringLiterals;

namespace {

QList<Line> lines(int from, int count, LogStream stream = LogStream::Stdout)
{
    QList<Line> out;
    for (int i = from; i < from + count; ++i)
        out.append(Line{u"line %1"_s.arg(i), qint64(i) * 10, stream, 0});
    return out;
}

QString text(const LogModel &m, int row)
{
    return m.data(m.index(row), Qt::DisplayRole).toString();
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneInsertPerAppend();
    void trimsTheOldestLinesInOneRemove();
    void hugeAppendKeepsTheNewest();
    void partialLineIsReplacedByItsCompletion();
    void appendLineKeepsThePartialLast();
    void rolesCarryStreamOffsetAndNumber();
    void firstErrorFollowsTrimming();
    void findNextAndPrevious();
    void passesTheModelTester();
};

void TestLogModel::oneInsertPerAppend()
{
    LogModel model;
    QSignalSpy inserted(&model, &LogModel::rowsInserted);
    model.append(lines(0, 1000));
    model.append(lines(1000, 500));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted[1][1].toInt(), 1000);
    QCOMPARE(inserted[1][2].toInt(), 1499);
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(text(model, 1499), u"line 1499"_s);
    QCOMPARE(model.totalLines(), 1500);
}

void TestLogModel::trimsTheOldestLinesInOneRemove()
{
    LogModel model;
    model.setMaxLines(1000);
    QSignalSpy removed(&model, &LogModel::rowsRemoved);
    QSignalSpy inserted(&model, &LogModel::rowsInserted);
    model.append(lines(0, 900));
    model.append(lines(900, 200)); // 1100 > 1000: trim 100 + 10 % hysteresis
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][1].toInt(), 0);
    QCOMPARE(removed[0][2].toInt(), 199);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(text(model, 0), u"line 200"_s);
    QCOMPARE(model.lineNumber(0), 201);
    QCOMPARE(model.trimmedLines(), 200);
    QCOMPARE(model.totalLines(), 1100);

    // Many small appends trim rarely: the hysteresis makes room for 100 lines at a time.
    removed.clear();
    for (int i = 0; i < 300; ++i)
        model.append(lines(1100 + i, 1));
    QCOMPARE(removed.count(), 2);
    QVERIFY(model.rowCount() <= 1000);
    QCOMPARE(text(model, model.rowCount() - 1), u"line 1399"_s);
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.lineNumber(row), model.lineNumber(row - 1) + 1);
}

void TestLogModel::hugeAppendKeepsTheNewest()
{
    LogModel model;
    model.setMaxLines(100);
    model.append(lines(0, 50));
    model.append(lines(50, 1000));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(text(model, 0), u"line 950"_s);
    QCOMPARE(text(model, 99), u"line 1049"_s);
    QCOMPARE(model.lineNumber(0), 951);
}

void TestLogModel::partialLineIsReplacedByItsCompletion()
{
    LogModel model;
    QSignalSpy changed(&model, &LogModel::dataChanged);
    model.append(lines(0, 2), Line{u"login: "_s, 20, LogStream::Stdout, 0});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.hasPartialLine());
    QVERIFY(model.line(2).flags & LogModel::Partial);
    QCOMPARE(model.totalLines(), 2);

    // The prompt grows, still unfinished.
    model.append({}, Line{u"login: root"_s, 20, LogStream::Stdout, 0});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 2), u"login: root"_s);
    QCOMPARE(changed.count(), 1);

    // Completed, plus a new line and a new partial.
    model.append({Line{u"login: root"_s, 20, LogStream::Stdout, 0}, Line{u"Password:"_s, 32, LogStream::Stdout, 0}},
                 Line{u"$ "_s, 42, LogStream::Stdout, 0});
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!(model.line(2).flags & LogModel::Partial));
    QCOMPARE(text(model, 3), u"Password:"_s);
    QCOMPARE(text(model, 4), u"$ "_s);
    QCOMPARE(model.totalLines(), 4);

    // Finished without a partial: the partial row disappears only if nothing replaces it.
    model.append({}, std::nullopt);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.hasPartialLine());
}

void TestLogModel::appendLineKeepsThePartialLast()
{
    LogModel model;
    model.append(lines(0, 1), Line{u"downloading 40%"_s, 10, LogStream::Stdout, 0});
    model.appendLine(u"Step Install succeeded"_s, LogStream::Info);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 1), u"Step Install succeeded"_s);
    QCOMPARE(text(model, 2), u"downloading 40%"_s);
    QVERIFY(model.hasPartialLine());
}

void TestLogModel::rolesCarryStreamOffsetAndNumber()
{
    LogModel model;
    model.append({Line{u"out"_s, 0, LogStream::Stdout, 0}, Line{u"err"_s, 4, LogStream::Stderr, 0},
                  Line{u"kiln says"_s, -1, LogStream::Info, 0}});
    QCOMPARE(model.data(model.index(1), LogModel::StreamRole).toInt(), int(LogStream::Stderr));
    QCOMPARE(model.data(model.index(1), LogModel::OffsetRole).toLongLong(), 4);
    QCOMPARE(model.data(model.index(2), LogModel::LineNumberRole).toLongLong(), 3);
    QCOMPARE(model.data(model.index(2), LogModel::OffsetRole).toLongLong(), -1);
}

void TestLogModel::firstErrorFollowsTrimming()
{
    LogModel model;
    model.setMaxLines(100);
    QCOMPARE(model.firstErrorRow(), -1);
    model.append(lines(0, 10));
    model.append({Line{u"gcc: error: no such file"_s, 0, LogStream::Stderr, 0}});
    model.append(lines(11, 20));
    model.append({Line{u"Step failed"_s, -1, LogStream::Error, 0}});
    model.append({Line{u"E: Unable to locate package nginx"_s, 0, LogStream::Stdout, 0}});
    QCOMPARE(model.firstErrorRow(), 10);
    QVERIFY(model.line(31).flags & LogModel::ErrorLike);
    QVERIFY(model.line(32).flags & LogModel::ErrorLike);
    QVERIFY(!(model.line(0).flags & LogModel::ErrorLike));
    // Kiln's info lines never count as errors, even with the word in them.
    model.appendLine(u"Retrying after an error"_s, LogStream::Info);
    QVERIFY(!(model.line(33).flags & LogModel::ErrorLike));

    model.append(lines(100, 75)); // 109 rows: trim 19 (9 over + 10): the gcc error goes
    QCOMPARE(text(model, model.firstErrorRow()), u"Step failed"_s);
    model.append(lines(200, 200)); // everything trimmed
    QCOMPARE(model.firstErrorRow(), -1);
}

void TestLogModel::findNextAndPrevious()
{
    LogModel model;
    model.append(lines(0, 100));
    QCOMPARE(model.find(u"LINE 5"_s, 0), 5);
    QCOMPARE(model.find(u"LINE 5"_s, 0, LogModel::FindCaseSensitive), -1);
    QCOMPARE(model.find(u"line 5"_s, 6), 50);
    QCOMPARE(model.find(u"line 5"_s, 49, LogModel::FindBackward), 5);
    QCOMPARE(model.find(u"line 5"_s, 60), -1);
    QCOMPARE(model.find(u"line 5"_s, 60, LogModel::FindWrap), 5);
    QCOMPARE(model.find(u"line 9"_s, 4, LogModel::FindBackward | LogModel::FindWrap), 99);
    QCOMPARE(model.find(u"nothing"_s, 0, LogModel::FindWrap), -1);
}

void TestLogModel::passesTheModelTester()
{
    LogModel model;
    model.setMaxLines(500);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 40; ++i) {
        std::optional<Line> partial;
        if (i % 3 == 0)
            partial = Line{u"partial %1"_s.arg(i), -1, LogStream::Stdout, 0};
        model.append(lines(i * 37, 37), partial);
        if (i % 7 == 0)
            model.appendLine(u"info %1"_s.arg(i), LogStream::Info);
        if (QTest::currentTestFailed())
            return;
    }
    model.setMaxLines(100);
    QCOMPARE(model.rowCount(), 100);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append(lines(0, 10));
    QCOMPARE(model.rowCount(), 10);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "test_log_model.moc"
