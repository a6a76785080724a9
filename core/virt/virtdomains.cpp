#include "virtdomains.h"

#include "core/virt/resourcename.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virterror.h"
#include "core/virt/virthandles.h"

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

using Lookup = Result<DomainHandle>;

Lookup lookup(virConnectPtr conn, const QString &name)
{
    DomainHandle dom(virDomainLookupByName(conn, name.toUtf8().constData()));
    if (!dom)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot find VM %1").arg(name)));
    return Lookup(std::move(dom));
}

DomainInfo infoOf(virDomainPtr dom)
{
    DomainInfo info;
    info.name = QString::fromUtf8(virDomainGetName(dom));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    const unsigned int id = virDomainGetID(dom);
    info.id = id == static_cast<unsigned int>(-1) ? -1 : int(id);
    return info;
}

} // namespace

bool DomainStatus::isActive() const
{
    return exists && state != VIR_DOMAIN_SHUTOFF && state != VIR_DOMAIN_CRASHED && state != VIR_DOMAIN_NOSTATE;
}

QString DomainStatus::describe() const
{
    if (!exists)
        return virtTr("gone");
    switch (state) {
    case VIR_DOMAIN_RUNNING: return virtTr("running");
    case VIR_DOMAIN_BLOCKED: return virtTr("blocked");
    case VIR_DOMAIN_PAUSED: return virtTr("paused");
    case VIR_DOMAIN_SHUTDOWN: return virtTr("shutting down");
    case VIR_DOMAIN_SHUTOFF: return virtTr("shut off");
    case VIR_DOMAIN_CRASHED: return virtTr("crashed");
    case VIR_DOMAIN_PMSUSPENDED: return virtTr("suspended");
    default: return virtTr("unknown");
    }
}

QFuture<Result<DomainInfo>> VirtDomains::createTransient(const DomainSpec &spec, bool startPaused) const
{
    Result<QString> xml = spec.toXml();
    if (!xml) {
        JobPromise<DomainInfo> failed;
        failed.finish(Kiln::unexpected(xml.error()));
        return failed.future();
    }
    return createTransientXml(*xml, startPaused);
}

QFuture<Result<DomainInfo>> VirtDomains::createTransientXml(const QString &xml, bool startPaused) const
{
    return m_connection->run<DomainInfo>([xml, startPaused](virConnectPtr conn, JobControl &) -> Result<DomainInfo> {
        const unsigned int flags = startPaused ? VIR_DOMAIN_START_PAUSED : 0;
        DomainHandle dom(virDomainCreateXML(conn, xml.toUtf8().constData(), flags));
        if (!dom)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot start the VM")));
        return infoOf(dom.get());
    });
}

QFuture<Result<void>> VirtDomains::resume(const QString &name) const
{
    return m_connection->run<void>([name](virConnectPtr conn, JobControl &) -> Result<void> {
        Lookup dom = lookup(conn, name);
        if (!dom)
            return Kiln::unexpected(dom.error());
        if (virDomainResume(dom->get()) < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot resume VM %1").arg(name)));
        return {};
    });
}

QFuture<Result<void>> VirtDomains::shutdown(const QString &name) const
{
    return m_connection->run<void>([name](virConnectPtr conn, JobControl &) -> Result<void> {
        Lookup dom = lookup(conn, name);
        if (!dom)
            return Kiln::unexpected(dom.error());
        if (virDomainShutdownFlags(dom->get(), VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN) < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot shut down VM %1").arg(name)));
        return {};
    });
}

QFuture<Result<bool>> VirtDomains::destroy(const QString &name) const
{
    return m_connection->run<bool>([name](virConnectPtr conn, JobControl &) -> Result<bool> {
        Lookup dom = lookup(conn, name);
        if (!dom) {
            if (isNotFoundError(dom.error()))
                return false;
            return Kiln::unexpected(dom.error());
        }
        if (virDomainDestroy(dom->get()) < 0) {
            Error e = lastVirtError(virtTr("Cannot stop VM %1").arg(name));
            // Stopped (and, being transient, vanished) between lookup and destroy.
            if (isNotFoundError(e) || isVirtError(e, VIR_ERR_OPERATION_INVALID))
                return false;
            return Kiln::unexpected(e);
        }
        // A persistent (defined) leftover is removed as well.
        if (virDomainIsPersistent(dom->get()) == 1 && virDomainUndefine(dom->get()) < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot remove the definition of VM %1").arg(name)));
        virResetLastError();
        return true;
    });
}

QFuture<Result<DomainStatus>> VirtDomains::status(const QString &name) const
{
    return m_connection->run<DomainStatus>([name](virConnectPtr conn, JobControl &) -> Result<DomainStatus> {
        DomainStatus status;
        Lookup dom = lookup(conn, name);
        if (!dom) {
            if (isNotFoundError(dom.error()))
                return status;
            return Kiln::unexpected(dom.error());
        }
        if (virDomainGetState(dom->get(), &status.state, &status.reason, 0) < 0) {
            Error e = lastVirtError(virtTr("Cannot read the state of VM %1").arg(name));
            if (isNotFoundError(e))
                return status;
            return Kiln::unexpected(e);
        }
        status.exists = true;
        return status;
    });
}

QFuture<Result<QString>> VirtDomains::xmlDescription(const QString &name) const
{
    return m_connection->run<QString>([name](virConnectPtr conn, JobControl &) -> Result<QString> {
        Lookup dom = lookup(conn, name);
        if (!dom)
            return Kiln::unexpected(dom.error());
        VirString xml(virDomainGetXMLDesc(dom->get(), 0));
        if (!xml)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot read the definition of VM %1").arg(name)));
        return QString::fromUtf8(xml.get());
    });
}

QFuture<Result<int>> VirtDomains::whenStopped(const QString &name) const
{
    return m_connection->whenDomainStopped(name);
}

QFuture<Result<QList<TaggedDomain>>> VirtDomains::listTagged() const
{
    return m_connection->run<QList<TaggedDomain>>([](virConnectPtr conn, JobControl &) -> Result<QList<TaggedDomain>> {
        virDomainPtr *domains = nullptr;
        const int n = virConnectListAllDomains(conn, &domains, 0);
        if (n < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot list VMs")));
        std::vector<DomainHandle> owned;
        for (int i = 0; i < n; ++i)
            owned.emplace_back(domains[i]);
        free(domains);

        const QByteArray ns = DomainTag::namespaceUri().toUtf8();
        QList<TaggedDomain> tagged;
        for (const DomainHandle &dom : owned) {
            TaggedDomain t;
            const DomainInfo info = infoOf(dom.get());
            t.name = info.name;
            t.uuid = info.uuid;
            t.active = virDomainIsActive(dom.get()) == 1;
            VirString meta(virDomainGetMetadata(dom.get(), VIR_DOMAIN_METADATA_ELEMENT, ns.constData(), 0));
            if (meta) {
                if (auto tag = DomainTag::fromMetadataXml(QString::fromUtf8(meta.get()))) {
                    t.tag = *tag;
                    t.hasMetadata = true;
                }
            }
            virResetLastError(); // "no metadata" is the normal case for other domains
            if (!t.hasMetadata) {
                const auto byName = ResourceName::parse(t.name);
                if (!byName)
                    continue;
                t.tag.buildId = byName->buildId;
                t.tag.stage = byName->stage;
            }
            tagged.append(t);
        }
        return tagged;
    });
}

} // namespace Kiln::Core
