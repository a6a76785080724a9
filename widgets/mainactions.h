#pragma once
// The main window's menus and shortcuts (File, Edit, View, Tools, Help), kept apart from the
// window so the shell stays small. Actions that depend on the current panel (Save, Find,
// Refresh) are enabled and routed by MainWindow.
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace Kiln::Widgets {

class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    QMenu *fileMenu;
    QMenu *editMenu;
    QMenu *viewMenu;
    QMenu *toolsMenu;
    QMenu *helpMenu;

    QAction *newPipeline;
    QAction *importComponent;
    QAction *importImage;
    QAction *save;
    QAction *quit;
    QAction *find;
    QAction *preferences;
    QAction *refresh;
    QAction *checkConnection;
    QAction *about;
    QAction *aboutQt;
};

} // namespace Kiln::Widgets
