#pragma once
// `kiln --screenshots DIR`: tours the real application (each navigation section with its first
// item selected, an image's detail tabs, the component document and diff, the build monitor,
// every wizard page with sample input and one page's validation message) and writes a PNG of
// each screen to DIR, then quits. tests/screenshots/take.sh runs it under Xvfb. Later screens
// (editor, live build monitor) are added with addStep().
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Kiln::Widgets {

class MainWindow;
class PipelineWizard;
struct Services;

class ScreenshotDriver : public QObject
{
    Q_OBJECT
public:
    ScreenshotDriver(MainWindow &window, Services &services, const QString &outputDir, QObject *parent = nullptr);
    ~ScreenshotDriver() override;

    // An action, then a pause for async loads, then (if `name` is set) a PNG of `target()`.
    void addStep(const QString &name, std::function<void()> action, int settleMs = 700,
                 std::function<QWidget *()> target = {});
    void start();
    int exitCode() const { return m_exitCode; }
    QStringList written() const { return m_written; }

private:
    struct Step {
        QString name;
        std::function<void()> action;
        int settleMs;
        std::function<QWidget *()> target;
    };
    void addStandardSteps();
    void addWizardSteps();
    void runNext();
    void grab(const QString &name, QWidget *widget);

    MainWindow &m_window;
    Services &m_services;
    QString m_dir;
    QList<Step> m_steps;
    int m_next = 0;
    int m_exitCode = 0;
    QStringList m_written;
    PipelineWizard *m_wizard = nullptr;
};

} // namespace Kiln::Widgets
