// Benchmark (not a test): 100,000 output lines/s from a step reach the log file without loss.
// A producer thread appends lines at the target rate (in 1 ms batches, like a stream callback)
// while a listener drains the queue slowly; afterwards the file is read back and every line
// checked. Prints the rate achieved, bytes verified, and what the listener queue dropped.
// Also measures the raw append throughput with one line per append() call.
// Usage: bench_logsink [LINES_PER_SECOND=100000] [SECONDS=10]
#include "core/log/logsink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Kiln;

namespace {

QByteArray lineFor(qint64 n)
{
    return "step output line " + QByteArray::number(n) + " ..........................................\n";
}

// Reads the file back: every line present, in order.
bool verify(const QString &path, qint64 lines, qint64 *bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *bytes = 0;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line != lineFor(n)) {
            std::fprintf(stderr, "line %lld differs: %s\n", n, line.constData());
            return false;
        }
        *bytes += line.size();
        ++n;
    }
    return n == lines;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 10;
    QTemporaryDir dir;
    bool ok = true;

    // 1. The target rate, paced, with a slow listener.
    {
        const QString path = dir.filePath(QStringLiteral("paced.log"));
        Core::LogSink sink;
        if (!sink.open(path)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        qint64 taken = 0;
        QTimer listener; // takes 64 KiB every 50 ms: slower than the producer
        QObject::connect(&listener, &QTimer::timeout, [&] { taken += sink.takeChunk(64 * 1024).data.size(); });
        listener.start(50);
        const qint64 total = qint64(rate) * seconds;
        QElapsedTimer clock;
        clock.start();
        std::thread producer([&] {
            qint64 n = 0;
            QByteArray batch;
            while (n < total) {
                const qint64 due = qMin(total, clock.nsecsElapsed() * rate / 1000000000);
                batch.clear();
                for (; n < due; ++n)
                    batch += lineFor(n);
                if (!batch.isEmpty())
                    sink.append(batch);
                std::this_thread::sleep_for(std::chrono::microseconds(1000));
            }
            QMetaObject::invokeMethod(&app, [&] { sink.close(); QCoreApplication::quit(); }, Qt::QueuedConnection);
        });
        app.exec();
        producer.join();
        const double secs = clock.nsecsElapsed() / 1e9;
        qint64 bytes = 0;
        const bool complete = verify(path, total, &bytes);
        ok = ok && complete && bytes == sink.totalBytes();
        std::printf("bench_logsink paced: %lld lines in %.2f s = %.0f lines/s (target %d), file verified: %s, %lld bytes\n",
                    total, secs, total / secs, rate, complete ? "every line present, in order" : "LOSS", bytes);
        std::printf("  listener took %lld bytes; the bounded queue dropped %lld bytes (the file has them all)\n", taken,
                    sink.droppedPendingBytes());
    }

    // 2. Raw throughput: one append() per line, as fast as possible, 4 threads.
    {
        const QString path = dir.filePath(QStringLiteral("raw.log"));
        Core::LogSink sink;
        if (!sink.open(path))
            return 1;
        constexpr int kThreads = 4;
        const qint64 perThread = qint64(rate) * seconds / kThreads;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> producers;
        for (int t = 0; t < kThreads; ++t)
            producers.emplace_back([&] {
                const QByteArray line = lineFor(0);
                for (qint64 i = 0; i < perThread; ++i)
                    sink.append(line);
            });
        for (auto &p : producers)
            p.join();
        sink.close();
        const double secs = clock.nsecsElapsed() / 1e9;
        const qint64 lines = perThread * kThreads;
        const bool complete = QFile(path).size() == lines * lineFor(0).size();
        ok = ok && complete;
        std::printf("bench_logsink raw: %lld single-line appends from %d threads in %.2f s = %.0f lines/s, "
                    "file size %s\n", lines, kThreads, secs, lines / secs, complete ? "complete" : "WRONG");
    }
    std::printf("  result: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
