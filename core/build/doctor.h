#pragma once
// Doctor: checks that this machine can run builds, and for each problem says the command that
// fixes it (`kilnctl doctor`; the GUI can show the same list). Checks: the libvirt daemons are
// running, the URI answers, the storage pool is writable, KVM works (or TCG will be used), the
// tools are installed (qemu-img, qemu-system-x86_64, xorriso), the guest agent exists, free disk
// in the Kiln home and the pool.
//
// Blocking (libvirt calls, a KVM probe that boots a tiny guest): call from kilnctl or a worker
// thread (runAsync for the GUI).

#include "core/catalog/home.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace Kiln::Core {

struct DoctorCheck {
    enum class Status { Ok, Warning, Failed };
    QString name;    // "libvirt reachable"
    Status status = Status::Ok;
    QString detail;  // what was found
    QString fix;     // the command (or action) that fixes it; empty when nothing to do
};

class Doctor
{
public:
    struct Options {
        QString uri = QStringLiteral("qemu:///session");
        QString pool = QStringLiteral("kiln");
        bool probeKvm = true;
        // Directory targets of the distribution configurations: each gets a free-disk check
        // (an export needs room for the flattened image in every format).
        QStringList exportDirectories;
    };

    static QList<DoctorCheck> run(const Home &home, const Options &options);
    static QFuture<QList<DoctorCheck>> runAsync(const Home &home, const Options &options);
    static QString statusName(DoctorCheck::Status status); // "ok" | "warning" | "failed"
};

} // namespace Kiln::Core
