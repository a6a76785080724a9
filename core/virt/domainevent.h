#pragma once
// DomainEvent: a copied libvirt lifecycle event (VIR_DOMAIN_EVENT_ID_LIFECYCLE). Events are hints
// (PATTERNS.md d-1, rule 4): re-query the domain's state before acting on one.

#include <QMetaType>
#include <QString>

#include <libvirt/libvirt.h>

namespace Kiln::Core {

struct DomainEvent {
    QString name;
    QString uuid;
    int event = 0;  // virDomainEventType: VIR_DOMAIN_EVENT_STARTED, _STOPPED, …
    int detail = 0; // the matching virDomainEvent*DetailType

    bool isStarted() const { return event == VIR_DOMAIN_EVENT_STARTED; }
    bool isStopped() const { return event == VIR_DOMAIN_EVENT_STOPPED; }
    // "stopped (shutdown)", "started (booted)", … for logs.
    QString describe() const;
};

} // namespace Kiln::Core

Q_DECLARE_METATYPE(Kiln::Core::DomainEvent)
