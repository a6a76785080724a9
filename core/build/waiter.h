#pragma once
// Waiter: how the headless build worker waits — for a QFuture, a condition, a deadline — while
// its own event loop keeps running (log flush timers, libvirt stream data, the SIGTERM notifier,
// catalog polls). It lets each stage read top to bottom ("start the VM, wait for hello, wait for
// the run to end") instead of a web of callbacks. The loop wakes on every event and re-checks;
// a cancel (CancelToken) or a deadline ends any wait at once.
//
// Only for the build worker process (and tests): never use it on a GUI thread.

#include <QDeadlineTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

namespace Kiln::Core {

// A cancel request for the whole build (SIGTERM, the catalog's cancel flag).
class CancelToken : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isCancelled() const { return m_cancelled; }
    QString reason() const { return m_reason; }
    void cancel(const QString &reason);

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
    QString m_reason;
};

class Waiter
{
public:
    enum class Outcome { Done, Cancelled, TimedOut };

    explicit Waiter(const CancelToken *token = nullptr) : m_token(token) {}

    // Runs the event loop until cond() holds, the token is cancelled or the deadline passes.
    // cond is checked first, so a condition that already holds returns Done at once.
    Outcome until(const std::function<bool()> &cond, QDeadlineTimer deadline = QDeadlineTimer::Forever) const;

    template <class T>
    Outcome wait(const QFuture<T> &future, QDeadlineTimer deadline = QDeadlineTimer::Forever) const
    {
        QFutureWatcher<T> watcher; // its finished event wakes the loop
        watcher.setFuture(future);
        return until([&future] { return future.isFinished(); }, deadline);
    }

    // Waits for the future whatever the token says (cleanup after a cancel), up to the deadline.
    template <class T>
    bool waitIgnoringCancel(const QFuture<T> &future, QDeadlineTimer deadline) const
    {
        return Waiter(nullptr).wait(future, deadline) == Outcome::Done;
    }

    // Just lets the loop run for `ms` milliseconds (ends early on cancel).
    Outcome sleep(int ms) const;

private:
    const CancelToken *m_token;
};

} // namespace Kiln::Core
