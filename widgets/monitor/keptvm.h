#pragma once
// KeptVm: the VM a failed build kept for inspection (infrastructure "keep VM on failure"), and
// how a user gets to its screen or console. find() asks libvirt (on the connection's worker
// thread, never the GUI thread) for the domains tagged with the build; openViewer() starts
// virt-viewer detached when it is installed; otherwise the panel shows how to install it and a
// `virsh console` command to copy.

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Kiln::Core {
class Home;
class VirtConnection;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class KeptVm : public QObject
{
    Q_OBJECT
public:
    struct Domain {
        QString name;
        bool running = false;
    };

    explicit KeptVm(QObject *parent = nullptr);
    ~KeptVm() override;

    // Looks for the kept VMs of build `buildId` of `home` on `uri`: found() or lookupFailed().
    // A new call drops the answer of the previous one.
    void find(const Core::Home &home, qint64 buildId, const QString &uri);

    // virt-viewer's path, or empty when it is not installed.
    static QString viewerProgram();
    static QStringList viewerArguments(const QString &uri, const QString &domain);
    // "virsh -c qemu:///system console kiln-build-7_ab12cd-build-3f9a1c"
    static QString consoleCommand(const QString &uri, const QString &domain);
    // How to get virt-viewer on this system.
    static QString installHint();
    // Starts virt-viewer detached (it outlives Kiln); false with *error when it cannot start.
    static bool openViewer(const QString &uri, const QString &domain, QString *error);

Q_SIGNALS:
    void found(const QList<Kiln::Widgets::KeptVm::Domain> &domains);
    void lookupFailed(const QString &message);

private:
    std::shared_ptr<Core::VirtConnection> m_connection;
    quint64 m_token = 0;
};

} // namespace Kiln::Widgets
