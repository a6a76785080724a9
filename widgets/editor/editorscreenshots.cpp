#include "editorscreenshots.h"
#include "componenteditor.h"
#include "componenteditorpanel.h"
#include "outlinepanel.h"
#include "yamleditor.h"

#include "widgets/issues/issuemodel.h"
#include "widgets/issues/issuesdock.h"
#include "widgets/mainwindow.h"
#include "widgets/screenshots/screenshotdriver.h"

#include <QTabWidget>
#include <QTimer>

namespace Kiln::Widgets {

void addEditorScreenshots(ScreenshotDriver &driver, MainWindow &w)
{
    auto panel = [&w] { return qobject_cast<ComponentEditorPanel *>(w.panel(QStringLiteral("editor"))); };
    driver.addStep({}, [&w, panel] {
        w.showPanel(QStringLiteral("editor"));
        w.issues()->clear();
        if (ComponentEditorPanel *p = panel())
            p->newFromTemplate(QStringLiteral("build"));
    }, 900);
    // A typo typed into the text: the validator's squiggle, marker and Issues entry.
    driver.addStep({}, [panel] {
        ComponentEditorPanel *p = panel();
        ComponentEditor *e = p ? p->current() : nullptr;
        if (!e)
            return;
        YamlEditor *text = e->editor();
        for (int line = 0; line < text->lines(); ++line) {
            const int at = static_cast<int>(text->text(line).indexOf(QStringLiteral("maxAttempts: 3")));
            if (at < 0)
                continue;
            text->setSelection(line, at + 13, line, at + 14);
            text->replaceSelectedText(QStringLiteral("three"));
            text->setCursorPosition(line, at + 18);
            break;
        }
        e->outline()->selectStep({0, 1});
        e->sideTabs()->setCurrentIndex(0);
    }, 1500);
    // The Issues dock opened by the error: a few rows are enough, the editor keeps the height.
    driver.addStep({}, [&w] { w.resizeDocks({w.issuesDock()}, {140}, Qt::Vertical); }, 400);
    driver.addStep(QStringLiteral("40-editor-validation-error"), [] {}, 300);
    driver.addStep(QStringLiteral("41-editor-action-help"), [panel] {
        if (ComponentEditor *e = panel() ? panel()->current() : nullptr)
            e->sideTabs()->setCurrentIndex(1);
    }, 700);
    driver.addStep(QStringLiteral("42-editor-test-run"), [panel] {
        if (ComponentEditor *e = panel() ? panel()->current() : nullptr) {
            e->editor()->undo();
            e->sideTabs()->setCurrentIndex(0);
            e->showTestRun();
        }
    }, 1500);
    driver.addStep({}, [&w, panel] {
        if (ComponentEditorPanel *p = panel())
            for (int i = 0; i < p->count(); ++i)
                p->editorAt(i)->editor()->setModified(false); // nothing to ask about when the tour quits
        w.issues()->clear();
        w.issuesDock()->hide();
    }, 300);
}

} // namespace Kiln::Widgets
