#include "eventhub.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <mutex>

#include <libvirt/virterror.h>

#include <poll.h>

namespace Kiln::Core {

struct EventHub::Watch {
    int fd = -1;
    int events = 0;
    virEventHandleCallback cb = nullptr;
    void *opaque = nullptr;
    virFreeCallback ff = nullptr;
    bool removed = false;
    // Touched only on the hub thread.
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
    QSocketNotifier *exception = nullptr;
};

struct EventHub::Timeout {
    int intervalMs = -1;
    virEventTimeoutCallback cb = nullptr;
    void *opaque = nullptr;
    virFreeCallback ff = nullptr;
    bool removed = false;
    QTimer *timer = nullptr; // hub thread only
};

namespace {

std::atomic<EventHub *> s_hub{nullptr};
QThread *s_thread = nullptr;
std::once_flag s_once;
std::atomic<bool> s_shutDown{false};

// libvirt would otherwise print every error to stderr; errors are copied into Results instead.
void quietErrorHandler(void *, virErrorPtr) {}

int addHandleCb(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    EventHub *hub = s_hub.load();
    return hub ? hub->addHandle(fd, events, cb, opaque, ff) : -1;
}
void updateHandleCb(int watch, int events)
{
    if (EventHub *hub = s_hub.load())
        hub->updateHandle(watch, events);
}
int removeHandleCb(int watch)
{
    EventHub *hub = s_hub.load();
    return hub ? hub->removeHandle(watch) : -1;
}
int addTimeoutCb(int interval, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    EventHub *hub = s_hub.load();
    return hub ? hub->addTimeout(interval, cb, opaque, ff) : -1;
}
void updateTimeoutCb(int timer, int interval)
{
    if (EventHub *hub = s_hub.load())
        hub->updateTimeout(timer, interval);
}
int removeTimeoutCb(int timer)
{
    EventHub *hub = s_hub.load();
    return hub ? hub->removeTimeout(timer) : -1;
}

short toPollEvents(int virEvents)
{
    short ev = 0;
    if (virEvents & VIR_EVENT_HANDLE_READABLE)
        ev |= POLLIN;
    if (virEvents & VIR_EVENT_HANDLE_WRITABLE)
        ev |= POLLOUT;
    return ev;
}

int fromPollEvents(short revents)
{
    int ev = 0;
    if (revents & POLLIN)
        ev |= VIR_EVENT_HANDLE_READABLE;
    if (revents & POLLOUT)
        ev |= VIR_EVENT_HANDLE_WRITABLE;
    if (revents & (POLLERR | POLLNVAL))
        ev |= VIR_EVENT_HANDLE_ERROR;
    if (revents & POLLHUP)
        ev |= VIR_EVENT_HANDLE_HANGUP;
    return ev;
}

} // namespace

EventHub::EventHub() = default;

EventHub::~EventHub()
{
    qDeleteAll(m_watches);
    qDeleteAll(m_timeouts);
}

EventHub *EventHub::instance()
{
    std::call_once(s_once, [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("libvirt-events"));
        auto *hub = new EventHub;
        hub->moveToThread(thread);
        thread->start();
        s_thread = thread;
        s_hub.store(hub);
        virEventRegisterImpl(addHandleCb, updateHandleCb, removeHandleCb, addTimeoutCb, updateTimeoutCb,
                             removeTimeoutCb);
        virSetErrorFunc(nullptr, quietErrorHandler);
        if (QCoreApplication::instance())
            qAddPostRoutine(&EventHub::shutdown);
    });
    return s_hub.load();
}

void EventHub::shutdown()
{
    if (s_shutDown.exchange(true))
        return;
    EventHub *hub = s_hub.exchange(nullptr);
    if (!hub)
        return;
    // Notifiers and timers must die on their own thread; libvirt's free callbacks are not run:
    // whatever is still registered belongs to objects that live until exit anyway.
    if (s_thread->isRunning())
        QMetaObject::invokeMethod(hub, [hub] { hub->destroyAll(); }, Qt::BlockingQueuedConnection);
    s_thread->quit();
    s_thread->wait();
    delete hub;
    delete s_thread;
    s_thread = nullptr;
}

bool EventHub::isHubThread() const
{
    return QThread::currentThread() == thread();
}

QThread *EventHub::hubThread() const
{
    return thread();
}

void EventHub::post(std::function<void()> fn, bool queued)
{
    if (!queued && isHubThread()) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

int EventHub::watchCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Watch *w : m_watches)
        n += w->removed ? 0 : 1;
    return n;
}

int EventHub::timeoutCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Timeout *t : m_timeouts)
        n += t->removed ? 0 : 1;
    return n;
}

// ---- watches ---------------------------------------------------------------------------------

int EventHub::addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    if (fd < 0 || !cb)
        return -1;
    auto *w = new Watch;
    w->fd = fd;
    w->events = events;
    w->cb = cb;
    w->opaque = opaque;
    w->ff = ff;
    int id;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_watches.insert(id, w);
    }
    post([this, id] { applyWatch(id); }, false);
    return id;
}

void EventHub::updateHandle(int watch, int events)
{
    {
        QMutexLocker lock(&m_mutex);
        Watch *w = m_watches.value(watch);
        if (!w || w->removed || w->events == events)
            return;
        w->events = events;
    }
    post([this, watch] { applyWatch(watch); }, false);
}

int EventHub::removeHandle(int watch)
{
    {
        QMutexLocker lock(&m_mutex);
        Watch *w = m_watches.value(watch);
        if (!w || w->removed)
            return -1;
        w->removed = true;
    }
    // Silence the notifiers now when we can; free the entry (and call ff) later, on a clean
    // stack: libvirt warns that calling ff from inside remove is likely to deadlock.
    if (isHubThread())
        applyWatch(watch);
    post([this, watch] { destroyWatch(watch); });
    return 0;
}

void EventHub::applyWatch(int id)
{
    Watch *w;
    int events;
    bool removed;
    {
        QMutexLocker lock(&m_mutex);
        w = m_watches.value(id);
        if (!w)
            return;
        events = w->events;
        removed = w->removed;
    }
    if (removed)
        events = 0;
    // w stays valid: only this thread deletes watches (destroyWatch).
    auto ensure = [this, w, id](QSocketNotifier *&n, QSocketNotifier::Type type, bool on) {
        if (!on) {
            if (n)
                n->setEnabled(false);
            return;
        }
        if (!n) {
            n = new QSocketNotifier(w->fd, type, this);
            connect(n, &QSocketNotifier::activated, this, [this, id] { dispatchWatch(id); });
        }
        n->setEnabled(true);
    };
    ensure(w->read, QSocketNotifier::Read, events & VIR_EVENT_HANDLE_READABLE);
    ensure(w->write, QSocketNotifier::Write, events & VIR_EVENT_HANDLE_WRITABLE);
    // HUP/ERR also surface as readable; the exception notifier covers callers that wait only
    // for them (under Qt's GLib dispatcher it polls G_IO_PRI|G_IO_ERR|G_IO_HUP).
    ensure(w->exception, QSocketNotifier::Exception,
           (events & (VIR_EVENT_HANDLE_ERROR | VIR_EVENT_HANDLE_HANGUP))
               && !(events & VIR_EVENT_HANDLE_READABLE));
}

void EventHub::dispatchWatch(int id)
{
    int fd;
    int events;
    virEventHandleCallback cb;
    void *opaque;
    {
        QMutexLocker lock(&m_mutex);
        Watch *w = m_watches.value(id);
        if (!w || w->removed || w->events == 0)
            return;
        fd = w->fd;
        events = w->events;
        cb = w->cb;
        opaque = w->opaque;
    }
    // Ask poll() what really happened so libvirt gets precise READABLE/WRITABLE/ERROR/HANGUP
    // flags, the way its own poll loop reports them.
    pollfd p{fd, toPollEvents(events), 0};
    if (::poll(&p, 1, 0) <= 0)
        return;
    const int happened = fromPollEvents(p.revents)
        & (events | VIR_EVENT_HANDLE_ERROR | VIR_EVENT_HANDLE_HANGUP);
    if (happened)
        cb(id, fd, happened, opaque);
}

void EventHub::destroyWatch(int id)
{
    Watch *w;
    {
        QMutexLocker lock(&m_mutex);
        w = m_watches.take(id);
    }
    if (!w)
        return;
    delete w->read;
    delete w->write;
    delete w->exception;
    if (w->ff)
        w->ff(w->opaque);
    delete w;
}

// ---- timeouts --------------------------------------------------------------------------------

int EventHub::addTimeout(int intervalMs, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    if (!cb)
        return -1;
    auto *t = new Timeout;
    t->intervalMs = intervalMs;
    t->cb = cb;
    t->opaque = opaque;
    t->ff = ff;
    int id;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_timeouts.insert(id, t);
    }
    post([this, id] { applyTimeout(id); }, false);
    return id;
}

void EventHub::updateTimeout(int timer, int intervalMs)
{
    {
        QMutexLocker lock(&m_mutex);
        Timeout *t = m_timeouts.value(timer);
        if (!t || t->removed)
            return;
        t->intervalMs = intervalMs;
    }
    post([this, timer] { applyTimeout(timer); }, false);
}

int EventHub::removeTimeout(int timer)
{
    {
        QMutexLocker lock(&m_mutex);
        Timeout *t = m_timeouts.value(timer);
        if (!t || t->removed)
            return -1;
        t->removed = true;
    }
    if (isHubThread())
        applyTimeout(timer);
    post([this, timer] { destroyTimeout(timer); });
    return 0;
}

void EventHub::applyTimeout(int id)
{
    Timeout *t;
    int interval;
    {
        QMutexLocker lock(&m_mutex);
        t = m_timeouts.value(id);
        if (!t)
            return;
        interval = t->removed ? -1 : t->intervalMs;
    }
    if (interval < 0) {
        if (t->timer)
            t->timer->stop();
        return;
    }
    if (!t->timer) {
        t->timer = new QTimer(this);
        t->timer->setTimerType(Qt::PreciseTimer);
        connect(t->timer, &QTimer::timeout, this, [this, id] { dispatchTimeout(id); });
    }
    // libvirt's own loops restart the period on every update.
    t->timer->start(interval);
}

void EventHub::dispatchTimeout(int id)
{
    virEventTimeoutCallback cb;
    void *opaque;
    {
        QMutexLocker lock(&m_mutex);
        Timeout *t = m_timeouts.value(id);
        if (!t || t->removed || t->intervalMs < 0)
            return;
        cb = t->cb;
        opaque = t->opaque;
    }
    cb(id, opaque);
}

void EventHub::destroyTimeout(int id)
{
    Timeout *t;
    {
        QMutexLocker lock(&m_mutex);
        t = m_timeouts.take(id);
    }
    if (!t)
        return;
    delete t->timer;
    if (t->ff)
        t->ff(t->opaque);
    delete t;
}

void EventHub::destroyAll()
{
    QMutexLocker lock(&m_mutex);
    for (Watch *w : std::as_const(m_watches)) {
        delete w->read;
        delete w->write;
        delete w->exception;
        w->read = w->write = w->exception = nullptr;
        w->removed = true;
    }
    for (Timeout *t : std::as_const(m_timeouts)) {
        delete t->timer;
        t->timer = nullptr;
        t->removed = true;
    }
}

} // namespace Kiln::Core
