#include "keptvm.h"

#include "core/build/buildlogs.h"
#include "core/catalog/home.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"

#include <QProcess>
#include <QStandardPaths>

namespace Kiln::Widgets {

KeptVm::KeptVm(QObject *parent) : QObject(parent) {}

KeptVm::~KeptVm() = default;

void KeptVm::find(const Core::Home &home, qint64 buildId, const QString &uri)
{
    const quint64 token = ++m_token;
    const QString wanted = Core::resourceBuildId(home, buildId);
    // A connection of its own (made and dropped on this thread), so a slow or remote URI never
    // holds up anything else.
    // The connection is dropped here, on this thread, by the next find() or the destructor (its
    // destructor waits for its worker), never by the continuation.
    m_connection = std::make_shared<Core::VirtConnection>(uri);
    Core::VirtDomains(m_connection.get()).listTagged().then(this, [this, token, wanted](const Core::Result<QList<Core::TaggedDomain>> &list) {
        if (token != m_token)
            return;
        if (!list) {
            Q_EMIT lookupFailed(list.error().message);
            return;
        }
        QList<Domain> domains;
        for (const Core::TaggedDomain &d : *list)
            if (d.tag.buildId == wanted)
                domains.append({d.name, d.active});
        Q_EMIT found(domains);
    });
}

QString KeptVm::viewerProgram() { return QStandardPaths::findExecutable(QStringLiteral("virt-viewer")); }

QStringList KeptVm::viewerArguments(const QString &uri, const QString &domain)
{
    return {QStringLiteral("--connect"), uri, QStringLiteral("--wait"), domain};
}

QString KeptVm::consoleCommand(const QString &uri, const QString &domain)
{
    return QStringLiteral("virsh -c %1 console %2").arg(uri, domain);
}

QString KeptVm::installHint()
{
    return tr("virt-viewer is not installed. Install it to see the VM's screen: sudo apt install virt-viewer "
              "(Fedora: sudo dnf install virt-viewer). Meanwhile, its serial console works in a terminal:");
}

bool KeptVm::openViewer(const QString &uri, const QString &domain, QString *error)
{
    const QString program = viewerProgram();
    if (program.isEmpty()) {
        if (error)
            *error = installHint();
        return false;
    }
    if (!QProcess::startDetached(program, viewerArguments(uri, domain))) {
        if (error)
            *error = tr("virt-viewer could not be started (%1).").arg(program);
        return false;
    }
    return true;
}

} // namespace Kiln::Widgets
