// DomainSpec → libvirt domain XML (golden files in tests/data/virt/domain/), ResourceName and
// DomainTag. Set KILN_UPDATE_GOLDEN=1 to rewrite the goldens after an intended change, then
// review the diff.

#include "core/virt/domainspec.h"
#include "core/virt/domaintag.h"
#include "core/virt/resourcename.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kiln::Core::DomainSpec)

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/domain/"_s + name + u".xml"_s;
}

DomainTag fixedTag(const QString &stage)
{
    DomainTag tag;
    tag.buildId = u"42"_s;
    tag.stage = stage;
    tag.ownerPid = 4242;
    tag.ownerHost = u"builder.example"_s;
    tag.created = u"2024-05-01T12:00:00Z"_s;
    return tag;
}

DomainSpec buildVm()
{
    DomainSpec s;
    s.name = u"kiln-build-42-build-0a1b2c"_s;
    s.accelerator = Accelerator::Tcg;
    s.vcpus = 2;
    s.memoryMiB = 1024;
    s.kernel = u"/var/lib/libvirt/images/kiln/base-0123456789abcdef.vmlinuz"_s;
    s.initrd = u"/var/lib/libvirt/images/kiln/base-0123456789abcdef.initrd"_s;
    s.cmdline = u"console=ttyS0 root=/dev/vda rw quiet"_s;
    s.disk = {u"kiln"_s, u"kiln-build-42-build-0a1b2c.qcow2"_s};
    s.seed = {u"kiln"_s, u"kiln-build-42-build-0a1b2c.iso"_s};
    s.serialLogPath = u"/var/log/kiln/builds/42/serial.log"_s;
    s.tag = fixedTag(u"build"_s);
    return s;
}

} // namespace

class TestDomainSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<DomainSpec>("spec");
        QTest::addColumn<QString>("golden");

        QTest::newRow("build VM, direct kernel boot, TCG") << buildVm() << u"build-direct-kernel-tcg"_s;

        DomainSpec disk;
        disk.name = u"kiln-build-7-test-ffee00"_s;
        disk.accelerator = Accelerator::Kvm;
        disk.vcpus = 4;
        disk.memoryMiB = 2048;
        disk.machine = u"q35"_s;
        disk.disk = {u"images"_s, u"kiln-build-7-test-ffee00.qcow2"_s};
        disk.tag = fixedTag(u"test"_s);
        QTest::newRow("test VM, disk boot, KVM, no seed, no log") << disk << u"test-disk-boot-kvm"_s;

        DomainSpec net = buildVm();
        net.userNetwork = true;
        net.vnc = true;
        QTest::newRow("user network and VNC") << net << u"user-network-vnc"_s;

        DomainSpec bare;
        bare.name = u"kiln-probe <&> 'x'"_s; // escaped, not broken
        bare.disk = {u"kiln"_s, u"probe.img"_s};
        bare.diskFormat = u"raw"_s;
        bare.agentChannel.clear();
        QTest::newRow("no tag, no channel, escaping") << bare << u"bare-escaped"_s;
    }

    void golden()
    {
        QFETCH(DomainSpec, spec);
        QFETCH(QString, golden);
        Result<QString> xml = spec.toXml();
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));

        QFile file(goldenPath(golden));
        if (qEnvironmentVariableIsSet("KILN_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(xml->toUtf8());
            file.close();
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(*xml, QString::fromUtf8(file.readAll()));
    }

    // libvirt's own schema accepts what we generate (virt-xml-validate, libvirt-clients).
    void validAgainstLibvirtSchema_data() { golden_data(); }
    void validAgainstLibvirtSchema()
    {
        QFETCH(DomainSpec, spec);
        const QString tool = QStandardPaths::findExecutable(u"virt-xml-validate"_s);
        if (tool.isEmpty())
            QSKIP("virt-xml-validate (libvirt-clients) is not installed");
        QTemporaryFile tmp;
        QVERIFY(tmp.open());
        tmp.write(spec.toXml()->toUtf8());
        tmp.close();
        QProcess p;
        p.start(tool, {tmp.fileName(), u"domain"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void structure()
    {
        const QString xml = *buildVm().toXml();
        // The facts this project measured and relies on.
        QVERIFY(xml.contains(u"<acpi/>"_s));
        QVERIFY(xml.contains(u"<on_poweroff>destroy</on_poweroff>"_s));
        QVERIFY(xml.contains(u"<on_reboot>restart</on_reboot>"_s));
        QVERIFY(xml.contains(u"<memballoon model=\"none\"/>"_s));
        QVERIFY(xml.contains(u"<rng model=\"virtio\">"_s)); // no wait for entropy in the guest
        QVERIFY(xml.contains(u"name=\"org.kiln.agent.0\""_s));
        QVERIFY(!xml.contains(u"<interface"_s));
        QVERIFY(!xml.contains(u"<graphics"_s));
        QVERIFY(!xml.contains(u"<boot "_s)); // direct kernel boot
        QVERIFY(xml.startsWith(u"<domain type=\"qemu\">"_s));
    }

    void invalidSpecs_data()
    {
        QTest::addColumn<DomainSpec>("spec");
        QTest::addColumn<QString>("message");
        DomainSpec s = buildVm();
        s.name.clear();
        QTest::newRow("no name") << s << u"no name"_s;
        s = buildVm();
        s.accelerator = Accelerator::Auto;
        QTest::newRow("auto accelerator") << s << u"\"auto\""_s;
        s = buildVm();
        s.vcpus = 0;
        QTest::newRow("no vcpu") << s << u"vCPUs"_s;
        s = buildVm();
        s.memoryMiB = 16;
        QTest::newRow("tiny memory") << s << u"16 MiB"_s;
        s = buildVm();
        s.disk = {};
        QTest::newRow("no disk") << s << u"no disk"_s;
        s = buildVm();
        s.seed.pool.clear();
        QTest::newRow("seed without pool") << s << u"kiln-build-42-build-0a1b2c.iso"_s;
        s = buildVm();
        s.kernel.clear();
        QTest::newRow("initrd without kernel") << s << u"needs a kernel"_s;
    }

    void invalidSpecs()
    {
        QFETCH(DomainSpec, spec);
        QFETCH(QString, message);
        Result<QString> xml = spec.toXml();
        QVERIFY(!xml);
        QVERIFY2(xml.error().message.startsWith(u"Invalid VM definition: "_s), qPrintable(xml.error().message));
        QVERIFY2(xml.error().message.contains(message), qPrintable(xml.error().message));
    }

    void resourceNames_data()
    {
        QTest::addColumn<QString>("buildId");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<QString>("expectedStage");
        QTest::newRow("plain") << u"42"_s << u"build"_s << QString() << u"42"_s << u"build"_s;
        QTest::newRow("volume") << u"42"_s << u"test"_s << u".qcow2"_s << u"42"_s << u"test"_s;
        QTest::newRow("odd characters") << u"a-b/c"_s << u"st age"_s << u".iso"_s << u"a_b_c"_s << u"st_age"_s;
    }

    void resourceNames()
    {
        QFETCH(QString, buildId);
        QFETCH(QString, stage);
        QFETCH(QString, suffix);
        QFETCH(QString, expectedId);
        QFETCH(QString, expectedStage);
        const QString a = ResourceName::make(buildId, stage, suffix);
        const QString b = ResourceName::make(buildId, stage, suffix);
        QVERIFY(a != b); // two builds of the same stage never clash
        QVERIFY(a.startsWith(u"kiln-build-"_s + expectedId + u'-' + expectedStage + u'-'));
        QVERIFY(a.endsWith(suffix));
        const auto tag = ResourceName::parse(a);
        QVERIFY(tag);
        QCOMPARE(tag->buildId, expectedId);
        QCOMPARE(tag->stage, expectedStage);
    }

    void foreignNamesAreNotTagged()
    {
        QVERIFY(!ResourceName::parse(u"debian12.qcow2"_s));
        QVERIFY(!ResourceName::parse(u"kiln-build-42-build.qcow2"_s));
        QVERIFY(!ResourceName::parse(u"base-0123456789abcdef.qcow2"_s));
        QVERIFY(!ResourceName::parse(u"kiln-build-42-build-XYZ123"_s));
        const QString sha = u"0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"_s;
        QCOMPARE(ResourceName::baseVolume(sha), u"base-0123456789abcdef.qcow2"_s);
        QVERIFY(ResourceName::isBaseVolume(ResourceName::baseVolume(sha)));
        QVERIFY(!ResourceName::isBaseVolume(u"kiln-build-1-build-000000.qcow2"_s));
    }

    void domainTag()
    {
        const auto tag = DomainTag::fromMetadataXml(
            u"<kiln:build xmlns:kiln='https://kiln.dev/xmlns/libvirt/domain/1' id='42' stage='build' pid='99'"
            " host='h' created='2024-05-01T12:00:00Z'/>"_s);
        QVERIFY(tag);
        QCOMPARE(tag->buildId, u"42"_s);
        QCOMPARE(tag->stage, u"build"_s);
        QCOMPARE(tag->ownerPid, 99);
        QCOMPARE(tag->ownerHost, u"h"_s);
        QVERIFY(!DomainTag::fromMetadataXml(u"<other/>"_s));
        QVERIFY(!DomainTag::fromMetadataXml(u"not xml"_s));

        DomainTag mine = DomainTag::forThisProcess(u"1"_s, u"build"_s);
        QCOMPARE(mine.ownerPid, QCoreApplication::applicationPid());
        QVERIFY(!mine.ownerIsGone());
        DomainTag dead = mine;
        dead.ownerPid = 0x3ffffff0; // beyond pid_max: certainly not running
        QVERIFY(dead.ownerIsGone());
        DomainTag elsewhere = dead;
        elsewhere.ownerHost = u"some-other-host"_s;
        QVERIFY(!elsewhere.ownerIsGone()); // we can't tell for other hosts
    }
};

QTEST_GUILESS_MAIN(TestDomainSpec)
#include "tst_domainspec.moc"
