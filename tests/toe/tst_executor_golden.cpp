// Golden-folder tests of the executor's semantics: one folder per rule under
// tests/data/toe/exec/<case>/ (see goldenrun.h for the folder layout). A local HTTP + HTTPS server
// (tests/data/toe/httpserver.py, serving tests/data/toe/web) backs the WebDownload cases.
#include "goldenrun.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kiln::Toe;
using namespace KilnTest;

class TestExecutorGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void golden_data();
    void golden();

private:
    QTemporaryDir m_certDir;
    QProcess m_server;
    GoldenEnvironment m_env;
    QString m_serverProblem;
};

void TestExecutorGolden::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (python.isEmpty() || openssl.isEmpty()) {
        m_serverProblem = QStringLiteral("python3 or openssl is not installed (scripts/deps.sh installs them)");
        return;
    }
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), m_certDir.filePath(QStringLiteral("key.pem")),
                        QStringLiteral("-out"), m_certDir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);
    m_server.start(python, {QStringLiteral(KILN_TEST_DATA_DIR "/toe/httpserver.py"), QStringLiteral(KILN_TEST_DATA_DIR "/toe/web"),
                            m_certDir.filePath(QStringLiteral("cert.pem")), m_certDir.filePath(QStringLiteral("key.pem"))});
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 20000);
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    const auto m = QRegularExpression(QStringLiteral(R"(http=(\d+) https=(\d+))")).match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    m_env.httpUrl = QStringLiteral("http://127.0.0.1:") + m.captured(1);
    m_env.httpsUrl = QStringLiteral("https://127.0.0.1:") + m.captured(2);
}

void TestExecutorGolden::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }
}

void TestExecutorGolden::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir root(QStringLiteral(KILN_TEST_DATA_DIR "/toe/exec"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 20, "the golden cases are missing");
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestExecutorGolden::golden()
{
    QFETCH(QString, caseDir);
    if (QFileInfo(caseDir).fileName().startsWith(QLatin1String("web-")) && !m_serverProblem.isEmpty())
        QSKIP(qPrintable(m_serverProblem));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const GoldenRun run = runGoldenCase(caseDir, tmp.path(), m_env);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QString consoleText = run.consoleLines.join(u'\n');

    auto expected = Json::parse(readText(caseDir + QStringLiteral("/expected-status.json"))
                                    .replace(QStringLiteral("${WORKDIR}"), run.workDir)
                                    .toStdString());
    QVERIFY2(expected, "expected-status.json is missing or not JSON");
    const QString mismatch = jsonSubsetMismatch(*expected, run.detailed);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch + QStringLiteral("\n--- console.log:\n") + consoleText));

    if (QFile::exists(run.workDir + QStringLiteral("/check.sh"))) {
        QString output;
        const int rc = runScript(QStringLiteral("check.sh"), run.workDir, &output);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("check.sh failed (%1): %2\n--- console.log:\n%3").arg(rc).arg(output, consoleText)));
    }
    const QString consoleFile = caseDir + QStringLiteral("/expected-console.txt");
    if (QFile::exists(consoleFile)) {
        if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN")) {
            QFile f(consoleFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(consoleText.toUtf8() + '\n');
        }
        const QStringList expectedLines = readText(consoleFile).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(run.consoleLines, expectedLines);
    }
}

QTEST_GUILESS_MAIN(TestExecutorGolden)
#include "tst_executor_golden.moc"
