#include "monitorscreenshots.h"
#include "buildmonitor.h"
#include "buildstepmodel.h"
#include "failurepanel.h"

#include "widgets/buildmonitor/buildmonitorpanel.h"
#include "widgets/mainwindow.h"
#include "widgets/screenshots/screenshotdriver.h"

#include "core/catalog/catalog.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace Kiln::Widgets {

namespace {

// The newest build matching `state` (and `pipeline` when given); 0 if none. A screenshot tour
// may read the catalog directly.
qint64 newestBuild(Core::Catalog &catalog, const QString &pipeline, std::optional<Core::BuildState> state, bool unfinished = false)
{
    Core::BuildFilter f;
    f.pipelineName = pipeline;
    f.unfinishedOnly = unfinished;
    if (state)
        f.states << *state;
    f.limit = 1;
    auto rows = catalog.builds().list(f);
    return rows && !rows->isEmpty() ? rows->constFirst().id : 0;
}

} // namespace

void MonitorScreenshots::addSteps(ScreenshotDriver &driver, MainWindow &w, Core::Catalog &catalog)
{
    Core::Catalog *c = &catalog;
    BuildMonitorPanel *panel = w.buildMonitor();
    driver.addStep(QStringLiteral("30-build-monitor-history"), [&w, c, panel] {
        w.showBuild(newestBuild(*c, QStringLiteral("web"), Core::BuildState::Succeeded));
        panel->monitor()->tabs()->setCurrentIndex(BuildMonitor::HistoryTab);
    }, 2000);
    driver.addStep(QStringLiteral("31-build-monitor-failed"), [&w, c, panel] {
        w.showBuild(newestBuild(*c, QStringLiteral("broken"), Core::BuildState::Failed));
        // As a user would next: show the failing step's output.
        QTimer::singleShot(1200, panel, [panel] { panel->monitor()->failurePanel()->showStepButton()->click(); });
    }, 2200);
    // take.sh starts a build once 31 is written; follow it as soon as it shows up.
    driver.addStep(QStringLiteral("32-build-monitor-live"), [&w, c, panel] {
        auto *poll = new QTimer(panel);
        poll->setInterval(200);
        QObject::connect(poll, &QTimer::timeout, panel, [&w, c, poll] {
            if (const qint64 id = newestBuild(*c, QStringLiteral("web"), std::nullopt, true)) {
                w.showBuild(id);
                poll->deleteLater();
            }
        });
        poll->start();
        panel->monitor()->tabs()->setCurrentIndex(BuildMonitor::OutputTab);
    }, 9000);
}

} // namespace Kiln::Widgets
