// SeedBuilder against the real xorriso: the seeds it writes are read back with xorriso (listing,
// extraction, volume descriptors) and compared with what was asked for.
#include "core/build/seedbuilder.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using Kiln::Core::SeedBuilder;
using Kiln::Core::SeedContents;
using Kiln::Core::SeedDocument;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run xorriso(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("xorriso"), QStringList{QStringLiteral("-no_rc")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromLocal8Bit(p.readAll())};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// One file of an ISO, extracted with xorriso into `out` and read back ("<missing>" when xorriso
// could not extract it).
QByteArray extractFile(const QString &iso, const QString &path, const QString &out)
{
    QFile::remove(out);
    xorriso({QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso, QStringLiteral("-extract"), path, out});
    return readFile(out);
}

// The volume descriptors after the system area: type 1 primary, 2 supplementary (Joliet when
// its escape sequence says UCS-2), 255 terminator.
bool hasJoliet(const QString &iso)
{
    QFile f(iso);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (int sector = 16; sector < 32; ++sector) {
        f.seek(qint64(sector) * 2048);
        const QByteArray d = f.read(2048);
        if (d.size() < 91 || d.mid(1, 5) != "CD001" || quint8(d[0]) == 255)
            return false;
        const QByteArray escape = d.mid(88, 3);
        if (d[0] == 2 && (escape == "%/@" || escape == "%/C" || escape == "%/E"))
            return true;
    }
    return false;
}

// QVERIFY2 evaluates its message even when the check passes.
QString errorOf(const SeedBuilder::Result &r)
{
    return r ? QString() : r.error();
}

// Records every done() (the Result has no default constructor, so no QSignalSpy/QVariant).
struct DoneRecorder
{
    explicit DoneRecorder(SeedBuilder &builder)
        : connection(QObject::connect(&builder, &SeedBuilder::done, &builder,
                                      [this](const SeedBuilder::Result &r) { results.push_back(r); }))
    {
    }
    ~DoneRecorder() { QObject::disconnect(connection); }
    QMetaObject::Connection connection;
    std::vector<SeedBuilder::Result> results;
};

SeedBuilder::Result buildAndWait(SeedBuilder &builder, const SeedContents &contents, const QString &iso)
{
    if (!builder.start(contents, iso))
        return Kiln::unexpected(QStringLiteral("start() refused"));
    DoneRecorder done(builder); // connected after start(): done() must still come
    if (!QTest::qWaitFor([&] { return !done.results.empty(); }, 60000))
        return Kiln::unexpected(QStringLiteral("no done() within 60 s"));
    QTest::qWait(50); // a second done() would show up here
    if (done.results.size() != 1)
        return Kiln::unexpected(QStringLiteral("done() emitted %1 times").arg(done.results.size()));
    return done.results.front();
}

} // namespace

class TestSeedBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_agent;

    SeedContents basic() const
    {
        SeedContents c;
        c.instanceId = QStringLiteral("kiln-build-42-vm-1");
        c.hostname = QStringLiteral("kiln-build-42");
        c.agentPath = m_agent;
        c.plan = QByteArrayLiteral("{\"build\":42,\"name\":\"caf\xc3\xa9\"}"); // no final newline
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SeedBuilder::xorrisoPath().isEmpty())
            QFAIL("xorriso is not installed: apt-get install xorriso (scripts/deps.sh)");
        QVERIFY(m_tmp.isValid());
        // A real executable stands in for the agent: this test binary (megabytes, mode 0755).
        m_agent = QCoreApplication::applicationFilePath();
    }

    void contents_data()
    {
        QTest::addColumn<QList<SeedDocument>>("documents");
        QTest::newRow("no documents") << QList<SeedDocument>{};
        QTest::newRow("two documents") << QList<SeedDocument>{
            {QStringLiteral("01-hello-1.0.0.yml"), QByteArrayLiteral("name: hello\nschemaVersion: 1.0\n")},
            {QStringLiteral("02-world_2.yaml"), QByteArrayLiteral("name: world\r\nphases: []\r\n")},
        };
        // Longer than ISO 9660 (8.3/31) and Joliet (64) names: only Rock Ridge keeps it whole.
        QTest::newRow("long name")
            << QList<SeedDocument>{{QString(150, u'a') + QStringLiteral(".yml"), QByteArray(100000, 'x')}};
    }

    void contents()
    {
        QFETCH(QList<SeedDocument>, documents);
        SeedContents c = basic();
        c.documents = documents;
        const QString iso = m_tmp.filePath(QStringLiteral("contents-%1.iso").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        SeedBuilder builder;
        const auto result = buildAndWait(builder, c, iso);
        QVERIFY2(result, qPrintable(errorOf(result)));
        QCOMPARE(result.value(), iso);
        QVERIFY(QFile::exists(iso));
        QVERIFY(!QFile::exists(iso + QStringLiteral(".part")));

        // The label NoCloud and tinyos look for, and a Joliet tree beside Rock Ridge.
        const Run pvd = xorriso({QStringLiteral("-indev"), iso, QStringLiteral("-pvd_info")});
        QCOMPARE(pvd.exitCode, 0);
        QVERIFY2(pvd.output.contains(QLatin1String("Volume Id    : cidata")), qPrintable(pvd.output));
        QVERIFY(hasJoliet(iso));

        // Modes and owners as the guest sees them through Rock Ridge.
        const Run ls = xorriso({QStringLiteral("-indev"), iso, QStringLiteral("-lsl"), QStringLiteral("/kiln")});
        QCOMPARE(ls.exitCode, 0);
        QVERIFY2(ls.output.contains(QRegularExpression(QStringLiteral("-rwxr-xr-x +1 0 +0 .*'kiln-agent'"))),
                 qPrintable(ls.output));
        QVERIFY2(ls.output.contains(QRegularExpression(QStringLiteral("-rw-r--r-- +1 0 +0 .*'plan.json'"))),
                 qPrintable(ls.output));

        // Extract everything and compare with what was asked for.
        const QString out = m_tmp.filePath(QStringLiteral("x-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const Run ex = xorriso({QStringLiteral("-osirrox"), QStringLiteral("on"), QStringLiteral("-indev"), iso,
                                QStringLiteral("-extract"), QStringLiteral("/"), out});
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.output));
        QCOMPARE(readFile(out + QStringLiteral("/meta-data")),
                 QByteArrayLiteral("instance-id: kiln-build-42-vm-1\nlocal-hostname: kiln-build-42\n"));
        QCOMPARE(readFile(out + QStringLiteral("/user-data")), SeedBuilder::defaultUserData());
        QCOMPARE(readFile(out + QStringLiteral("/kiln/plan.json")), c.plan);
        QCOMPARE(readFile(out + QStringLiteral("/kiln/kiln-agent")), readFile(m_agent));
        QVERIFY(QFile::permissions(out + QStringLiteral("/kiln/kiln-agent")) & QFileDevice::ExeOwner);
        QStringList expectedNames;
        for (const SeedDocument &d : documents) {
            expectedNames << d.fileName;
            QCOMPARE(readFile(out + QStringLiteral("/kiln/documents/") + d.fileName), d.content);
        }
        expectedNames.sort();
        QCOMPARE(QDir(out + QStringLiteral("/kiln/documents")).entryList(QDir::Files, QDir::Name), expectedNames);
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("kiln"), QStringLiteral("meta-data"), QStringLiteral("user-data")}));
        QCOMPARE(QDir(out + QStringLiteral("/kiln")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("documents"), QStringLiteral("kiln-agent"), QStringLiteral("plan.json")}));
    }

    void defaultUserDataIsCloudConfig()
    {
        const QByteArray ud = SeedBuilder::defaultUserData();
        QVERIFY(ud.startsWith("#cloud-config\n"));
        const YAML::Node doc = YAML::Load(ud.toStdString());
        QVERIFY(doc.IsMap());
        // bootcmd runs on every boot (runcmd only once per instance).
        QVERIFY(doc["bootcmd"].IsSequence());
        const std::string script = doc["bootcmd"][0].as<std::string>();
        QVERIFY(script.find("LABEL=cidata /run/kiln/seed") != std::string::npos);
        QVERIFY(script.find("/run/kiln/seed/kiln/kiln-agent") != std::string::npos);
        QVERIFY(script.find("KILN_AGENT_PORT=/dev/virtio-ports/org.kiln.agent.0") != std::string::npos);
        QVERIFY(!doc["runcmd"]);
    }

    // A build VM's user-data differs from a test VM's only in the switch that cancels cloud-init's
    // config and final stages; the switch is a shell assignment the bootcmd script tests.
    void buildVmUserData()
    {
        const QByteArray test = SeedBuilder::defaultUserData();
        const QByteArray build = SeedBuilder::defaultUserData(true);
        QVERIFY(test.contains("\n    KILN_BUILD_VM=0\n"));
        QVERIFY(build.contains("\n    KILN_BUILD_VM=1\n"));
        QByteArray back = build;
        QCOMPARE(back.replace("KILN_BUILD_VM=1\n", "KILN_BUILD_VM=0\n"), test);
        const YAML::Node doc = YAML::Load(build.toStdString());
        const std::string script = doc["bootcmd"][0].as<std::string>();
        QVERIFY(script.find("systemctl stop --no-block cloud-config.service cloud-final.service") != std::string::npos);

        SeedContents c = basic();
        c.buildVm = true;
        const QString iso = m_tmp.filePath(QStringLiteral("buildvm.iso"));
        SeedBuilder builder;
        const auto result = buildAndWait(builder, c, iso);
        QVERIFY2(result, qPrintable(errorOf(result)));
        QCOMPARE(extractFile(iso, QStringLiteral("/user-data"), m_tmp.filePath(QStringLiteral("x-buildvm"))), build);
    }

    void userDataOverride()
    {
        SeedContents c = basic();
        c.userData = QByteArrayLiteral("#cloud-config\nruncmd: [echo, custom]\n");
        const QString iso = m_tmp.filePath(QStringLiteral("override.iso"));
        SeedBuilder builder;
        const auto result = buildAndWait(builder, c, iso);
        QVERIFY2(result, qPrintable(errorOf(result)));
        QCOMPARE(extractFile(iso, QStringLiteral("/user-data"), m_tmp.filePath(QStringLiteral("x-override"))), c.userData);
    }

    void defaultsAreUniquePerVm()
    {
        SeedContents c = basic();
        c.instanceId.clear();
        c.hostname.clear();
        QSet<QByteArray> ids;
        for (int i = 0; i < 2; ++i) {
            const QString iso = m_tmp.filePath(QStringLiteral("default-%1.iso").arg(i));
            SeedBuilder builder;
            const auto result = buildAndWait(builder, c, iso);
            QVERIFY2(result, qPrintable(errorOf(result)));
            const QByteArray meta = extractFile(iso, QStringLiteral("/meta-data"), m_tmp.filePath(QStringLiteral("x-default-%1").arg(i)));
            QVERIFY2(meta.contains("\nlocal-hostname: kiln\n"), meta.constData());
            QVERIFY2(meta.startsWith("instance-id: kiln-"), meta.constData());
            ids.insert(meta.split('\n').first());
        }
        QCOMPARE(ids.size(), 2);
    }

    void replacesAnExistingFile()
    {
        // xorriso would append a session to an existing image: the builder must start afresh.
        const QString iso = m_tmp.filePath(QStringLiteral("replace.iso"));
        SeedBuilder builder;
        QVERIFY(buildAndWait(builder, basic(), iso));
        SeedContents second = basic();
        second.plan = QByteArrayLiteral("{\"second\":true}");
        const auto result = buildAndWait(builder, second, iso); // the same builder, reused
        QVERIFY2(result, qPrintable(errorOf(result)));
        const Run toc = xorriso({QStringLiteral("-indev"), iso, QStringLiteral("-toc")});
        QVERIFY2(toc.output.contains(QLatin1String("1 session")), qPrintable(toc.output));
        QCOMPARE(extractFile(iso, QStringLiteral("/kiln/plan.json"), m_tmp.filePath(QStringLiteral("x-replace"))), second.plan);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing agent") << "agent" << "/nonexistent/kiln-agent"
                                       << "the kiln-agent binary /nonexistent/kiln-agent does not exist";
        QTest::newRow("agent is a folder") << "agent" << "/tmp" << "is not a readable file";
        QTest::newRow("empty plan") << "plan" << "" << "the build plan for the seed is empty";
        QTest::newRow("document escapes") << "document" << "../evil.yml" << "invalid document file name \"../evil.yml\"";
        QTest::newRow("document with space") << "document" << "a b.yml" << "invalid document file name";
        QTest::newRow("document not yaml") << "document" << "notes.txt" << "ending in .yml or .yaml";
        QTest::newRow("duplicate documents") << "duplicate" << "same.yml" << "two documents are named \"same.yml\"";
        QTest::newRow("host name") << "hostname" << "-bad-" << "invalid host name \"-bad-\"";
        QTest::newRow("instance id") << "instance" << "a b\nc" << "invalid instance id";
    }

    void badInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        SeedContents c = basic();
        if (field == QLatin1String("agent"))
            c.agentPath = value;
        else if (field == QLatin1String("plan"))
            c.plan = value.toUtf8();
        else if (field == QLatin1String("document"))
            c.documents = {{value, QByteArrayLiteral("name: x\n")}};
        else if (field == QLatin1String("duplicate"))
            c.documents = {{value, QByteArrayLiteral("name: x\n")}, {value, QByteArrayLiteral("name: y\n")}};
        else if (field == QLatin1String("hostname"))
            c.hostname = value;
        else if (field == QLatin1String("instance"))
            c.instanceId = value;
        QVERIFY(!SeedBuilder::validate(c));
        const QString iso = m_tmp.filePath(QStringLiteral("bad.iso"));
        SeedBuilder builder;
        const auto result = buildAndWait(builder, c, iso);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(message), qPrintable(errorOf(result)));
        QVERIFY2(result.error().contains(iso), qPrintable(errorOf(result))); // says which seed
        QVERIFY(!QFile::exists(iso));
    }

    void xorrisoMissing()
    {
        const QByteArray oldPath = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", empty.path().toLocal8Bit());
        SeedBuilder builder;
        const auto result = buildAndWait(builder, basic(), m_tmp.filePath(QStringLiteral("noxorriso.iso")));
        qputenv("PATH", oldPath);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("xorriso is not installed (apt-get install xorriso")),
                 qPrintable(errorOf(result)));
    }

    void xorrisoFails()
    {
        // xorriso itself refuses: its own words reach the user.
        const QString iso = QStringLiteral("/nonexistent-dir-for-kiln-test/seed.iso");
        SeedBuilder builder;
        const auto result = buildAndWait(builder, basic(), iso);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(QLatin1String("xorriso failed (exit code ")), qPrintable(errorOf(result)));
        QVERIFY2(result.error().contains(QLatin1String("Cannot acquire drive")), qPrintable(errorOf(result)));
        QVERIFY2(!result.error().contains(QLatin1String("RockRidge filesystem manipulator")), qPrintable(errorOf(result)));
    }

    void cancel()
    {
        const QString iso = m_tmp.filePath(QStringLiteral("cancelled.iso"));
        SeedBuilder builder;
        DoneRecorder done(builder);
        QVERIFY(builder.start(basic(), iso));
        QVERIFY(builder.isRunning());
        QVERIFY(!builder.start(basic(), iso)); // one build at a time
        builder.cancel();
        QTRY_COMPARE(done.results.size(), size_t(1));
        QTest::qWait(100);
        QCOMPARE(done.results.size(), size_t(1));
        const auto result = done.results.front();
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("was cancelled")), qPrintable(errorOf(result)));
        QVERIFY(!builder.isRunning());
        QVERIFY(!QFile::exists(iso));
        QVERIFY(!QFile::exists(iso + QStringLiteral(".part")));
    }

    void blockingBuildOnAWorkerThread()
    {
        const QString iso = m_tmp.filePath(QStringLiteral("blocking.iso"));
        const SeedContents c = basic();
        QFuture<SeedBuilder::Result> f = QtConcurrent::run([c, iso] { return SeedBuilder::build(c, iso); });
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
        const SeedBuilder::Result result = f.result();
        QVERIFY2(result, qPrintable(errorOf(result)));
        QCOMPARE(result.value(), iso);
        QVERIFY(xorriso({QStringLiteral("-indev"), iso, QStringLiteral("-pvd_info")})
                    .output.contains(QLatin1String("Volume Id    : cidata")));
    }
};

QTEST_GUILESS_MAIN(TestSeedBuilder)
#include "tst_seedbuilder.moc"
