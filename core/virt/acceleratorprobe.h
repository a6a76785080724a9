#pragma once
// AcceleratorProbe: decides whether KVM really works on a hypervisor host, by running a guest.
// /dev/kvm can exist while KVM guests hang (this project's machines), so "auto" boots a
// 512-byte boot sector (written here as bytes) that prints "KVMOK" on COM1 and halts, as a
// transient KVM domain whose console is streamed; no text within the timeout (default 3 s) or a
// failure to start means KVM is unusable and "auto" picks TCG with a warning. The answer is
// cached per host for the life of the process. Everything goes through libvirt (pool volume,
// console stream), so it works for remote URIs too.
//
// Runs on a thread-pool thread (it waits); never blocks the caller.

#include "core/result.h"
#include "core/virt/accelerator.h"
#include "core/virt/virtstorage.h"

#include <QByteArray>
#include <QFuture>

namespace Kiln::Core {

class VirtConnection;

struct AcceleratorChoice {
    Accelerator accelerator = Accelerator::Tcg; // Kvm or Tcg
    bool probed = false;   // false when the caller asked for kvm/tcg explicitly
    bool kvmUsable = false;
    QString warning;       // set when "auto" fell back to TCG: show it to the user
};

struct ProbeRun {
    bool answered = false;  // "KVMOK" arrived
    qint64 elapsedMs = 0;   // from resume to the answer (or to the timeout)
    QByteArray console;     // what the console showed
    QString failure;        // why the probe guest could not even start (empty otherwise)
};

class AcceleratorProbe
{
public:
    explicit AcceleratorProbe(VirtConnection *connection, StoragePoolConfig pool = {});

    // Auto → probe KVM (cached per host); Kvm / Tcg → returned as is.
    QFuture<Result<AcceleratorChoice>> resolve(Accelerator requested, int timeoutMs = 3000) const;
    // Boots the probe guest once under `accelerator` (Kvm or Tcg) and reports what happened.
    // An Error means the probe itself could not be set up (pool, upload); a guest that fails to
    // start is a ProbeRun with `failure` set.
    QFuture<Result<ProbeRun>> run(Accelerator accelerator, int timeoutMs = 3000) const;

    // The boot sector: real-mode code writing "KVMOK\r\n" to port 0x3f8, then hlt; 0x55AA at
    // 510. padded = a 1 MiB disk image (SeaBIOS won't boot a 512-byte virtio disk).
    static QByteArray bootSector(bool padded = false);
    static void clearCache();

private:
    VirtConnection *m_connection;
    StoragePoolConfig m_pool;
};

} // namespace Kiln::Core
