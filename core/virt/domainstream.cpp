#include "domainstream.h"

#include "core/virt/eventhub.h"
#include "core/virt/streamcore.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virterror.h"
#include "core/virt/virthandles.h"

namespace Kiln::Core {

using StreamResult = Result<std::shared_ptr<DomainStream>>;

DomainStream::DomainStream(std::shared_ptr<StreamCore> core)
    : m_core(std::move(core))
{
}

DomainStream::~DomainStream()
{
    close();
}

QFuture<StreamResult> DomainStream::open(VirtConnection *connection, const QString &domain, const QString &channel,
                                         bool console, std::shared_ptr<ByteSink> sink, bool force)
{
    const QString what = console ? virtTr("console") : virtTr("channel %1").arg(channel);
    return connection->run<std::shared_ptr<DomainStream>>(
        [domain, what, channel, console, sink, force](virConnectPtr conn, JobControl &) -> StreamResult {
            EventHub *hub = EventHub::instance();
            if (!hub)
                return Kiln::unexpected(makeError(virtTr("The libvirt event loop has been stopped.")));
            DomainHandle dom(virDomainLookupByName(conn, domain.toUtf8().constData()));
            if (!dom)
                return Kiln::unexpected(lastVirtError(virtTr("Cannot open the %1 of VM %2").arg(what, domain)));
            virStreamPtr st = virStreamNew(conn, VIR_STREAM_NONBLOCK);
            if (!st)
                return Kiln::unexpected(lastVirtError(virtTr("Cannot open a libvirt stream")));
            const QByteArray name = channel.toUtf8();
            const int rc = console
                ? virDomainOpenConsole(dom.get(), nullptr, st, force ? VIR_DOMAIN_CONSOLE_FORCE : 0)
                : virDomainOpenChannel(dom.get(), name.constData(), st, force ? VIR_DOMAIN_CHANNEL_FORCE : 0);
            if (rc < 0) {
                Error e = lastVirtError(virtTr("Cannot open the %1 of VM %2").arg(what, domain));
                virStreamFree(st);
                return Kiln::unexpected(e);
            }
            auto core = std::make_shared<StreamCore>(st, sink);
            hub->post([core] { core->start(); });
            return std::shared_ptr<DomainStream>(new DomainStream(core));
        });
}

QFuture<Result<std::shared_ptr<DomainStream>>> DomainStream::openChannel(VirtConnection *connection,
                                                                         const QString &domain,
                                                                         const QString &channel,
                                                                         std::shared_ptr<ByteSink> sink, bool force)
{
    return open(connection, domain, channel, false, std::move(sink), force);
}

QFuture<Result<std::shared_ptr<DomainStream>>> DomainStream::openConsole(VirtConnection *connection,
                                                                         const QString &domain,
                                                                         std::shared_ptr<ByteSink> sink, bool force)
{
    return open(connection, domain, QString(), true, std::move(sink), force);
}

void DomainStream::send(const QByteArray &bytes)
{
    if (EventHub *hub = EventHub::instance())
        hub->post([core = m_core, bytes] { core->queueSend(bytes); });
}

void DomainStream::close()
{
    if (EventHub *hub = EventHub::instance())
        hub->post([core = m_core] { core->closeByUs(); });
}

QFuture<StreamOutcome> DomainStream::finished() const
{
    return m_core->finished();
}

bool DomainStream::isOpen() const
{
    return m_core->isOpen();
}

qint64 DomainStream::bytesReceived() const
{
    return m_core->bytesReceived();
}

} // namespace Kiln::Core
