#include "stagelogpane.h"

#include "widgets/common/inlinemessage.h"
#include "widgets/logview.h"

#include "core/log/logtail.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

StageLogPane::StageLogPane(Core::LogFeed::Format format, QWidget *parent) : QWidget(parent), m_format(format)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_switch = new QWidget(this);
    m_switchRow = new QHBoxLayout(m_switch);
    m_switchRow->setContentsMargins(4, 2, 4, 0);
    m_switchRow->addWidget(new QLabel(tr("VM:"), m_switch));
    m_switchRow->addStretch(1);
    m_switch->hide();
    layout->addWidget(m_switch);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
}

StageLogPane::~StageLogPane() { clear(); }

void StageLogPane::clear()
{
    for (Item &item : m_items) {
        item.view->setSource(nullptr);
        delete item.view;
        delete item.tail;
        delete item.button;
    }
    m_items.clear();
    m_started.clear();
    m_final = false;
    m_userChose = false;
    m_switch->hide();
    m_message->clearMessage();
}

void StageLogPane::setLogs(const QList<Log> &logs)
{
    clear();
    for (const Log &log : logs) {
        Item item;
        item.log = log;
        item.view = new LogView(m_stack);
        item.view->setObjectName(QStringLiteral("LogView-") + (log.key.isEmpty() ? QStringLiteral("build") : log.key));
        m_stack->addWidget(item.view);
        item.tail = new Core::LogTail(log.path, this);
        item.view->setSource(item.tail, m_format);
        if (m_format == Core::LogFeed::Format::AgentEvents) {
            const QString key = log.key;
            connect(item.view->feed(), &Core::LogFeed::agentEvents, this,
                    [this, key](const QList<Core::AgentEvent> &events) { Q_EMIT agentEvents(key, events); });
        }
        item.button = new QToolButton(m_switch);
        item.button->setText(log.label);
        item.button->setCheckable(true);
        item.button->setAutoRaise(true);
        item.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addButton(item.button);
        m_switchRow->insertWidget(m_switchRow->count() - 1, item.button);
        const QString key = log.key;
        connect(item.button, &QToolButton::clicked, this, [this, key] { setCurrent(key, true); });
        m_items.append(item);
        item.tail->start();
    }
    m_switch->setVisible(m_items.size() > 1);
    if (!m_items.isEmpty())
        setCurrent(m_items.constFirst().log.key);
}

void StageLogPane::finish()
{
    m_final = true;
    for (Item &item : m_items)
        item.tail->finish();
    updateMessage();
}

void StageLogPane::setCurrent(const QString &key, bool byUser)
{
    for (Item &item : m_items) {
        if (item.log.key != key)
            continue;
        m_stack->setCurrentWidget(item.view);
        item.button->setChecked(true);
        if (byUser)
            m_userChose = true;
        updateMessage();
        return;
    }
}

void StageLogPane::followStage(const QString &key)
{
    if (!m_userChose && view(key))
        setCurrent(key);
}

void StageLogPane::checkFiles(const QStringList &started, bool buildFinal)
{
    m_started = started;
    m_final = m_final || buildFinal;
    for (Item &item : m_items)
        item.seen = item.seen || QFileInfo::exists(item.log.path);
    updateMessage();
}

void StageLogPane::updateMessage()
{
    const QString key = currentKey();
    for (const Item &item : std::as_const(m_items)) {
        if (item.log.key != key)
            continue;
        const QString name = QFileInfo(item.log.path).fileName();
        if (QFileInfo::exists(item.log.path)) {
            m_message->clearMessage();
        } else if (item.seen) {
            m_message->showMessage(InlineMessage::Kind::Warning,
                                   tr("The log file %1 was removed. The lines below are what was read before.").arg(item.log.path));
        } else if (m_final) {
            m_message->showMessage(InlineMessage::Kind::Info,
                                   tr("There is no %1 for this build: its stage did not run, or the file was removed (%2).")
                                       .arg(name, item.log.path));
        } else if (item.log.key.isEmpty() || m_started.contains(item.log.key)) {
            m_message->showMessage(InlineMessage::Kind::Info, tr("Waiting for the first output…"));
        } else {
            m_message->showMessage(InlineMessage::Kind::Info, tr("This VM has not started yet."));
        }
        return;
    }
    m_message->clearMessage();
}

LogView *StageLogPane::view(const QString &key) const
{
    for (const Item &item : m_items)
        if (item.log.key == key)
            return item.view;
    return nullptr;
}

LogView *StageLogPane::currentView() const { return qobject_cast<LogView *>(m_stack->currentWidget()); }

QString StageLogPane::currentKey() const
{
    for (const Item &item : m_items)
        if (item.view == m_stack->currentWidget())
            return item.log.key;
    return {};
}

QStringList StageLogPane::keys() const
{
    QStringList k;
    for (const Item &item : m_items)
        k << item.log.key;
    return k;
}

} // namespace Kiln::Widgets
