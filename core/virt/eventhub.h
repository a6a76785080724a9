#pragma once
// EventHub: libvirt's event loop implemented with Qt on a dedicated "libvirt-events" thread
// (PATTERNS.md d-1, R1). libvirt's default loop runs on GLib's global default context, which
// Qt's GUI thread also iterates; registering our own implementation gives every libvirt
// callback (socket I/O, keepalive, domain events, stream events) one deterministic thread.
//
// Rules kept here:
// - the six virEvent* callbacks may be called from any thread; ids are allocated synchronously
//   under a mutex, notifiers and timers are only touched on the hub thread;
// - timeouts are in milliseconds: -1 disables, 0 fires on every loop iteration;
// - remove marks the entry removed at once and runs the free callback later, on a clean stack;
// - registration happens once, before any other libvirt call (instance() does it).

#include <QObject>
#include <QHash>
#include <QMutex>

#include <functional>

#include <libvirt/libvirt.h>

class QThread;

namespace Kiln::Core {

class EventHub : public QObject
{
    Q_OBJECT
public:
    // Starts the hub thread, registers the implementation with libvirt and installs a quiet
    // libvirt error handler. Thread-safe; the first call must precede every other libvirt call.
    static EventHub *instance();
    // Stops the hub thread (at process exit; also installed as a Qt post routine). Close every
    // connection first: libvirt needs the loop while connections and streams wind down.
    static void shutdown();

    // The libvirt event implementation (virEventAddHandleFunc & co.); callable from any thread.
    int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff);
    void updateHandle(int watch, int events);
    int removeHandle(int watch);
    int addTimeout(int intervalMs, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff);
    void updateTimeout(int timer, int intervalMs);
    int removeTimeout(int timer);

    // Runs fn on the hub thread: queued, or at once when already there and queued == false.
    void post(std::function<void()> fn, bool queued = true);
    bool isHubThread() const;
    QThread *hubThread() const;

    // For tests and diagnostics: entries libvirt has added and not removed yet.
    int watchCount() const;
    int timeoutCount() const;

private:
    EventHub();
    ~EventHub() override;

    struct Watch;
    struct Timeout;

    void applyWatch(int id);
    void applyTimeout(int id);
    void dispatchWatch(int id);
    void dispatchTimeout(int id);
    void destroyWatch(int id);
    void destroyTimeout(int id);
    void destroyAll();

    mutable QMutex m_mutex;
    int m_nextId = 1;
    QHash<int, Watch *> m_watches;
    QHash<int, Timeout *> m_timeouts;
};

} // namespace Kiln::Core
