// Component editor benchmark (issue 6): validation never delays keystrokes. Types into a
// 2,000-line component (and a 10 MB one) through real key events, offscreen, and prints:
//  - keystroke handling time (the GUI thread's cost of one key: insert, revision, debounce,
//    completion lookup),
//  - the worst event-loop stall seen by a 16 ms probe timer while typing and validating,
//  - the apply latency: from the last keystroke to the squiggles and Issues being updated, and
//    the part after the 300 ms debounce (validation off the GUI thread + applying; goal < 200 ms).
// Run: build/tests/bench/bench_editor [--lines N] [--keys N] [--big-mb N]
#include "widgets/common/services.h"
#include "widgets/editor/analysiscontroller.h"
#include "widgets/editor/componenteditor.h"
#include "widgets/editor/componenteditorpanel.h"
#include "widgets/editor/yamleditor.h"
#include "widgets/issues/issuemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Kiln::Widgets;

namespace {

const QByteArray kHeader = "name: bench\ndescription: a long component\nschemaVersion: 1.0\nparameters:\n  - Who:\n"
                          "      type: string\n      default: world\nphases:\n  - name: build\n    steps:\n";

// Steps with unique names (Run0, File1, Get2, …) until the text has `bytes` bytes or `lines` lines.
QByteArray component(int lines, qsizetype bytes = 0)
{
    QByteArray y = kHeader;
    for (int i = 0; bytes > 0 ? y.size() < bytes : y.count('\n') < lines; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 3) {
        case 0:
            y += "      # step " + n + "\n      - name: Run" + n + "\n        action: ExecuteBash\n        onFailure: Continue\n"
                 "        inputs:\n          commands:\n            - echo \"{{ Who }} " + n + "\"\n            - uname -a\n";
            break;
        case 1:
            y += "      - name: File" + n + "\n        action: CreateFile\n        inputs:\n          - path: /tmp/f" + n +
                 "\n            content: '{{ build.Run" + QByteArray::number(i - 1) + ".outputs.stdout }}'\n            permissions: '0644'\n";
            break;
        default:
            y += "      - name: Get" + n + "\n        action: WebDownload\n        maxAttempts: 3\n        inputs:\n"
                 "          - source: https://example.com/" + n + ".tar.gz\n            destination: /tmp/" + n + ".tar.gz\n";
        }
    }
    return y;
}

struct Stats {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double pct(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))];
    }
    double max() { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

// Largest gap between ticks of a 16 ms timer: how long the GUI thread was busy at a stretch.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(16);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_clock.restart();
            m_worst = std::max(m_worst, gap - 16);
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

// Types `keys` characters at `intervalMs` into a command of the document, then waits for the
// analysis of the final text. Returns false on a timeout.
bool typeAndWait(ComponentEditor *e, int keys, int intervalMs, Stats &keyStats, double &applyTotal, double &afterDebounce,
                 double &analysisMs)
{
    YamlEditor *text = e->editor();
    const int line = text->lines() / 2;
    text->setCursorPosition(line, text->text(line).length() - 1);
    int typed = 0;
    QElapsedTimer sinceLast;
    while (typed < keys) {
        QElapsedTimer k;
        k.start();
        QTest::keyClick(text, static_cast<char>('a' + typed % 26));
        keyStats.add(static_cast<double>(k.nsecsElapsed()) / 1e6);
        sinceLast.start();
        ++typed;
        QTest::qWait(intervalMs);
    }
    const quint64 revision = e->analysis()->revision();
    while (!(e->analysis()->isCurrent() && e->analysis()->latest()->revision == revision)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (sinceLast.elapsed() > 180000)
            return false;
    }
    applyTotal = e->analysis()->lastApplyLatencyMs();
    afterDebounce = applyTotal - AnalysisController::kDebounceMs;
    analysisMs = e->analysis()->latest()->elapsedMs;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int lines = 2000, keys = 120, bigMb = 10;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--lines")
            lines = atoi(argv[++i]);
        else if (a == "--keys")
            keys = atoi(argv[++i]);
        else if (a == "--big-mb")
            bigMb = atoi(argv[++i]);
    }
    Services services;
    IssueModel issues;
    ComponentEditorPanel panel(services, &issues);
    panel.resize(1300, 800);
    panel.show();
    StallProbe probe;

    // 1. A 2,000-line component, typed into at 60 ms per key (faster than the debounce: one analysis at the end),
    //    then in bursts with pauses so that analyses run while the user types.
    ComponentEditor *e = panel.newFromTemplate(QStringLiteral("empty"));
    const QByteArray doc = component(lines);
    e->setDocument(QString::fromUtf8(doc), QStringLiteral("bench.yml"));
    while (!e->analysis()->isCurrent())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    std::printf("bench_editor: %d-line component (%lld bytes), first analysis %.1f ms (off the GUI thread)\n", e->editor()->lines(),
                static_cast<long long>(doc.size()), e->analysis()->latest()->elapsedMs);
    double worstAfterDebounce = 0;
    for (int run = 0; run < 5; ++run) {
        Stats keyStats;
        double total = 0, after = 0, analysis = 0;
        probe.start();
        if (!typeAndWait(e, keys / 5, run % 2 ? 60 : 350, keyStats, total, after, analysis)) {
            std::printf("bench_editor: timed out waiting for the analysis\n");
            return 1;
        }
        worstAfterDebounce = std::max(worstAfterDebounce, after);
        std::printf("  typing %s: keystroke p50 %.2f ms p99 %.2f ms max %.2f ms | worst stall %.1f ms | last key → applied %.0f ms "
                    "(debounce %d + %.1f ms: analysis %.1f ms) %s\n",
                    run % 2 ? "at 60 ms/key " : "at 350 ms/key", keyStats.pct(0.5), keyStats.pct(0.99), keyStats.max(), probe.worst(),
                    total, AnalysisController::kDebounceMs, after, analysis, after < 200 ? "OK (< 200 ms)" : "SLOW (goal < 200 ms)");
    }
    std::printf("bench_editor: 2,000 lines: applied at most %.1f ms after the debounce (goal < 200 ms): %s\n", worstAfterDebounce,
                worstAfterDebounce < 200 ? "met" : "NOT met");

    // 2. A large document: loading, then typing while it is validated in the background.
    if (bigMb > 0) {
        const QByteArray big = component(0, static_cast<qsizetype>(bigMb) * 1024 * 1024);
        ComponentEditor *b = panel.newFromTemplate(QStringLiteral("empty"));
        probe.start();
        QElapsedTimer load;
        load.start();
        b->setDocument(QString::fromUtf8(big), QStringLiteral("big.yml"));
        const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;
        while (!b->analysis()->isCurrent())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        std::printf("bench_editor: %.1f MB, %d lines: setText %.0f ms on the GUI thread, analysis %.0f ms off it, "
                    "worst stall while it ran %.0f ms, outline %d steps, large-document mode %s\n",
                    static_cast<double>(big.size()) / 1048576.0, b->editor()->lines(), loadMs, b->analysis()->latest()->elapsedMs,
                    probe.worst(), static_cast<int>(b->analysis()->latest()->outline.empty() ? 0 : b->analysis()->latest()->outline[0].steps.size()),
                    b->editor()->isLargeDocument() ? "on" : "off");
        Stats keyStats;
        double total = 0, after = 0, analysis = 0;
        probe.start();
        if (!typeAndWait(b, 40, 350, keyStats, total, after, analysis)) {
            std::printf("bench_editor: timed out waiting for the analysis of the large document\n");
            return 1;
        }
        std::printf("  typing into it at 350 ms/key (analyses overlap the typing): keystroke p50 %.2f ms max %.2f ms | "
                    "worst stall %.0f ms | last key → applied %.0f ms (analysis %.0f ms)\n",
                    keyStats.pct(0.5), keyStats.max(), probe.worst(), total, analysis);
    }
    for (int i = 0; i < panel.count(); ++i)
        panel.editorAt(i)->editor()->setModified(false);
    return 0;
}
