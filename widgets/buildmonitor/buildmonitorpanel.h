#pragma once
// The Build monitor: follows one build (chosen here, or sent by "Open in build monitor" / a new
// build) and refreshes it while it runs. Today it shows the catalog's view of the build
// (BuildView: stages, steps, failure context, logs); the build-monitor work (issue 6) replaces
// the body with the live timeline, step table and log view, keeping this class's API:
//   showBuild(id)   — what MainWindow calls to focus a build
//   currentBuild()  — the build followed
#include "widgets/panels/panel.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class BuildView;

class BuildMonitorPanel : public Panel
{
    Q_OBJECT
public:
    explicit BuildMonitorPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Build monitor"); }
    QIcon icon() const override;
    void refresh() override;
    void panelShown() override;

    void showBuild(qint64 id);
    qint64 currentBuild() const;
    BuildView *view() const { return m_view; }
    QComboBox *picker() const { return m_picker; }

Q_SIGNALS:
    void imageLinkActivated(qint64 imageId);

private:
    void loadPicker();
    void cancelBuild();

    Core::Catalog &m_catalog;
    QComboBox *m_picker;
    QPushButton *m_cancel;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    BuildView *m_view;
    QTimer *m_poll;
    quint64 m_token = 0;
    qint64 m_wanted = 0;
};

} // namespace Kiln::Widgets
