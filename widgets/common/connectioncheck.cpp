#include "connectioncheck.h"

#include "core/virt/virtconnection.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>

namespace Kiln::Widgets {

QString ConnectionCheck::fixFor(const QString &uri, const QString &message)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("unable to parse")) || m.contains(QLatin1String("invalid uri")))
        return tr("Check the URI's spelling. Examples: qemu:///session, qemu:///system, qemu+ssh://user@host/system.");
    if (m.contains(QLatin1String("no connection driver")) || m.contains(QLatin1String("unable to load library")))
        return tr("This libvirt has no driver for that URI. Install libvirt-daemon-system and qemu-system-x86, and check the URI.");
    if (uri.contains(QLatin1String("+ssh")) || m.contains(QLatin1String("ssh")))
        return tr("Check that \"ssh HOST\" works without a password prompt (use a key) and that libvirt is installed and running on that host.");
    if (m.contains(QLatin1String("permission denied")) || m.contains(QLatin1String("authentication")) || m.contains(QLatin1String("access denied")))
        return tr("Your user may not use this URI. Use qemu:///session, or add yourself to the \"libvirt\" group and log in again.");
    if (m.contains(QLatin1String("failed to connect socket")) || m.contains(QLatin1String("no such file")) || m.contains(QLatin1String("connection refused")))
        return tr("libvirtd is not running. Start it: \"sudo systemctl start libvirtd\", or without systemd \"virtlogd -d; libvirtd -d\" "
                  "(Kiln's scripts/daemons.sh does this).");
    if (m.contains(QLatin1String("no answer within")))
        return tr("The daemon or the remote host does not answer. Check that libvirtd is running and not stuck, and the network to the host.");
    return tr("Check the URI, and that libvirtd is installed and running where it points.");
}

QFuture<ConnectionReport> ConnectionCheck::check(const QString &uri, int timeoutMs)
{
    auto promise = std::make_shared<QPromise<ConnectionReport>>();
    QFuture<ConnectionReport> future = promise->future();
    promise->start();
    auto done = std::make_shared<bool>(false);
    auto finish = [promise, done](const ConnectionReport &report) {
        if (*done)
            return;
        *done = true;
        promise->addResult(report);
        promise->finish();
    };
    // A fresh connection (not the shared one): the test must really connect. It lives on the GUI
    // thread, where it was made, and is dropped there when the answer (or the timeout) comes.
    auto connection = std::make_shared<Core::VirtConnection>(uri);
    auto *context = new QObject(qApp);
    QTimer::singleShot(timeoutMs, context, [finish, uri, timeoutMs] {
        ConnectionReport r;
        r.summary = tr("No answer from %1").arg(uri);
        r.detail = tr("no answer within %1 s").arg(timeoutMs / 1000);
        r.fix = fixFor(uri, r.detail);
        finish(r);
    });
    connection->open().then(context, [finish, uri, connection, context](const Core::Result<void> &opened) mutable {
        ConnectionReport r;
        r.ok = bool(opened);
        if (opened) {
            r.summary = tr("Connected to %1.").arg(uri);
        } else {
            r.summary = tr("Cannot connect to %1.").arg(uri);
            r.detail = opened.error().message;
            r.fix = fixFor(uri, opened.error().message);
        }
        finish(r);
        connection->close();
        connection.reset();
        context->deleteLater();
    });
    return future;
}

} // namespace Kiln::Widgets
