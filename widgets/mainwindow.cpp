#include "mainwindow.h"

namespace Kiln::Widgets {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Kiln"));
    resize(1200, 800);
}

} // namespace Kiln::Widgets
