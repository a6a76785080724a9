// kiln: the desktop application. Parses arguments, builds services, shows the main window.
#include "widgets/mainwindow.h"
#include "core/version.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kiln"));
    QApplication::setApplicationName(QStringLiteral("kiln"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiln"));
    QApplication::setApplicationVersion(QString::fromUtf8(Kiln::Core::version()));

    Kiln::Widgets::MainWindow window;
    window.show();
    return app.exec();
}
