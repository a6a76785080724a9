#include "connectionworker.h"

#include "core/virt/eventhub.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virterror.h"

#include <QTimer>

#include <libvirt/virterror.h>

namespace Kiln::Core {

namespace {
constexpr int InitialBackoffMs = 500;
constexpr int MaxBackoffMs = 30000;
} // namespace

// libvirt calls back on the libvirt-events thread; the relay forwards (queued) to the worker for
// as long as it exists. The mutex makes "post" and "detach" exclusive, so nothing is posted to a
// worker being destroyed.
struct CallbackRelay {
    QMutex mutex;
    ConnectionWorker *worker = nullptr;

    template <class F>
    void post(F f)
    {
        QMutexLocker lock(&mutex);
        if (worker)
            QMetaObject::invokeMethod(worker, [w = worker, f = std::move(f)] { f(w); }, Qt::QueuedConnection);
    }
    void detach()
    {
        QMutexLocker lock(&mutex);
        worker = nullptr;
    }
};

struct CallbackContext {
    std::shared_ptr<CallbackRelay> relay;
    int generation = 0;
};

namespace {

void freeContext(void *opaque)
{
    delete static_cast<CallbackContext *>(opaque);
}

// Tiny and copying (PATTERNS.md d-1, rule 3): the virDomainPtr is only valid during the call.
int lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    auto *ctx = static_cast<CallbackContext *>(opaque);
    DomainEvent ev;
    ev.name = QString::fromUtf8(virDomainGetName(dom));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) == 0)
        ev.uuid = QString::fromLatin1(uuid);
    ev.event = event;
    ev.detail = detail;
    ctx->relay->post([ev](ConnectionWorker *w) { w->onDomainEvent(ev); });
    return 0;
}

void closeCallback(virConnectPtr, int reason, void *opaque)
{
    auto *ctx = static_cast<CallbackContext *>(opaque);
    const int generation = ctx->generation;
    ctx->relay->post([generation, reason](ConnectionWorker *w) { w->onClosed(generation, reason); });
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return virtTr("the libvirt daemon closed the connection");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return virtTr("the libvirt daemon stopped answering (keepalive timeout)");
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return virtTr("the connection to the libvirt daemon failed");
    default:
        return virtTr("the connection was closed");
    }
}

} // namespace

ConnectionWorker::ConnectionWorker(VirtConnection *owner, const QString &uri)
    : m_owner(owner)
    , m_uri(uri)
    , m_reconnectTimer(new QTimer(this))
    , m_backoffMs(InitialBackoffMs)
    , m_relay(std::make_shared<CallbackRelay>())
{
    m_relay->worker = this;
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ConnectionWorker::reconnect);
}

ConnectionWorker::~ConnectionWorker()
{
    m_relay->detach();
}

Result<void> ConnectionWorker::ensureOpen()
{
    if (m_conn)
        return {};
    if (!EventHub::instance())
        return Kiln::unexpected(makeError(virtTr("The libvirt event loop has been stopped.")));
    const QByteArray uri = m_uri.toUtf8();
    virConnectPtr conn = virConnectOpenAuth(uri.constData(), virConnectAuthPtrDefault, 0);
    if (!conn)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot connect to libvirt at %1").arg(m_uri)));
    ++m_generation;

    // Drivers without an RPC link (test:///) support neither keepalive nor close callbacks.
    if (virConnectSetKeepAlive(conn, 5, 3) < 0)
        virResetLastError();
    // The close callback's context is ours to free (after unregistering): drivers without close
    // callbacks accept the registration silently and would never call a free callback.
    auto closeCtx = std::make_unique<CallbackContext>(CallbackContext{m_relay, m_generation});
    if (virConnectRegisterCloseCallback(conn, closeCallback, closeCtx.get(), nullptr) == 0) {
        m_closeCallbackRegistered = true;
        m_closeContext = std::move(closeCtx);
    } else {
        virResetLastError();
    }
    auto *eventCtx = new CallbackContext{m_relay, m_generation};
    m_lifecycleCallbackId = virConnectDomainEventRegisterAny(conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                             VIR_DOMAIN_EVENT_CALLBACK(lifecycleCallback),
                                                             eventCtx, freeContext);
    if (m_lifecycleCallbackId < 0) {
        Error e = lastVirtError(virtTr("Cannot subscribe to domain events at %1").arg(m_uri));
        delete eventCtx;
        {
            QMutexLocker lock(&m_mutex);
            m_conn = conn;
        }
        dropConnection();
        return Kiln::unexpected(e);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_conn = conn;
    }
    m_open = true;
    const bool restored = m_state == State::Lost;
    m_state = State::Open;
    m_reconnectTimer->stop();
    m_backoffMs = InitialBackoffMs;
    if (restored) {
        Q_EMIT m_owner->connectionRestored();
        recheckWaiters();
    }
    return {};
}

void ConnectionWorker::dropConnection(bool afterCloseEvent)
{
    virConnectPtr conn;
    {
        QMutexLocker lock(&m_mutex);
        conn = m_conn;
        m_conn = nullptr;
    }
    m_open = false;
    if (!conn)
        return;
    // Deregister before close (d-1 rule 2). On a dead link these fail fast; that is fine.
    if (m_lifecycleCallbackId >= 0 && virConnectDomainEventDeregisterAny(conn, m_lifecycleCallbackId) < 0)
        virResetLastError();
    m_lifecycleCallbackId = -1;
    if (m_closeCallbackRegistered) {
        // Once unregistered no call can be running (libvirt holds its lock while calling).
        // On a dead link libvirt's unregister fails (it wants an RPC) — but then the callback
        // has already fired, and libvirt fires it once only.
        if (virConnectUnregisterCloseCallback(conn, closeCallback) < 0) {
            virResetLastError();
            if (!afterCloseEvent)
                (void)m_closeContext.release(); // it may still be called: leak rather than dangle
        }
        m_closeContext.reset();
    }
    m_closeCallbackRegistered = false;
    if (virConnectClose(conn) < 0)
        virResetLastError();
}

void ConnectionWorker::closeConnection()
{
    m_state = State::Closed;
    m_reconnectTimer->stop();
    dropConnection();
    const auto waiters = std::exchange(m_stopWaiters, {});
    for (const auto &promise : waiters)
        promise->finish(Kiln::unexpected(makeError(virtTr("The libvirt connection to %1 was closed.").arg(m_uri), QStringLiteral("closed"))));
}

void ConnectionWorker::shutdown()
{
    m_relay->detach();
    closeConnection();
}

ConnectHandle ConnectionWorker::acquire() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_conn || virConnectRef(m_conn) < 0)
        return ConnectHandle();
    return ConnectHandle(m_conn);
}

void ConnectionWorker::onClosed(int generation, int reason)
{
    if (generation != m_generation || m_state != State::Open || reason == VIR_CONNECT_CLOSE_REASON_CLIENT)
        return;
    dropConnection(true);
    m_state = State::Lost;
    const QString why = virtTr("Lost the libvirt connection to %1: %2").arg(m_uri, closeReasonText(reason));
    Q_EMIT m_owner->connectionLost(why);
    m_backoffMs = InitialBackoffMs;
    m_reconnectTimer->start(m_backoffMs);
}

void ConnectionWorker::reconnect()
{
    if (m_state != State::Lost)
        return;
    if (ensureOpen())
        return;
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
    m_reconnectTimer->start(m_backoffMs);
}

void ConnectionWorker::onDomainEvent(const DomainEvent &event)
{
    if (event.isStopped())
        resolveWaiters(event.name, event.detail);
    Q_EMIT m_owner->domainEvent(event);
}

void ConnectionWorker::resolveWaiters(const QString &name, const Result<int> &result)
{
    const auto waiters = m_stopWaiters.values(name);
    m_stopWaiters.remove(name);
    for (const auto &promise : waiters)
        promise->finish(result);
}

namespace {
// True when the domain is gone or not running any more.
Result<bool> isStopped(virConnectPtr conn, const QString &name)
{
    DomainHandle dom(virDomainLookupByName(conn, name.toUtf8().constData()));
    if (!dom) {
        Error e = lastVirtError(virtTr("Cannot look up domain %1").arg(name));
        if (isNotFoundError(e))
            return true;
        return Kiln::unexpected(e);
    }
    int state = 0;
    int reason = 0;
    if (virDomainGetState(dom.get(), &state, &reason, 0) < 0) {
        Error e = lastVirtError(virtTr("Cannot read the state of domain %1").arg(name));
        if (isNotFoundError(e))
            return true;
        return Kiln::unexpected(e);
    }
    return state == VIR_DOMAIN_SHUTOFF || state == VIR_DOMAIN_CRASHED;
}
} // namespace

void ConnectionWorker::watchForStop(const QString &name, std::shared_ptr<JobPromise<int>> promise)
{
    Result<bool> stopped = isStopped(m_conn, name);
    if (!stopped) {
        promise->finish(Kiln::unexpected(stopped.error()));
        return;
    }
    if (*stopped) {
        promise->finish(-1);
        return;
    }
    // A stop event generated after the check above is queued behind this call: no race.
    m_stopWaiters.insert(name, std::move(promise));
}

void ConnectionWorker::recheckWaiters()
{
    const QStringList names = m_stopWaiters.uniqueKeys();
    for (const QString &name : names) {
        Result<bool> stopped = isStopped(m_conn, name);
        if (!stopped)
            resolveWaiters(name, Kiln::unexpected(stopped.error()));
        else if (*stopped)
            resolveWaiters(name, -1);
    }
}

} // namespace Kiln::Core
