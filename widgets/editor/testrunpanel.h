#pragma once
// "Test run" beside the editor: runs the document being edited against a base image from the
// catalog in a throwaway VM, through the runner's core API (BuildLauncher::startComponentTest, a
// build of kind component-test run by a detached worker), and shows its live output in a LogView
// fed by a BuildFollower on its own thread. Status shows running / succeeded / failed with the
// failing step; Cancel stops the run (BuildLauncher::cancel).
#include "core/catalog/rows.h"
#include "core/log/agentevent.h"
#include "core/log/logmodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace Kiln::Core {
class BuildFollower;
class Catalog;
struct Document;
} // namespace Kiln::Core

namespace Kiln::Toe { struct Document; }

namespace Kiln::Widgets {

class LogView;

class TestRunPanel : public QWidget
{
    Q_OBJECT
public:
    // What to run: the document's current text and a file name for it ("hello.yml"), its parsed
    // form (parameters, error count) and, if the text is saved unchanged, its path.
    struct Source {
        QByteArray text;
        QString fileName;
        QString savedPath;
        std::shared_ptr<const Toe::Document> document;
        int errors = 0;
    };

    TestRunPanel(Core::Catalog *catalog, QWidget *parent = nullptr);
    ~TestRunPanel() override;

    void setSourceProvider(std::function<Source()> provider) { m_source = std::move(provider); }
    // Refreshes the base images and the parameters of the document.
    void prepare(const std::shared_ptr<const Toe::Document> &document);
    void start();
    void cancel();
    // Lists the catalog's available images again (off the GUI thread).
    void reloadImages() { loadImages(); }
    bool isRunning() const { return m_buildId > 0 && !m_finished; }
    qint64 buildId() const { return m_buildId; }

    LogView *logView() const { return m_log; }
    QComboBox *baseImageBox() const { return m_base; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runButton() const { return m_run; }

Q_SIGNALS:
    void runningChanged(bool running);
    void closeRequested();

private:
    void loadImages();
    void setStatus(const QString &text, const QString &colour = {});
    void follow(qint64 buildId);
    void stopFollowing();
    void onState(const Core::BuildRow &build);
    void onEvents(const QList<Core::AgentEvent> &events);
    void onFinished(const Core::BuildRow &build);
    QMap<QString, QString> parameterValues(QString *missing) const;

    Core::Catalog *m_catalog;
    std::function<Source()> m_source;
    QComboBox *m_base;
    QPushButton *m_refresh;
    QCheckBox *m_phaseBuild;
    QCheckBox *m_phaseValidate;
    QCheckBox *m_phaseTest;
    QTableWidget *m_params;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_status;
    LogView *m_log;
    QThread *m_thread = nullptr;
    QPointer<Core::BuildFollower> m_follower;
    qint64 m_buildId = 0;
    bool m_finished = false;
    bool m_starting = false;
    QString m_currentStep;
    QString m_failedStep;
};

} // namespace Kiln::Widgets
