#include "waiter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <limits>

namespace Kiln::Core {

void CancelToken::cancel(const QString &reason)
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_reason = reason;
    Q_EMIT cancelled();
}

Waiter::Outcome Waiter::until(const std::function<bool()> &cond, QDeadlineTimer deadline) const
{
    // A timer, so that WaitForMoreEvents returns when the deadline passes even if nothing happens.
    QTimer alarm;
    alarm.setSingleShot(true);
    alarm.setTimerType(Qt::PreciseTimer);
    if (!deadline.isForever())
        alarm.start(int(qMin<qint64>(qMax<qint64>(0, deadline.remainingTime()), std::numeric_limits<int>::max())));
    for (;;) {
        if (cond())
            return Outcome::Done;
        if (m_token && m_token->isCancelled())
            return Outcome::Cancelled;
        if (deadline.hasExpired())
            return Outcome::TimedOut;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        // Deferred deletes are not run by a nested loop; nothing here relies on them.
    }
}

Waiter::Outcome Waiter::sleep(int ms) const
{
    QDeadlineTimer deadline(ms);
    const Outcome o = until([] { return false; }, deadline);
    return o == Outcome::TimedOut ? Outcome::Done : o;
}

} // namespace Kiln::Core
