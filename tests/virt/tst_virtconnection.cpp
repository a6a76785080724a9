// VirtConnection against libvirt's in-process test driver: opening, error plumbing, the worker
// threads, lifecycle events as hints and "wait until the domain stops".

#include "core/virt/awaitresult.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virthandles.h"
#include "core/virt/virterror.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <libvirt/virterror.h>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

const QString TestUri = u"test:///default"_s;

QString testDomainXml(const QString &name)
{
    return uR"(<domain type='test'>
  <name>%1</name>
  <memory unit='MiB'>64</memory>
  <os><type arch='x86_64'>hvm</type></os>
</domain>)"_s.arg(name);
}

Result<QString> createTransient(VirtConnection &conn, const QString &name)
{
    const QString xml = testDomainXml(name);
    return awaitResult(conn.run<QString>([xml](virConnectPtr c, JobControl &) -> Result<QString> {
        DomainHandle dom(virDomainCreateXML(c, xml.toUtf8().constData(), 0));
        if (!dom)
            return Kiln::unexpected(lastVirtError(u"create"_s));
        return QString::fromUtf8(virDomainGetName(dom.get()));
    }));
}

Result<void> destroy(VirtConnection &conn, const QString &name)
{
    return awaitResult(conn.run<void>([name](virConnectPtr c, JobControl &) -> Result<void> {
        DomainHandle dom(virDomainLookupByName(c, name.toUtf8().constData()));
        if (!dom || virDomainDestroy(dom.get()) < 0)
            return Kiln::unexpected(lastVirtError(u"destroy"_s));
        return {};
    }));
}

} // namespace

class TestVirtConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openAndClose()
    {
        VirtConnection conn(TestUri);
        QVERIFY(!conn.isOpen());
        Result<void> opened = awaitResult(conn.open());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(conn.isOpen());
        QVERIFY(awaitResult(conn.close()));
        QVERIFY(!conn.isOpen());
        // A later request opens it again.
        QVERIFY(awaitResult(conn.open()));
        QVERIFY(conn.isOpen());
    }

    void badUriGivesClearError_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown scheme") << u"bogus:///nowhere"_s << u"bogus:///nowhere"_s;
        QTest::newRow("missing socket") << u"qemu+unix:///system?socket=/nonexistent/kiln.sock"_s
                                        << u"/nonexistent/kiln.sock"_s;
        QTest::newRow("missing test file") << u"test:///nonexistent/kiln-testdriver.xml"_s
                                           << u"/nonexistent/kiln-testdriver.xml"_s;
    }

    void badUriGivesClearError()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        VirtConnection conn(uri);
        Result<void> opened = awaitResult(conn.open());
        QVERIFY(!opened);
        const Error &e = opened.error();
        QVERIFY2(e.message.startsWith(u"Cannot connect to libvirt at "_s + uri), qPrintable(e.message));
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(e.code.startsWith(u"libvirt-"_s), qPrintable(e.code));
        QVERIFY(!conn.isOpen());
        // A job on a connection that cannot open fails with the same reason instead of running.
        bool ran = false;
        Result<int> r = awaitResult(conn.run<int>([&ran](virConnectPtr, JobControl &) -> Result<int> {
            ran = true;
            return 1;
        }));
        QVERIFY(!r);
        QVERIFY(!ran);
        QVERIFY(r.error().message.contains(expected));
    }

    void libvirtErrorsAreCopiedInTheFailingThread()
    {
        VirtConnection conn(TestUri);
        Result<void> r = awaitResult(conn.run<void>([](virConnectPtr c, JobControl &) -> Result<void> {
            DomainHandle dom(virDomainLookupByName(c, "kiln-no-such-domain"));
            if (!dom)
                return Kiln::unexpected(lastVirtError(u"Cannot find the domain"_s));
            return {};
        }));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"not-found"_s);
        QVERIFY(isNotFoundError(r.error()));
        QVERIFY2(r.error().message.startsWith(u"Cannot find the domain: "_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.size() > u"Cannot find the domain: "_s.size(), qPrintable(r.error().message));
        // … and reset: the next successful call sees no stale error.
        Result<bool> clean = awaitResult(conn.run<bool>([](virConnectPtr, JobControl &) -> Result<bool> {
            return virGetLastError() == nullptr;
        }));
        QVERIFY(clean && *clean);
    }

    void jobsRunOnWorkerThreads()
    {
        VirtConnection conn(TestUri);
        auto threadName = [](virConnectPtr, JobControl &) -> Result<QString> {
            return QThread::currentThread()->objectName();
        };
        Result<QString> control = awaitResult(conn.run<QString>(threadName));
        QVERIFY(control);
        QCOMPARE(*control, u"virt worker"_s);
        Result<QString> transfer = awaitResult(conn.run<QString>(threadName, VirtConnection::Lane::Transfer));
        QVERIFY(transfer);
        QCOMPARE(*transfer, u"virt transfer"_s);
    }

    void lifecycleEventsArriveAsSignals()
    {
        VirtConnection conn(TestUri);
        QSignalSpy spy(&conn, &VirtConnection::domainEvent);
        QVERIFY(awaitResult(conn.open()));
        const QString name = u"kiln-test-lifecycle"_s;
        Result<QString> created = createTransient(conn, name);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto seen = [&spy, &name](int event) {
            for (const QList<QVariant> &args : spy) {
                const auto ev = args.at(0).value<DomainEvent>();
                if (ev.name == name && ev.event == event)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(seen(VIR_DOMAIN_EVENT_STARTED));
        QVERIFY(destroy(conn, name));
        QTRY_VERIFY(seen(VIR_DOMAIN_EVENT_STOPPED));
        const auto last = spy.last().at(0).value<DomainEvent>();
        QCOMPARE(last.detail, int(VIR_DOMAIN_EVENT_STOPPED_DESTROYED));
        QCOMPARE(last.describe(), u"stopped (destroyed)"_s);
        QCOMPARE(last.uuid.size(), 36);
    }

    void whenDomainStopped()
    {
        VirtConnection conn(TestUri);
        const QString name = u"kiln-test-wait"_s;
        QVERIFY(createTransient(conn, name));
        QFuture<Result<int>> stopped = conn.whenDomainStopped(name);
        QVERIFY(awaitResult(conn.open())); // the waiter is registered once this ran
        QVERIFY(!stopped.isFinished());
        QVERIFY(destroy(conn, name));
        QTRY_VERIFY(stopped.isFinished());
        Result<int> detail = stopped.result();
        QVERIFY(detail);
        QCOMPARE(*detail, int(VIR_DOMAIN_EVENT_STOPPED_DESTROYED));

        // A domain that does not exist (any more) resolves at once.
        Result<int> gone = awaitResult(conn.whenDomainStopped(name));
        QVERIFY(gone);
        QCOMPARE(*gone, -1);
    }

    void waitersFailWhenClosed()
    {
        VirtConnection conn(TestUri);
        const QString name = u"kiln-test-close"_s;
        QVERIFY(createTransient(conn, name));
        QFuture<Result<int>> stopped = conn.whenDomainStopped(name);
        QVERIFY(awaitResult(conn.close()));
        QTRY_VERIFY(stopped.isFinished());
        QVERIFY(!stopped.result());
        QVERIFY2(stopped.result().error().message.contains(u"was closed"_s),
                 qPrintable(stopped.result().error().message));
    }

    void destructionFinishesEveryFuture()
    {
        QList<QFuture<Result<int>>> futures;
        {
            VirtConnection conn(TestUri);
            for (int i = 0; i < 50; ++i) {
                futures.append(conn.run<int>([i](virConnectPtr, JobControl &) -> Result<int> {
                    QThread::msleep(1);
                    return i;
                }, i % 2 ? VirtConnection::Lane::Transfer : VirtConnection::Lane::Control));
            }
        }
        for (auto &f : futures) {
            QVERIFY(f.isFinished());
            QCOMPARE(f.resultCount(), 1);
        }
    }

    void sharedConnectionPerUri()
    {
        auto a = VirtConnection::shared(TestUri);
        auto b = VirtConnection::shared(TestUri);
        QCOMPARE(a.get(), b.get());
        auto c = VirtConnection::shared(u"test:///default?other"_s);
        QVERIFY(a.get() != c.get());
    }
};

QTEST_GUILESS_MAIN(TestVirtConnection)
#include "tst_virtconnection.moc"
