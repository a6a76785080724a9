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
#include <thread>

using namespace Kiln;

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

    // The probe: gaps between 16 ms ticks.
    QList<qint64> stalls;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(16);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = probeClock.restart();
        stalls.append(qMax<qint64>(0, gap - 16));
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
    const qint64 worst = stalls.isEmpty() ? 0 : stalls.last();
    const qint64 p99 = stalls.isEmpty() ? 0 : stalls[qsizetype(stalls.size() * 0.99)];
    const Core::LogModel *model = view.model();
    std::printf("bench_logview: offered %d lines/s for %d s (%lld lines, %lld bytes)\n", rate, seconds,
                qint64(produced), sink.totalBytes());
    std::printf("  shown: %lld lines (%lld still in the view, the oldest %lld trimmed by the cap), %lld bytes skipped by the view\n",
                model->totalLines(), qint64(model->rowCount()), model->trimmedLines(), view.feed()->skippedBytes());
    std::printf("  drained %.1f s after the producer started (%.0f lines/s shown)\n", elapsed / 1000.0,
                model->totalLines() * 1000.0 / qMax<qint64>(1, elapsed));
    std::printf("  event-loop stall: worst %lld ms, 99th percentile %lld ms over %lld probes (goal: < 50 ms)\n", worst, p99,
                qint64(stalls.size()));
    std::printf("  feed: %lld ticks, last chunk %lld bytes, last interval %d ms, %lld discards\n", view.feed()->ticks(),
                qint64(view.feed()->chunkBytes()), view.feed()->intervalMs(), view.feed()->discards());
    std::printf("  result: %s\n", rc == 0 && worst < 50 ? "PASS" : "FAIL");
    return rc;
}
