#pragma once
// DomainSpec: everything Kiln decides about a build or test VM, as a value; toXml() turns it into
// libvirt domain XML (pure: no libvirt call, golden-tested). The shape follows what was measured
// on this project's machines (ARCHITECTURE.md): <acpi/> so poweroff powers off, on_poweroff
// destroy so a transient domain vanishes, virtio disks (no ATA modules needed in the guest),
// the serial console logged to a file and reachable as the domain's console, the agent's
// virtio-serial channel, no network unless asked for, no balloon, no graphics unless asked for.

#include "core/result.h"
#include "core/virt/accelerator.h"
#include "core/virt/domaintag.h"

#include <QString>

namespace Kiln::Core {

// A storage volume by pool and name (remote-friendly: no host path involved).
struct VolumeRef {
    QString pool;
    QString volume;
    bool isNull() const { return volume.isEmpty(); }
};

struct DomainSpec {
    // The agent's virtio-serial port; the guest sees /dev/virtio-ports/<name>.
    static QString defaultAgentChannel() { return QStringLiteral("org.kiln.agent.0"); }

    QString name;                          // unique; see ResourceName::make
    Accelerator accelerator = Accelerator::Tcg; // Kvm or Tcg (resolve Auto first)
    int vcpus = 1;
    int memoryMiB = 512;
    QString machine = QStringLiteral("pc");

    // Direct kernel boot when kernel is set (paths on the hypervisor host, e.g. volume paths),
    // otherwise the disk boots through the BIOS.
    QString kernel;
    QString initrd;
    QString cmdline;

    VolumeRef disk;                        // vda, writable: the overlay
    QString diskFormat = QStringLiteral("qcow2");
    VolumeRef seed;                        // vdb, read-only raw ISO ("cidata"); optional

    QString serialLogPath;                 // host file the serial console is logged to; optional
    QString agentChannel = defaultAgentChannel(); // empty = no channel
    bool userNetwork = false;              // <interface type='user'> (NAT, no host setup)
    bool vnc = false;                      // VNC on 127.0.0.1 (keep-VM-on-failure consoles)

    DomainTag tag;                         // <metadata>; leave null for no tag

    // The domain XML, or an error naming the field that is wrong.
    Result<QString> toXml() const;
};

} // namespace Kiln::Core
