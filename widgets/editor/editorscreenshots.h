#pragma once
// The component editor's screens for `kiln --screenshots DIR` (tests/screenshots/take.sh): a
// build component with a validation error (squiggle, margin marker, Issues dock entry), the
// outline with the erroneous step selected and its form; the action help; the test-run panel.
namespace Kiln::Widgets {

class MainWindow;
class ScreenshotDriver;

void addEditorScreenshots(ScreenshotDriver &driver, MainWindow &window);

} // namespace Kiln::Widgets
