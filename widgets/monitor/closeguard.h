#pragma once
// CloseGuard: what happens to running builds when the user closes Kiln's window. Builds run in
// their own worker processes, so closing the window does not stop them — but a user should
// decide that knowingly. The guard keeps a snapshot of the unfinished builds (read off the GUI
// thread, refreshed when the catalog changes and every few seconds) and, when the window is
// closed while some run, asks: keep them running in their workers (the default), cancel them,
// or not close. Cancelling goes through the runner's cancel API; the window closes once every
// request is recorded.

#include "core/catalog/rows.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace Kiln::Core {
class Catalog;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class CloseGuard : public QObject
{
    Q_OBJECT
public:
    enum class Choice { KeepRunning, CancelBuilds, DontClose };

    CloseGuard(Core::Catalog &catalog, QWidget *window);

    void refresh();
    const QList<Core::BuildRow> &running() const { return m_running; }
    bool isCancelling() const { return m_cancelling > 0; }

    // From the window's closeEvent: true lets it close now. False keeps it open: the user chose
    // not to close, or the builds are being cancelled and the window closes itself afterwards.
    bool allowClose();

    // Answers the question without a dialog (tests, scripted sessions).
    void setAnswer(std::function<Choice(const QList<Core::BuildRow> &)> answer) { m_answer = std::move(answer); }
    // The question shown for these builds.
    static QString question(const QList<Core::BuildRow> &running);

Q_SIGNALS:
    void runningChanged(int count);
    // Every cancel request of a "cancel and close" got its answer; `failures` lists those refused.
    void cancelsDone(const QStringList &failures);

private:
    Choice ask();
    void cancelAllAndClose();

    Core::Catalog &m_catalog;
    QWidget *m_window;
    QTimer m_timer;
    QList<Core::BuildRow> m_running;
    quint64 m_token = 0;
    int m_cancelling = 0;
    QStringList m_failures;
    bool m_closing = false;
    std::function<Choice(const QList<Core::BuildRow> &)> m_answer;
};

} // namespace Kiln::Widgets
