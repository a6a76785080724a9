// Benchmark (not a test): the log view takes 100,000 lines/s for 10 s with no event-loop stall
// above 50 ms. A producer thread appends to a LogSink at the target rate (in 1 ms batches); the
// LogView shows it; a 16 ms probe timer on the GUI thread measures stalls.
// Prints the worst and 99th-percentile stall, lines shown and skipped, feed ticks.
// Usage: bench_logview [LINES_PER_SECOND=100000] [SECONDS=10]    (QT_QPA_PLATFORM=offscreen)
#include "core/log/logmodel.h"
#include "core/log/logsink.h"
#include "widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace Kiln;

namespace {
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}
double loadAverage()
{
    double load = -1;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = -1;
        std::fclose(f);
    }
    return load;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 10;
    const bool verbose = qEnvironmentVariableIsSet("KILN_BENCH_VERBOSE");

    QTemporaryDir dir;
    Core::LogSink sink;
    if (auto opened = sink.open(dir.filePath(QStringLiteral("bench.log"))); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Widgets::LogView view;
    view.resize(1000, 700);
    view.setSource(&sink);
    view.show();

    // The probe: gaps between 16 ms ticks (wall clock), and how much of each gap the GUI thread
    // itself was busy (its CPU time): on a loaded machine the difference is other processes.
    QList<qint64> stalls;
    QList<qint64> ownStalls;
    QElapsedTimer probeClock;
    qint64 lastCpu = 0;
    QTimer probe;
    probe.setInterval(16);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = probeClock.restart();
        const qint64 cpu = threadCpuMs();
        stalls.append(qMax<qint64>(0, gap - 16));
        ownStalls.append(qMax<qint64>(0, qMin(gap - 16, cpu - lastCpu)));
        lastCpu = cpu;
        if (verbose && gap > 50)
            std::printf("  stall %lld ms at %lld rows, tick %lld, chunk %lld, interval %d\n", gap - 16,
                        qint64(view.model()->rowCount()), view.feed()->ticks(), qint64(view.feed()->chunkBytes()),
                        view.feed()->intervalMs());
    });

    std::atomic<qint64> produced{0};
    std::atomic<bool> stop{false};
    std::thread producer;
    QElapsedTimer clock;
    QTimer::singleShot(200, [&] { // let the window settle first
        probeClock.start();
        lastCpu = threadCpuMs();
        probe.start();
        clock.start();
        producer = std::thread([&] {
            const qint64 total = qint64(rate) * seconds;
            QElapsedTimer t;
            t.start();
            qint64 n = 0;
            QByteArray batch;
            while (n < total && !stop) {
                // Catch up with the schedule: lines due by now.
                const qint64 due = qMin(total, t.nsecsElapsed() * rate / 1000000000);
                batch.clear();
                for (; n < due; ++n)
                    batch += "step output line " + QByteArray::number(n) + " ............................................\n";
                if (!batch.isEmpty())
                    sink.append(batch);
                produced = n;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            sink.close();
        });
    });
    QObject::connect(view.feed(), &Core::LogFeed::finished, &app, [&] {
        probe.stop();
        QCoreApplication::quit();
    });
    QTimer::singleShot((seconds + 120) * 1000, &app, [&] {
        std::fprintf(stderr, "timed out\n");
        stop = true;
        QCoreApplication::exit(2);
    });
    const int rc = app.exec();
    if (producer.joinable())
        producer.join();
    const qint64 elapsed = clock.elapsed();

    std::sort(stalls.begin(), stalls.end());
    std::sort(ownStalls.begin(), ownStalls.end());
    const qint64 worst = stalls.isEmpty() ? 0 : stalls.last();
    const qint64 p99 = stalls.isEmpty() ? 0 : stalls[qsizetype(stalls.size() * 0.99)];
    const qint64 ownWorst = ownStalls.isEmpty() ? 0 : ownStalls.last();
    const qint64 ownP99 = ownStalls.isEmpty() ? 0 : ownStalls[qsizetype(ownStalls.size() * 0.99)];
    const Core::LogModel *model = view.model();
    std::printf("bench_logview: offered %d lines/s for %d s (%lld lines, %lld bytes)\n", rate, seconds,
                qint64(produced), sink.totalBytes());
    std::printf("  shown: %lld lines (%lld still in the view, the oldest %lld trimmed by the cap), %lld bytes skipped by the view\n",
                model->totalLines(), qint64(model->rowCount()), model->trimmedLines(), view.feed()->skippedBytes());
    std::printf("  drained %.1f s after the producer started (%.0f lines/s shown)\n", elapsed / 1000.0,
                model->totalLines() * 1000.0 / qMax<qint64>(1, elapsed));
    std::printf("  event-loop stall (wall clock): worst %lld ms, 99th percentile %lld ms over %lld probes (goal: < 50 ms)\n",
                worst, p99, qint64(stalls.size()));
    std::printf("  of which the GUI thread's own work: worst %lld ms, 99th percentile %lld ms (load average %.1f on %d CPUs)\n",
                ownWorst, ownP99, loadAverage(), std::thread::hardware_concurrency());
    std::printf("  feed: %lld ticks, last chunk %lld bytes, last interval %d ms, %lld discards\n", view.feed()->ticks(),
                qint64(view.feed()->chunkBytes()), view.feed()->intervalMs(), view.feed()->discards());
    const bool shownAll = model->totalLines() == produced && view.feed()->skippedBytes() == 0;
    std::printf("  result: %s (stall %s, %s)\n", rc == 0 && worst < 50 && shownAll ? "PASS" : "FAIL",
                worst < 50 ? "< 50 ms" : ownWorst < 50 ? "over 50 ms wall clock only: the machine is loaded" : "over 50 ms",
                shownAll ? "every line shown" : "some output skipped with a marker");
    return rc;
}
