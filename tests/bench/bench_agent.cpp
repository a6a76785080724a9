// Benchmark of kiln-agent (prints figures, asserts nothing):
//  1. flood: a step writes N MB (default 100) of 88-byte lines; the agent streams them to a unix
//     socket read by a plain reader thread (no parsing): agent wall time, MB/s and lines/s;
//  2. the host's AgentEventParser over the same captured stream: MB/s;
//  3. latency: a step prints its clock 20 times, 100 ms apart; time until the bytes reach the reader.
#include "core/log/agenteventparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A unix socket server that accepts one connection and keeps every byte, with arrival times.
class RawReader
{
public:
    explicit RawReader(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()) + 1);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::listen(m_fd, 1);
        m_thread = std::thread([this] {
            const int c = ::accept(m_fd, nullptr, nullptr);
            std::vector<char> buf(1 << 20);
            while (c >= 0) {
                const ssize_t n = ::read(c, buf.data(), buf.size());
                if (n <= 0)
                    break;
                std::lock_guard lock(m_mutex);
                m_chunks.push_back({nowNs(), QByteArray(buf.data(), n)});
            }
            if (c >= 0)
                ::close(c);
        });
    }
    ~RawReader()
    {
        m_thread.join();
        ::close(m_fd);
    }
    void join() { m_thread.join(); m_thread = std::thread([] {}); }
    struct Chunk {
        qint64 ns;
        QByteArray bytes;
    };
    std::vector<Chunk> chunks()
    {
        std::lock_guard lock(m_mutex);
        return m_chunks;
    }

private:
    int m_fd = -1;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<Chunk> m_chunks;
};

QByteArray plan(const QString &dir, const QByteArray &script)
{
    const QByteArray doc = "name: bench\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                           "      - name: Bench\n        action: ExecuteBash\n        inputs:\n          commands:\n"
                           "            - |\n              "
                           + script + "\n";
    write(dir + QStringLiteral("/kiln/documents/bench.yml"), doc);
    const QByteArray json = "{\"version\":1,\"planId\":\"bench\",\"documents\":[{\"file\":\"documents/bench.yml\",\"name\":\"bench\"}],"
                            "\"workingDirectory\":\"" + dir.toUtf8() + "/work\",\"logDirectory\":\"" + dir.toUtf8()
                            + "/logs\",\"stateDirectory\":\"" + dir.toUtf8() + "/state\"}";
    write(dir + QStringLiteral("/kiln/plan.json"), json);
    return json;
}

qint64 runAgent(const QString &dir)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(QStringLiteral(KILN_AGENT_BINARY), {QStringLiteral("--plan"), dir + QStringLiteral("/kiln/plan.json"),
                                                QStringLiteral("--port"), dir + QStringLiteral("/host.sock"),
                                                QStringLiteral("--no-shutdown")});
    p.waitForFinished(-1);
    return clock.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    const qint64 bytes = qint64(megabytes) * 1000 * 1000;
    const QByteArray line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789abcdefghijk";

    {
        QTemporaryDir dir;
        plan(dir.path(), "yes " + line + " | head -c " + QByteArray::number(bytes));
        RawReader reader(dir.filePath(QStringLiteral("host.sock")));
        const qint64 ms = runAgent(dir.path());
        reader.join();
        QByteArray stream;
        for (const auto &c : reader.chunks())
            stream += c.bytes;
        std::printf("flood: %d MB of step output (%lld lines) through kiln-agent in %lld ms: %.1f MB/s, %.0f lines/s; "
                    "%lld bytes on the channel\n",
                    megabytes, bytes / (line.size() + 1), ms, double(bytes) / 1000.0 / double(ms),
                    double(bytes / (line.size() + 1)) * 1000.0 / double(ms), qint64(stream.size()));
        QElapsedTimer parse;
        parse.start();
        Kiln::Core::AgentEventParser parser;
        qint64 events = 0, output = 0;
        for (qsizetype at = 0; at < stream.size(); at += 1 << 20) {
            const auto batch = parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1 << 20, stream.size() - at)));
            events += batch.events.size();
            for (const auto &e : batch.events)
                output += e.chunk.size();
        }
        const qint64 parseMs = std::max<qint64>(1, parse.elapsed());
        std::printf("host AgentEventParser over that stream: %lld events in %lld ms: %.1f MB/s (%lld output characters, "
                    "%lld issues)\n",
                    events, parseMs, double(stream.size()) / 1000.0 / double(parseMs), output, parser.badLines());
    }
    {
        QTemporaryDir dir;
        plan(dir.path(), "for i in $(seq 20); do date +%s%N; sleep 0.1; done");
        RawReader reader(dir.filePath(QStringLiteral("host.sock")));
        runAgent(dir.path());
        reader.join();
        std::vector<double> latencies;
        for (const auto &c : reader.chunks()) {
            for (const QByteArray &l : c.bytes.split('\n')) {
                const qsizetype at = l.indexOf("\"chunk\":\"");
                if (at < 0 || !l.contains("\"step.output\""))
                    continue;
                const qint64 stamp = l.mid(at + 9, 19).toLongLong();
                if (stamp > 0)
                    latencies.push_back(double(c.ns - stamp) / 1e6);
            }
        }
        std::sort(latencies.begin(), latencies.end());
        if (!latencies.empty())
            std::printf("latency step write → host reader: %zu samples, median %.2f ms, max %.2f ms\n", latencies.size(),
                        latencies[latencies.size() / 2], latencies.back());
    }
    return 0;
}
