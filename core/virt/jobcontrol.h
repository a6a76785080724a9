#pragma once
// JobControl: what a job running on a connection's worker thread may ask — "was I cancelled?"
// (the caller called QFuture::cancel(), or the connection is shutting down) — and how it reports
// progress (QFuture progress 0..1000 plus a "12.0 MiB of 200.0 MiB" text).
// JobPromise<T> is the producer side of a QFuture<Result<T>>: it always delivers exactly one
// result, also when the job is dropped unrun (the connection went away), so a waiter never hangs.

#include "core/result.h"
#include "core/virt/virterror.h"

#include <QFutureInterface>

#include <atomic>

namespace Kiln::Core {

class JobControl
{
public:
    JobControl(QFutureInterfaceBase &future, const std::atomic<bool> &stopping)
        : m_future(future), m_stopping(stopping) {}

    bool isCanceled() const { return m_stopping.load() || m_future.isCanceled(); }
    void setProgress(qint64 done, qint64 total);

private:
    QFutureInterfaceBase &m_future;
    const std::atomic<bool> &m_stopping;
};

template <class T>
class JobPromise
{
public:
    JobPromise() { m_fi.reportStarted(); }
    ~JobPromise()
    {
        if (!m_done)
            finish(Kiln::unexpected(makeError(virtTr("The libvirt connection was closed before the request ran."),
                                              QStringLiteral("closed"))));
    }
    JobPromise(const JobPromise &) = delete;
    JobPromise &operator=(const JobPromise &) = delete;

    QFuture<Result<T>> future() { return m_fi.future(); }
    QFutureInterfaceBase &base() { return m_fi; }
    bool isDone() const { return m_done; }
    void finish(Result<T> result)
    {
        if (m_done)
            return;
        m_done = true;
        m_fi.reportAndMoveResult(std::move(result));
        m_fi.reportFinished();
    }

private:
    QFutureInterface<Result<T>> m_fi;
    bool m_done = false;
};

} // namespace Kiln::Core
