#pragma once
// FailurePanel: why a build failed, in the build monitor — the stage, component, phase, step and
// exit code where it failed, the worker's message, the last log lines (the serial console's
// tail when the agent never said hello), and what to do next: show the failing step in the
// log, open the full log, rerun the pipeline, and open the kept VM's console (virt-viewer when
// installed; otherwise how to install it and a `virsh console` command to copy). A VM that was
// not kept gets one line on how to keep it next time.

#include "keptvm.h"

#include "core/catalog/rows.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Kiln::Widgets {

class FailurePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Field { Stage, Component, Phase, Step, ExitCode };

    explicit FailurePanel(QWidget *parent = nullptr);

    // Shows the failure context of `build` (FAILED) and whether its VM may have been kept.
    void setBuild(const Core::BuildRow &build, const QString &libvirtUri, bool keepVmOnFailure);
    // What the kept-VM lookup found (or that it failed).
    void setKeptDomains(const QList<KeptVm::Domain> &domains);
    void setKeptLookupFailed(const QString &message);

    QString title() const;
    QString message() const;
    QString fieldText(Field field) const;
    QString logTail() const;
    QString consoleText() const;  // the kept-VM line
    QString consoleCommand() const; // the virsh command offered, empty if none
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *showStepButton() const { return m_showStep; }
    QToolButton *openLogButton() const { return m_openLog; }
    QPushButton *consoleButton() const { return m_console; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void showStepRequested();
    void openLogRequested();       // the build log, in the system's viewer
    void rerunRequested();
    void openViewerRequested(const QString &uri, const QString &domain);

private:
    void addField(Field field, const QString &label);
    void setField(Field field, const QString &value);

    QLabel *m_title;
    QLabel *m_message;
    QGridLayout *m_grid;
    QList<QLabel *> m_values;
    QLabel *m_tailLabel;
    QPlainTextEdit *m_tail;
    QLabel *m_consoleText;
    QLabel *m_command;
    QPushButton *m_console;
    QPushButton *m_copy;
    QPushButton *m_showStep;
    QToolButton *m_openLog;
    QPushButton *m_rerun;
    QString m_uri;
    QString m_domain;
};

} // namespace Kiln::Widgets
