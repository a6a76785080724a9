// Benchmark (not a test): the build monitor's whole widget stack under a flooding build — the
// agent prints 100,000 lines/s for 10 s while steps start and end every half second (the step
// table and the timeline update) and the catalog records them, as a build worker would. A
// producer thread writes the event log through a LogSink (file only, flushed every 100 ms like
// the worker's) and the catalog rows; the monitor follows the file with LogTail as it follows a
// real worker. A 16 ms probe timer on the GUI thread measures event-loop stalls (goal < 50 ms).
// Usage: bench_monitor [LINES_PER_SECOND=100000] [SECONDS=10]    (QT_QPA_PLATFORM=offscreen)
#include "widgets/logview.h"
#include "widgets/monitor/buildmonitor.h"
#include "widgets/monitor/buildstepmodel.h"
#include "widgets/monitor/stagelogpane.h"

#include "core/build/buildlogs.h"
#include "core/catalog/catalog.h"
#include "core/log/logmodel.h"
#include "core/log/logsink.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
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
QByteArray timeNow() { return Core::AgentEvent::formatTime(QDateTime::currentDateTimeUtc()).toUtf8(); }
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 10;

    QTemporaryDir dir;
    auto opened = Core::Catalog::open(Core::Home(dir.path()));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Core::Catalog &catalog = **opened;
    Core::NewBuild nb;
    nb.pipelineName = QStringLiteral("bench");
    const qint64 id = catalog.builds().create(nb).result()->id;
    (void)catalog.builds().setState(id, Core::BuildState::Creating).result();
    (void)catalog.builds().setState(id, Core::BuildState::Building).result();
    const Core::BuildLogs logs(catalog.home(), id);
    QDir().mkpath(logs.dir());
    Core::LogSink sink;
    Core::LogSink::Options sinkOptions;
    sinkOptions.maxPendingBytes = 0; // the file only: the monitor reads it as another process would
    sinkOptions.flushIntervalMs = 100;
    if (auto o = sink.open(logs.path(Core::BuildLogs::events()), sinkOptions); !o) {
        std::fprintf(stderr, "%s\n", qPrintable(o.error()));
        return 1;
    }

    QMainWindow window;
    auto *monitor = new Widgets::BuildMonitor(catalog, &window);
    window.setCentralWidget(monitor);
    window.resize(1360, 820);
    window.show();
    monitor->showBuild(id);

    QList<qint64> stalls, ownStalls;
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
    });

    std::atomic<qint64> produced{0};
    std::atomic<int> stepsDone{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> producerDone{false};
    std::thread producer;
    QElapsedTimer clock;
    QTimer::singleShot(500, [&] { // the monitor loaded the build and started following
        probeClock.start();
        lastCpu = threadCpuMs();
        probe.start();
        clock.start();
        producer = std::thread([&] {
            qint64 seq = 0;
            auto event = [&](const QByteArray &body) {
                sink.append(QByteArray("{\"seq\":" + QByteArray::number(++seq) + ",\"t\":\"" + timeNow() + "\"," + body + "}\n"));
            };
            event("\"event\":\"agent.hello\",\"protocol\":1,\"version\":\"bench\",\"boot\":1");
            event("\"event\":\"document.start\",\"document\":\"flood\",\"documentIndex\":0,\"phases\":[\"build\"]");
            const qint64 total = qint64(rate) * seconds;
            QElapsedTimer t;
            t.start();
            qint64 n = 0;
            int step = -1;
            qint64 stepRow = 0;
            QByteArray chunk;
            auto stepContext = [&](int s) -> QByteArray { // not a QStringBuilder of temporaries
                return "\"document\":\"flood\",\"documentIndex\":0,\"phase\":\"build\",\"step\":\"Step" + QByteArray::number(s)
                    + "\",\"stepIndex\":" + QByteArray::number(s);
            };
            while (n < total && !stop) {
                const int wantStep = int(t.elapsed() / 500);
                if (wantStep != step) {
                    if (step >= 0) {
                        event("\"event\":\"step.end\"," + stepContext(step) + ",\"status\":\"success\",\"exitCode\":0,\"duration\":0.5");
                        (void)catalog.builds().finishStep(stepRow, Core::StepStatus::Success, 0).result();
                        ++stepsDone;
                    }
                    step = wantStep;
                    event("\"event\":\"step.start\"," + stepContext(step) + ",\"action\":\"ExecuteBash\"");
                    Core::BuildStepRow row;
                    row.buildId = id;
                    row.stage = QStringLiteral("BUILDING");
                    row.component = QStringLiteral("flood");
                    row.phase = QStringLiteral("build");
                    row.step = QStringLiteral("Step%1").arg(step);
                    row.startedAt = QDateTime::currentDateTimeUtc();
                    stepRow = catalog.builds().addStep(row).result().value_or(0);
                }
                const qint64 due = qMin(total, t.nsecsElapsed() * rate / 1000000000);
                chunk.clear();
                for (; n < due; ++n)
                    chunk += "step output line " + QByteArray::number(n) + " ............................................\\n";
                if (!chunk.isEmpty())
                    event("\"event\":\"step.output\"," + stepContext(step) + ",\"stream\":\"stdout\",\"chunk\":\"" + chunk + "\"");
                produced = n;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            event("\"event\":\"step.end\"," + stepContext(step) + ",\"status\":\"success\",\"exitCode\":0,\"duration\":0.5");
            (void)catalog.builds().finishStep(stepRow, Core::StepStatus::Success, 0).result();
            ++stepsDone;
            event("\"event\":\"run.end\",\"status\":\"success\",\"duration\":" + QByteArray::number(seconds));
            sink.close();
            producerDone = true;
        });
    });
    // The build ends once the producer is done; then the monitor drains and finishes.
    Widgets::LogView *view = nullptr;
    QTimer ender;
    ender.setInterval(100);
    QObject::connect(&ender, &QTimer::timeout, [&] {
        if (!producerDone)
            return;
        ender.stop();
        (void)catalog.builds().setState(id, Core::BuildState::Succeeded);
    });
    ender.start();
    QTimer watcher;
    watcher.setInterval(50);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        view = monitor->outputPane()->view(QStringLiteral("BUILDING"));
        if (view && producerDone && Core::isFinal(monitor->build().state) && view->feed()->isFinished()) {
            probe.stop();
            QCoreApplication::quit();
        }
    });
    watcher.start();
    QTimer::singleShot((seconds + 180) * 1000, &app, [&] {
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
    const qint64 over50 = std::count_if(stalls.cbegin(), stalls.cend(), [](qint64 s) { return s > 50; });
    view = monitor->outputPane()->view(QStringLiteral("BUILDING"));
    const Core::LogModel *model = view ? view->model() : nullptr;
    const Widgets::BuildStepModel::Counts counts = monitor->steps()->counts();
    std::printf("bench_monitor: offered %d lines/s for %d s (%lld lines, %lld bytes of agent events)\n", rate, seconds,
                qint64(produced), sink.totalBytes());
    if (model)
        std::printf("  output view: %lld lines shown (%lld kept, %lld trimmed by the cap), %lld bytes skipped (marker shown)\n",
                    model->totalLines(), qint64(model->rowCount()), model->trimmedLines(), view->feed()->skippedBytes());
    std::printf("  step table: %d steps, %d finished (producer ended %d); timeline BUILDING → %s\n", counts.steps,
                counts.finished, int(stepsDone), qPrintable(Core::buildStateName(monitor->build().state)));
    std::printf("  drained %.1f s after the producer started\n", elapsed / 1000.0);
    std::printf("  event-loop stall (wall clock): worst %lld ms, 99th percentile %lld ms, %lld probes over 50 ms of %lld (goal: none)\n",
                worst, p99, over50, qint64(stalls.size()));
    std::printf("  of which the GUI thread's own work: worst %lld ms, 99th percentile %lld ms (load average %.1f on %d CPUs)\n",
                ownWorst, ownP99, loadAverage(), std::thread::hardware_concurrency());
    if (view)
        std::printf("  feed: %lld ticks, last chunk %lld bytes, last interval %d ms, %lld discards\n", view->feed()->ticks(),
                    qint64(view->feed()->chunkBytes()), view->feed()->intervalMs(), view->feed()->discards());
    const bool stepsRight = counts.finished == int(stepsDone) && counts.steps == int(stepsDone);
    std::printf("  result: %s (stall %s, %s)\n", rc == 0 && worst < 50 && stepsRight ? "PASS" : "FAIL",
                worst < 50 ? "< 50 ms" : ownWorst < 50 ? "over 50 ms wall clock only: the machine is loaded" : "over 50 ms",
                stepsRight ? "every step in the table" : "steps missing from the table");
    return rc;
}
