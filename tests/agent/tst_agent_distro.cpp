// End to end on a real distribution: the real kiln-agent in the debian-cloud fixture (Debian 12,
// systemd, cloud-init) under real libvirtd + QEMU (TCG), started by the seed's cloud-init
// user-data. The same build stage as on tinyos (e2ecase.h): the exit-194 reboot goes through
// `systemctl reboot` and the agent is started again by the seed's unit; the inventory lists dpkg
// packages; generalization leaves an empty machine-id, no SSH host keys, no agent state; the guest
// powers itself off through systemd and the disk is clean. Label e2e-distro.
// KILN_DEBIAN_CLOUD_DIR: the fixture (tests/fixtures/debian-cloud/build.sh DIR);
// KILN_TEST_USER_DATA: a user-data file to use instead of SeedBuilder's built-in one.
#include "e2ecase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kiln::Core::AgentEvent;
using Kiln::Core::SeedBuilder;
using Kiln::Core::SeedContents;
using namespace KilnTest;
using Status = AgentEvent::Status;

class TestAgentDistro : public QObject
{
    Q_OBJECT

private:
    VmSpec m_vm;
    QString m_fixture;
    QTemporaryDir m_tmp{QStringLiteral("/var/tmp/kiln-agent-distro-XXXXXX")};

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = qEnvironmentVariable("KILN_DEBIAN_CLOUD_DIR", QStringLiteral(KILN_BINARY_DIR "/fixtures/debian-cloud"));
        for (const char *f : {"vmlinuz", "initrd.img", "debian-cloud.qcow2", "cmdline"})
            if (!QFile::exists(m_fixture + u'/' + QLatin1String(f)))
                QSKIP(qPrintable(QStringLiteral("the debian-cloud fixture is not built in %1 (tests/fixtures/debian-cloud/"
                                                "build.sh %1)")
                                     .arg(m_fixture)));
        m_vm.uri = qEnvironmentVariable("KILN_TEST_LIBVIRT_URI", QStringLiteral("qemu:///system"));
        const Command version = command(QStringLiteral("virsh"), {QStringLiteral("-c"), m_vm.uri, QStringLiteral("version")});
        if (version.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("libvirtd is not reachable at %1 (run scripts/daemons.sh): %2")
                                 .arg(m_vm.uri, QString::fromUtf8(version.output.trimmed()))));
        for (const char *tool : {"qemu-img", "debugfs", "dumpe2fs"})
            if (!haveTool(QLatin1String(tool)))
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh)").arg(QLatin1String(tool))));
        if (SeedBuilder::xorrisoPath().isEmpty())
            QSKIP("xorriso is not installed (scripts/deps.sh)");
        QVERIFY(m_tmp.isValid());
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_vm.name = QStringLiteral("kiln-e2e-agent-distro-%1").arg(QCoreApplication::applicationPid());
        m_vm.kernel = m_fixture + QStringLiteral("/vmlinuz");
        m_vm.initrd = m_fixture + QStringLiteral("/initrd.img");
        m_vm.cmdline = QString::fromUtf8(readFile(m_fixture + QStringLiteral("/cmdline"))).trimmed();
        m_vm.workDir = m_tmp.path();
        m_vm.memoryMiB = 1024;
        m_vm.vcpus = 2;
    }

    void cleanupTestCase()
    {
        if (!m_vm.name.isEmpty())
            destroyDomain(m_vm);
    }

    void buildStageWithARebootUnderSystemd()
    {
        const QString planId = QStringLiteral("e2e-distro-%1").arg(QCoreApplication::applicationPid());
        SeedContents contents;
        contents.instanceId = m_vm.name;
        contents.hostname = QStringLiteral("kiln-agent-distro");
        contents.agentPath = QStringLiteral(KILN_AGENT_BINARY);
        contents.plan = rebootPlan(planId);
        contents.documents = {{QStringLiteral("00-e2e-hello.yml"), rebootComponent()}};
        if (const QString userData = qEnvironmentVariable("KILN_TEST_USER_DATA"); !userData.isEmpty()) {
            contents.userData = readFile(userData);
            QVERIFY2(!contents.userData.isEmpty(), qPrintable(userData));
        }
        m_vm.seed = m_tmp.filePath(QStringLiteral("seed.iso"));
        const SeedBuilder::Result built = SeedBuilder::build(contents, m_vm.seed);
        QVERIFY2(built, qPrintable(built ? QString() : built.error()));
        m_vm.disk = m_tmp.filePath(QStringLiteral("root.qcow2"));
        const Command overlay = command(QStringLiteral("qemu-img"),
                                        {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                         QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                         m_fixture + QStringLiteral("/debian-cloud.qcow2"), m_vm.disk});
        QVERIFY2(overlay.exitCode == 0, overlay.output.constData());

        const VmRun r = bootUntilPoweroff(m_vm, 1500000);
        const QByteArray console = readFile(m_tmp.filePath(QStringLiteral("console.log")));
        for (const QByteArray &line : console.split('\n'))
            if (line.contains("kiln-agent:") || line.contains("kiln-generalize") || line.contains("kiln:")
                || line.contains("reboot: ") || line.contains("Failed"))
                qInfo("console: %s", line.trimmed().constData());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error + QStringLiteral("\n") + consoleTail(m_vm)));
        QVERIFY2(r.poweredOff, qPrintable(consoleTail(m_vm)));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issuesText() + QStringLiteral("\n") + r.names().join(u' ')));
        for (int i = 0; i < r.events.size(); ++i)
            QCOMPARE(r.events[i].seq, i + 1);
        QCOMPARE(r.names(), rebootRunEvents());
        const auto &e = r.events;
        QCOMPARE(e[0].os.value(QLatin1String("ID")).toString(), QStringLiteral("debian"));
        QCOMPARE(e[4].chunk, QStringLiteral("wrote /etc/kiln-e2e.txt on kiln-agent-distro\n"));
        QCOMPARE(e[8].reason, QStringLiteral("exit-194"));
        QCOMPARE(e[9].boot, 2);
        QVERIFY(e[9].resumed);
        QCOMPARE(e[11].chunk, QStringLiteral("resumed after the reboot\n"));
        QCOMPARE(e[20].packageManager, QStringLiteral("dpkg"));
        QStringList packages;
        for (const QJsonValue &p : e[20].packages)
            packages << p[QLatin1String("name")].toString();
        QVERIFY(packages.contains(QStringLiteral("cloud-init")));
        QVERIFY(packages.contains(QStringLiteral("systemd")));
        QCOMPARE(e.last().status, Status::Success);

        const QString raw = m_tmp.filePath(QStringLiteral("root.raw"));
        const Command convert = command(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), m_vm.disk, raw});
        QVERIFY2(convert.exitCode == 0, convert.output.constData());
        const QByteArray file = debugfs(raw, QStringLiteral("cat /etc/kiln-e2e.txt"));
        QVERIFY2(file.contains(QByteArray(QByteArray(rebootComponentMessage()) + "\n")), file.constData());
        QVERIFY2(!debugfs(raw, QStringLiteral("ls -p /var/lib")).contains("/kiln/"), "the agent's state is still in the image");
        QVERIFY2(!debugfs(raw, QStringLiteral("ls -p /etc/ssh")).contains("ssh_host_"), "SSH host keys are still in the image");
        QVERIFY2(debugfs(raw, QStringLiteral("stat /etc/machine-id")).contains("Size: 0"), "machine-id is not empty");
        const Command header = command(QStringLiteral("dumpe2fs"), {QStringLiteral("-h"), raw});
        QVERIFY2(header.output.contains("Filesystem state:         clean"), header.output.constData());
        QVERIFY2(!header.output.contains("needs_recovery"), header.output.constData());
        QFile::remove(raw);

        qInfo("virsh create → hello (boot 1): %lld ms (guest uptime %.2f s); reboot event → hello (boot 2): %lld ms "
              "(guest uptime %.2f s); create → poweroff (channel closed): %lld ms",
              r.firstSeen.value(QStringLiteral("hello1")), e[0].raw.value(QLatin1String("uptime")).toDouble(),
              r.firstSeen.value(QStringLiteral("hello2")) - r.firstSeen.value(QStringLiteral("reboot")),
              e[9].raw.value(QLatin1String("uptime")).toDouble(), r.cycleMs);
    }
};

QTEST_GUILESS_MAIN(TestAgentDistro)
#include "tst_agent_distro.moc"
