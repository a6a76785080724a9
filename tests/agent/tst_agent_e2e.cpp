// End to end: the real kiln-agent in the tinyos fixture under real libvirtd + QEMU (TCG). A seed
// made by SeedBuilder holds the agent, a plan and a component whose second step exits 194 once.
// The events must arrive over the virtio-serial channel (a unix socket on this side) and parse
// with the host's AgentEventParser across the reboot; the guest must power itself off; and the
// file the component wrote must be in the disk afterwards — read with debugfs, not with Kiln.
#include "agentharness.h"

#include "core/build/seedbuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Kiln::Core::AgentEvent;
using Kiln::Core::SeedBuilder;
using Kiln::Core::SeedContents;
using KilnTest::readFile;
using KilnTest::writeFile;
using Type = AgentEvent::Type;
using Status = AgentEvent::Status;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, program.toUtf8() + " did not finish"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

const QByteArray Component = R"YAML(name: e2e-hello
description: writes a file, asks for a reboot once, validates after it
schemaVersion: 1.0
parameters:
  - Message:
      type: string
phases:
  - name: build
    steps:
      - name: WriteFile
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ Message }}" > /etc/kiln-e2e.txt
            - echo "wrote /etc/kiln-e2e.txt on $(hostname)"
      - name: RebootOnce
        action: ExecuteBash
        inputs:
          commands:
            - |
              if [ -e /etc/kiln-e2e-rebooted ]; then
                echo "resumed after the reboot"
              else
                touch /etc/kiln-e2e-rebooted
                echo "asking for a reboot"
                exit 194
              fi
  - name: validate
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - test -s /etc/kiln-e2e.txt && echo validated
)YAML";

} // namespace

class TestAgentE2E : public QObject
{
    Q_OBJECT

private:
    QString m_fixture;
    QString m_kernel;
    QString m_uri;
    QString m_domain;
    QTemporaryDir m_tmp{QStringLiteral("/tmp/kiln-agent-e2e-XXXXXX")};

    bool domainExists() const
    {
        return run(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), m_uri, QStringLiteral("domstate"), m_domain})
                   .exitCode
               == 0;
    }

    QString consoleTail() const
    {
        const QList<QByteArray> lines = readFile(m_tmp.filePath(QStringLiteral("console.log"))).split('\n');
        return QString::fromUtf8(lines.mid(qMax(0, lines.size() - 40)).join('\n'));
    }

    QByteArray domainXml(const QString &disk, const QString &seed) const
    {
        const QString cmdline = QString::fromUtf8(readFile(m_fixture + QStringLiteral("/cmdline"))).trimmed();
        return QStringLiteral(R"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type>
    <kernel>%2</kernel><initrd>%3/initrd.img</initrd><cmdline>%4</cmdline></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%5'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='%6'/><target dev='vdb' bus='virtio'/><readonly/></disk>
    <controller type='usb' model='none'/>
    <serial type='file'><source path='%7/console.log'/><target port='0'/></serial>
    <channel type='unix'><source mode='bind' path='%7/agent.sock'/><target type='virtio' name='org.kiln.agent.0'/></channel>
    <memballoon model='none'/>
  </devices>
</domain>
)")
            .arg(m_domain, m_kernel, m_fixture, cmdline, disk, seed, m_tmp.path())
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = qEnvironmentVariable("KILN_TINYOS_DIR", QStringLiteral(KILN_BINARY_DIR "/fixtures/tinyos"));
        for (const char *f : {"initrd.img", "tinyos.qcow2", "cmdline"})
            if (!QFile::exists(m_fixture + u'/' + QLatin1String(f)))
                QSKIP(qPrintable(QStringLiteral("the tinyos fixture is not built in %1 (run tests/fixtures/tinyos/build.sh %1; "
                                                "scripts/test.sh does)")
                                     .arg(m_fixture)));
        // vmlinux (PVH) boots ~3 s faster under TCG than the compressed bzImage.
        m_kernel = m_fixture + (QFile::exists(m_fixture + QStringLiteral("/vmlinux")) ? QStringLiteral("/vmlinux")
                                                                                         : QStringLiteral("/vmlinuz"));
        m_uri = qEnvironmentVariable("KILN_TEST_LIBVIRT_URI", QStringLiteral("qemu:///system"));
        const Run version = run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("version")});
        if (version.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("libvirtd is not reachable at %1 (run scripts/daemons.sh): %2")
                                 .arg(m_uri, QString::fromUtf8(version.output.trimmed()))));
        for (const char *tool : {"qemu-img", "debugfs", "dumpe2fs"})
            if (run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v %1").arg(QLatin1String(tool))}).exitCode != 0)
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh)").arg(QLatin1String(tool))));
        if (SeedBuilder::xorrisoPath().isEmpty())
            QSKIP("xorriso is not installed (scripts/deps.sh)");
        QVERIFY(m_tmp.isValid());
        // QEMU runs as libvirt-qemu on qemu:///system: it must reach the disks and sockets here.
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_domain = QStringLiteral("kiln-e2e-agent-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!m_domain.isEmpty() && domainExists())
            run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("destroy"), m_domain});
    }

    void buildStageWithARebootInTinyos()
    {
        const QString planId = QStringLiteral("e2e-%1").arg(QCoreApplication::applicationPid());
        const QJsonObject plan{
            {QStringLiteral("version"), 1},
            {QStringLiteral("planId"), planId},
            {QStringLiteral("buildId"), QStringLiteral("e2e")},
            {QStringLiteral("stage"), QStringLiteral("build")},
            {QStringLiteral("documents"),
             QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("documents/00-e2e-hello.yml")},
                                    {QStringLiteral("name"), QStringLiteral("e2e-hello")},
                                    {QStringLiteral("ref"), QStringLiteral("kiln:component/e2e-hello/1.0.0/1")},
                                    {QStringLiteral("phases"), QJsonArray{QStringLiteral("build"), QStringLiteral("validate")}},
                                    {QStringLiteral("parameters"),
                                     QJsonObject{{QStringLiteral("Message"), QStringLiteral("built by kiln-agent e2e")}}}}}},
            {QStringLiteral("workingDirectory"), QStringLiteral("/var/lib/kiln/work")},
            {QStringLiteral("logDirectory"), QStringLiteral("/var/lib/kiln/logs")},
            {QStringLiteral("stateDirectory"), QStringLiteral("/var/lib/kiln/state")},
            {QStringLiteral("generalize"), true},
            {QStringLiteral("inventory"), true},
            {QStringLiteral("shutdown"), QStringLiteral("poweroff")},
            {QStringLiteral("maxReboots"), 3}};
        SeedContents contents;
        contents.instanceId = m_domain;
        contents.hostname = QStringLiteral("kiln-agent-e2e");
        contents.agentPath = QStringLiteral(KILN_AGENT_BINARY);
        contents.plan = QJsonDocument(plan).toJson();
        contents.documents = {{QStringLiteral("00-e2e-hello.yml"), Component}};
        const QString seed = m_tmp.filePath(QStringLiteral("seed.iso"));
        const SeedBuilder::Result built = SeedBuilder::build(contents, seed);
        QVERIFY2(built, qPrintable(built ? QString() : built.error()));

        const QString disk = m_tmp.filePath(QStringLiteral("root.qcow2"));
        const Run overlay = run(QStringLiteral("qemu-img"),
                                {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                 QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                 m_fixture + QStringLiteral("/tinyos.qcow2"), disk});
        QVERIFY2(overlay.exitCode == 0, overlay.output.constData());
        const QString xml = m_tmp.filePath(QStringLiteral("domain.xml"));
        QVERIFY(writeFile(xml, domainXml(disk, seed)));

        QElapsedTimer clock;
        clock.start();
        const Run create = run(QStringLiteral("virsh"), {QStringLiteral("-c"), m_uri, QStringLiteral("create"), xml});
        QVERIFY2(create.exitCode == 0, create.output.constData());

        // The host side: the channel's unix socket, read like the build worker reads it.
        QLocalSocket channel;
        Kiln::Core::AgentEventParser parser;
        QList<AgentEvent> events;
        QList<Kiln::Core::AgentEventParser::Issue> issues;
        QMap<QString, qint64> firstSeen; // event name (+boot) → ms since create
        bool closed = false;
        auto onData = [&] {
            const QByteArray bytes = channel.readAll();
            const auto batch = parser.feed(bytes);
            issues += batch.issues;
            for (const AgentEvent &e : batch.events) {
                const QString key = e.type == Type::AgentHello ? QStringLiteral("hello%1").arg(e.boot) : e.name;
                if (!firstSeen.contains(key))
                    firstSeen.insert(key, clock.elapsed());
                events << e;
            }
        };
        connect(&channel, &QLocalSocket::readyRead, this, onData);
        connect(&channel, &QLocalSocket::disconnected, this, [&] { closed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(
            (channel.connectToServer(m_tmp.filePath(QStringLiteral("agent.sock"))), channel.waitForConnected(200)), 20000);
        // Two boots under TCG; the channel closes when QEMU exits at the guest's poweroff.
        QTRY_VERIFY2_WITH_TIMEOUT(closed, qPrintable(consoleTail()), 600000);
        onData();
        const qint64 cycleMs = clock.elapsed();
        QTRY_VERIFY2_WITH_TIMEOUT(!domainExists(), qPrintable(consoleTail()), 30000);

        QStringList names;
        for (const AgentEvent &e : events)
            names << e.name;
        QVERIFY2(issues.isEmpty(), qPrintable(issues.first().message + QStringLiteral("\n") + names.join(u' ')));
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].seq, i + 1);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("agent.hello"), QStringLiteral("document.start"), QStringLiteral("phase.start"),
                              QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
                              QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("reboot"),
                              QStringLiteral("agent.hello"), QStringLiteral("step.start"), QStringLiteral("step.output"),
                              QStringLiteral("step.end"), QStringLiteral("phase.end"), QStringLiteral("phase.start"),
                              QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
                              QStringLiteral("phase.end"), QStringLiteral("document.end"), QStringLiteral("inventory"),
                              QStringLiteral("run.end")}));
        QCOMPARE(events[0].boot, 1);
        QCOMPARE(events[0].os.value(QLatin1String("ID")).toString(), QStringLiteral("tinyos"));
        QCOMPARE(events[8].reason, QStringLiteral("exit-194"));
        QCOMPARE(events[8].step, QStringLiteral("RebootOnce"));
        QCOMPARE(events[9].boot, 2);
        QVERIFY(events[9].resumed);
        QCOMPARE(events[11].chunk, QStringLiteral("resumed after the reboot\n"));
        QCOMPARE(events[4].chunk, QStringLiteral("wrote /etc/kiln-e2e.txt on kiln-agent-e2e\n"));
        QCOMPARE(events[17].status, Status::Success);
        QCOMPARE(events[20].packageManager, QStringLiteral("none"));
        QCOMPARE(events.last().status, Status::Success);
        const QByteArray console = readFile(m_tmp.filePath(QStringLiteral("console.log")));
        QVERIFY2(console.contains("kiln-generalize: done"), qPrintable(consoleTail()));

        // The disk after the guest powered itself off: the component's file is there, the agent's
        // state is not (generalized), and the file system is clean (no journal to replay).
        const QString raw = m_tmp.filePath(QStringLiteral("root.raw"));
        const Run convert = run(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), disk, raw});
        QVERIFY2(convert.exitCode == 0, convert.output.constData());
        const Run cat = run(QStringLiteral("debugfs"), {QStringLiteral("-R"), QStringLiteral("cat /etc/kiln-e2e.txt"), raw});
        QVERIFY2(cat.output.contains("built by kiln-agent e2e\n"), cat.output.constData());
        const Run varLib = run(QStringLiteral("debugfs"), {QStringLiteral("-R"), QStringLiteral("ls -p /var/lib"), raw});
        QVERIFY2(varLib.output.contains("/..//") && !varLib.output.contains("/kiln/"), varLib.output.constData());
        const Run header = run(QStringLiteral("dumpe2fs"), {QStringLiteral("-h"), raw});
        QVERIFY2(header.output.contains("Filesystem state:         clean"), header.output.constData());
        QVERIFY2(!header.output.contains("needs_recovery"), header.output.constData());

        qInfo("virsh create → hello (boot 1): %lld ms; reboot event → hello (boot 2): %lld ms; "
              "create → poweroff (channel closed): %lld ms",
              firstSeen.value(QStringLiteral("hello1")), firstSeen.value(QStringLiteral("hello2")) - firstSeen.value(QStringLiteral("reboot")),
              cycleMs);
    }
};

QTEST_GUILESS_MAIN(TestAgentE2E)
#include "tst_agent_e2e.moc"
