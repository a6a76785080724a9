// bench_gui_startup: how fast Kiln's window comes up on a big catalog, and how the images view
// scrolls through 100,000 versions without loading them all. Prints figures; not a test.
//   bench_gui_startup [--versions N]     (default 100000)
// Goals (issue 5): window shown < 500 ms after start with a 100,000-version catalog; the images
// view loads pages only as it scrolls.
#include "core/catalog/catalog.h"
#include "widgets/common/services.h"
#include "widgets/mainwindow.h"
#include "widgets/models/imagecatalogmodel.h"
#include "widgets/panels/imagespanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Kiln;

static QElapsedTimer processClock;

int main(int argc, char **argv)
{
    processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8()); // no saved layout
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KilnBench"));
    int versions = 100000;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--versions"))); i > 0 && i + 1 < args.size())
        versions = args.at(i + 1).toInt();

    // 1. A catalog with `versions` versions of one image plus a few other names (not timed as startup).
    QElapsedTimer t;
    t.start();
    {
        auto catalog = Core::Catalog::open(Core::Home(home.path()));
        if (!catalog) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(catalog.error().message));
            return 1;
        }
        QFuture<Core::Result<Core::Stored<Core::ImageRow>>> last;
        auto add = [&](const QString &name, int major, int minor, int patch) {
            Core::NewImportedImage i;
            i.name = name;
            i.version = {major, minor, patch};
            i.diskPath = QStringLiteral("/nonexistent/%1-%2.qcow2").arg(name).arg(patch);
            i.ownsDisk = false;
            i.format = QStringLiteral("qcow2");
            i.virtualSize = 1 << 30;
            i.actualSize = 1 << 20;
            i.sha256 = QString::number(major * 1000003 + minor * 1009 + patch, 16).rightJustified(64, u'0');
            last = (*catalog)->images().registerImport(i);
        };
        for (int n = 0; n < versions; ++n)
            add(QStringLiteral("big"), n / 10000, (n / 100) % 100, n % 100);
        for (const char *name : {"alpine", "debian", "fedora", "ubuntu"})
            for (int v = 0; v < 5; ++v)
                add(QString::fromLatin1(name), 1, v, 0);
        last.waitForFinished();
        (*catalog)->flush().waitForFinished();
    }
    std::printf("catalog: %d versions of 'big' + 20 others written in %.1f s\n", versions, t.elapsed() / 1000.0);

    // 2. Startup as the application does it: open the catalog, build the window, show it.
    t.restart();
    auto catalog = Core::Catalog::open(Core::Home(home.path()));
    const qint64 openMs = t.elapsed();
    Widgets::Services services;
    services.catalog = catalog->get();
    Widgets::MainWindow window(services);
    window.showPanel(QStringLiteral("images"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench: the window was never exposed\n");
        return 1;
    }
    const qint64 shownMs = t.elapsed();
    auto *panel = window.imagesPanel();
    auto *model = panel->model();
    QElapsedTimer firstPage;
    firstPage.start();
    while (model->rowCount() == 0 && firstPage.elapsed() < 30000)
        QTest::qWait(1);
    const qint64 namesMs = t.elapsed();
    std::printf("startup: catalog open %lld ms; window shown %lld ms after the start of startup (open + window + first paint) "
                "[goal < 500 ms]; first page of image names %lld ms\n",
                static_cast<long long>(openMs), static_cast<long long>(shownMs), static_cast<long long>(namesMs));

    // 3. Expand "big" and scroll to its end; count what the model holds on the way.
    QModelIndex big;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == QLatin1String("big"))
            big = model->index(r, 0);
    QTreeView *view = panel->view();
    t.restart();
    view->expand(big);
    while (model->rowCount(big) == 0 && t.elapsed() < 30000)
        QTest::qWait(1);
    std::printf("expand 'big': first %d versions shown in %lld ms; the model holds %d of %d rows\n", model->rowCount(big),
                static_cast<long long>(t.elapsed()), model->loadedEntryCount(), versions + 20);
    // Scroll like a user dragging to the bottom again and again, measuring the worst stall.
    qint64 worstStall = 0;
    QElapsedTimer probe;
    probe.start();
    QTimer probeTimer;
    probeTimer.setInterval(16);
    QObject::connect(&probeTimer, &QTimer::timeout, [&] {
        worstStall = std::max(worstStall, probe.restart() - 16);
    });
    probeTimer.start();
    t.restart();
    int halfwayLoaded = -1;
    while (model->rowCount(big) < versions && t.elapsed() < 600000) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTest::qWait(5);
        if (halfwayLoaded < 0 && model->rowCount(big) >= versions / 2)
            halfwayLoaded = model->loadedEntryCount();
    }
    probeTimer.stop();
    std::printf("scrolled through %d versions in %.2f s with %d page fetches (%d rows per page); rows held at the halfway "
                "point: %d; worst event-loop stall while scrolling: %lld ms\n",
                model->rowCount(big), t.elapsed() / 1000.0, model->fetchCount(), model->pageSize(), halfwayLoaded,
                static_cast<long long>(worstStall));
    return model->rowCount(big) == versions ? 0 : 1;
}
