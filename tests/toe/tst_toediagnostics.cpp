// Golden-folder tests of the validator's diagnostics: one folder per rule under
// tests/data/toe/diagnostics/<case>/ with input.yml and expected.txt (`line:col: severity: message`
// lines, in the order the validator sorts them). Set KILN_UPDATE_GOLDEN=1 to rewrite expected.txt
// from the current output (then review the diff before committing).
#include "core/toe/validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kiln::Toe;

namespace {

QString casesDir() { return QStringLiteral(KILN_TEST_DATA_DIR "/toe/diagnostics"); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString render(const Diagnostics &diagnostics)
{
    QString out;
    for (const auto &d : diagnostics)
        out += QString::number(d.location.mark.line) + u':' + QString::number(d.location.mark.column) +
               QStringLiteral(": ") + QString::fromUtf8(severityName(d.severity)) + QStringLiteral(": ") +
               QString::fromStdString(d.message) + u'\n';
    return out;
}

} // namespace

class TestToeDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 60, "the golden cases are missing");
        for (const QString &c : cases)
            QTest::newRow(c.toUtf8().constData()) << casesDir() + u'/' + c;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QByteArray input = readAll(dir + QStringLiteral("/input.yml"));
        const ValidationResult r = validateText(std::string_view(input.constData(), std::size_t(input.size())), "input.yml");
        const QString actual = render(r.diagnostics);
        const QString expectedPath = dir + QStringLiteral("/expected.txt");
        if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN")) {
            QFile f(expectedPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(actual.toUtf8());
        }
        const QString expected = QString::fromUtf8(readAll(expectedPath));
        QVERIFY2(!expected.isEmpty(), "expected.txt is missing or empty: every case must produce a diagnostic");
        QCOMPARE(actual, expected);
        // Every case's diagnostics are located (the file-level ones name line 1).
        for (const auto &d : r.diagnostics)
            QVERIFY2(d.location.mark.valid(), d.toString().c_str());
    }
};

QTEST_APPLESS_MAIN(TestToeDiagnostics)
#include "tst_toediagnostics.moc"
