// `kilnctl validate` as a user runs it: exit codes, `file:line:col: severity: message` lines, the
// summary, and the `--output json` form. Runs the real kilnctl binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run kilnctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("KILNCTL"), args);
    Run r;
    if (!p.waitForFinished(60000)) // a test process may block; kilnctl validate is a short command
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

const QByteArray kValid = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n"
                          "        action: ExecuteBash\n        inputs:\n          commands: [echo hi]\n";
const QByteArray kInvalid = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n"
                            "        action: ExecuteBsh\n        timeoutSeconds: 0\n        inputs:\n          commands: [echo hi]\n";
const QByteArray kWarning = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n"
                            "        action: ExecuteBash\n        colour: red\n        inputs:\n          commands: [echo hi]\n";

} // namespace

class TestKilnctlValidate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_valid, m_invalid, m_warning;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("KILNCTL")));
        QVERIFY(m_dir.isValid());
        m_valid = write(m_dir, QStringLiteral("valid.yml"), kValid);
        m_invalid = write(m_dir, QStringLiteral("invalid.yml"), kInvalid);
        m_warning = write(m_dir, QStringLiteral("warning.yml"), kWarning);
    }

    void validDocument()
    {
        const Run r = kilnctl({QStringLiteral("validate"), QStringLiteral("--documents"), m_valid});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1 document: 1 valid, 0 invalid (0 errors, 0 warnings)\n"));
    }

    void invalidDocumentLines()
    {
        const Run r = kilnctl({QStringLiteral("validate"), QStringLiteral("-d"), m_valid + u',' + m_invalid});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), m_invalid + QStringLiteral(":6:17: error: step 'Hello': unknown action 'ExecuteBsh' (did you mean 'ExecuteBash'?)"));
        QVERIFY(lines.at(1).startsWith(m_invalid + QStringLiteral(":7:25: error: step 'Hello': timeoutSeconds 0 is not allowed")));
        QCOMPARE(lines.at(2), QStringLiteral("2 documents: 1 valid, 1 invalid (2 errors, 0 warnings)"));
    }

    void warningsDoNotFail()
    {
        const Run r = kilnctl({QStringLiteral("validate"), QStringLiteral("--documents=") + m_warning, QStringLiteral("--trace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(":7:9: warning: unknown key 'colour' .* \\[unknown-key\\]\n"))), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral(" ms")));
    }

    void json()
    {
        const Run r = kilnctl({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("validate"),
                               QStringLiteral("--documents"), m_valid + u',' + m_invalid + QStringLiteral(",") + m_dir.filePath(QStringLiteral("nope.yml"))});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray docs = root.value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(docs.at(1).toObject().value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(docs.at(1).toObject().value(QStringLiteral("errors")).toInt(), 2);
        const QJsonArray diags = root.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(diags.size(), 3);
        const QJsonObject first = diags.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("file")).toString(), m_invalid);
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 17);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("unknown-action"));
        QCOMPARE(diags.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("file-not-found"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no-documents") << QStringList{QStringLiteral("validate")};
        QTest::newRow("missing-value") << QStringList{QStringLiteral("validate"), QStringLiteral("--documents")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("validate"), QStringLiteral("--frobnicate")};
        QTest::newRow("empty-list") << QStringList{QStringLiteral("validate"), QStringLiteral("--documents="), QStringLiteral(",")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = kilnctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("kilnctl validate: ")));
    }

    void help()
    {
        const Run r = kilnctl({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--documents")));
    }
};

QTEST_GUILESS_MAIN(TestKilnctlValidate)
#include "tst_kilnctlvalidate.moc"
