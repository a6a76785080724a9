#pragma once
// One build's state from the catalog: pipeline and image, a stage timeline (CREATING →
// BUILDING → TESTING → DISTRIBUTING) with durations, the failure context when it failed, the
// step table and the log files. Used by the Builds panel's details and the Build monitor.
// Reloads on demand (reload()); every load is a snapshot read off the GUI thread.
#include "widgets/common/rowmetatypes.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QGroupBox;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class DetailForm;

class BuildView : public QWidget
{
    Q_OBJECT
public:
    explicit BuildView(Core::Catalog &catalog, QWidget *parent = nullptr);

    void showBuild(qint64 id);
    void reload();
    qint64 buildId() const { return m_build.id; }
    const Core::BuildRow &build() const { return m_build; }

    DetailForm *form() const { return m_form; }
    QTableWidget *steps() const { return m_steps; }
    QGroupBox *failureBox() const { return m_failureBox; }
    QString stageText(const QString &stage) const; // what the timeline shows for a stage

Q_SIGNALS:
    void loaded(const Kiln::Core::BuildRow &build);
    void imageLinkActivated(qint64 imageId);

private:
    void fill(const Core::BuildRow &b);
    void fillSteps(const QList<Core::BuildStepRow> &steps);
    void fillLogs(const QList<Core::LogRow> &logs);

    Core::Catalog &m_catalog;
    Core::BuildRow m_build;
    quint64 m_token = 0;
    QLabel *m_title;
    DetailForm *m_form;
    QGridLayout *m_timeline;
    QList<QLabel *> m_stageLabels;
    QGroupBox *m_failureBox;
    DetailForm *m_failureForm;
    QPlainTextEdit *m_logTail;
    QTableWidget *m_steps;
    QTableWidget *m_logs;
};

} // namespace Kiln::Widgets
