// End to end: the real kiln-agent in the tinyos fixture under real libvirtd + QEMU (TCG). A seed
// made by SeedBuilder holds the agent, a plan and a component whose second step exits 194 once
// (e2ecase.h). The events must arrive over the virtio-serial channel (a unix socket on this side)
// and parse with the host's AgentEventParser across the reboot; the guest must power itself off;
// and the file the component wrote must be in the disk afterwards — read with debugfs, not Kiln.
#include "e2ecase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kiln::Core::AgentEvent;
using Kiln::Core::SeedBuilder;
using Kiln::Core::SeedContents;
using namespace KilnTest;
using Status = AgentEvent::Status;

class TestAgentE2E : public QObject
{
    Q_OBJECT

private:
    VmSpec m_vm;
    QString m_fixture;
    QTemporaryDir m_tmp{QStringLiteral("/tmp/kiln-agent-e2e-XXXXXX")};

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = qEnvironmentVariable("KILN_TINYOS_DIR", QStringLiteral(KILN_BINARY_DIR "/fixtures/tinyos"));
        for (const char *f : {"initrd.img", "tinyos.qcow2", "cmdline"})
            if (!QFile::exists(m_fixture + u'/' + QLatin1String(f)))
                QSKIP(qPrintable(QStringLiteral("the tinyos fixture is not built in %1 (run tests/fixtures/tinyos/build.sh %1; "
                                                "scripts/test.sh does)")
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
        // QEMU runs as libvirt-qemu on qemu:///system: it must reach the disks and sockets here.
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_vm.name = QStringLiteral("kiln-e2e-agent-%1").arg(QCoreApplication::applicationPid());
        // vmlinux (PVH) boots ~3 s faster under TCG than the compressed bzImage.
        m_vm.kernel = m_fixture + (QFile::exists(m_fixture + QStringLiteral("/vmlinux")) ? QStringLiteral("/vmlinux")
                                                                                            : QStringLiteral("/vmlinuz"));
        m_vm.initrd = m_fixture + QStringLiteral("/initrd.img");
        m_vm.cmdline = QString::fromUtf8(readFile(m_fixture + QStringLiteral("/cmdline"))).trimmed();
        m_vm.workDir = m_tmp.path();
    }

    void cleanupTestCase()
    {
        if (!m_vm.name.isEmpty())
            destroyDomain(m_vm);
    }

    void buildStageWithARebootInTinyos()
    {
        const QString planId = QStringLiteral("e2e-%1").arg(QCoreApplication::applicationPid());
        SeedContents contents;
        contents.instanceId = m_vm.name;
        contents.hostname = QStringLiteral("kiln-agent-e2e");
        contents.agentPath = QStringLiteral(KILN_AGENT_BINARY);
        contents.plan = rebootPlan(planId);
        contents.documents = {{QStringLiteral("00-e2e-hello.yml"), rebootComponent()}};
        m_vm.seed = m_tmp.filePath(QStringLiteral("seed.iso"));
        const SeedBuilder::Result built = SeedBuilder::build(contents, m_vm.seed);
        QVERIFY2(built, qPrintable(built ? QString() : built.error()));
        m_vm.disk = m_tmp.filePath(QStringLiteral("root.qcow2"));
        const Command overlay = command(QStringLiteral("qemu-img"),
                                        {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                         QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                         m_fixture + QStringLiteral("/tinyos.qcow2"), m_vm.disk});
        QVERIFY2(overlay.exitCode == 0, overlay.output.constData());

        const VmRun r = bootUntilPoweroff(m_vm, 600000);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error + QStringLiteral("\n") + consoleTail(m_vm)));
        QVERIFY2(r.poweredOff, qPrintable(consoleTail(m_vm)));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issuesText() + QStringLiteral("\n") + r.names().join(u' ')));
        for (int i = 0; i < r.events.size(); ++i)
            QCOMPARE(r.events[i].seq, i + 1);
        QCOMPARE(r.names(), rebootRunEvents());
        const auto &e = r.events;
        QCOMPARE(e[0].boot, 1);
        QCOMPARE(e[0].os.value(QLatin1String("ID")).toString(), QStringLiteral("tinyos"));
        QCOMPARE(e[4].chunk, QStringLiteral("wrote /etc/kiln-e2e.txt on kiln-agent-e2e\n"));
        QCOMPARE(e[8].reason, QStringLiteral("exit-194"));
        QCOMPARE(e[8].step, QStringLiteral("RebootOnce"));
        QCOMPARE(e[9].boot, 2);
        QVERIFY(e[9].resumed);
        QCOMPARE(e[10].step, QStringLiteral("RebootOnce"));
        QCOMPARE(e[11].chunk, QStringLiteral("resumed after the reboot\n"));
        QCOMPARE(e[17].status, Status::Success);
        QCOMPARE(e[20].packageManager, QStringLiteral("none"));
        QCOMPARE(e.last().status, Status::Success);
        const QByteArray console = readFile(m_tmp.filePath(QStringLiteral("console.log")));
        for (const QByteArray &line : console.split('\n'))
            if (line.contains("kiln-agent") || line.contains("kiln-generalize"))
                qInfo("console: %s", line.trimmed().constData());
        QVERIFY2(console.contains("kiln-generalize: done"), qPrintable(consoleTail(m_vm)));

        // The disk after the guest powered itself off: the component's file is there, the agent's
        // state is not (generalized), and the file system is clean (no journal to replay).
        const QString raw = m_tmp.filePath(QStringLiteral("root.raw"));
        const Command convert = command(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), m_vm.disk, raw});
        QVERIFY2(convert.exitCode == 0, convert.output.constData());
        const QByteArray file = debugfs(raw, QStringLiteral("cat /etc/kiln-e2e.txt"));
        QVERIFY2(file.contains(QByteArray(QByteArray(rebootComponentMessage()) + "\n")), file.constData());
        const QByteArray varLib = debugfs(raw, QStringLiteral("ls -p /var/lib"));
        QVERIFY2(varLib.contains("/..//") && !varLib.contains("/kiln/"), varLib.constData());
        const Command header = command(QStringLiteral("dumpe2fs"), {QStringLiteral("-h"), raw});
        QVERIFY2(header.output.contains("Filesystem state:         clean"), header.output.constData());
        QVERIFY2(!header.output.contains("needs_recovery"), header.output.constData());

        qInfo("virsh create → hello (boot 1): %lld ms (guest uptime %.2f s); reboot event → hello (boot 2): %lld ms "
              "(guest uptime %.2f s); create → poweroff (channel closed): %lld ms",
              r.firstSeen.value(QStringLiteral("hello1")), e[0].raw.value(QLatin1String("uptime")).toDouble(),
              r.firstSeen.value(QStringLiteral("hello2")) - r.firstSeen.value(QStringLiteral("reboot")),
              e[9].raw.value(QLatin1String("uptime")).toDouble(), r.cycleMs);
    }
};

QTEST_GUILESS_MAIN(TestAgentE2E)
#include "tst_agent_e2e.moc"
