// core/virt end to end, with the real libvirtd + QEMU (TCG): a storage pool with a qcow2 base
// uploaded once by sha256, an O(1) overlay, capture and download with real bytes, cancelling an
// upload, the KVM probe guest under TCG, "auto" acceleration, a tagged leftover VM whose serial
// log and console stream carry the guest's output, and surviving a lost daemon connection.
// Needs scripts/daemons.sh (label e2e).

#include "core/virt/acceleratorprobe.h"
#include "core/virt/awaitresult.h"
#include "core/virt/buffersink.h"
#include "core/virt/domainstream.h"
#include "core/virt/leftovercleaner.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include "e2esupport.h"
#include "socketproxy.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {
QStringList volumeNames(const Result<QList<VolumeInfo>> &list)
{
    QStringList out;
    if (list)
        for (const VolumeInfo &v : *list)
            out.append(v.name);
    return out;
}
} // namespace

class TestVirtE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_conn = std::make_unique<VirtConnection>(E2e::uri());
        Result<void> opened = awaitResult(m_conn->open());
        QVERIFY2(opened, qPrintable(u"libvirtd is not reachable (run scripts/daemons.sh): "_s
                                    + (opened ? QString() : opened.error().message)));
        m_storage = std::make_unique<VirtStorage>(m_conn.get(), E2e::pool());
        Result<PoolInfo> pool = awaitResult(m_storage->ensurePool());
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().message));
        QCOMPARE(pool->path, E2e::pool().path);
        QVERIFY(QFileInfo(pool->path).isDir());
    }

    void cleanupTestCase()
    {
        if (!m_storage)
            return;
        for (const QString &name : std::as_const(m_volumes))
            (void)awaitResult(m_storage->deleteVolume(name));
        m_storage.reset();
        m_conn.reset();
    }

    void uploadOverlayCaptureDownload()
    {
        const QString base = m_work.filePath(u"base.qcow2"_s);
        QCOMPARE(E2e::run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, base, u"64M"_s}).exitCode, 0);
        QCOMPARE(E2e::run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0xab 0 4M"_s, base}).exitCode, 0);
        const QString sha = E2e::sha256Of(base);

        QFuture<Result<BaseVolume>> upload = m_storage->ensureBaseImage(base);
        Result<BaseVolume> up = awaitResult(upload);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        m_volumes.append(up->volume.name);
        QVERIFY(up->uploaded);
        QCOMPARE(up->sha256, sha);
        QCOMPARE(up->volume.name, ResourceName::baseVolume(sha));
        QCOMPARE(up->volume.format, u"qcow2"_s);
        QCOMPARE(up->volume.capacity, 64ull << 20);
        QCOMPARE(E2e::sha256Of(up->volume.path), sha); // byte-exact in the pool
        QCOMPARE(upload.progressValue(), 1000);
        QVERIFY(!upload.progressText().isEmpty());

        Result<BaseVolume> again = awaitResult(m_storage->ensureBaseImage(base, sha));
        QVERIFY(again);
        QVERIFY(!again->uploaded); // once per pool
        QCOMPARE(again->volume.name, up->volume.name);

        const QString overlayName = ResourceName::make(u"e2e"_s, u"build"_s, u".qcow2"_s);
        Result<VolumeInfo> overlay = awaitResult(m_storage->createOverlay(overlayName, up->volume.name, 0, u"qcow2"_s));
        QVERIFY2(overlay, qPrintable(overlay ? QString() : overlay.error().message));
        m_volumes.prepend(overlayName);
        QCOMPARE(overlay->backingPath, up->volume.path);
        QCOMPARE(overlay->capacity, 64ull << 20);
        QVERIFY2(overlay->allocation < (1u << 20), qPrintable(QString::number(overlay->allocation))); // O(1)

        // What a build would do: change 2 MiB.
        QCOMPARE(E2e::run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0xcd 1M 2M"_s, overlay->path}).exitCode, 0);
        Result<CapturedVolume> captured = awaitResult(m_storage->capture(overlayName));
        QVERIFY2(captured, qPrintable(captured ? QString() : captured.error().message));
        QCOMPARE(captured->sha256, E2e::sha256Of(overlay->path));
        QCOMPARE(captured->bytes, QFileInfo(overlay->path).size());
        QVERIFY(captured->bytes < 4 << 20); // the changed blocks, not the base
        QCOMPARE(captured->volume.backingPath, up->volume.path); // chain kept
        // The image reads as base + changes.
        const E2e::Run check = E2e::run(u"qemu-io"_s, {u"-r"_s, u"-f"_s, u"qcow2"_s, u"-c"_s, u"read -P 0xab 0 1M"_s,
                                                       u"-c"_s, u"read -P 0xcd 1M 2M"_s, u"-c"_s,
                                                       u"read -P 0xab 3M 1M"_s, overlay->path});
        QVERIFY2(check.exitCode == 0 && !check.output.contains("Pattern verification failed"), check.output.constData());

        const QString downloaded = m_work.filePath(u"download.qcow2"_s);
        Result<DownloadedVolume> dl = awaitResult(m_storage->downloadVolume(overlayName, downloaded));
        QVERIFY2(dl, qPrintable(dl ? QString() : dl.error().message));
        QCOMPARE(dl->sha256, captured->sha256);
        QCOMPARE(E2e::sha256Of(downloaded), captured->sha256);

        Result<QList<TaggedVolume>> tagged = awaitResult(m_storage->listTaggedVolumes());
        QVERIFY(tagged);
        bool found = false;
        for (const TaggedVolume &t : *tagged)
            found = found || (t.volume.name == overlayName && t.tag.buildId == u"e2e"_s && t.tag.stage == u"build"_s);
        QVERIFY(found);
    }

    void incompleteBaseIsUploadedAgain()
    {
        const QString base = m_work.filePath(u"partial-base.qcow2"_s);
        QCOMPARE(E2e::run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, base, u"32M"_s}).exitCode, 0);
        QCOMPARE(E2e::run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x77 0 3M"_s, base}).exitCode, 0);
        const QString sha = E2e::sha256Of(base);
        // What a crash halfway through an upload leaves: the right name, half the bytes.
        const QString half = m_work.filePath(u"half.bin"_s);
        {
            QFile in(base), out(half);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 2));
        }
        const QString name = ResourceName::baseVolume(sha);
        QVERIFY(awaitResult(m_storage->uploadVolume(half, name)));
        m_volumes.append(name);

        Result<BaseVolume> up = awaitResult(m_storage->ensureBaseImage(base, sha));
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QVERIFY(up->uploaded); // not mistaken for complete
        QCOMPARE(up->volume.name, name);
        QCOMPARE(E2e::sha256Of(up->volume.path), sha);

        // A wrong checksum from the caller is caught, and nothing is left under the wrong name.
        const QString wrong = QString(64, u'0');
        Result<BaseVolume> bad = awaitResult(m_storage->ensureBaseImage(base, wrong));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"does not match its sha256"_s), qPrintable(bad.error().message));
        QVERIFY(!volumeNames(awaitResult(m_storage->listVolumes())).contains(ResourceName::baseVolume(wrong)));
    }

    void cancelledUploadLeavesNoVolume()
    {
        const QString big = m_work.filePath(u"big.img"_s);
        QCOMPARE(E2e::run(u"truncate"_s, {u"-s"_s, u"1G"_s, big}).exitCode, 0);
        const QString name = ResourceName::make(u"e2e"_s, u"cancel"_s, u".img"_s);
        QFuture<Result<VolumeInfo>> upload = m_storage->uploadVolume(big, name);
        QTRY_VERIFY_WITH_TIMEOUT(upload.progressValue() > 0 || upload.isFinished(), 30000);
        QVERIFY2(!upload.isFinished(), "the upload finished before it could be cancelled");
        upload.cancel();
        upload.waitForFinished();
        QVERIFY(upload.isCanceled());
        QVERIFY(!volumeNames(awaitResult(m_storage->listVolumes())).contains(name));
    }

    void probeGuestAnswersUnderTcg()
    {
        AcceleratorProbe probe(m_conn.get(), E2e::pool());
        Result<ProbeRun> run = awaitResult(probe.run(Accelerator::Tcg));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QVERIFY2(run->failure.isEmpty(), qPrintable(run->failure));
        QVERIFY2(run->answered, run->console.constData());
        QVERIFY(run->console.contains("KVMOK"));
        qInfo("TCG probe guest answered after %lld ms", run->elapsedMs);
        probeDisk(); // its base volume is removed at the end
        noLeftoversOf(u"probe"_s);
    }

    void autoPicksAWorkingAccelerator()
    {
        AcceleratorProbe::clearCache();
        AcceleratorProbe probe(m_conn.get(), E2e::pool());
        Result<AcceleratorChoice> choice = awaitResult(probe.resolve(Accelerator::Auto));
        QVERIFY2(choice, qPrintable(choice ? QString() : choice.error().message));
        QVERIFY(choice->probed);
        if (choice->kvmUsable) {
            QCOMPARE(choice->accelerator, Accelerator::Kvm);
            QVERIFY(choice->warning.isEmpty());
        } else {
            // This project's machines: /dev/kvm exists but guests hang.
            QCOMPARE(choice->accelerator, Accelerator::Tcg);
            QVERIFY2(choice->warning.contains(u"TCG"_s), qPrintable(choice->warning));
        }
        qInfo("auto → %s%s%s", qPrintable(acceleratorName(choice->accelerator)), choice->warning.isEmpty() ? "" : ": ",
              qPrintable(choice->warning));
        QElapsedTimer cached;
        cached.start();
        Result<AcceleratorChoice> second = awaitResult(probe.resolve(Accelerator::Auto));
        QVERIFY(second);
        QCOMPARE(second->accelerator, choice->accelerator);
        QVERIFY2(cached.elapsed() < 1000, "the answer is cached per host");
        Result<AcceleratorChoice> explicitTcg = awaitResult(probe.resolve(Accelerator::Tcg));
        QVERIFY(explicitTcg && !explicitTcg->probed && explicitTcg->accelerator == Accelerator::Tcg);
        noLeftoversOf(u"probe"_s);
    }

    void leftoverVmIsFoundByTagAndLogsItsConsole()
    {
        const QString disk = probeDisk();
        Result<BaseVolume> base = awaitResult(m_storage->ensureBaseImage(disk));
        QVERIFY2(base, qPrintable(base ? QString() : base.error().message));
        const QString buildId = u"e2eleft"_s;
        const QString overlayName = ResourceName::make(buildId, u"build"_s, u".qcow2"_s);
        QVERIFY(awaitResult(m_storage->createOverlay(overlayName, base->volume.name, 0, u"raw"_s)));
        m_volumes.prepend(overlayName);

        DomainSpec spec;
        spec.name = ResourceName::make(buildId, u"build"_s);
        spec.memoryMiB = 64;
        spec.disk = {E2e::pool().name, overlayName};
        spec.serialLogPath = m_work.filePath(u"serial.log"_s);
        spec.tag = DomainTag::forThisProcess(buildId, u"build"_s);
        spec.tag.ownerPid = 0x3ffffff0; // as if its build worker had crashed

        VirtDomains domains(m_conn.get());
        QSignalSpy events(m_conn.get(), &VirtConnection::domainEvent);
        Result<DomainInfo> created = awaitResult(domains.createTransient(spec, true));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto console = std::make_shared<BufferSink>();
        Result<std::shared_ptr<DomainStream>> stream = awaitResult(DomainStream::openConsole(m_conn.get(), spec.name, console));
        QVERIFY2(stream, qPrintable(stream ? QString() : stream.error().message));
        QVERIFY(awaitResult(domains.resume(spec.name)));

        QVERIFY2(console->waitFor("KVMOK", 30000), console->data().constData()); // live stream
        QTRY_VERIFY_WITH_TIMEOUT(readFile(spec.serialLogPath).contains("KVMOK"), 30000); // durable log

        // Found by tag, and cleaned up the way Kiln does on start.
        LeftoverCleaner cleaner(m_conn.get(), E2e::pool());
        Result<Leftovers> all = awaitResult(cleaner.scan());
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        const auto it = std::find_if(all->domains.begin(), all->domains.end(),
                                     [&](const TaggedDomain &d) { return d.name == spec.name; });
        QVERIFY(it != all->domains.end());
        QVERIFY(it->hasMetadata);
        QVERIFY(it->active);
        QCOMPARE(it->tag.buildId, buildId);
        QCOMPARE(it->tag.ownerHost, QSysInfo::machineHostName());
        QVERIFY(it->tag.ownerIsGone()); // its owner is dead
        const Leftovers orphans = LeftoverCleaner::orphans(*all, {buildId});
        QStringList orphanDomains, orphanVolumes;
        for (const TaggedDomain &d : orphans.domains)
            orphanDomains.append(d.name);
        for (const TaggedVolume &v : orphans.volumes)
            orphanVolumes.append(v.volume.name);
        QVERIFY(orphanDomains.contains(spec.name));
        QCOMPARE(orphanVolumes, QStringList{overlayName});

        QFuture<Result<int>> stopped = domains.whenStopped(spec.name);
        Result<CleanupReport> report = awaitResult(cleaner.remove(orphanDomains, orphanVolumes));
        QVERIFY(report);
        QVERIFY2(report->failures.isEmpty(), qPrintable(report->failures.value(0).message));
        QVERIFY(report->destroyedDomains.contains(spec.name));
        QCOMPARE(report->deletedVolumes, QStringList{overlayName});
        m_volumes.removeAll(overlayName);
        Result<int> detail = awaitResult(stopped);
        QVERIFY(detail);
        QCOMPARE(*detail, int(VIR_DOMAIN_EVENT_STOPPED_DESTROYED));
        QTRY_VERIFY((*stream)->finished().isFinished());
        const StreamOutcome outcome = (*stream)->finished().result();
        QVERIFY(outcome.bytesReceived >= 5);
        QVERIFY2(outcome.how == StreamEnd::Eof || outcome.how == StreamEnd::HangUp || outcome.how == StreamEnd::Error,
                 qPrintable(outcome.message));
        noLeftoversOf(buildId);

        QTRY_VERIFY(hasEvent(events, spec.name, VIR_DOMAIN_EVENT_STARTED));
        QTRY_VERIFY(hasEvent(events, spec.name, VIR_DOMAIN_EVENT_RESUMED));
        QTRY_VERIFY(hasEvent(events, spec.name, VIR_DOMAIN_EVENT_STOPPED));
    }

    void survivesALostConnection()
    {
        const QString daemonSocket = QFileInfo::exists(u"/run/libvirt/libvirt-sock"_s) ? u"/run/libvirt/libvirt-sock"_s
                                                                                       : u"/var/run/libvirt/libvirt-sock"_s;
        if (!E2e::uri().startsWith(u"qemu:///system"_s) || !QFileInfo::exists(daemonSocket))
            QSKIP("needs the local qemu:///system daemon socket");
        const QString proxyPath = m_work.filePath(u"proxy.sock"_s);
        SocketProxy proxy(proxyPath, daemonSocket);
        QVERIFY(proxy.listen());
        VirtConnection conn(u"qemu+unix:///system?socket="_s + proxyPath);
        QSignalSpy lost(&conn, &VirtConnection::connectionLost);
        QSignalSpy restored(&conn, &VirtConnection::connectionRestored);
        QVERIFY(awaitResult(conn.open()));

        // A VM that stops while we are disconnected must still resolve its waiter.
        Result<BaseVolume> base = awaitResult(m_storage->ensureBaseImage(probeDisk()));
        QVERIFY(base);
        const QString overlayName = ResourceName::make(u"e2elost"_s, u"build"_s, u".qcow2"_s);
        QVERIFY(awaitResult(m_storage->createOverlay(overlayName, base->volume.name, 0, u"raw"_s)));
        m_volumes.prepend(overlayName);
        DomainSpec spec;
        spec.name = ResourceName::make(u"e2elost"_s, u"build"_s);
        spec.memoryMiB = 64;
        spec.disk = {E2e::pool().name, overlayName};
        spec.agentChannel.clear();
        VirtDomains viaProxy(&conn);
        QVERIFY(awaitResult(viaProxy.createTransient(spec)));
        QFuture<Result<int>> stopped = viaProxy.whenStopped(spec.name);
        QVERIFY(awaitResult(conn.open())); // the waiter is registered

        proxy.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 20000);
        QVERIFY2(lost.first().at(0).toString().contains(u"Lost the libvirt connection"_s),
                 qPrintable(lost.first().at(0).toString()));
        QVERIFY(!conn.isOpen());
        // Requests meanwhile fail with the reason instead of hanging.
        Result<DomainStatus> during = awaitResult(viaProxy.status(spec.name));
        QVERIFY(!during);
        QVERIFY2(during.error().message.contains(proxyPath), qPrintable(during.error().message));

        QVERIFY(awaitResult(VirtDomains(m_conn.get()).destroy(spec.name)).value_or(false));
        QVERIFY(!stopped.isFinished());
        QVERIFY(proxy.listen());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
        QVERIFY(conn.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(stopped.isFinished(), 10000); // re-checked after the reconnect
        QVERIFY(stopped.result());
        QCOMPARE(*stopped.result(), -1);
        Result<DomainStatus> after = awaitResult(viaProxy.status(spec.name));
        QVERIFY(after && !after->exists);
    }

private:
    // The probe's boot sector as a disk image (prints KVMOK on COM1), written once.
    QString probeDisk()
    {
        const QString disk = m_work.filePath(u"probe.img"_s);
        QFile f(disk);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(AcceleratorProbe::bootSector(true));
        if (!m_volumes.contains(ResourceName::baseVolume(E2e::sha256OfBytes(AcceleratorProbe::bootSector(true)), u".img"_s)))
            m_volumes.append(ResourceName::baseVolume(E2e::sha256OfBytes(AcceleratorProbe::bootSector(true)), u".img"_s));
        return disk;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool hasEvent(const QSignalSpy &spy, const QString &name, int event)
    {
        for (const QList<QVariant> &args : spy) {
            const auto ev = args.at(0).value<DomainEvent>();
            if (ev.name == name && ev.event == event)
                return true;
        }
        return false;
    }

    void noLeftoversOf(const QString &buildId)
    {
        Result<QList<TaggedDomain>> domains = awaitResult(VirtDomains(m_conn.get()).listTagged());
        QVERIFY(domains);
        for (const TaggedDomain &d : *domains)
            QVERIFY2(d.tag.buildId != buildId, qPrintable(u"left over: "_s + d.name));
        Result<QList<TaggedVolume>> volumes = awaitResult(m_storage->listTaggedVolumes());
        QVERIFY(volumes);
        for (const TaggedVolume &v : *volumes)
            QVERIFY2(v.tag.buildId != buildId, qPrintable(u"left over: "_s + v.volume.name));
    }

    QTemporaryDir m_work;
    std::unique_ptr<VirtConnection> m_conn;
    std::unique_ptr<VirtStorage> m_storage;
    QStringList m_volumes; // removed in cleanupTestCase, overlays first
};

QTEST_GUILESS_MAIN(TestVirtE2e)
#include "tst_virt_e2e.moc"
