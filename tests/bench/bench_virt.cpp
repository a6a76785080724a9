// bench_virt: figures for the libvirt layer, against the real libvirtd + QEMU (TCG).
//
//  1. Event latency over the agent channel: tinyos runs tests/data/virt/bench-agent.sh, which
//     answers every host line with "pong <line>". We time send() → the pong reaching the host's
//     ByteSink (a round trip; a guest → host event takes at most that). Goal: < 100 ms.
//  2. Capture cost: an overlay on a 200 MB and on a 2 GB base (real data), 10 MB changed, then
//     VirtStorage::capture (checks the chain, hashes the overlay). Goal: 2 GB / 200 MB < 2×.
//
//  3. Upload throughput of 512 MiB through a libvirt stream (for comparison with cp).
//
//   bench_virt [--uri URI] [--pings N] [--only latency|upload|capture]
// Not a test: it prints figures and exits 0 unless something broke.

#include "core/virt/awaitresult.h"
#include "core/virt/buffersink.h"
#include "core/virt/domainstream.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include "e2esupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

StoragePoolConfig benchPool(const QString &uri)
{
    StoragePoolConfig cfg;
    cfg.name = u"kiln-bench"_s;
    const QString base = StoragePoolConfig::defaultPath(uri);
    cfg.path = base.left(base.lastIndexOf(u'/')) + u"/kiln-bench"_s;
    return cfg;
}

template <class T>
T must(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "bench_virt: %s failed: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(Result<void> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "bench_virt: %s failed: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

QString makeSeed(const QString &work)
{
    const QString dir = work + u"/seed"_s;
    QDir().mkpath(dir + u"/kiln"_s);
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QFile script(QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/bench-agent.sh"_s);
    if (!script.open(QIODevice::ReadOnly))
        return {};
    write(dir + u"/meta-data"_s, "instance-id: iid-bench\nlocal-hostname: bench\n");
    write(dir + u"/user-data"_s, "#cloud-config\n");
    write(dir + u"/kiln/kiln-agent"_s, script.readAll());
    QFile::setPermissions(dir + u"/kiln/kiln-agent"_s, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const QString iso = work + u"/seed.iso"_s;
    const E2e::Run r = E2e::run(u"xorriso"_s, {u"-as"_s, u"mkisofs"_s, u"-quiet"_s, u"-o"_s, iso, u"-V"_s, u"cidata"_s,
                                               u"-J"_s, u"-R"_s, dir});
    return r.exitCode == 0 ? iso : QString();
}

void benchLatency(VirtConnection &conn, VirtStorage &storage, const QString &work, int pings)
{
    QString error;
    const QString fixture = E2e::tinyosDir(&error);
    if (fixture.isEmpty()) {
        std::fprintf(stderr, "bench_virt: %s\n", qPrintable(error));
        std::exit(1);
    }
    const QString seed = makeSeed(work);
    if (seed.isEmpty()) {
        std::fprintf(stderr, "bench_virt: cannot make the seed (xorriso)\n");
        std::exit(1);
    }
    const QString id = u"bench"_s;
    QStringList volumes;
    const BaseVolume base = must(awaitResult(storage.ensureBaseImage(fixture + u"/tinyos.qcow2"_s)), "base upload");
    const QString kernelFile = QFile::exists(fixture + u"/vmlinux"_s) ? u"/vmlinux"_s : u"/vmlinuz"_s;
    const VolumeInfo kernel = must(awaitResult(storage.uploadVolume(fixture + kernelFile, ResourceName::make(id, u"kernel"_s))), "kernel upload");
    const VolumeInfo initrd = must(awaitResult(storage.uploadVolume(fixture + u"/initrd.img"_s, ResourceName::make(id, u"initrd"_s))), "initrd upload");
    const VolumeInfo seedVol = must(awaitResult(storage.uploadVolume(seed, ResourceName::make(id, u"seed"_s, u".iso"_s))), "seed upload");
    const QString overlayName = ResourceName::make(id, u"build"_s, u".qcow2"_s);
    must(awaitResult(storage.createOverlay(overlayName, base.volume.name, 0, u"qcow2"_s)), "overlay");
    volumes << overlayName << kernel.name << initrd.name << seedVol.name;

    DomainSpec spec;
    spec.name = ResourceName::make(id, u"build"_s);
    spec.memoryMiB = 256;
    spec.kernel = kernel.path;
    spec.initrd = initrd.path;
    QFile cmdline(fixture + u"/cmdline"_s);
    if (cmdline.open(QIODevice::ReadOnly))
        spec.cmdline = QString::fromUtf8(cmdline.readAll()).trimmed();
    spec.disk = {storage.pool().name, overlayName};
    spec.seed = {storage.pool().name, seedVol.name};
    spec.tag = DomainTag::forThisProcess(id, u"build"_s);

    VirtDomains domains(&conn);
    QElapsedTimer clock;
    clock.start();
    must(awaitResult(domains.createTransient(spec, true)), "create");
    QFuture<Result<int>> stopped = domains.whenStopped(spec.name);
    auto channel = std::make_shared<BufferSink>();
    auto agent = must(awaitResult(DomainStream::openChannel(&conn, spec.name, DomainSpec::defaultAgentChannel(), channel)), "open channel");
    must(awaitResult(domains.resume(spec.name)), "resume");
    if (!channel->waitFor("agent.hello", 180000)) {
        std::fprintf(stderr, "bench_virt: the guest never said hello\n");
        (void)awaitResult(domains.destroy(spec.name));
        std::exit(1);
    }
    const qint64 helloMs = clock.elapsed();

    QList<double> rtt;
    for (int i = 1; i <= pings; ++i) {
        const QByteArray pong = "pong " + QByteArray::number(i) + '\n';
        QElapsedTimer t;
        t.start();
        agent->send(QByteArray::number(i) + '\n');
        if (!channel->waitFor(pong, 10000)) {
            std::fprintf(stderr, "bench_virt: no answer to ping %d\n", i);
            break;
        }
        rtt.append(double(t.nsecsElapsed()) / 1e6);
    }
    agent->send("quit\n");
    const Result<int> stop = awaitResult(stopped);
    const qint64 cycleMs = clock.elapsed();
    for (const QString &v : volumes)
        (void)awaitResult(storage.deleteVolume(v));
    (void)awaitResult(storage.deleteVolume(base.volume.name));

    std::printf("\n== event latency over org.kiln.agent.0 (tinyos, TCG) ==\n");
    std::printf("create (paused) → agent.hello: %lld ms; create → guest poweroff: %lld ms (stop %s)\n", helloMs, cycleMs,
                stop ? "ok" : "failed");
    std::printf("host send → guest → host sink round trip, n=%lld: min %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                qlonglong(rtt.size()), rtt.isEmpty() ? 0 : *std::min_element(rtt.begin(), rtt.end()), median(rtt),
                percentile(rtt, 0.95), rtt.isEmpty() ? 0 : *std::max_element(rtt.begin(), rtt.end()));
    std::printf("guest write → host listener ≤ round trip: goal < 100 ms → %s (median)\n",
                median(rtt) < 100 ? "met" : "NOT met");
}

struct CaptureFigures {
    double uploadMs = 0;
    double overlayMs = 0;
    double captureMs = 0;
    double captureMinMs = 0;
    qint64 capturedBytes = 0;
};

CaptureFigures benchCaptureOf(VirtStorage &storage, const QString &work, qint64 baseMiB, int repeats)
{
    const QString base = work + u"/base-%1M.qcow2"_s.arg(baseMiB);
    E2e::run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, base, u"%1M"_s.arg(baseMiB)});
    QStringList fill{u"-f"_s, u"qcow2"_s};
    for (qint64 off = 0; off < baseMiB; off += 256)
        fill << u"-c"_s << u"write -P 0x5a %1M %2M"_s.arg(off).arg(std::min<qint64>(256, baseMiB - off));
    fill << base;
    if (E2e::run(u"qemu-io"_s, fill).exitCode != 0) {
        std::fprintf(stderr, "bench_virt: qemu-io could not fill %s\n", qPrintable(base));
        std::exit(1);
    }
    CaptureFigures f;
    QElapsedTimer t;
    t.start();
    const BaseVolume vol = must(awaitResult(storage.ensureBaseImage(base)), "base upload");
    f.uploadMs = double(t.elapsed());
    QList<double> overlays;
    QList<double> captures;
    for (int i = 0; i < repeats; ++i) {
        const QString name = ResourceName::make(u"bench"_s, u"capture"_s, u".qcow2"_s);
        t.restart();
        const VolumeInfo overlay = must(awaitResult(storage.createOverlay(name, vol.volume.name, 0, u"qcow2"_s)), "overlay");
        overlays.append(double(t.nsecsElapsed()) / 1e6);
        // The build changes 10 MB, scattered over the disk.
        QStringList change{u"-f"_s, u"qcow2"_s};
        for (int k = 0; k < 10; ++k)
            change << u"-c"_s << u"write -P 0x%1 %2M 1M"_s.arg(0x10 + k, 0, 16).arg((baseMiB / 10) * k + i);
        change << overlay.path;
        E2e::run(u"qemu-io"_s, change);
        // Flush dirty pages first (the base upload leaves gigabytes of writeback behind) so the
        // figure is capture's own cost, not the disk catching up.
        E2e::run(u"sync"_s, {});
        t.restart();
        const CapturedVolume captured = must(awaitResult(storage.capture(name)), "capture");
        captures.append(double(t.nsecsElapsed()) / 1e6);
        f.capturedBytes = captured.bytes;
        (void)awaitResult(storage.deleteVolume(name));
    }
    (void)awaitResult(storage.deleteVolume(vol.volume.name));
    QFile::remove(base);
    f.overlayMs = median(overlays);
    f.captureMs = median(captures);
    f.captureMinMs = *std::min_element(captures.begin(), captures.end());
    return f;
}

void benchCapture(VirtStorage &storage, const QString &work)
{
    const int repeats = 7;
    const CaptureFigures small = benchCaptureOf(storage, work, 200, repeats);
    const CaptureFigures large = benchCaptureOf(storage, work, 2048, repeats);
    std::printf("\n== capture cost (10 MB changed; median of %d) ==\n", repeats);
    std::printf("base    upload(once)  create overlay  capture (median, min)  overlay bytes\n");
    std::printf("200 MB  %8.0f ms   %8.2f ms    %7.2f ms, %7.2f ms   %lld\n", small.uploadMs, small.overlayMs,
                small.captureMs, small.captureMinMs, small.capturedBytes);
    std::printf("2 GB    %8.0f ms   %8.2f ms    %7.2f ms, %7.2f ms   %lld\n", large.uploadMs, large.overlayMs,
                large.captureMs, large.captureMinMs, large.capturedBytes);
    const double ratio = small.captureMs > 0 ? large.captureMs / small.captureMs : 0;
    std::printf("capture 2 GB / 200 MB = %.2f× (goal < 2×) → %s\n", ratio, ratio < 2 ? "met" : "NOT met");
}

// Upload throughput (client → pool through a libvirt stream), for comparison with `cp`.
void benchUpload(VirtStorage &storage, const QString &work)
{
    const QString file = work + u"/upload.bin"_s;
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 512; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            f.write(chunk);
        }
    }
    E2e::run(u"sync"_s, {});
    const QString name = ResourceName::make(u"bench"_s, u"upload"_s, u".img"_s);
    QElapsedTimer t;
    t.start();
    must(awaitResult(storage.uploadVolume(file, name)), "upload");
    const double ms = double(t.elapsed());
    (void)awaitResult(storage.deleteVolume(name));
    QFile::remove(file);
    std::printf("\n== upload ==\n512 MiB in %.0f ms = %.0f MiB/s\n", ms, 512.0 / (ms / 1000.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"uri"_s, u"libvirt URI (default: KILN_TEST_URI or qemu:///system)"_s, u"URI"_s});
    parser.addOption({u"pings"_s, u"round trips to time (default 50)"_s, u"N"_s, u"50"_s});
    parser.addOption({u"only"_s, u"latency, upload or capture"_s, u"WHAT"_s});
    parser.process(app);
    const QString uri = parser.isSet(u"uri"_s) ? parser.value(u"uri"_s) : E2e::uri();
    const QString only = parser.value(u"only"_s);

    QTemporaryDir work;
    VirtConnection conn(uri);
    must(awaitResult(conn.open()), "connect (run scripts/daemons.sh)");
    VirtStorage storage(&conn, benchPool(uri));
    must(awaitResult(storage.ensurePool()), "pool");
    std::printf("bench_virt on %s, pool %s\n", qPrintable(uri), qPrintable(storage.pool().name));
    if (only.isEmpty() || only == u"latency")
        benchLatency(conn, storage, work.path(), parser.value(u"pings"_s).toInt());
    if (only.isEmpty() || only == u"upload")
        benchUpload(storage, work.path());
    if (only.isEmpty() || only == u"capture")
        benchCapture(storage, work.path());
    return 0;
}
