#include "mainactions.h"
#include "widgets/common/icons.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace Kiln::Widgets {

MainActions::MainActions(QMainWindow *window) : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    editMenu = bar->addMenu(tr("&Edit"));
    viewMenu = bar->addMenu(tr("&View"));
    toolsMenu = bar->addMenu(tr("&Tools"));
    helpMenu = bar->addMenu(tr("&Help"));

    newPipeline = fileMenu->addAction(Icons::add(), tr("&New pipeline…"));
    newPipeline->setShortcut(QKeySequence::New);
    newPipeline->setStatusTip(tr("Create a pipeline with its recipe, infrastructure and distribution in a wizard"));
    // Ctrl+O opens a file in the component editor (widgets/editor); importing stores one as is.
    importComponent = fileMenu->addAction(Icons::component(), tr("&Import component…"));
    importComponent->setStatusTip(tr("Store an AWSTOE component document in the catalog"));
    importImage = fileMenu->addAction(Icons::import(), tr("Import &image…"));
    importImage->setStatusTip(tr("Register a disk file as a base image"));
    fileMenu->addSeparator();
    save = fileMenu->addAction(tr("&Save"));
    save->setShortcut(QKeySequence::Save);
    save->setEnabled(false);
    fileMenu->addSeparator();
    quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    find = editMenu->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Filter the current list"));
    editMenu->addSeparator();
    preferences = editMenu->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    refresh = viewMenu->addAction(Icons::refresh(), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    viewMenu->addSeparator();

    checkConnection = toolsMenu->addAction(Icons::connection(), tr("&Check libvirt connection"));

    about = helpMenu->addAction(Icons::app(), tr("&About Kiln"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

} // namespace Kiln::Widgets
