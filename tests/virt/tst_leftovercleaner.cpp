// LeftoverCleaner on libvirt's test:/// driver (tests/data/virt/testdriver.xml): scan finds
// Kiln's VMs and volumes only, orphans() applies the rule, remove() removes and reports.

#include "core/virt/awaitresult.h"
#include "core/virt/leftovercleaner.h"
#include "core/virt/virtconnection.h"

#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kiln::Core::Leftovers)

namespace {
QString testUri()
{
    return u"test://"_s + QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/testdriver.xml"_s;
}

QStringList domainNames(const Leftovers &l)
{
    QStringList out;
    for (const TaggedDomain &d : l.domains)
        out.append(d.name);
    out.sort();
    return out;
}

QStringList volumeNames(const Leftovers &l)
{
    QStringList out;
    for (const TaggedVolume &v : l.volumes)
        out.append(v.volume.name);
    out.sort();
    return out;
}

TaggedDomain domain(const QString &name, const QString &buildId, qint64 pid, bool active = true)
{
    TaggedDomain d;
    d.name = name;
    d.active = active;
    d.tag = DomainTag::forThisProcess(buildId, u"build"_s);
    d.tag.ownerPid = pid;
    return d;
}

TaggedVolume volume(const QString &name)
{
    TaggedVolume v;
    v.volume.name = name;
    v.tag = *ResourceName::parse(name);
    return v;
}
} // namespace

class TestLeftoverCleaner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanRemoveAndReport()
    {
        VirtConnection conn(testUri());
        LeftoverCleaner cleaner(&conn);
        Result<Leftovers> all = awaitResult(cleaner.scan());
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(domainNames(*all), (QStringList{u"kiln-build-7-build-abc123"_s, u"kiln-build-8-test-00ff00"_s}));
        QCOMPARE(volumeNames(*all), QStringList{u"kiln-build-7-build-abc123.qcow2"_s});

        const Leftovers dead = LeftoverCleaner::orphans(*all, {u"7"_s});
        QCOMPARE(domainNames(dead), QStringList{u"kiln-build-7-build-abc123"_s});
        QCOMPARE(volumeNames(dead), QStringList{u"kiln-build-7-build-abc123.qcow2"_s});
        // A captured image's volume is kept.
        QVERIFY(LeftoverCleaner::orphans(*all, {u"7"_s}, {u"kiln-build-7-build-abc123.qcow2"_s}).volumes.isEmpty());

        Result<CleanupReport> report = awaitResult(cleaner.remove(domainNames(dead) << u"kiln-already-gone"_s,
                                                                  volumeNames(dead) << u"kiln-missing.qcow2"_s));
        QVERIFY(report);
        QCOMPARE(report->destroyedDomains.size(), 2); // already gone counts as removed
        QCOMPARE(report->deletedVolumes.size(), 2);
        QVERIFY(report->failures.isEmpty());

        Result<Leftovers> after = awaitResult(cleaner.scan());
        QVERIFY(after);
        QCOMPARE(domainNames(*after), QStringList{u"kiln-build-8-test-00ff00"_s});
        QVERIFY(after->volumes.isEmpty());
    }

    void orphanRule_data()
    {
        QTest::addColumn<Leftovers>("all");
        QTest::addColumn<QStringList>("deadBuilds");
        QTest::addColumn<QStringList>("expectedDomains");
        QTest::addColumn<QStringList>("expectedVolumes");
        const qint64 gone = 0x3ffffff0;
        const qint64 alive = QCoreApplication::applicationPid();

        Leftovers a;
        a.domains = {domain(u"kiln-build-1-build-000001"_s, u"1"_s, gone),
                     domain(u"kiln-build-2-build-000002"_s, u"2"_s, alive)};
        a.volumes = {volume(u"kiln-build-1-build-000001.qcow2"_s), volume(u"kiln-build-2-build-000002.qcow2"_s)};
        QTest::newRow("owner gone, no dead builds") << a << QStringList() << QStringList{u"kiln-build-1-build-000001"_s}
                                                    << QStringList();
        QTest::newRow("build 2 dead") << a << QStringList{u"2"_s}
                                      << QStringList{u"kiln-build-1-build-000001"_s, u"kiln-build-2-build-000002"_s}
                                      << QStringList{u"kiln-build-2-build-000002.qcow2"_s};

        Leftovers p;
        p.volumes = {volume(u"kiln-build-probe-kvm-00000a.qcow2"_s)};
        QTest::newRow("stale probe volume") << p << QStringList() << QStringList()
                                            << QStringList{u"kiln-build-probe-kvm-00000a.qcow2"_s};
        p.domains = {domain(u"kiln-build-probe-kvm-00000b"_s, u"probe"_s, alive)};
        QTest::newRow("probe running elsewhere") << p << QStringList() << QStringList() << QStringList();
    }

    void orphanRule()
    {
        QFETCH(Leftovers, all);
        QFETCH(QStringList, deadBuilds);
        QFETCH(QStringList, expectedDomains);
        QFETCH(QStringList, expectedVolumes);
        const Leftovers o = LeftoverCleaner::orphans(all, QSet<QString>(deadBuilds.begin(), deadBuilds.end()));
        QCOMPARE(domainNames(o), expectedDomains);
        QCOMPARE(volumeNames(o), expectedVolumes);
    }
};

QTEST_GUILESS_MAIN(TestLeftoverCleaner)
#include "tst_leftovercleaner.moc"
