#pragma once
// VirtDomains: the domain operations a build needs, on a VirtConnection's worker thread —
// start a transient VM from a DomainSpec (optionally paused, so the console and agent channel
// can be attached before the guest prints anything), resume, ACPI shutdown, destroy, state,
// "wait until stopped", and the list of domains Kiln made (by tag) for leftover cleanup.
//
// A cheap value object: copy it freely; the VirtConnection must outlive the calls' futures.

#include "core/result.h"
#include "core/virt/domainspec.h"
#include "core/virt/domaintag.h"

#include <QFuture>
#include <QList>

namespace Kiln::Core {

class VirtConnection;

struct DomainInfo {
    QString name;
    QString uuid;
    int id = -1; // libvirt's runtime id; -1 when not running
};

struct DomainStatus {
    bool exists = false;
    int state = 0;  // virDomainState (VIR_DOMAIN_RUNNING, VIR_DOMAIN_SHUTOFF, …)
    int reason = 0; // the matching virDomain*Reason
    bool isActive() const;
    QString describe() const; // "running", "paused", "shut off", "gone"
};

struct TaggedDomain {
    QString name;
    QString uuid;
    bool active = false;
    DomainTag tag;          // from <metadata>, or build/stage parsed from the name
    bool hasMetadata = false;
};

class VirtDomains
{
public:
    explicit VirtDomains(VirtConnection *connection) : m_connection(connection) {}

    QFuture<Result<DomainInfo>> createTransient(const DomainSpec &spec, bool startPaused = false) const;
    QFuture<Result<DomainInfo>> createTransientXml(const QString &xml, bool startPaused = false) const;
    QFuture<Result<void>> resume(const QString &name) const;
    // Presses the ACPI power button.
    QFuture<Result<void>> shutdown(const QString &name) const;
    // Kills the VM: true when it was running, false when it was already gone (not an error).
    QFuture<Result<bool>> destroy(const QString &name) const;
    QFuture<Result<DomainStatus>> status(const QString &name) const;
    QFuture<Result<QString>> xmlDescription(const QString &name) const;
    // See VirtConnection::whenDomainStopped.
    QFuture<Result<int>> whenStopped(const QString &name) const;
    // Every domain (running or defined) that carries Kiln's metadata tag or a kiln-build-* name.
    QFuture<Result<QList<TaggedDomain>>> listTagged() const;

private:
    VirtConnection *m_connection;
};

} // namespace Kiln::Core
