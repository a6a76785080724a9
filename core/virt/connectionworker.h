#pragma once
// ConnectionWorker: VirtConnection's inside, living on the "virt worker" thread. It owns the
// virConnectPtr, registers the close and lifecycle callbacks, reconnects with backoff after the
// daemon drops the connection, and resolves "wait until this domain stops" requests.
// Not part of the public API: use VirtConnection.

#include "core/result.h"
#include "core/virt/domainevent.h"
#include "core/virt/jobcontrol.h"
#include "core/virt/virthandles.h"

#include <QMultiHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace Kiln::Core {

class VirtConnection;
struct CallbackRelay;
struct CallbackContext;

class ConnectionWorker : public QObject
{
    Q_OBJECT
public:
    ConnectionWorker(VirtConnection *owner, const QString &uri);
    ~ConnectionWorker() override;

    // ---- worker thread only ----
    Result<void> ensureOpen();
    virConnectPtr handle() const { return m_conn; }
    // Explicit close: no reconnect; pending stop waiters fail.
    void closeConnection();
    // Final teardown before the thread stops: no callback reaches this object afterwards.
    void shutdown();
    void watchForStop(const QString &name, std::shared_ptr<JobPromise<int>> promise);

    // Called (queued) by the libvirt callbacks through the relay.
    void onClosed(int generation, int reason);
    void onDomainEvent(const DomainEvent &event);

    // ---- any thread ----
    // A new reference to the open connection, or null when it is not open.
    ConnectHandle acquire() const;
    bool isOpen() const { return m_open.load(); }

private:
    enum class State { Closed, Open, Lost };

    void dropConnection(bool afterCloseEvent = false);
    void reconnect();
    void recheckWaiters();
    void resolveWaiters(const QString &name, const Result<int> &result);

    VirtConnection *m_owner;
    QString m_uri;
    mutable QMutex m_mutex; // guards m_conn against acquire() from the transfer thread
    virConnectPtr m_conn = nullptr;
    std::atomic<bool> m_open{false};
    int m_lifecycleCallbackId = -1;
    bool m_closeCallbackRegistered = false;
    std::unique_ptr<CallbackContext> m_closeContext;
    int m_generation = 0;
    State m_state = State::Closed;
    QTimer *m_reconnectTimer = nullptr;
    int m_backoffMs = 0;
    std::shared_ptr<CallbackRelay> m_relay;
    QMultiHash<QString, std::shared_ptr<JobPromise<int>>> m_stopWaiters;
};

} // namespace Kiln::Core
