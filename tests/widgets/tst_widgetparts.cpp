// Small widget-side pieces with tables of cases: cron schedules, the line diff, the issues model.
#include "widgets/common/textdiff.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/wizard/cronexpression.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Kiln::Widgets;

class TestWidgetParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cron_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");    // ISO local time
        QTest::addColumn<QString>("next");     // expected next run, or "" for an error
        QTest::addColumn<QString>("error");    // expected error text part
        QTest::newRow("daily 03:00") << "0 3 * * *" << "2026-01-05T10:00" << "2026-01-06T03:00" << "";
        QTest::newRow("weekdays") << "30 8 * * 1-5" << "2026-01-09T09:00" << "2026-01-12T08:30" << ""; // Fri → Mon
        QTest::newRow("step") << "*/15 * * * *" << "2026-01-05T10:07" << "2026-01-05T10:15" << "";
        QTest::newRow("names") << "0 0 1 jan,jul *" << "2026-02-01T00:00" << "2026-07-01T00:00" << "";
        QTest::newRow("sunday as 7") << "0 12 * * 7" << "2026-01-05T00:00" << "2026-01-11T12:00" << "";
        QTest::newRow("dom or dow") << "0 0 13 * 5" << "2026-01-01T00:00" << "2026-01-02T00:00" << "";
        QTest::newRow("macro") << "@weekly" << "2026-01-05T00:00" << "2026-01-11T00:00" << "";
        QTest::newRow("leap day") << "0 0 29 2 *" << "2026-03-01T00:00" << "2028-02-29T00:00" << "";
        QTest::newRow("too few") << "0 3 * *" << "" << "" << "5 fields";
        QTest::newRow("hour range") << "0 24 * * *" << "" << "" << "hour: 24 is outside 0–23";
        QTest::newRow("letters") << "0 x * * *" << "" << "" << "\"x\" is not a number";
        QTest::newRow("backwards") << "0 5-2 * * *" << "" << "" << "runs backwards";
        QTest::newRow("zero step") << "*/0 * * * *" << "" << "" << "positive number";
        QTest::newRow("never") << "0 0 31 4 *" << "" << "" << "never runs";
        QTest::newRow("unknown macro") << "@sometimes" << "" << "" << "not a known shortcut";
        QTest::newRow("empty") << "  " << "" << "" << "empty";
    }
    void cron()
    {
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QString, next);
        QFETCH(QString, error);
        auto cron = CronExpression::parse(expression);
        if (!error.isEmpty()) {
            QVERIFY(!cron);
            QVERIFY2(cron.error().contains(error), qPrintable(cron.error()));
            return;
        }
        QVERIFY2(cron, qPrintable(cron ? QString() : cron.error()));
        const QDateTime from = QDateTime::fromString(after, Qt::ISODate);
        QCOMPARE(cron->nextAfter(from), QDateTime::fromString(next, Qt::ISODate));
    }

    void diff_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QStringList>("expected"); // kind + text per line of the unified diff
        QTest::newRow("same") << "a\nb\n" << "a\nb\n" << QStringList{};
        QTest::newRow("change") << "a\nb\nc\n" << "a\nB\nc\n"
                                << QStringList{"@@ -1,3 +1,3 @@", " a", "-b", "+B", " c"};
        QTest::newRow("append") << "a\n" << "a\nb\n" << QStringList{"@@ -1,1 +1,2 @@", " a", "+b"};
        QTest::newRow("from empty") << "" << "x\n" << QStringList{"@@ -0,0 +1,1 @@", "+x"};
        QTest::newRow("far apart") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n" << "0\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n13\n"
                                   << QStringList{"@@ -1,4 +1,4 @@", "-1", "+0", " 2", " 3", " 4",
                                                  "@@ -9,4 +9,4 @@", " 9", " 10", " 11", "-12", "+13"};
    }
    void diff()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const DiffLine &l : TextDiff::unified(oldText, newText)) {
            switch (l.kind) {
            case DiffLine::Kind::HunkHeader: got << l.text; break;
            case DiffLine::Kind::Same: got << u' ' + l.text; break;
            case DiffLine::Kind::Added: got << u'+' + l.text; break;
            case DiffLine::Kind::Removed: got << u'-' + l.text; break;
            }
        }
        QCOMPARE(got, expected);
    }

    void issuesReplacePerSource()
    {
        IssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &IssueModel::countsChanged);
        Issue e{Issue::Severity::Error, QStringLiteral("bad"), {}, QStringLiteral("/x/a.yml"), 3, 5, {}};
        Issue w{Issue::Severity::Warning, QStringLiteral("meh"), {}, QStringLiteral("/x/a.yml"), 1, 1, {}};
        model.setIssues(QStringLiteral("editor"), {w, e});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.issueAt(0).severity, Issue::Severity::Error); // errors first
        QCOMPARE(model.index(0, IssueModel::LocationColumn).data().toString(), QStringLiteral("a.yml:3:5"));
        model.addIssue({Issue::Severity::Error, QStringLiteral("import failed"), QStringLiteral("import"), {}, 0, 0, {}});
        QCOMPARE(model.errorCount(), 2);
        model.setIssues(QStringLiteral("editor"), {}); // the editor's errors were fixed
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.issueAt(0).source, QStringLiteral("import"));
        QCOMPARE(counts.last().at(0).toInt(), 1);
    }
};

QTEST_MAIN(TestWidgetParts)
#include "tst_widgetparts.moc"
