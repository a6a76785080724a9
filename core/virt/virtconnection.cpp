#include "virtconnection.h"

#include "core/virt/connectionworker.h"
#include "core/virt/eventhub.h"
#include "core/virt/virterror.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <libvirt/virterror.h>

namespace Kiln::Core {

VirtConnection::VirtConnection(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
{
    qRegisterMetaType<Kiln::Core::DomainEvent>();
    // The event implementation must be registered before the first libvirt call.
    EventHub::instance();

    m_workerThread = new QThread;
    m_workerThread->setObjectName(QStringLiteral("virt worker"));
    m_worker = new ConnectionWorker(this, uri);
    m_worker->moveToThread(m_workerThread);
    m_workerThread->start();

    m_transferThread = new QThread;
    m_transferThread->setObjectName(QStringLiteral("virt transfer"));
    m_transferContext = new QObject;
    m_transferContext->moveToThread(m_transferThread);
    m_transferThread->start();
}

VirtConnection::~VirtConnection()
{
    m_stopping = true;
    // The transfer lane first: a transfer job may be waiting for the worker to open the link.
    m_transferThread->quit();
    m_transferThread->wait();
    delete m_transferContext; // drops queued transfer jobs: their futures fail, none hangs
    delete m_transferThread;

    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_workerThread->quit();
    m_workerThread->wait();
    delete m_worker;
    delete m_workerThread;
}

std::shared_ptr<VirtConnection> VirtConnection::shared(const QString &uri)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<VirtConnection>> connections;
    QMutexLocker lock(&mutex);
    std::shared_ptr<VirtConnection> connection = connections.value(uri).lock();
    if (!connection) {
        connection = std::make_shared<VirtConnection>(uri);
        connections.insert(uri, connection);
    }
    return connection;
}

bool VirtConnection::isOpen() const
{
    return m_worker->isOpen();
}

QFuture<Result<void>> VirtConnection::open()
{
    return run<void>([](virConnectPtr, JobControl &) -> Result<void> { return {}; });
}

QFuture<Result<void>> VirtConnection::close()
{
    auto promise = std::make_shared<JobPromise<void>>();
    QFuture<Result<void>> future = promise->future();
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, promise] {
        worker->closeConnection();
        promise->finish({});
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<int>> VirtConnection::whenDomainStopped(const QString &name)
{
    auto promise = std::make_shared<JobPromise<int>>();
    QFuture<Result<int>> future = promise->future();
    ConnectionWorker *worker = m_worker;
    post(Lane::Control, [worker, promise, name](virConnectPtr, const Error *openError) {
        if (openError)
            promise->finish(Kiln::unexpected(*openError));
        else
            worker->watchForStop(name, promise);
    });
    return future;
}

void VirtConnection::post(Lane lane, RawJob job)
{
    if (m_stopping) {
        const Error e = makeError(virtTr("The libvirt connection to %1 is shutting down.").arg(m_uri), QStringLiteral("closed"));
        job(nullptr, &e);
        return;
    }
    ConnectionWorker *worker = m_worker;
    if (lane == Lane::Control) {
        QMetaObject::invokeMethod(worker, [worker, job = std::move(job)] {
            Result<void> opened = worker->ensureOpen();
            if (!opened)
                job(nullptr, &opened.error());
            else
                job(worker->handle(), nullptr);
        }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_transferContext, [worker, job = std::move(job)] {
        ConnectHandle conn = worker->acquire();
        if (!conn) {
            // Opening is the worker's business; ask it and wait (the worker never waits on us).
            Result<void> opened;
            QMetaObject::invokeMethod(worker, [worker, &opened] { opened = worker->ensureOpen(); },
                                      Qt::BlockingQueuedConnection);
            if (!opened) {
                job(nullptr, &opened.error());
                return;
            }
            conn = worker->acquire();
        }
        if (!conn) {
            const Error e = makeError(virtTr("The libvirt connection closed before the transfer started."));
            job(nullptr, &e);
            return;
        }
        job(conn.get(), nullptr);
    }, Qt::QueuedConnection);
}

} // namespace Kiln::Core
