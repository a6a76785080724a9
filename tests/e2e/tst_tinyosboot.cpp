// End to end: a seed made by SeedBuilder, with a busybox-sh script as the "agent", boots the
// tinyos fixture in a real transient libvirt/QEMU domain (TCG). The script's JSON lines must
// arrive on the host over the virtio-serial channel org.kiln.agent.0, across a reboot the script
// asks for, and the domain must power itself off.
#include "core/build/seedbuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Kiln::Core::SeedBuilder;
using Kiln::Core::SeedContents;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish").arg(program)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAll())};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}


} // namespace

class TestTinyosBoot : public QObject
{
    Q_OBJECT

private:
    QString m_fixture;
    QString m_uri;
    QString m_domain;
    QTemporaryDir m_tmp{QStringLiteral("/tmp/kiln-e2e-XXXXXX")};

    bool domainExists() const
    {
        return run(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), m_uri,
                                             QStringLiteral("domstate"), m_domain})
                   .exitCode
               == 0;
    }

    // A transient domain as Kiln starts them: TCG, ACPI, direct kernel boot, the root overlay as
    // the first virtio disk, the seed read-only as the second, serial console to a file, and the
    // agent channel as a unix socket the test connects to.
    QByteArray domainXml(const QString &disk, const QString &seed) const
    {
        const QString cmdline = QString::fromUtf8(readFile(m_fixture + QStringLiteral("/cmdline"))).trimmed();
        QString seedDisk;
        if (!seed.isEmpty())
            seedDisk = QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                                      "<source file='%1'/><target dev='vdb' bus='virtio'/><readonly/></disk>")
                           .arg(seed);
        return QStringLiteral(R"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type>
    <kernel>%2/vmlinuz</kernel><initrd>%2/initrd.img</initrd><cmdline>%3</cmdline></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%4'/><target dev='vda' bus='virtio'/></disk>
    %5
    <controller type='usb' model='none'/>
    <serial type='file'><source path='%6/console.log'/><target port='0'/></serial>
    <channel type='unix'><source mode='bind' path='%6/agent.sock'/><target type='virtio' name='org.kiln.agent.0'/></channel>
    <memballoon model='none'/>
  </devices>
</domain>
)")
            .arg(m_domain, m_fixture, cmdline, disk, seedDisk, m_tmp.path())
            .toUtf8();
    }

    QString overlay(const QString &name)
    {
        const QString disk = m_tmp.filePath(name);
        const Run r = run(QStringLiteral("qemu-img"),
                          {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                           QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                           m_fixture + QStringLiteral("/tinyos.qcow2"), disk});
        return r.exitCode == 0 ? disk : QString();
    }

    QString consoleTail() const
    {
        const QList<QByteArray> lines = readFile(m_tmp.filePath(QStringLiteral("console.log"))).split('\n');
        return QString::fromUtf8(lines.mid(qMax(0, lines.size() - 25)).join('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = qEnvironmentVariable("KILN_TINYOS_DIR", QStringLiteral(KILN_BINARY_DIR "/fixtures/tinyos"));
        for (const char *f : {"vmlinuz", "initrd.img", "tinyos.qcow2", "cmdline"}) {
            if (!QFile::exists(m_fixture + u'/' + QLatin1String(f)))
                QSKIP(qPrintable(QStringLiteral("the tinyos fixture is not built in %1 (run tests/fixtures/tinyos/build.sh "
                                                "%1; scripts/test.sh does)")
                                     .arg(m_fixture)));
        }
        m_uri = qEnvironmentVariable("KILN_TEST_LIBVIRT_URI", QStringLiteral("qemu:///system"));
        const Run version = run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("version")});
        if (version.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("libvirtd is not reachable at %1 (run scripts/daemons.sh): %2")
                                 .arg(m_uri, version.output.trimmed())));
        QVERIFY(m_tmp.isValid());
        // QEMU runs as libvirt-qemu on qemu:///system: it must reach the disks and sockets here.
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                        | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                        | QFileDevice::ExeOther));
        m_domain = QStringLiteral("kiln-e2e-tinyos-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanup()
    {
        if (!m_domain.isEmpty() && domainExists())
            run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("destroy"), m_domain});
        QFile::remove(m_tmp.filePath(QStringLiteral("agent.sock")));
        QFile::remove(m_tmp.filePath(QStringLiteral("console.log")));
    }

    void agentRunsAcrossARebootAndPowersOff()
    {
        // The seed, built the way the pipeline builds it.
        // A busybox-sh stand-in for kiln-agent: boot 1 reboots, boot 2 powers off.
        const QString agent = QStringLiteral(KILN_TEST_DATA_DIR "/e2e/tinyos-agent.sh");
        SeedContents contents;
        contents.instanceId = m_domain;
        contents.hostname = QStringLiteral("kiln-e2e");
        contents.agentPath = agent;
        contents.plan = QByteArrayLiteral("{\"build\":\"e2e\",\"phases\":[\"build\",\"validate\"]}");
        contents.documents = {{QStringLiteral("01-hello.yml"), QByteArrayLiteral("name: hello\n")},
                              {QStringLiteral("02-world.yml"), QByteArrayLiteral("name: world\n")}};
        const QString seed = m_tmp.filePath(QStringLiteral("seed.iso"));
        const SeedBuilder::Result built = SeedBuilder::build(contents, seed);
        QVERIFY2(built, qPrintable(built ? QString() : built.error()));

        const QString disk = overlay(QStringLiteral("root.qcow2"));
        QVERIFY(!disk.isEmpty());
        const QString xml = m_tmp.filePath(QStringLiteral("domain.xml"));
        QVERIFY(writeFile(xml, domainXml(disk, seed)));

        QElapsedTimer clock;
        clock.start();
        const Run create = run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("create"), xml});
        QVERIFY2(create.exitCode == 0, qPrintable(create.output));

        // QEMU listens on the socket; the guest's writes wait until the host side is connected.
        QLocalSocket channel;
        QByteArray received;
        bool closed = false;
        connect(&channel, &QLocalSocket::readyRead, this, [&] { received += channel.readAll(); });
        connect(&channel, &QLocalSocket::disconnected, this, [&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(
            (channel.connectToServer(m_tmp.filePath(QStringLiteral("agent.sock"))), channel.waitForConnected(200)),
            10000);
        // Two boots under TCG; the channel closes when QEMU exits at poweroff.
        QTRY_VERIFY2_WITH_TIMEOUT(closed, qPrintable(consoleTail()), 300000);
        received += channel.readAll();
        const qint64 cycleMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!domainExists(), 30000);

        QList<QJsonObject> events;
        for (const QByteArray &line : received.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(doc.isObject(), qPrintable(QStringLiteral("not a JSON line: %1 (%2)")
                                                    .arg(QString::fromUtf8(line), error.errorString())));
            events << doc.object();
        }
        QStringList names;
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].value(QLatin1String("seq")).toInt(), i + 1); // no gap, no duplicate
            names << events[i].value(QLatin1String("event")).toString();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("agent.hello"), QStringLiteral("seed"), QStringLiteral("reboot"),
                                     QStringLiteral("agent.hello"), QStringLiteral("seed"), QStringLiteral("run.end")}));
        // The second hello comes from a second boot that saw the first one's marker on the root disk.
        QCOMPARE(events[0].value(QLatin1String("boot")).toInt(), 1);
        QCOMPARE(events[3].value(QLatin1String("boot")).toInt(), 2);
        for (int i : {0, 3}) {
            QCOMPARE(events[i].value(QLatin1String("host")).toString(), QStringLiteral("kiln-e2e")); // meta-data
            QCOMPARE(events[i].value(QLatin1String("cwd")).toString(), QStringLiteral("/"));
        }
        // The seed's plan and documents reached the guest intact, on both boots.
        const QJsonObject plan = QJsonDocument::fromJson(contents.plan).object();
        for (int i : {1, 4}) {
            QCOMPARE(events[i].value(QLatin1String("plan")).toObject(), plan);
            QCOMPARE(events[i].value(QLatin1String("documents")).toString(), QStringLiteral("01-hello.yml 02-world.yml "));
        }
        const QByteArray console = readFile(m_tmp.filePath(QStringLiteral("console.log")));
        QCOMPARE(console.count("tinyos: starting kiln-agent from the cidata seed"), 2);
        qInfo("create → boot → reboot → boot → poweroff: %lld ms; agent started at uptime %.2f s",
              cycleMs, events[0].value(QLatin1String("uptime")).toDouble());
    }

    void withoutASeedTheConsoleSaysSoAndAcpiPowersOff()
    {
        const QString disk = overlay(QStringLiteral("noseed.qcow2"));
        QVERIFY(!disk.isEmpty());
        const QString xml = m_tmp.filePath(QStringLiteral("noseed.xml"));
        QVERIFY(writeFile(xml, domainXml(disk, QString())));
        const Run create = run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("create"), xml});
        QVERIFY2(create.exitCode == 0, qPrintable(create.output));
        QTRY_VERIFY2_WITH_TIMEOUT(
            readFile(m_tmp.filePath(QStringLiteral("console.log"))).contains("tinyos: no cidata seed disk found"),
            qPrintable(consoleTail()), 120000);
        // The ACPI power button (virsh shutdown) is handled by acpid, started just before; QEMU may
        // miss a press that comes before acpid listens, so press again until the domain is gone.
        QElapsedTimer clock;
        clock.start();
        bool gone = false;
        while (!gone && clock.elapsed() < 60000) {
            run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("shutdown"), m_domain});
            gone = QTest::qWaitFor([this] { return !domainExists(); }, 5000);
        }
        QVERIFY2(gone, qPrintable(consoleTail()));
        QVERIFY(readFile(m_tmp.filePath(QStringLiteral("console.log"))).contains("ACPI power button: powering off"));
    }
};

QTEST_GUILESS_MAIN(TestTinyosBoot)
#include "tst_tinyosboot.moc"
