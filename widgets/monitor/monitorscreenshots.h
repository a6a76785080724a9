#pragma once
// The build monitor's screens in `kiln --screenshots DIR` (tests/screenshots/take.sh): a
// pipeline's history chart, a failed build's failure panel, and a build followed live in the
// middle of BUILDING (take.sh plays a recorded build like its worker while the tour runs).
class QString;

namespace Kiln::Core {
class Catalog;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class MainWindow;
class ScreenshotDriver;

class MonitorScreenshots
{
public:
    static void addSteps(ScreenshotDriver &driver, MainWindow &window, Core::Catalog &catalog);
};

} // namespace Kiln::Widgets
