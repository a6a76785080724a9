// `kilnctl run` as a user runs it: flags (awstoe-compatible), exit codes, live console, log folder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

const QString Kilnctl = QStringLiteral(KILN_BINARY_DIR "/app/kilnctl/kilnctl");

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome kilnctl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(Kilnctl, QStringList{QStringLiteral("run")} + args);
    Outcome o;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void write(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

const char *const Ok = R"(name: ok
schemaVersion: 1.0
parameters:
  - Who:
      type: string
phases:
  - name: build
    steps:
      - name: Hello
        action: ExecuteBash
        inputs:
          commands:
            - echo "hello {{ Who }}"
  - name: test
    steps:
      - name: Fails
        action: ExecuteBash
        inputs:
          commands:
            - exit 9
)";

} // namespace

class TestKilnctlRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(Kilnctl), "kilnctl is not built");
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectOut");
        QTest::addColumn<QString>("expectErr");
        QTest::newRow("success, phases filter")
            << QStringList{QStringLiteral("--documents"), QStringLiteral("ok.yml"), QStringLiteral("--phases"), QStringLiteral("build"),
                           QStringLiteral("--parameters"), QStringLiteral("Who=kiln")}
            << 0 << QStringLiteral("Stdout: hello kiln\n") << QStringLiteral("Log folder: ");
        QTest::newRow("short forms") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml"), QStringLiteral("-p"), QStringLiteral("build"),
                                                    QStringLiteral("--parameters=Who=x"), QStringLiteral("-l"), QStringLiteral("logs"),
                                                    QStringLiteral("-i"), QStringLiteral("my-id")}
                                     << 0 << QStringLiteral("TOE has completed execution successfully") << QStringLiteral("logs/TOE_");
        QTest::newRow("failing step") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml"), QStringLiteral("--parameters"), QStringLiteral("Who=x")}
                                      << 1 << QStringLiteral("TOE has completed execution with failure - Execution failed!")
                                      << QString();
        QTest::newRow("missing parameter") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml")} << 1
                                           << QStringLiteral("parameter 'Who' has no default value and was not given") << QString();
        QTest::newRow("invalid document") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml,bad.yml")} << 2 << QString()
                                          << QStringLiteral("bad.yml:7:17: error: step 'X': unknown action 'NoSuchAction'");
        QTest::newRow("missing document") << QStringList{QStringLiteral("-d"), QStringLiteral("nope.yml")} << 2 << QString()
                                          << QStringLiteral("nope.yml");
        QTest::newRow("empty parameter value") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml"), QStringLiteral("--parameters"), QStringLiteral("Who=")}
                                               << 2 << QString() << QStringLiteral("'Who' has an empty value");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("-d"), QStringLiteral("ok.yml"), QStringLiteral("--log-s3-bucket-name"), QStringLiteral("b")}
                                        << 2 << QString() << QStringLiteral("unknown option '--log-s3-bucket-name'");
        QTest::newRow("config file") << QStringList{QStringLiteral("--config"), QStringLiteral("run.json")} << 0
                                     << QStringLiteral("Stdout: hello from config") << QStringLiteral("cfg-logs/TOE_");
        QTest::newRow("config with documents") << QStringList{QStringLiteral("-c"), QStringLiteral("run.json"), QStringLiteral("-d"), QStringLiteral("ok.yml")}
                                               << 2 << QString() << QStringLiteral("cannot be combined");
        QTest::newRow("reboot requested") << QStringList{QStringLiteral("-d"), QStringLiteral("reboot.yml")} << 3
                                          << QStringLiteral("TOE stopped: reboot requested") << QString();
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expectOut);
        QFETCH(QString, expectErr);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("ok.yml")), QString::fromUtf8(Ok));
        write(dir.filePath(QStringLiteral("bad.yml")),
              QStringLiteral("name: bad\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: X\n        action: NoSuchAction\n"));
        write(dir.filePath(QStringLiteral("reboot.yml")),
              QStringLiteral("name: r\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: R\n        action: Reboot\n"));
        write(dir.filePath(QStringLiteral("run.json")),
              QStringLiteral(R"({"documents": [{"path": "ok.yml", "parameters": [{"name": "Who", "value": "from config"}]}],
                                 "phases": "build", "logDirectory": "cfg-logs", "executionId": "cfg"})"));
        const Outcome o = kilnctl(args, dir.path());
        QVERIFY2(o.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n--- out:\n%2\n--- err:\n%3").arg(o.exitCode).arg(o.out, o.err)));
        QVERIFY2(o.out.contains(expectOut), qPrintable(o.out));
        QVERIFY2(o.err.contains(expectErr), qPrintable(o.err));
        if (exitCode == 2)
            QVERIFY2(QDir(dir.path()).entryList({QStringLiteral("TOE_*")}, QDir::Dirs).isEmpty(), "a log folder was written for an invalid run");
    }

    void logFolderLayout()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("ok.yml")), QString::fromUtf8(Ok));
        const Outcome o = kilnctl({QStringLiteral("-d"), QStringLiteral("ok.yml"), QStringLiteral("-p"), QStringLiteral("build"),
                                   QStringLiteral("--parameters"), QStringLiteral("Who=kiln"), QStringLiteral("-l"), QStringLiteral("out"),
                                   QStringLiteral("-i"), QStringLiteral("abc-123")},
                                  dir.path());
        QCOMPARE(o.exitCode, 0);
        const QStringList folders = QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^TOE_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_UTC-0_abc-123$)")).match(folders[0]).hasMatch(),
                 qPrintable(folders[0]));
        const QDir log(dir.filePath(QStringLiteral("out/")) + folders[0]);
        for (const char *name : {"console.log", "detailedoutput.json", "chaining.json", "D0__ok.yml"})
            QVERIFY2(log.exists(QString::fromLatin1(name)), name);
        QFile console(log.filePath(QStringLiteral("console.log")));
        QVERIFY(console.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(console.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 5);
        const QRegularExpression stamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z \S)"));
        for (const QString &line : lines)
            QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.last().endsWith(QLatin1String(" TOE has completed execution successfully")));
        QVERIFY(lines.filter(QStringLiteral(" Stdout: hello kiln")).size() == 1);
    }

    void interruptCancels()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("hang.yml")),
              QStringLiteral("name: hang\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: H\n"
                             "        action: ExecuteBash\n        inputs:\n          commands:\n            - echo waiting\n            - sleep 300\n"));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(Kilnctl, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("hang.yml")});
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput())).contains(QLatin1String("Stdout: waiting")), 20000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("TOE execution was cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestKilnctlRun)
#include "tst_kilnctl_run.moc"
