// EventHub: libvirt's event loop on a Qt thread (PATTERNS.md d-1, R1). These tests drive it
// through libvirt's public virEvent* API, so they also prove the implementation is registered.

#include "core/virt/eventhub.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

#include <unistd.h>

using namespace Kiln::Core;

namespace {

struct Probe {
    std::atomic<int> calls{0};
    std::atomic<int> lastEvents{0};
    std::atomic<bool> onHubThread{false};
    std::atomic<bool> consume{true};
    std::atomic<bool> removeInside{false};
    std::atomic<bool> freedDuringCallback{false};
    std::atomic<bool> inCallback{false};
    std::atomic<bool> freed{false};
    std::atomic<bool> freedOnHubThread{false};
    std::atomic<qint64> firstFireMs{-1};
    QElapsedTimer clock;
    int watch = -1;
};

void handleCb(int watch, int fd, int events, void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    p->inCallback = true;
    p->onHubThread = QThread::currentThread() == EventHub::instance()->hubThread();
    p->lastEvents = events;
    if (p->consume) {
        char c;
        (void)::read(fd, &c, 1);
    }
    if (p->removeInside) {
        virEventRemoveHandle(watch);
        p->freedDuringCallback = p->freed.load();
    }
    ++p->calls;
    p->inCallback = false;
}

void timeoutCb(int timer, void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    if (p->firstFireMs < 0)
        p->firstFireMs = p->clock.elapsed();
    p->onHubThread = QThread::currentThread() == EventHub::instance()->hubThread();
    if (p->removeInside) {
        virEventRemoveTimeout(timer);
        p->freedDuringCallback = p->freed.load();
    }
    ++p->calls;
}

void freeCb(void *opaque)
{
    auto *p = static_cast<Probe *>(opaque);
    p->freedOnHubThread = QThread::currentThread() == EventHub::instance()->hubThread();
    if (p->inCallback)
        p->freedDuringCallback = true;
    p->freed = true;
}

// Waits until everything queued to the hub so far has run.
void syncHub()
{
    QSemaphore done;
    EventHub::instance()->post([&done] { done.release(); });
    QVERIFY(done.tryAcquire(1, 5000));
}

// Lets the hub's loop run for at least `ms` (a real 50 ms libvirt timeout has to fire).
void runHubFor(int ms)
{
    Probe p;
    p.clock.start();
    const int id = virEventAddTimeout(ms, timeoutCb, &p, nullptr);
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(p.calls.load() > 0, 5000);
    virEventRemoveTimeout(id);
    syncHub();
}

struct Pipe {
    int fds[2] = {-1, -1};
    Pipe() { (void)::pipe(fds); }
    ~Pipe()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    void write() { (void)::write(fds[1], "x", 1); }
};

} // namespace

class TestEventHub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(EventHub::instance());
        QCOMPARE(EventHub::instance()->hubThread()->objectName(), QStringLiteral("libvirt-events"));
        QVERIFY(EventHub::instance()->hubThread() != QThread::currentThread());
    }

    void pipeWatchFiresReadable()
    {
        Pipe pipe;
        Probe p;
        const int watch = virEventAddHandle(pipe.fds[0], VIR_EVENT_HANDLE_READABLE, handleCb, &p, freeCb);
        QVERIFY(watch > 0);
        syncHub();
        QCOMPARE(p.calls.load(), 0); // nothing to read yet
        pipe.write();
        QTRY_COMPARE(p.calls.load(), 1);
        QVERIFY(p.lastEvents & VIR_EVENT_HANDLE_READABLE);
        QVERIFY(p.onHubThread);
        pipe.write();
        QTRY_COMPARE(p.calls.load(), 2);
        QCOMPARE(virEventRemoveHandle(watch), 0);
        QTRY_VERIFY(p.freed.load());
    }

    void hangupIsReported()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        Probe p;
        p.consume = false;
        p.removeInside = true; // a HUP stays pending: remove like libvirt does on EOF
        const int watch = virEventAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, handleCb, &p, freeCb);
        QVERIFY(watch > 0);
        ::close(fds[1]);
        QTRY_COMPARE(p.calls.load(), 1);
        QVERIFY(p.lastEvents & VIR_EVENT_HANDLE_HANGUP);
        QTRY_VERIFY(p.freed.load());
        ::close(fds[0]);
    }

    void updateToZeroStops()
    {
        Pipe pipe;
        Probe p;
        p.consume = false; // level-triggered: keeps firing while data is pending
        const int watch = virEventAddHandle(pipe.fds[0], VIR_EVENT_HANDLE_READABLE, handleCb, &p, freeCb);
        pipe.write();
        QTRY_VERIFY(p.calls.load() >= 3);
        virEventUpdateHandle(watch, 0);
        syncHub();
        const int frozen = p.calls.load();
        runHubFor(50);
        QCOMPARE(p.calls.load(), frozen);
        // … and enabling it again resumes delivery.
        virEventUpdateHandle(watch, VIR_EVENT_HANDLE_READABLE);
        QTRY_VERIFY(p.calls.load() > frozen);
        virEventRemoveHandle(watch);
        QTRY_VERIFY(p.freed.load());
    }

    void removeDefersFree()
    {
        Pipe pipe;
        Probe p;
        p.removeInside = true;
        const int watch = virEventAddHandle(pipe.fds[0], VIR_EVENT_HANDLE_READABLE, handleCb, &p, freeCb);
        QVERIFY(watch > 0);
        pipe.write();
        QTRY_VERIFY(p.freed.load());
        QCOMPARE(p.calls.load(), 1);
        QVERIFY(!p.freedDuringCallback); // ff ran later, on a clean stack …
        QVERIFY(p.freedOnHubThread);     // … on the hub thread
        QCOMPARE(virEventRemoveHandle(watch), -1); // removed once only
        pipe.write();
        runHubFor(20);
        QCOMPARE(p.calls.load(), 1);
    }

    void removeFromOtherThreadMarksAtOnce()
    {
        Pipe pipe;
        Probe p;
        p.consume = false;
        const int watch = virEventAddHandle(pipe.fds[0], VIR_EVENT_HANDLE_READABLE, handleCb, &p, freeCb);
        const int watchesBefore = EventHub::instance()->watchCount();
        QCOMPARE(virEventRemoveHandle(watch), 0);
        QCOMPARE(EventHub::instance()->watchCount(), watchesBefore - 1);
        virEventUpdateHandle(watch, VIR_EVENT_HANDLE_READABLE); // a late update cannot resurrect it
        pipe.write();
        QTRY_VERIFY(p.freed.load());
        runHubFor(20);
        QCOMPARE(p.calls.load(), 0);
    }

    void timeouts_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("minCalls");
        QTest::addColumn<int>("minFirstMs");
        QTest::newRow("disabled (-1)") << -1 << 0 << -1;
        QTest::newRow("every iteration (0)") << 0 << 20 << 0;
        QTest::newRow("50 ms") << 50 << 1 << 45;
    }

    void timeouts()
    {
        QFETCH(int, interval);
        QFETCH(int, minCalls);
        QFETCH(int, minFirstMs);
        Probe p;
        p.clock.start();
        const int id = virEventAddTimeout(interval, timeoutCb, &p, freeCb);
        QVERIFY(id > 0);
        if (minCalls == 0) {
            runHubFor(100);
            QCOMPARE(p.calls.load(), 0);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(p.calls.load() >= minCalls, 5000);
            QVERIFY2(p.firstFireMs >= minFirstMs, qPrintable(QString::number(p.firstFireMs)));
            // Milliseconds, not seconds (prl-disp multiplied by 1000).
            QVERIFY2(p.firstFireMs < 1000, qPrintable(QString::number(p.firstFireMs)));
            QVERIFY(p.onHubThread);
        }
        QCOMPARE(virEventRemoveTimeout(id), 0);
        QTRY_VERIFY(p.freed.load());
        QVERIFY(p.freedOnHubThread);
    }

    void timeoutUpdates()
    {
        Probe p;
        p.clock.start();
        const int id = virEventAddTimeout(-1, timeoutCb, &p, freeCb);
        runHubFor(30);
        QCOMPARE(p.calls.load(), 0);
        virEventUpdateTimeout(id, 10); // enable
        QTRY_VERIFY(p.calls.load() >= 2);
        virEventUpdateTimeout(id, -1); // disable again
        syncHub();
        const int frozen = p.calls.load();
        runHubFor(50);
        QCOMPARE(p.calls.load(), frozen);
        virEventRemoveTimeout(id);
        QTRY_VERIFY(p.freed.load());
    }

    void timeoutRemovedInsideCallbackFreesLater()
    {
        Probe p;
        p.removeInside = true;
        p.clock.start();
        const int id = virEventAddTimeout(0, timeoutCb, &p, freeCb);
        QVERIFY(id > 0);
        QTRY_VERIFY(p.freed.load());
        QCOMPARE(p.calls.load(), 1);
        QVERIFY(!p.freedDuringCallback);
    }
};

QTEST_GUILESS_MAIN(TestEventHub)
#include "tst_eventhub.moc"
