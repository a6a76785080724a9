#pragma once
// The component editor page of the main window: one tab per open document (ComponentEditor),
// new documents from templates, open and save files (Ctrl+O, Ctrl+S, Save As), "New version"
// into the catalog, "Test run" in a throwaway VM. The current document's problems go to the
// Issues dock (source "editor"); activating one moves the cursor there. Closing a document or
// the window with unsaved changes asks first. install() adds the page, its File-menu entries
// and the Components panel's "Open in editor" to a MainWindow.
#include "widgets/issues/issue.h"
#include "widgets/panels/panel.h"

#include "core/catalog/rows.h"

class QAction;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace Kiln::Widgets {

class ComponentEditor;
class IssueModel;
class MainWindow;
struct Services;

class ComponentEditorPanel : public Panel
{
    Q_OBJECT
public:
    static inline const QString kIssueSource = QStringLiteral("editor");

    ComponentEditorPanel(Services &services, IssueModel *issues, QWidget *parent = nullptr);
    // Adds the page to `window` under "Authoring" with its menu entries; returns it.
    static ComponentEditorPanel *install(MainWindow &window, Services &services);

    QString title() const override { return tr("Component editor"); }
    QIcon icon() const override;
    void activateFind() override;
    bool canSave() const override;
    void save() override;

    int count() const;
    ComponentEditor *current() const;
    ComponentEditor *editorAt(int index) const;
    QTabWidget *tabs() const { return m_tabs; }
    QToolBar *toolBar() const { return m_toolBar; }

    ComponentEditor *newFromTemplate(const QString &templateId);
    // Opens a file (or shows the tab that already has it); nullptr when it cannot be read.
    ComponentEditor *openFile(const QString &path);
    void openFileDialog();
    bool saveCurrent();
    bool saveCurrentAs();
    // Closes a tab, asking about unsaved changes; false when the user cancels.
    bool closeTab(int index);
    // Asks about every unsaved document (Save all / Discard / Cancel); false when cancelled.
    bool confirmClose();
    void openCatalogComponent(const Core::ComponentRow &component);
    void newVersion();
    void testRun();
    void jumpTo(const Issue &issue);

Q_SIGNALS:
    void componentStored(const Kiln::Core::ComponentRow &component);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ComponentEditor *addEditor();
    bool saveEditor(ComponentEditor *editor, bool askPath);
    bool askToSave(ComponentEditor *editor);
    void currentChanged();
    void updateTitle(ComponentEditor *editor);
    void publishIssues();
    void updateActions();

    Services &m_services;
    IssueModel *m_issues;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QTabWidget *m_tabs;
    QToolBar *m_toolBar;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_newVersion;
    QAction *m_testRun;
    int m_untitled = 0;
};

} // namespace Kiln::Widgets
