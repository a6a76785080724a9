#include "domainevent.h"

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QString eventName(int event)
{
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED: return u"defined"_s;
    case VIR_DOMAIN_EVENT_UNDEFINED: return u"undefined"_s;
    case VIR_DOMAIN_EVENT_STARTED: return u"started"_s;
    case VIR_DOMAIN_EVENT_SUSPENDED: return u"suspended"_s;
    case VIR_DOMAIN_EVENT_RESUMED: return u"resumed"_s;
    case VIR_DOMAIN_EVENT_STOPPED: return u"stopped"_s;
    case VIR_DOMAIN_EVENT_SHUTDOWN: return u"shutdown"_s;
    case VIR_DOMAIN_EVENT_PMSUSPENDED: return u"pmsuspended"_s;
    case VIR_DOMAIN_EVENT_CRASHED: return u"crashed"_s;
    default: return u"event %1"_s.arg(event);
    }
}

QString detailName(int event, int detail)
{
    if (event == VIR_DOMAIN_EVENT_STOPPED) {
        switch (detail) {
        case VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN: return u"shutdown"_s;
        case VIR_DOMAIN_EVENT_STOPPED_DESTROYED: return u"destroyed"_s;
        case VIR_DOMAIN_EVENT_STOPPED_CRASHED: return u"crashed"_s;
        case VIR_DOMAIN_EVENT_STOPPED_MIGRATED: return u"migrated"_s;
        case VIR_DOMAIN_EVENT_STOPPED_SAVED: return u"saved"_s;
        case VIR_DOMAIN_EVENT_STOPPED_FAILED: return u"failed"_s;
        case VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT: return u"from snapshot"_s;
        default: break;
        }
    } else if (event == VIR_DOMAIN_EVENT_STARTED) {
        switch (detail) {
        case VIR_DOMAIN_EVENT_STARTED_BOOTED: return u"booted"_s;
        case VIR_DOMAIN_EVENT_STARTED_RESTORED: return u"restored"_s;
        default: break;
        }
    } else if (event == VIR_DOMAIN_EVENT_SUSPENDED && detail == VIR_DOMAIN_EVENT_SUSPENDED_PAUSED) {
        return u"paused"_s;
    } else if (event == VIR_DOMAIN_EVENT_RESUMED && detail == VIR_DOMAIN_EVENT_RESUMED_UNPAUSED) {
        return u"unpaused"_s;
    }
    return QString::number(detail);
}

} // namespace

QString DomainEvent::describe() const
{
    return eventName(event) + u" ("_s + detailName(event, detail) + u')';
}

} // namespace Kiln::Core
