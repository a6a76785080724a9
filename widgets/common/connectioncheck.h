#pragma once
// "Test connection" for the GUI: opens a fresh libvirt connection to a URI through core/virt
// (VirtConnection, on its worker thread), and says whether it worked, why not, and what to do.
#include "widgets/common/services.h"

#include <QCoreApplication>
#include <QFuture>

namespace Kiln::Widgets {

class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
public:
    // Resolves on the GUI thread within `timeoutMs` (a hung daemon or ssh prompt never freezes it).
    static QFuture<ConnectionReport> check(const QString &uri, int timeoutMs = 20000);
    // Turns libvirt's message into a hint a user can act on.
    static QString fixFor(const QString &uri, const QString &message);
};

} // namespace Kiln::Widgets
