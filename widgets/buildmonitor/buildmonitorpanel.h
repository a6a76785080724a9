#pragma once
// The Build monitor page: a picker of recent builds over the live BuildMonitor of one build
// (widgets/monitor/buildmonitor.h). MainWindow focuses a build with showBuild(id) — from the
// Builds panel, a started pipeline (Pipelines ▸ Run, the wizard's "Create and run"), a rerun and
// the status bar's running builds. The page also owns the CloseGuard that asks what to do with
// running builds when the window closes.
#include "widgets/panels/panel.h"

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Kiln::Core { class Catalog; struct BuildRow; }

namespace Kiln::Widgets {

class BuildMonitor;
class CloseGuard;

class BuildMonitorPanel : public Panel
{
    Q_OBJECT
public:
    explicit BuildMonitorPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Build monitor"); }
    QIcon icon() const override;
    void refresh() override;
    void panelShown() override;
    void activateFind() override;

    void showBuild(qint64 id);
    qint64 currentBuild() const;
    BuildMonitor *monitor() const { return m_monitor; }
    QComboBox *picker() const { return m_picker; }
    CloseGuard *closeGuard() const { return m_guard; }

Q_SIGNALS:
    void imageLinkActivated(qint64 imageId);

private:
    void loadPicker();
    static QString itemText(const Core::BuildRow &build);

    Core::Catalog &m_catalog;
    QComboBox *m_picker;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    BuildMonitor *m_monitor;
    CloseGuard *m_guard;
    quint64 m_token = 0;
    qint64 m_wanted = 0;
};

} // namespace Kiln::Widgets
