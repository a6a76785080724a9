// A real guest end to end: tinyos (tests/fixtures/tinyos) boots by direct kernel boot from pool
// volumes under TCG with a cidata seed whose kiln-agent is a small shell script. It says hello on
// the virtio-serial channel org.kiln.agent.0, waits for a line from the host (the `cancel`
// message), echoes it, streams 2,000 numbered lines, prints to the console and powers off.
// Asserts: every channel line arrives, in order; host → guest bytes arrive; the console stream
// and the serial log file carry the console; the stop is a guest shutdown; nothing is left over.
// Needs scripts/daemons.sh and xorriso (label e2e).

#include "core/virt/awaitresult.h"
#include "core/virt/buffersink.h"
#include "core/virt/domainstream.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include "e2esupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

constexpr int Lines = 2000;

// The guest side: tests/data/virt/e2e-agent.sh (LINES is replaced with the line count).
QByteArray agentScript()
{
    QFile f(QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/e2e-agent.sh"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().replace("@LINES@", QByteArray::number(Lines));
}

} // namespace

class TestVirtTinyosE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        m_fixture = E2e::tinyosDir(&error);
        QVERIFY2(!m_fixture.isEmpty(), qPrintable(error));
        m_conn = std::make_unique<VirtConnection>(E2e::uri());
        Result<void> opened = awaitResult(m_conn->open());
        QVERIFY2(opened, qPrintable(u"libvirtd is not reachable (run scripts/daemons.sh): "_s
                                    + (opened ? QString() : opened.error().message)));
        m_storage = std::make_unique<VirtStorage>(m_conn.get(), E2e::pool());
        QVERIFY(awaitResult(m_storage->ensurePool()));
    }

    void cleanupTestCase()
    {
        if (!m_storage)
            return;
        for (const QString &name : std::as_const(m_volumes))
            (void)awaitResult(m_storage->deleteVolume(name));
        m_storage.reset();
        m_conn.reset();
    }

    void agentChannelAndConsole()
    {
        const QString buildId = u"e2etiny"_s;
        const QString seed = makeSeed();
        QVERIFY(!seed.isEmpty());

        // Everything the VM uses goes through the pool (works the same on a remote host).
        Result<BaseVolume> base = awaitResult(m_storage->ensureBaseImage(m_fixture + u"/tinyos.qcow2"_s));
        QVERIFY2(base, qPrintable(base ? QString() : base.error().message));
        m_volumes.append(base->volume.name);
        const QString kernelFile = QFile::exists(m_fixture + u"/vmlinux"_s) ? u"/vmlinux"_s : u"/vmlinuz"_s;
        const VolumeInfo kernel = upload(m_fixture + kernelFile, ResourceName::make(buildId, u"kernel"_s));
        const VolumeInfo initrd = upload(m_fixture + u"/initrd.img"_s, ResourceName::make(buildId, u"initrd"_s));
        const VolumeInfo seedVolume = upload(seed, ResourceName::make(buildId, u"seed"_s, u".iso"_s));
        QVERIFY(!kernel.path.isEmpty() && !initrd.path.isEmpty() && !seedVolume.path.isEmpty());
        const QString overlayName = ResourceName::make(buildId, u"build"_s, u".qcow2"_s);
        Result<VolumeInfo> overlay = awaitResult(m_storage->createOverlay(overlayName, base->volume.name, 0, u"qcow2"_s));
        QVERIFY2(overlay, qPrintable(overlay ? QString() : overlay.error().message));
        m_volumes.prepend(overlayName);

        DomainSpec spec;
        spec.name = ResourceName::make(buildId, u"build"_s);
        spec.memoryMiB = 256;
        spec.kernel = kernel.path;
        spec.initrd = initrd.path;
        spec.cmdline = QString::fromUtf8(readFile(m_fixture + u"/cmdline"_s)).trimmed();
        spec.disk = {E2e::pool().name, overlayName};
        spec.seed = {E2e::pool().name, seedVolume.name};
        spec.serialLogPath = m_work.filePath(u"serial.log"_s);
        spec.tag = DomainTag::forThisProcess(buildId, u"build"_s);

        VirtDomains domains(m_conn.get());
        QSignalSpy events(m_conn.get(), &VirtConnection::domainEvent);
        QElapsedTimer clock;
        clock.start();
        Result<DomainInfo> created = awaitResult(domains.createTransient(spec, true));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QFuture<Result<int>> stopped = domains.whenStopped(spec.name);

        auto channel = std::make_shared<BufferSink>();
        auto console = std::make_shared<BufferSink>();
        Result<std::shared_ptr<DomainStream>> agent =
            awaitResult(DomainStream::openChannel(m_conn.get(), spec.name, DomainSpec::defaultAgentChannel(), channel));
        QVERIFY2(agent, qPrintable(agent ? QString() : agent.error().message));
        Result<std::shared_ptr<DomainStream>> tty = awaitResult(DomainStream::openConsole(m_conn.get(), spec.name, console));
        QVERIFY2(tty, qPrintable(tty ? QString() : tty.error().message));
        QVERIFY(awaitResult(domains.resume(spec.name)));

        QVERIFY2(channel->waitFor("\"agent.hello\"", 120000),
                 qPrintable(u"no hello; console:\n"_s + QString::fromUtf8(console->data().right(2000))));
        const qint64 helloMs = clock.elapsed();
        (*agent)->send("cancel\n"); // host → guest
        QVERIFY2(channel->waitFor("\"got\":\"cancel\"", 30000), channel->data().constData());

        Result<int> detail = awaitResult(stopped);
        QVERIFY2(detail, qPrintable(detail ? QString() : detail.error().message));
        QCOMPARE(*detail, int(VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN)); // the guest powered off
        const qint64 cycleMs = clock.elapsed();
        qInfo("tinyos: hello after %lld ms, create → poweroff %lld ms", helloMs, cycleMs);

        // Lossless, ordered channel.
        QTRY_VERIFY_WITH_TIMEOUT((*agent)->finished().isFinished(), 10000);
        const QList<QByteArray> lines = channel->data().split('\n');
        int expected = 1;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.startsWith("{\"seq\":" + QByteArray::number(expected) + ','), line.constData());
            ++expected;
        }
        QCOMPARE(expected - 1, Lines);
        const StreamOutcome agentEnd = (*agent)->finished().result();
        QCOMPARE(agentEnd.bytesReceived, channel->data().size());
        QCOMPARE(agentEnd.bytesSent, qint64(7));

        // Console: live stream and durable log.
        QTRY_VERIFY_WITH_TIMEOUT((*tty)->finished().isFinished(), 10000);
        QVERIFY2(console->data().contains("starting kiln-agent"), console->data().right(2000).constData());
        QVERIFY(console->data().contains("e2e-agent: done, powering off"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(spec.serialLogPath).contains("e2e-agent: done, powering off"), 10000);

        QTRY_VERIFY(hasEvent(events, spec.name, VIR_DOMAIN_EVENT_STOPPED));
        Result<DomainStatus> after = awaitResult(domains.status(spec.name));
        QVERIFY(after && !after->exists); // transient + on_poweroff destroy: gone

        // The overlay kept the guest's writes; the base did not change.
        Result<VolumeInfo> used = awaitResult(m_storage->volumeInfo(overlayName));
        QVERIFY(used && used->allocation > overlay->allocation);
        QCOMPARE(E2e::sha256Of(base->volume.path), base->sha256);
    }

private:
    QString makeSeed()
    {
        const QString dir = m_work.filePath(u"seed"_s);
        QDir().mkpath(dir + u"/kiln"_s);
        writeFile(dir + u"/meta-data"_s, "instance-id: iid-e2e-virt\nlocal-hostname: e2e-virt\n");
        writeFile(dir + u"/user-data"_s, "#cloud-config\n");
        const QString agent = dir + u"/kiln/kiln-agent"_s;
        const QByteArray script = agentScript();
        if (script.isEmpty())
            return {};
        writeFile(agent, script);
        QFile::setPermissions(agent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                         | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QString iso = m_work.filePath(u"seed.iso"_s);
        const E2e::Run r = E2e::run(u"xorriso"_s, {u"-as"_s, u"mkisofs"_s, u"-quiet"_s, u"-o"_s, iso, u"-V"_s,
                                                   u"cidata"_s, u"-J"_s, u"-R"_s, dir});
        if (r.exitCode != 0) {
            qWarning("xorriso failed: %s", r.output.constData());
            return {};
        }
        return iso;
    }

    VolumeInfo upload(const QString &file, const QString &name)
    {
        Result<VolumeInfo> v = awaitResult(m_storage->uploadVolume(file, name));
        if (!v) {
            qWarning("upload of %s failed: %s", qPrintable(file), qPrintable(v.error().message));
            return {};
        }
        m_volumes.append(name);
        return *v;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool hasEvent(const QSignalSpy &spy, const QString &name, int event)
    {
        for (const QList<QVariant> &args : spy) {
            const auto ev = args.at(0).value<DomainEvent>();
            if (ev.name == name && ev.event == event)
                return true;
        }
        return false;
    }

    QTemporaryDir m_work;
    QString m_fixture;
    std::unique_ptr<VirtConnection> m_conn;
    std::unique_ptr<VirtStorage> m_storage;
    QStringList m_volumes;
};

QTEST_GUILESS_MAIN(TestVirtTinyosE2e)
#include "tst_virt_tinyos_e2e.moc"
