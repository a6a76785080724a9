#include "closeguard.h"

#include "widgets/common/statusbadge.h"

#include "core/build/buildlauncher.h"
#include "core/catalog/catalog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Kiln::Widgets {

CloseGuard::CloseGuard(Core::Catalog &catalog, QWidget *window) : QObject(window), m_catalog(catalog), m_window(window)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &CloseGuard::refresh);
    m_timer.start();
    connect(&m_catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == Core::Catalog::Table::Builds)
            refresh();
    });
    refresh();
}

void CloseGuard::refresh()
{
    const quint64 token = ++m_token;
    Core::BuildFilter filter;
    filter.unfinishedOnly = true;
    m_catalog.builds().listAsync(filter).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token || !rows)
            return;
        const bool changed = rows->size() != m_running.size();
        m_running = *rows;
        if (changed)
            Q_EMIT runningChanged(int(m_running.size()));
    });
}

QString CloseGuard::question(const QList<Core::BuildRow> &running)
{
    QStringList lines;
    for (const Core::BuildRow &b : running.mid(0, 6))
        lines << tr("#%1 %2 (%3)").arg(b.id).arg(b.pipelineName.isEmpty() ? tr("component test") : b.pipelineName,
                                             StatusBadge::label(Core::buildStateName(b.state)));
    if (running.size() > 6)
        lines << tr("and %n more", nullptr, int(running.size() - 6));
    return tr("%n build(s) still running:", nullptr, int(running.size())) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

CloseGuard::Choice CloseGuard::ask()
{
    if (m_answer)
        return m_answer(m_running);
    QMessageBox box(QMessageBox::Question, tr("Builds are running"), question(m_running), QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Each build runs in its own build worker and goes on when Kiln closes; reopen Kiln (or run "
                              "\"kilnctl build logs --follow ID\") to follow it again. Or cancel them now."));
    QPushButton *keep = box.addButton(tr("Keep running and close"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Cancel builds and close"), QMessageBox::DestructiveRole);
    box.addButton(tr("Don't close"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return Choice::KeepRunning;
    if (box.clickedButton() == cancel)
        return Choice::CancelBuilds;
    return Choice::DontClose;
}

bool CloseGuard::allowClose()
{
    if (m_closing)
        return true;
    if (m_cancelling > 0)
        return false; // still cancelling; the window closes when done
    if (m_running.isEmpty())
        return true;
    switch (ask()) {
    case Choice::KeepRunning:
        return true;
    case Choice::DontClose:
        return false;
    case Choice::CancelBuilds:
        cancelAllAndClose();
        return false;
    }
    return false;
}

void CloseGuard::cancelAllAndClose()
{
    m_failures.clear();
    m_cancelling = int(m_running.size());
    m_window->setEnabled(false); // no second close or new build while the requests go out
    for (const Core::BuildRow &b : std::as_const(m_running)) {
        const qint64 id = b.id;
        Core::BuildLauncher::cancel(m_catalog, id).then(this, [this, id](const Core::Result<Core::BuildRow> &r) {
            if (!r)
                m_failures << tr("#%1: %2").arg(id).arg(r.error().message);
            if (--m_cancelling > 0)
                return;
            m_window->setEnabled(true);
            Q_EMIT cancelsDone(m_failures);
            if (!m_failures.isEmpty() && !m_answer)
                QMessageBox::warning(m_window, tr("Not every build was cancelled"),
                                     tr("These builds could not be cancelled and keep running:\n%1").arg(m_failures.join(QLatin1Char('\n'))));
            m_closing = true;
            m_window->close();
        });
    }
}

} // namespace Kiln::Widgets
