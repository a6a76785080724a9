#include "acceleratorprobe.h"

#include "core/virt/awaitresult.h"
#include "core/virt/buffersink.h"
#include "core/virt/domainspec.h"
#include "core/virt/domainstream.h"
#include "core/virt/resourcename.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virterror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QMutex s_cacheMutex;
QHash<QString, AcceleratorChoice> s_cache;
QMutex s_probeMutex; // one probe at a time per process

const QByteArray Marker = QByteArrayLiteral("KVMOK");

QString hostKey(const QString &uri)
{
    const QString host = QUrl(uri).host();
    return host.isEmpty() ? u"localhost"_s : host;
}

Result<ProbeRun> runProbe(VirtConnection *conn, const StoragePoolConfig &pool, Accelerator accel, int timeoutMs)
{
    QTemporaryDir dir;
    const QString image = dir.filePath(u"kiln-probe.img"_s);
    {
        QFile f(image);
        if (!dir.isValid() || !f.open(QIODevice::WriteOnly) || f.write(AcceleratorProbe::bootSector(true)) < 0)
            return Kiln::unexpected(makeError(virtTr("Cannot write the accelerator probe image to %1").arg(image)));
    }
    VirtStorage storage(conn, pool);
    VirtDomains domains(conn);
    // Content-addressed: uploaded once per pool, then reused.
    Result<BaseVolume> base = awaitResult(storage.ensureBaseImage(image));
    if (!base)
        return Kiln::unexpected(base.error());
    const QString accelName = acceleratorName(accel);
    const QString overlayName = ResourceName::make(u"probe"_s, accelName, u".qcow2"_s);
    Result<VolumeInfo> overlay = awaitResult(storage.createOverlay(overlayName, base->volume.name, 0, u"raw"_s));
    if (!overlay)
        return Kiln::unexpected(overlay.error());

    DomainSpec spec;
    spec.name = ResourceName::make(u"probe"_s, accelName);
    spec.accelerator = accel;
    spec.vcpus = 1;
    spec.memoryMiB = 64;
    spec.disk = {storage.pool().name, overlayName};
    spec.agentChannel.clear();
    spec.tag = DomainTag::forThisProcess(u"probe"_s, accelName);

    ProbeRun run;
    auto sink = std::make_shared<BufferSink>();
    // Paused first, so the console is attached before the guest prints.
    Result<DomainInfo> created = awaitResult(domains.createTransient(spec, true));
    if (!created) {
        run.failure = created.error().message;
    } else {
        Result<std::shared_ptr<DomainStream>> console = awaitResult(DomainStream::openConsole(conn, spec.name, sink));
        if (!console) {
            run.failure = console.error().message;
        } else {
            Result<void> resumed = awaitResult(domains.resume(spec.name));
            if (!resumed) {
                run.failure = resumed.error().message;
            } else {
                QElapsedTimer clock;
                clock.start();
                run.answered = sink->waitFor(Marker, timeoutMs);
                run.elapsedMs = clock.elapsed();
            }
            (*console)->close();
        }
        (void)awaitResult(domains.destroy(spec.name));
    }
    run.console = sink->data();
    (void)awaitResult(storage.deleteVolume(overlayName));
    return run;
}

} // namespace

AcceleratorProbe::AcceleratorProbe(VirtConnection *connection, StoragePoolConfig pool)
    : m_connection(connection)
    , m_pool(std::move(pool))
{
}

QByteArray AcceleratorProbe::bootSector(bool padded)
{
    // org 0x7c00:
    //   cli; xor ax,ax; mov ds,ax; mov dx,0x3f8; mov si,msg
    //   next: lodsb; test al,al; jz done; out dx,al; jmp next
    //   done: hlt; jmp done
    //   msg: "KVMOK\r\n", 0
    static const unsigned char code[] = {
        0xFA, 0x31, 0xC0, 0x8E, 0xD8, 0xBA, 0xF8, 0x03, 0xBE, 0x16, 0x7C, // ... mov si,0x7c16
        0xAC, 0x84, 0xC0, 0x74, 0x03, 0xEE, 0xEB, 0xF8,                   // next: … jmp next
        0xF4, 0xEB, 0xFD,                                                 // done: hlt; jmp done
        'K', 'V', 'M', 'O', 'K', '\r', '\n', 0,                           // msg (at offset 0x16)
    };
    QByteArray sector(512, '\0');
    std::copy(std::begin(code), std::end(code), sector.begin());
    sector[510] = char(0x55);
    sector[511] = char(0xAA);
    if (padded)
        sector.append(QByteArray(1024 * 1024 - 512, '\0'));
    return sector;
}

void AcceleratorProbe::clearCache()
{
    QMutexLocker lock(&s_cacheMutex);
    s_cache.clear();
}

QFuture<Result<ProbeRun>> AcceleratorProbe::run(Accelerator accelerator, int timeoutMs) const
{
    VirtConnection *conn = m_connection;
    const StoragePoolConfig pool = m_pool;
    return QtConcurrent::run([conn, pool, accelerator, timeoutMs]() -> Result<ProbeRun> {
        if (accelerator == Accelerator::Auto)
            return Kiln::unexpected(makeError(virtTr("The probe runs under kvm or tcg, not auto.")));
        QMutexLocker lock(&s_probeMutex);
        return runProbe(conn, pool, accelerator, timeoutMs);
    });
}

QFuture<Result<AcceleratorChoice>> AcceleratorProbe::resolve(Accelerator requested, int timeoutMs) const
{
    if (requested != Accelerator::Auto) {
        AcceleratorChoice choice;
        choice.accelerator = requested;
        choice.kvmUsable = requested == Accelerator::Kvm;
        JobPromise<AcceleratorChoice> done;
        done.finish(choice);
        return done.future();
    }
    VirtConnection *conn = m_connection;
    const StoragePoolConfig pool = m_pool;
    return QtConcurrent::run([conn, pool, timeoutMs]() -> Result<AcceleratorChoice> {
        const QString host = hostKey(conn->uri());
        QMutexLocker probing(&s_probeMutex);
        {
            QMutexLocker lock(&s_cacheMutex);
            if (s_cache.contains(host))
                return s_cache.value(host);
        }
        Result<ProbeRun> run = runProbe(conn, pool, Accelerator::Kvm, timeoutMs);
        if (!run)
            return Kiln::unexpected(run.error());
        AcceleratorChoice choice;
        choice.probed = true;
        choice.kvmUsable = run->answered;
        choice.accelerator = run->answered ? Accelerator::Kvm : Accelerator::Tcg;
        if (!run->answered) {
            const QString why = run->failure.isEmpty()
                ? virtTr("a test guest printed nothing within %1 ms").arg(timeoutMs)
                : run->failure;
            choice.warning = virtTr("KVM is not usable on %1 (%2); using TCG software emulation, which is "
                                    "much slower. Set the accelerator to \"tcg\" to skip this check.")
                                 .arg(host, why);
        }
        QMutexLocker lock(&s_cacheMutex);
        s_cache.insert(host, choice);
        return choice;
    });
}

} // namespace Kiln::Core
