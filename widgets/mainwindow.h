#pragma once
// The Kiln main window: navigation over the catalog, the build monitor and the issues dock.
#include <QMainWindow>

namespace Kiln::Widgets {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Kiln::Widgets
