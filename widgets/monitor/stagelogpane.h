#pragma once
// StageLogPane: one tab of the build monitor's logs — the agent output, the serial console or
// the build log — with one LogView per VM (build VM, test VM) and a switch between them when the
// build has both. Each view follows its file with a LogTail (the build worker writes the files;
// the monitor only reads them, so closing the window never stops a build). The pane follows the
// newest VM until the user picks one, and says so in place when a log file is missing, has not
// been written yet, or was removed while it was followed.

#include "core/log/agentevent.h"
#include "core/log/logfeed.h"

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QStackedWidget;
class QToolButton;

namespace Kiln::Core {
class LogTail;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class InlineMessage;
class LogView;

class StageLogPane : public QWidget
{
    Q_OBJECT
public:
    struct Log {
        QString key;   // the VM stage ("BUILDING", "TESTING"), or "" for a build-wide log
        QString label; // "Build VM"
        QString path;  // the file
    };

    explicit StageLogPane(Core::LogFeed::Format format, QWidget *parent = nullptr);
    ~StageLogPane() override;

    // Follows these logs from their first byte (fresh views; the previous ones are dropped).
    void setLogs(const QList<Log> &logs);
    void clear();
    // The build ended: every view reads its file to the end and stops following.
    void finish();
    // Shows a VM's log; `byUser` stops the automatic switching to the newest VM.
    void setCurrent(const QString &key, bool byUser = false);
    // A VM stage started: show it unless the user picked another one.
    void followStage(const QString &key);
    // Looks at the files (about once a second): messages for missing or removed logs.
    // `started`: the VM stages that have begun; `buildFinal`: the build has ended.
    void checkFiles(const QStringList &started, bool buildFinal);

    LogView *view(const QString &key) const;
    LogView *currentView() const;
    QString currentKey() const;
    QStringList keys() const;
    InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    // The parsed agent events of a VM's log (AgentEvents format only).
    void agentEvents(const QString &key, const QList<Kiln::Core::AgentEvent> &events);

private:
    struct Item {
        Log log;
        LogView *view = nullptr;
        Core::LogTail *tail = nullptr;
        QToolButton *button = nullptr;
        bool seen = false; // the file existed once
    };
    void updateMessage();

    Core::LogFeed::Format m_format;
    QHBoxLayout *m_switchRow;
    QWidget *m_switch;
    QButtonGroup *m_buttons;
    QStackedWidget *m_stack;
    InlineMessage *m_message;
    QList<Item> m_items;
    QStringList m_started;
    bool m_final = false;
    bool m_userChose = false;
};

} // namespace Kiln::Widgets
