// bench_pipeline's VM-level figures (see bench_pipeline.cpp): the event latency and the agent
// channel's raw throughput, with a tinyos VM whose seed's kiln/kiln-agent is a shell script.

#include "bench_pipeline.h"

#include "core/build/buildcontext.h"
#include "core/log/logsink.h"
#include "core/virt/awaitresult.h"
#include "core/virt/domainstream.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include "e2esupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace BenchPipeline {

namespace {

// ---- latency ------------------------------------------------------------------------------

// A tinyos VM whose seed's kiln/kiln-agent is a shell script, on the runner's path: libvirt
// stream → LogSink (file + queue) → dataAvailable on this thread.
class ScriptVm
{
public:
    ScriptVm(const QString &name, const QByteArray &script)
        : m_conn(g_uri), m_storage(&m_conn, storagePoolConfig(g_uri, kPool)), m_domains(&m_conn)
    {
        if (!awaitResult(m_storage.ensurePool()))
            die(u"pool"_s);
        const QString dir = g_work->filePath(name + u"-seed"_s);
        QDir().mkpath(dir + u"/kiln"_s);
        writeFile(dir + u"/meta-data"_s, "instance-id: iid-" + name.toUtf8() + "\n");
        writeFile(dir + u"/user-data"_s, "#cloud-config\n");
        writeFile(dir + u"/kiln/kiln-agent"_s, script);
        QFile::setPermissions(dir + u"/kiln/kiln-agent"_s, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const QString iso = g_work->filePath(name + u"-seed.iso"_s);
        E2e::run(u"xorriso"_s, {u"-as"_s, u"mkisofs"_s, u"-quiet"_s, u"-o"_s, iso, u"-V"_s, u"cidata"_s, u"-J"_s, u"-R"_s, dir});
        const BaseVolume base = *awaitResult(m_storage.ensureBaseImage(g_fixture + u"/tinyos.qcow2"_s));
        const BaseVolume kernel = *awaitResult(m_storage.ensureBaseImage(g_fixture + u"/vmlinux"_s));
        const BaseVolume initrd = *awaitResult(m_storage.ensureBaseImage(g_fixture + u"/initrd.img"_s));
        m_seedName = ResourceName::make(u"benchrun"_s, name + u"seed"_s, u".iso"_s);
        m_overlayName = ResourceName::make(u"benchrun"_s, name, u".qcow2"_s);
        const VolumeInfo seed = *awaitResult(m_storage.uploadVolume(iso, m_seedName));
        if (!awaitResult(m_storage.createOverlay(m_overlayName, base.volume.name, 0, u"qcow2"_s)))
            die(u"overlay"_s);
        m_spec.name = ResourceName::make(u"benchrun"_s, name);
        m_spec.memoryMiB = 256;
        m_spec.kernel = kernel.volume.path;
        m_spec.initrd = initrd.volume.path;
        m_spec.cmdline = QString::fromUtf8(readFile(g_fixture + u"/cmdline"_s)).trimmed();
        m_spec.disk = {kPool, m_overlayName};
        m_spec.seed = {kPool, seed.name};

        LogSink::Options o;
        o.flushIntervalMs = 100;
        m_sink.open(g_work->filePath(name + u"-channel.log"_s), o);
        m_relay = std::make_shared<Relay>();
        m_relay->s = &m_sink;
        QObject::connect(&m_sink, &LogSource::dataAvailable, &m_sink, [this] {
            for (LogChunk c = m_sink.takeChunk(1 << 20); !c.data.isEmpty(); c = m_sink.takeChunk(1 << 20)) {
                m_bytes += c.data.size();
                m_tail = QByteArray(m_tail + c.data).right(4096); // what the waits look for: the end of the stream
                m_lines += c.data.count('\n');
            }
        }, Qt::QueuedConnection);
        if (!awaitResult(m_domains.createTransient(m_spec, true)))
            die(u"create"_s);
        m_channel = *awaitResult(DomainStream::openChannel(&m_conn, m_spec.name, DomainSpec::defaultAgentChannel(), m_relay));
        (void)awaitResult(m_domains.resume(m_spec.name));
    }

    ~ScriptVm()
    {
        (void)awaitResult(m_domains.destroy(m_spec.name));
        for (const QString &v : {m_seedName, m_overlayName})
            (void)awaitResult(m_storage.deleteVolume(v));
    }

    bool waitFor(const QByteArray &needle, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!m_tail.contains(needle) && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return m_tail.contains(needle);
    }
    void send(const QByteArray &line) { m_channel->send(line); }
    void waitStopped() { (void)awaitResult(m_domains.whenStopped(m_spec.name)); }
    qint64 bytes() const { return m_bytes; }
    qint64 lines() const { return m_lines; }
    QByteArray tail() const { return m_tail; }

private:
    struct Relay : ByteSink {
        LogSink *s;
        void append(QByteArrayView b) override { s->append(b); }
    };
    VirtConnection m_conn;
    VirtStorage m_storage;
    VirtDomains m_domains;
    DomainSpec m_spec;
    QString m_seedName, m_overlayName;
    LogSink m_sink;
    std::shared_ptr<Relay> m_relay;
    std::shared_ptr<DomainStream> m_channel;
    QByteArray m_tail;
    qint64 m_bytes = 0, m_lines = 0;
};

} // namespace

void benchLatency(int pings)
{
    ScriptVm vm(u"latency"_s, readFile(QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/bench-agent.sh"_s));
    if (!vm.waitFor("agent.hello", 300000))
        die(u"no hello"_s);
    QList<double> rtt;
    for (int i = 1; i <= pings; ++i) {
        QElapsedTimer t;
        t.start();
        vm.send(QByteArray::number(i) + '\n');
        if (!vm.waitFor("pong " + QByteArray::number(i) + '\n', 10000))
            break;
        rtt << double(t.nsecsElapsed()) / 1e6;
    }
    vm.send("quit\n");
    vm.waitStopped();
    std::sort(rtt.begin(), rtt.end());
    std::printf("\n== event latency: guest write → the worker's listener (stream → LogSink → event loop) ==\n");
    std::printf("round trip host → guest echo → host listener, n=%lld: min %.1f ms, median %.1f ms, p95 %.1f ms\n",
                qlonglong(rtt.size()), rtt.value(0), median(rtt), rtt.value(qsizetype(0.95 * double(rtt.size()))));
    std::printf("one way ≤ round trip: goal < 100 ms → %s\n", median(rtt) < 100 ? "met" : "NOT met");
}

// ---- channel --------------------------------------------------------------------------------

// The raw agent channel without the agent: the guest writes `seq 1 N` (prepared in tmpfs) to the
// port with cat (4 KiB writes) and with dd (32 KiB writes, the virtio console's most per call),
// then the same into /dev/null; each timed in the guest (/proc/uptime) and on the host.
void benchChannel(qint64 lines)
{
    const QByteArray script = "#!/bin/sh\n"
                              "exec 3<>\"$KILN_AGENT_PORT\"\n"
                              "seq 1 " + QByteArray::number(lines) + " > /run/flood.txt\n"
                              "up() { cut -d' ' -f1 /proc/uptime; }\n"
                              "echo hello >&3\n"
                              "for how in cat dd null; do\n"
                              "  read -r line <&3\n"
                              "  s=$(up)\n"
                              "  case $how in\n"
                              "    cat) cat /run/flood.txt >&3 ;;\n"
                              "    dd) dd if=/run/flood.txt bs=32k 2>/dev/null >&3 ;;\n"
                              "    null) cat /run/flood.txt > /dev/null ;;\n"
                              "  esac\n"
                              "  e=$(up)\n"
                              "  echo \"guest-done $how $s $e\" >&3\n"
                              "done\n"
                              "read -r line <&3\n"
                              "exec 3>&-\n"
                              "poweroff -f\n";
    ScriptVm vm(u"channel"_s, script);
    if (!vm.waitFor("hello\n", 300000))
        die(u"no hello from the channel VM"_s);
    std::printf("\n== agent channel throughput: `seq 1 %lld` written to the port by a shell script, no agent ==\n", lines);
    static const QRegularExpression done(u"guest-done (\\w+) ([0-9.]+) ([0-9.]+)\n"_s);
    for (const char *how : {"cat", "dd", "null"}) {
        const qint64 bytesBefore = vm.bytes(), linesBefore = vm.lines();
        QElapsedTimer t;
        t.start();
        vm.send("go\n");
        if (!vm.waitFor(QByteArray("guest-done ") + how, 600000))
            die(u"the channel VM did not finish "_s + QLatin1String(how));
        const double hostSeconds = double(t.elapsed()) / 1000;
        const auto m = done.match(QString::fromUtf8(vm.tail()));
        const double guestSeconds = m.hasMatch() ? m.captured(3).toDouble() - m.captured(2).toDouble() : 0;
        const qint64 bytes = vm.bytes() - bytesBefore, got = vm.lines() - linesBefore - 1;
        std::printf("%-4s: guest %.2f s, host %.2f s; %lld lines, %.1f MB on the host → %.0f lines/s, %.2f MB/s (guest time)\n",
                    how, guestSeconds, hostSeconds, got, double(bytes) / 1e6, guestSeconds > 0 ? double(lines) / guestSeconds : 0,
                    guestSeconds > 0 ? double(bytes) / 1e6 / guestSeconds : 0);
        std::fflush(stdout);
    }
    vm.send("quit\n");
    vm.waitStopped();
}

} // namespace BenchPipeline
