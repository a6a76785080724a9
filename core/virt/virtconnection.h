#pragma once
// VirtConnection: one libvirt connection (one URI) with its own worker threads. Every blocking
// libvirt call runs on the "virt worker" thread (control lane: lookups, create, destroy, state)
// or on the "virt transfer" thread (bulk lane: volume upload/download, hashing), never on the
// caller's thread; results come back as QFuture<Result<T>>.
//
// The connection opens on first use (or open()), keeps itself alive (virConnectSetKeepAlive),
// reconnects with backoff when the daemon goes away (connectionLost / connectionRestored) and
// relays lifecycle events as copied DomainEvent hints (domainEvent).
//
// Threading: all public methods are thread-safe. Signals are emitted from the worker thread, so
// receivers in other threads get them queued. The object itself belongs to the thread that
// created it and must be destroyed there; destruction closes the connection and waits for the
// running job (a running transfer sees JobControl::isCanceled() and stops).

#include "core/result.h"
#include "core/virt/domainevent.h"
#include "core/virt/jobcontrol.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

#include <libvirt/libvirt.h>

class QThread;

namespace Kiln::Core {

class ConnectionWorker;

class VirtConnection : public QObject
{
    Q_OBJECT
public:
    enum class Lane { Control, Transfer };

    explicit VirtConnection(const QString &uri, QObject *parent = nullptr);
    ~VirtConnection() override;

    // One shared connection per URI for the whole process (created on first request). Drop the
    // pointer on the thread that is going to outlive it; never inside a job.
    static std::shared_ptr<VirtConnection> shared(const QString &uri);

    QString uri() const { return m_uri; }
    bool isOpen() const;

    QFuture<Result<void>> open();
    // Closes now; a later request opens the connection again.
    QFuture<Result<void>> close();

    // Resolves when the domain is no longer running: with the VIR_DOMAIN_EVENT_STOPPED_* detail
    // of its stop event, or -1 when it was already gone or found stopped. Survives reconnects
    // (re-checked after connectionRestored); fails if the connection is closed.
    QFuture<Result<int>> whenDomainStopped(const QString &name);

    // Runs job(conn, control) on a worker thread after making sure the connection is open; an
    // open failure becomes the result. The job must not keep conn past its return.
    template <class T>
    QFuture<Result<T>> run(std::function<Result<T>(virConnectPtr, JobControl &)> job, Lane lane = Lane::Control)
    {
        auto promise = std::make_shared<JobPromise<T>>();
        QFuture<Result<T>> future = promise->future();
        post(lane, [promise, job = std::move(job), stopping = &m_stopping](virConnectPtr conn, const Error *openError) {
            if (openError) {
                promise->finish(Kiln::unexpected(*openError));
                return;
            }
            JobControl control(promise->base(), *stopping);
            promise->finish(job(conn, control));
        });
        return future;
    }

Q_SIGNALS:
    void connectionLost(const QString &reason);
    void connectionRestored();
    void domainEvent(const Kiln::Core::DomainEvent &event);

private:
    friend class ConnectionWorker;
    using RawJob = std::function<void(virConnectPtr conn, const Error *openError)>;
    void post(Lane lane, RawJob job);

    QString m_uri;
    std::atomic<bool> m_stopping{false};
    QThread *m_workerThread = nullptr;
    QThread *m_transferThread = nullptr;
    ConnectionWorker *m_worker = nullptr;
    QObject *m_transferContext = nullptr;
};

} // namespace Kiln::Core
