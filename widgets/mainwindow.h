#pragma once
// The Kiln main window: a shell that composes panels. Navigation on the left (like the cloud
// console), the current panel in the middle, the Issues dock, and a status bar with the libvirt
// connection and the running builds. Menus route generic actions (Find, Save, Refresh) to the
// current panel. Extension points for later work:
//   addPanel(panel, group, key)        — a new page with a navigation entry (the component editor)
//   buildMonitor()                      — the Build monitor page (its body is replaced by issue 6)
//   issues() / registerIssueJumpHandler — feed the Issues dock and handle "jump to" per source
//   menu(MenuId)                        — add actions to File/Edit/View/Tools/Help
#include "widgets/common/services.h"
#include "widgets/issues/issue.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QMenu;
class QStackedWidget;

namespace Kiln::Widgets {

class BuildMonitorPanel;
class ComponentsPanel;
class ConnectionIndicator;
class ImagesPanel;
class IssueModel;
class IssuesDock;
class NavigationBar;
class Panel;
class PipelinesPanel;
class RecipesPanel;
class RunningBuildsIndicator;
class MainActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class MenuId { File, Edit, View, Tools, Help };

    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page with a navigation entry under `group` ("Resources", "Activity", …); `key` is a
    // stable id for showPanel() and the saved state.
    void addPanel(Panel *panel, const QString &group, const QString &key);
    void showPanel(const QString &key);
    Panel *panel(const QString &key) const;
    Panel *currentPanel() const;
    QString currentPanelKey() const;
    QMenu *menu(MenuId id) const;

    IssueModel *issues() const { return m_issues; }
    IssuesDock *issuesDock() const { return m_issuesDock; }
    BuildMonitorPanel *buildMonitor() const { return m_buildMonitor; }
    ImagesPanel *imagesPanel() const { return m_images; }
    ComponentsPanel *componentsPanel() const { return m_components; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    NavigationBar *navigation() const { return m_navigation; }

    // "Jump to" for issues of `source` (e.g. the editor opens the file at the line). Issues whose
    // source has no handler open a read-only view of their file or catalog reference.
    void registerIssueJumpHandler(const QString &source, std::function<void(const Issue &)> handler);

public Q_SLOTS:
    void newPipeline();
    void importComponent();
    void showBuild(qint64 buildId);
    void checkConnection();
    void openPreferences();
    void about();

Q_SIGNALS:
    // The wizard created a pipeline (and started a build when asked).
    void pipelineCreated(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    void jumpTo(const Issue &issue);
    void panelChanged(int id);
    void restoreState();

    Services &m_services;
    IssueModel *m_issues;
    IssuesDock *m_issuesDock;
    bool m_issuesDockSized = false; // its first show of this run got a compact height (or a saved one)
    NavigationBar *m_navigation;
    QStackedWidget *m_stack;
    MainActions *m_actions;
    ConnectionIndicator *m_connection;
    RunningBuildsIndicator *m_running;
    QHash<QString, Panel *> m_panels;
    QHash<int, Panel *> m_panelById;
    QHash<QString, std::function<void(const Issue &)>> m_jumpHandlers;
    BuildMonitorPanel *m_buildMonitor = nullptr;
    ImagesPanel *m_images = nullptr;
    ComponentsPanel *m_components = nullptr;
    RecipesPanel *m_recipes = nullptr;
    PipelinesPanel *m_pipelines = nullptr;
    quint64 m_connectionToken = 0;
};

} // namespace Kiln::Widgets
