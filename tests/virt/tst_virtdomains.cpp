// VirtDomains against libvirt's test:/// driver loaded with tests/data/virt/testdriver.xml:
// Kiln's domains are found by tag (metadata or name), foreign ones are left alone; destroy is
// idempotent; a bad spec fails before libvirt is asked.

#include "core/virt/awaitresult.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {
QString testUri()
{
    return u"test://"_s + QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/testdriver.xml"_s;
}
} // namespace

class TestVirtDomains : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsOnlyKilnDomains()
    {
        VirtConnection conn(testUri());
        VirtDomains domains(&conn);
        Result<QList<TaggedDomain>> tagged = awaitResult(domains.listTagged());
        QVERIFY2(tagged, qPrintable(tagged ? QString() : tagged.error().message));
        QCOMPARE(tagged->size(), 2);
        QMap<QString, TaggedDomain> byName;
        for (const TaggedDomain &d : *tagged)
            byName.insert(d.name, d);
        QVERIFY(byName.contains(u"kiln-build-7-build-abc123"_s));
        QVERIFY(byName.contains(u"kiln-build-8-test-00ff00"_s));

        const TaggedDomain seven = byName.value(u"kiln-build-7-build-abc123"_s);
        QVERIFY(seven.hasMetadata);
        QCOMPARE(seven.tag.buildId, u"7"_s);
        QCOMPARE(seven.tag.stage, u"build"_s);
        QCOMPARE(seven.tag.ownerHost, u"builder.example"_s);
        QCOMPARE(seven.tag.ownerPid, 1073741808);
        QVERIFY(seven.active);

        const TaggedDomain eight = byName.value(u"kiln-build-8-test-00ff00"_s);
        QVERIFY(!eight.hasMetadata);
        QCOMPARE(eight.tag.buildId, u"8"_s);
        QCOMPARE(eight.tag.stage, u"test"_s);
    }

    void destroyIsIdempotent()
    {
        VirtConnection conn(testUri());
        VirtDomains domains(&conn);
        const QString name = u"kiln-build-7-build-abc123"_s;
        Result<DomainStatus> before = awaitResult(domains.status(name));
        QVERIFY(before && before->exists && before->isActive());
        QCOMPARE(before->describe(), u"running"_s);

        QSignalSpy events(&conn, &VirtConnection::domainEvent);
        Result<bool> first = awaitResult(domains.destroy(name));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(*first);
        QTRY_VERIFY(!events.isEmpty());
        Result<bool> second = awaitResult(domains.destroy(name));
        QVERIFY(second);
        QVERIFY(!*second); // already gone: not an error

        Result<DomainStatus> after = awaitResult(domains.status(name));
        QVERIFY(after);
        QVERIFY(!after->exists);
        QCOMPARE(after->describe(), u"gone"_s);
        Result<QList<TaggedDomain>> tagged = awaitResult(domains.listTagged());
        QVERIFY(tagged);
        QCOMPARE(tagged->size(), 1); // the persistent definition went too
    }

    void transientLifecycle()
    {
        VirtConnection conn(testUri());
        VirtDomains domains(&conn);
        const QString xml = u"<domain type='test'><name>kiln-build-9-build-123456</name>"
                            "<memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>"_s;
        // (The test driver can't start paused; tst_virt_e2e covers startPaused with QEMU.)
        Result<DomainInfo> info = awaitResult(domains.createTransientXml(xml));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->name, u"kiln-build-9-build-123456"_s);
        QCOMPARE(info->uuid.size(), 36);
        Result<DomainStatus> running = awaitResult(domains.status(info->name));
        QCOMPARE(running->describe(), u"running"_s);
        Result<QString> desc = awaitResult(domains.xmlDescription(info->name));
        QVERIFY(desc && desc->contains(u"kiln-build-9-build-123456"_s));

        QFuture<Result<int>> stopped = domains.whenStopped(info->name);
        QVERIFY(awaitResult(domains.destroy(info->name)));
        Result<int> detail = awaitResult(stopped);
        QVERIFY(detail);
        QCOMPARE(*detail, int(VIR_DOMAIN_EVENT_STOPPED_DESTROYED));
    }

    void errorsNameTheVm()
    {
        VirtConnection conn(testUri());
        VirtDomains domains(&conn);
        Result<void> r = awaitResult(domains.resume(u"kiln-missing"_s));
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"Cannot find VM kiln-missing: "_s), qPrintable(r.error().message));

        Result<DomainInfo> bad = awaitResult(domains.createTransientXml(u"<domain type='test'><name>x</name>"_s));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(u"Cannot start the VM: "_s), qPrintable(bad.error().message));

        DomainSpec spec; // no name, no disk
        Result<DomainInfo> invalid = awaitResult(domains.createTransient(spec));
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.startsWith(u"Invalid VM definition: "_s));
    }
};

QTEST_GUILESS_MAIN(TestVirtDomains)
#include "tst_virtdomains.moc"
