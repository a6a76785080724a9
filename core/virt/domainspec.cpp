#include "domainspec.h"

#include "core/virt/virterror.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

Error specError(const QString &what)
{
    return makeError(virtTr("Invalid VM definition: %1").arg(what), u"invalid"_s);
}

void writeVolumeDisk(QXmlStreamWriter &w, const VolumeRef &ref, const QString &format, const QString &dev,
                     bool readOnly, int bootOrder)
{
    w.writeStartElement(u"disk"_s);
    w.writeAttribute(u"type"_s, u"volume"_s);
    w.writeAttribute(u"device"_s, u"disk"_s);
    w.writeEmptyElement(u"driver"_s);
    w.writeAttribute(u"name"_s, u"qemu"_s);
    w.writeAttribute(u"type"_s, format);
    // Discards from the guest (fstrim in Kiln's generalization) free the blocks in the qcow2
    // overlay, so a captured image holds what the build left, not what it deleted.
    if (!readOnly)
        w.writeAttribute(u"discard"_s, u"unmap"_s);
    w.writeEmptyElement(u"source"_s);
    w.writeAttribute(u"pool"_s, ref.pool);
    w.writeAttribute(u"volume"_s, ref.volume);
    w.writeEmptyElement(u"target"_s);
    w.writeAttribute(u"dev"_s, dev);
    w.writeAttribute(u"bus"_s, u"virtio"_s);
    if (readOnly)
        w.writeEmptyElement(u"readonly"_s);
    if (bootOrder > 0) {
        w.writeEmptyElement(u"boot"_s);
        w.writeAttribute(u"order"_s, QString::number(bootOrder));
    }
    w.writeEndElement();
}

} // namespace

Result<QString> DomainSpec::toXml() const
{
    if (name.trimmed().isEmpty())
        return Kiln::unexpected(specError(virtTr("the domain has no name")));
    if (accelerator == Accelerator::Auto)
        return Kiln::unexpected(specError(virtTr("accelerator \"auto\" must be resolved to kvm or tcg first")));
    if (vcpus < 1)
        return Kiln::unexpected(specError(virtTr("vCPUs must be at least 1 (got %1)").arg(vcpus)));
    if (memoryMiB < 32)
        return Kiln::unexpected(specError(virtTr("memory must be at least 32 MiB (got %1 MiB)").arg(memoryMiB)));
    if (disk.isNull() || disk.pool.isEmpty())
        return Kiln::unexpected(specError(virtTr("no disk volume (pool and volume name) was given")));
    if (!seed.isNull() && seed.pool.isEmpty())
        return Kiln::unexpected(specError(virtTr("the seed volume %1 has no pool").arg(seed.volume)));
    if (kernel.isEmpty() && (!initrd.isEmpty() || !cmdline.isEmpty()))
        return Kiln::unexpected(specError(virtTr("an initrd or kernel command line needs a kernel")));

    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);

    w.writeStartElement(u"domain"_s);
    w.writeAttribute(u"type"_s, accelerator == Accelerator::Kvm ? u"kvm"_s : u"qemu"_s);
    w.writeTextElement(u"name"_s, name);

    if (!tag.isNull()) {
        w.writeStartElement(u"metadata"_s);
        // Close <metadata>'s start tag so the declaration lands on <kiln:build> itself: libvirt
        // keeps each metadata child as its own tree.
        w.writeCharacters(u"\n    "_s);
        w.writeNamespace(DomainTag::namespaceUri(), DomainTag::prefix());
        w.writeEmptyElement(DomainTag::namespaceUri(), u"build"_s);
        w.writeAttribute(u"id"_s, tag.buildId);
        w.writeAttribute(u"stage"_s, tag.stage);
        w.writeAttribute(u"pid"_s, QString::number(tag.ownerPid));
        w.writeAttribute(u"host"_s, tag.ownerHost);
        w.writeAttribute(u"created"_s, tag.created);
        w.writeCharacters(u"\n  "_s);
        w.writeEndElement();
    }

    w.writeStartElement(u"memory"_s);
    w.writeAttribute(u"unit"_s, u"MiB"_s);
    w.writeCharacters(QString::number(memoryMiB));
    w.writeEndElement();
    w.writeTextElement(u"vcpu"_s, QString::number(vcpus));

    w.writeStartElement(u"os"_s);
    w.writeStartElement(u"type"_s);
    w.writeAttribute(u"arch"_s, u"x86_64"_s);
    w.writeAttribute(u"machine"_s, machine);
    w.writeCharacters(u"hvm"_s);
    w.writeEndElement();
    if (!kernel.isEmpty()) {
        w.writeTextElement(u"kernel"_s, kernel);
        if (!initrd.isEmpty())
            w.writeTextElement(u"initrd"_s, initrd);
        if (!cmdline.isEmpty())
            w.writeTextElement(u"cmdline"_s, cmdline);
    }
    w.writeEndElement(); // os

    // Without ACPI a guest's poweroff halts instead of powering off (measured).
    w.writeStartElement(u"features"_s);
    w.writeEmptyElement(u"acpi"_s);
    w.writeEndElement();
    if (accelerator == Accelerator::Kvm) {
        w.writeEmptyElement(u"cpu"_s);
        w.writeAttribute(u"mode"_s, u"host-passthrough"_s);
    }
    w.writeEmptyElement(u"clock"_s);
    w.writeAttribute(u"offset"_s, u"utc"_s);
    w.writeTextElement(u"on_poweroff"_s, u"destroy"_s);
    w.writeTextElement(u"on_reboot"_s, u"restart"_s);
    w.writeTextElement(u"on_crash"_s, u"destroy"_s);

    w.writeStartElement(u"devices"_s);
    writeVolumeDisk(w, disk, diskFormat, u"vda"_s, false, kernel.isEmpty() ? 1 : 0);
    if (!seed.isNull())
        writeVolumeDisk(w, seed, u"raw"_s, u"vdb"_s, true, 0);

    w.writeStartElement(u"serial"_s);
    w.writeAttribute(u"type"_s, u"pty"_s);
    if (!serialLogPath.isEmpty()) {
        w.writeEmptyElement(u"log"_s);
        w.writeAttribute(u"file"_s, serialLogPath);
        w.writeAttribute(u"append"_s, u"off"_s);
    }
    w.writeEmptyElement(u"target"_s);
    w.writeAttribute(u"port"_s, u"0"_s);
    w.writeEndElement(); // serial
    w.writeStartElement(u"console"_s);
    w.writeAttribute(u"type"_s, u"pty"_s);
    w.writeEmptyElement(u"target"_s);
    w.writeAttribute(u"type"_s, u"serial"_s);
    w.writeAttribute(u"port"_s, u"0"_s);
    w.writeEndElement(); // console

    if (!agentChannel.isEmpty()) {
        w.writeStartElement(u"channel"_s);
        w.writeAttribute(u"type"_s, u"unix"_s);
        w.writeEmptyElement(u"target"_s);
        w.writeAttribute(u"type"_s, u"virtio"_s);
        w.writeAttribute(u"name"_s, agentChannel);
        w.writeEndElement();
    }
    if (userNetwork) {
        w.writeStartElement(u"interface"_s);
        w.writeAttribute(u"type"_s, u"user"_s);
        w.writeEmptyElement(u"model"_s);
        w.writeAttribute(u"type"_s, u"virtio"_s);
        w.writeEndElement();
    }
    if (vnc) {
        w.writeStartElement(u"graphics"_s);
        w.writeAttribute(u"type"_s, u"vnc"_s);
        w.writeAttribute(u"autoport"_s, u"yes"_s);
        w.writeEmptyElement(u"listen"_s);
        w.writeAttribute(u"type"_s, u"address"_s);
        w.writeAttribute(u"address"_s, u"127.0.0.1"_s);
        w.writeEndElement();
    }
    // A virtio RNG fed from the host's /dev/urandom, as virt-install adds by default: a guest
    // without RDRAND (TCG) otherwise waits for entropy early in its boot (a Debian cloud image's
    // systemd-random-seed waited 1.2 s for it under TCG; ssh-keygen and the agent's first
    // getrandom() would too).
    w.writeStartElement(u"rng"_s);
    w.writeAttribute(u"model"_s, u"virtio"_s);
    w.writeStartElement(u"backend"_s);
    w.writeAttribute(u"model"_s, u"random"_s);
    w.writeCharacters(u"/dev/urandom"_s);
    w.writeEndElement(); // backend
    w.writeEndElement(); // rng
    w.writeEmptyElement(u"memballoon"_s);
    w.writeAttribute(u"model"_s, u"none"_s);
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    // Auto-formatting starts the document with a line break.
    while (xml.startsWith(u'\n'))
        xml.remove(0, 1);
    return xml;
}

} // namespace Kiln::Core
