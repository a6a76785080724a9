// kiln: the desktop application. Parses arguments, loads translators, opens the catalog, builds
// the services and shows the main window (STYLE.md: thin mains).
#include "widgets/common/connectioncheck.h"
#include "widgets/common/buildstarter.h"
#include "widgets/common/services.h"
#include "widgets/editor/editorscreenshots.h"
#include "widgets/mainwindow.h"
#include "widgets/screenshots/screenshotdriver.h"

#include "runnerstartup.h"

#include "core/catalog/catalog.h"
#include "core/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    // Qt's own strings (dialog buttons…) when the system has them, then Kiln's, embedded.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English (kiln_en: plural forms only) when the system language has no translation.
    auto *kiln = new QTranslator(&app);
    if (kiln->load(QLocale(), QStringLiteral("kiln"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || kiln->load(QStringLiteral(":/i18n/kiln_en")))
        QApplication::installTranslator(kiln);
}

// Opens the catalog; when that fails, says where and why, and lets the user pick another folder.
std::unique_ptr<Kiln::Core::Catalog> openCatalog(Kiln::Core::Home home)
{
    for (;;) {
        auto catalog = Kiln::Core::Catalog::open(home);
        if (catalog)
            return std::move(*catalog);
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Kiln cannot open its catalog"),
                        QApplication::translate("main", "The catalog at %1 cannot be opened.").arg(home.catalogPath()));
        box.setInformativeText(QApplication::translate("main", "%1\n\nWhat you can do: choose another folder for Kiln's data, "
                                                               "or quit, move the file away (Kiln then starts with an empty catalog) "
                                                               "and start Kiln again. To always use another folder, start "
                                                               "Kiln with --home DIR or set KILN_HOME.")
                                   .arg(catalog.error().message));
        QPushButton *choose = box.addButton(QApplication::translate("main", "Choose another folder…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(choose))
            return nullptr;
        const QString dir = QFileDialog::getExistingDirectory(nullptr, QApplication::translate("main", "Folder for Kiln's data"), QDir::homePath());
        if (dir.isEmpty())
            return nullptr;
        home = Kiln::Core::Home(dir);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kiln"));
    QApplication::setApplicationName(QStringLiteral("kiln"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiln"));
    QApplication::setApplicationVersion(QString::fromUtf8(Kiln::Core::version()));
    QApplication::setDesktopFileName(QStringLiteral("io.kiln.Kiln"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build, test and version VM images locally."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QApplication::translate("main", "Keep Kiln's catalog, disks and logs in <dir> (default: $KILN_HOME, else the user data folder)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QApplication::translate("main", "Write a PNG of every main screen to <dir>, then quit."),
                                               QStringLiteral("dir"));
    parser.addOption(homeOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    auto catalog = openCatalog(Kiln::Core::Home::resolve(parser.value(homeOption)));
    if (!catalog)
        return 1;
    // Build workers and kilnctl are other processes: notice their commits.
    catalog->setExternalChangePolling(1000);
    // Builds and VMs left by a crashed earlier run are swept off the GUI thread.
    const Kiln::App::RunnerStartup runnerStartup(*catalog);

    Kiln::Widgets::Services services;
    services.catalog = catalog.get();
    services.testConnection = [](const QString &uri) { return Kiln::Widgets::ConnectionCheck::check(uri); };
    Kiln::Core::Catalog *cat = catalog.get();
    services.startBuild = [cat](const Kiln::Core::PipelineRow &pipeline) {
        return Kiln::Widgets::BuildStarter::start(*cat, pipeline);
    };

    Kiln::Widgets::MainWindow window(services);
    window.show();

    std::unique_ptr<Kiln::Widgets::ScreenshotDriver> screenshots;
    if (parser.isSet(screenshotsOption)) {
        screenshots = std::make_unique<Kiln::Widgets::ScreenshotDriver>(window, services, parser.value(screenshotsOption));
        Kiln::Widgets::addEditorScreenshots(*screenshots, window);
        screenshots->start();
    }
    const int rc = app.exec();
    return screenshots ? screenshots->exitCode() : rc;
}
