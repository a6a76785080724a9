#include "doctor.h"

#include "core/build/buildcontext.h"
#include "core/build/buildtr.h"
#include "core/build/stages.h"
#include "core/virt/acceleratorprobe.h"
#include "core/virt/awaitresult.h"
#include "core/virt/eventhub.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtstorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

using Status = DoctorCheck::Status;

bool processRunning(const QStringList &names)
{
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (!pid.front().isDigit())
            continue;
        QFile comm(u"/proc/"_s + pid + u"/comm"_s);
        if (comm.open(QIODevice::ReadOnly) && names.contains(QString::fromLatin1(comm.readAll()).trimmed()))
            return true;
    }
    return false;
}

QString sudo() { return ::geteuid() == 0 ? QString() : u"sudo "_s; }
bool hasSystemd() { return QFileInfo::exists(u"/run/systemd/system"_s); }

QString daemonFix()
{
    if (hasSystemd())
        return sudo() + u"systemctl start virtlogd libvirtd"_s;
    return sudo() + u"virtlogd -d && "_s + sudo() + u"libvirtd -d   (or scripts/daemons.sh in Kiln's source tree)"_s;
}

QString aptFix(const QString &package)
{
    return sudo() + u"apt-get install -y "_s + package;
}

QString gib(quint64 bytes) { return u"%1 GiB"_s.arg(double(bytes) / double(1ull << 30), 0, 'f', 1); }

DoctorCheck diskCheck(const QString &name, const QString &where, quint64 available)
{
    DoctorCheck c{name, Status::Ok, BuildTr::tr("%1 free in %2").arg(gib(available), where), {}};
    if (available < (1ull << 30)) {
        c.status = Status::Failed;
        c.fix = BuildTr::tr("free space in %1 (builds need room for overlays and exports)").arg(where);
    } else if (available < (5ull << 30)) {
        c.status = Status::Warning;
        c.fix = BuildTr::tr("free space in %1: less than 5 GiB left").arg(where);
    }
    return c;
}

} // namespace

QString Doctor::statusName(DoctorCheck::Status status)
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::Warning: return u"warning"_s;
    case Status::Failed: return u"failed"_s;
    }
    return u"ok"_s;
}

QList<DoctorCheck> Doctor::run(const Home &home, const Options &options)
{
    EventHub::instance();
    QList<DoctorCheck> checks;
    const bool session = QUrl(options.uri).path() == u"/session";
    const bool remote = !QUrl(options.uri).host().isEmpty();

    if (!remote) {
        const bool libvirtd = processRunning({u"libvirtd"_s, u"virtqemud"_s});
        const bool virtlogd = processRunning({u"virtlogd"_s});
        // qemu:///session starts its own daemons on demand; the system URI needs them running.
        const Status missing = session ? Status::Warning : Status::Failed;
        checks << DoctorCheck{BuildTr::tr("libvirtd running"), libvirtd ? Status::Ok : missing,
                              libvirtd ? BuildTr::tr("running") : BuildTr::tr("not running"), libvirtd ? QString() : daemonFix()};
        checks << DoctorCheck{BuildTr::tr("virtlogd running"), virtlogd ? Status::Ok : missing,
                              virtlogd ? BuildTr::tr("running") : BuildTr::tr("not running"), virtlogd ? QString() : daemonFix()};
    }

    VirtConnection conn(options.uri);
    auto opened = awaitResult(conn.open());
    checks << DoctorCheck{BuildTr::tr("libvirt reachable"), opened ? Status::Ok : Status::Failed,
                          opened ? BuildTr::tr("connected to %1").arg(options.uri)
                                 : BuildTr::tr("cannot connect to %1: %2").arg(options.uri, opened.error().message),
                          opened ? QString() : (remote ? BuildTr::tr("check that libvirtd runs on the remote host and that ssh reaches it")
                                                       : daemonFix())};
    if (opened) {
        VirtStorage storage(&conn, storagePoolConfig(options.uri, options.pool));
        auto info = awaitResult(storage.ensurePool());
        DoctorCheck poolCheck{BuildTr::tr("storage pool writable"), Status::Ok, {}, {}};
        if (!info) {
            poolCheck.status = Status::Failed;
            poolCheck.detail = info.error().message;
            poolCheck.fix = BuildTr::tr("virsh -c %1 pool-destroy %2; virsh -c %1 pool-undefine %2  (Kiln recreates it)")
                                .arg(options.uri, options.pool);
        } else {
            QTemporaryFile probe(QDir::tempPath() + u"/kiln-doctor-XXXXXX"_s);
            const QString volume = u"kiln-doctor-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8) + u".img"_s;
            Result<VolumeInfo> up = fail(BuildTr::tr("cannot create a temporary file"));
            if (probe.open() && probe.write(QByteArray(4096, '\0')) == 4096 && probe.flush())
                up = awaitResult(storage.uploadVolume(probe.fileName(), volume));
            if (up) {
                (void)awaitResult(storage.deleteVolume(volume));
                poolCheck.detail = BuildTr::tr("pool %1 at %2").arg(info->name, info->path);
            } else {
                poolCheck.status = Status::Failed;
                poolCheck.detail = BuildTr::tr("cannot write to pool %1 at %2: %3").arg(info->name, info->path, up.error().message);
                poolCheck.fix = sudo() + u"chown -R $(id -u) "_s + info->path;
            }
            checks << poolCheck;
            checks << diskCheck(BuildTr::tr("free disk in the pool"), info->path, info->available);
        }
        if (!info)
            checks << poolCheck;
    }

    // KVM: present and really working (a KVM guest can hang on some hosts), else TCG.
    const bool kvmDevice = QFileInfo::exists(u"/dev/kvm"_s);
    DoctorCheck kvm{BuildTr::tr("KVM usable"), Status::Warning, {}, {}};
    if (!kvmDevice && !remote) {
        kvm.detail = BuildTr::tr("/dev/kvm does not exist: builds run under TCG (emulation, several times slower)");
        kvm.fix = BuildTr::tr("enable virtualization in the firmware and load kvm_intel or kvm_amd (modprobe kvm_intel)");
    } else if (opened && options.probeKvm) {
        auto probe = awaitResult(AcceleratorProbe(&conn, storagePoolConfig(options.uri, options.pool)).run(Accelerator::Kvm, 5000));
        if (probe && probe->answered) {
            kvm.status = Status::Ok;
            kvm.detail = BuildTr::tr("a KVM guest answered in %1 ms").arg(probe->elapsedMs);
        } else {
            kvm.detail = BuildTr::tr("KVM is present but a KVM guest did not run (%1): builds use TCG; set accelerator: tcg "
                                     "in your infrastructure configurations to skip the probe")
                             .arg(probe ? (probe->failure.isEmpty() ? BuildTr::tr("no answer within 5 s") : probe->failure)
                                        : probe.error().message);
        }
    } else {
        kvm.detail = BuildTr::tr("not probed");
    }
    checks << kvm;

    const struct {
        const char *program;
        const char *package;
    } tools[] = {{"qemu-img", "qemu-utils"}, {"qemu-system-x86_64", "qemu-system-x86"}, {"xorriso", "xorriso"}};
    for (const auto &t : tools) {
        const QString program = QString::fromLatin1(t.program);
        const QString path = QStandardPaths::findExecutable(program);
        checks << DoctorCheck{BuildTr::tr("%1 installed").arg(program), path.isEmpty() ? Status::Failed : Status::Ok,
                              path.isEmpty() ? BuildTr::tr("not found in PATH") : path,
                              path.isEmpty() ? aptFix(QString::fromLatin1(t.package)) : QString()};
    }
    const QString agent = agentBinaryPath();
    checks << DoctorCheck{BuildTr::tr("guest agent present"), agent.isEmpty() ? Status::Failed : Status::Ok,
                          agent.isEmpty() ? BuildTr::tr("kiln-agent was not found") : agent,
                          agent.isEmpty() ? BuildTr::tr("ninja -C build kiln-agent (or install Kiln; KILN_AGENT=PATH)") : QString()};
    if (!home.isNull()) {
        QDir().mkpath(home.root());
        checks << diskCheck(BuildTr::tr("free disk in the Kiln home"), home.root(), quint64(QStorageInfo(home.root()).bytesAvailable()));
    }
    for (const QString &dir : options.exportDirectories) {
        // The folder may not exist yet (created by the first export): its nearest existing parent
        // is the file system the export will land on.
        QString existing = dir;
        while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
            existing = QFileInfo(existing).absolutePath();
        checks << diskCheck(BuildTr::tr("free disk for exports"), dir, quint64(QStorageInfo(existing).bytesAvailable()));
    }
    return checks;
}

QFuture<QList<DoctorCheck>> Doctor::runAsync(const Home &home, const Options &options)
{
    return QtConcurrent::run([home, options] { return run(home, options); });
}

} // namespace Kiln::Core
