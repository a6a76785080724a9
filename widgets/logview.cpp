#include "logview.h"

#include "core/log/logmodel.h"
#include "core/log/logsink.h"
#include "widgets/loglinedelegate.h"
#include "widgets/logtableview.h"
#include "widgets/logsearchbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QStyle>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Kiln::Widgets {

using Core::LogFeed;
using Core::LogModel;

namespace {

// Marks a scroll made by the view itself, so it does not change whether the view follows.
class ProgrammaticScroll
{
public:
    explicit ProgrammaticScroll(int &counter) : m_counter(counter) { ++m_counter; }
    ~ProgrammaticScroll() { --m_counter; }

private:
    int &m_counter;
};

} // namespace

LogView::LogView(QWidget *parent) : QWidget(parent)
{
    m_model = new LogModel(this);
    m_feed = new LogFeed(m_model, this);

    m_delegate = new LogLineDelegate(this);
    m_list = new LogTableView(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setFont(m_delegate->font());
    updateLineMetrics();
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Build log"));

    m_search = new LogSearchBar(this);
    m_search->hide();

    // Actions: tool bar, context menu and shortcuts.
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(tr("Find text in the log (Ctrl+F)"));
    m_firstErrorAction = new QAction(style()->standardIcon(QStyle::SP_MessageBoxCritical), tr("First error"), this);
    m_firstErrorAction->setToolTip(tr("Jump to the first error in the log"));
    m_openLogAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("Open full log"), this);
    m_openLogAction->setToolTip(tr("Open the complete log file (the view keeps only the newest lines)"));
    m_followAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Follow output"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Keep showing the newest output (scrolling up stops following)"));
    m_copyAction = new QAction(tr("Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *findNextAction = new QAction(tr("Find next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *findPreviousAction = new QAction(tr("Find previous"), this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_findAction, m_copyAction, findNextAction, findPreviousAction});

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_followAction);
    m_toolBar->addAction(m_firstErrorAction);
    m_toolBar->addAction(m_findAction);
    m_toolBar->addAction(m_openLogAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_status = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_search);

    connect(m_findAction, &QAction::triggered, this, &LogView::showSearch);
    connect(findNextAction, &QAction::triggered, this, &LogView::findNext);
    connect(findPreviousAction, &QAction::triggered, this, &LogView::findPrevious);
    connect(m_firstErrorAction, &QAction::triggered, this, &LogView::jumpToFirstError);
    connect(m_openLogAction, &QAction::triggered, this, &LogView::openFullLog);
    connect(m_copyAction, &QAction::triggered, this, &LogView::copySelection);
    connect(m_followAction, &QAction::toggled, this, &LogView::setFollowsOutput);
    connect(m_list, &QWidget::customContextMenuRequested, this, &LogView::showContextMenu);

    connect(m_search, &LogSearchBar::findNext, this, &LogView::findNext);
    connect(m_search, &LogSearchBar::findPrevious, this, &LogView::findPrevious);
    connect(m_search, &LogSearchBar::closed, this, [this] {
        m_delegate->setHighlight(QString(), Qt::CaseInsensitive);
        m_list->viewport()->update();
        m_list->setFocus();
    });
    connect(m_search, &LogSearchBar::textChanged, this, [this](const QString &text) {
        m_delegate->setHighlight(text, m_search->caseSensitivity());
        m_list->viewport()->update();
        m_search->setStatus(QString(), false);
        m_searchTimer.start();
    });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { find(false, true); });

    // Following: the user's scrolling decides (Qt Creator's updateAutoScroll), new rows only
    // schedule one coalesced scroll to the bottom.
    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &LogView::onScrollValueChanged);
    connect(bar, &QAbstractSlider::actionTriggered, this, [this, bar] {
        if (!m_programmaticScroll)
            setFollowInternal(bar->sliderPosition() >= bar->maximum());
    });
    connect(m_list, &LogTableView::userScrolled, this, [this, bar] { setFollowInternal(bar->value() >= bar->maximum()); });
    m_scrollTimer.setSingleShot(true);
    m_scrollTimer.setInterval(10);
    connect(&m_scrollTimer, &QTimer::timeout, this, &LogView::scrollToBottomNow);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &LogView::updateActions);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateLineMetrics();
        updateActions();
    });
    // When the cap trims the oldest rows, a user reading further up keeps seeing the same lines.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this, bar](const QModelIndex &, int first, int last) {
        if (first == 0 && !m_follow) {
            m_trimmedRows = last + 1;
            m_valueBeforeTrim = bar->value();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this, bar] {
        if (m_trimmedRows > 0) {
            ProgrammaticScroll guard(m_programmaticScroll);
            bar->setValue(qMax(0, m_valueBeforeTrim - m_trimmedRows));
            m_trimmedRows = 0;
        }
    });
    connect(m_list, &LogTableView::layoutCost, m_feed, &LogFeed::reportViewCost);
    connect(m_feed, &LogFeed::discarded, this, [this] { m_statusTimer.start(); });

    updateActions();
}

LogView::~LogView() = default;

QTableView *LogView::listView() const
{
    return m_list;
}

void LogView::setSource(Core::LogSource *source, LogFeed::Format format)
{
    m_feed->setSource(source, format);
    updateActions();
}

void LogView::setLogFilePath(const QString &path)
{
    m_logFilePath = path;
    updateActions();
}

QString LogView::logFilePath() const
{
    if (!m_logFilePath.isEmpty())
        return m_logFilePath;
    return m_feed->source() ? m_feed->source()->filePath() : QString();
}

void LogView::setMaxLines(int lines)
{
    m_model->setMaxLines(lines);
}

void LogView::setFollowInternal(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    updateFollowAction();
    Q_EMIT followsOutputChanged(follow);
}

void LogView::setFollowsOutput(bool follow)
{
    setFollowInternal(follow);
    if (follow)
        scrollToBottomNow();
}

void LogView::updateFollowAction()
{
    const QSignalBlocker blocker(m_followAction);
    m_followAction->setChecked(m_follow);
}

void LogView::onScrollValueChanged(int value)
{
    if (m_programmaticScroll)
        return;
    // Keyboard navigation, a dragged slider, scrollTo(): at the bottom means following.
    setFollowInternal(value >= m_list->verticalScrollBar()->maximum());
}

void LogView::updateLineMetrics()
{
    m_contentColumns = m_model->longestLineLength();
    const qreal columns = qMax(80, m_contentColumns) + 1;
    m_list->setLineMetrics(m_delegate->lineHeight(), int(2 * LogLineDelegate::kMargin + columns * m_delegate->charWidth()));
}

void LogView::onRowsInserted()
{
    if (m_model->longestLineLength() > m_contentColumns)
        updateLineMetrics();
    if (m_follow && !m_scrollTimer.isActive())
        m_scrollTimer.start();
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void LogView::scrollToBottomNow()
{
    if (!m_follow)
        return;
    ProgrammaticScroll guard(m_programmaticScroll);
    m_list->scrollToBottom();
}

void LogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_follow)
        m_scrollTimer.start();
}

void LogView::updateActions()
{
    m_firstErrorAction->setEnabled(m_model->firstErrorRow() >= 0);
    m_openLogAction->setEnabled(!logFilePath().isEmpty());
    QString status = tr("%1 lines").arg(QLocale().toString(m_model->totalLines()));
    if (m_model->trimmedLines() > 0)
        status += tr(", the oldest %1 only in the full log").arg(QLocale().toString(m_model->trimmedLines()));
    if (m_feed->skippedBytes() > 0)
        status += tr(", %1 bytes skipped").arg(QLocale().toString(m_feed->skippedBytes()));
    m_status->setText(status);
}

void LogView::revealRow(int row)
{
    setFollowInternal(false);
    ProgrammaticScroll guard(m_programmaticScroll);
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogView::showSearch()
{
    m_search->focusText();
    if (!m_search->text().isEmpty()) {
        m_delegate->setHighlight(m_search->text(), m_search->caseSensitivity());
        m_list->viewport()->update();
    }
}

void LogView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

bool LogView::find(bool backward, bool includeCurrent)
{
    const QString text = m_search->text();
    if (text.isEmpty() || m_model->rowCount() == 0) {
        m_search->setStatus(QString(), false);
        return false;
    }
    const int rows = m_model->rowCount();
    const QModelIndex current = m_list->currentIndex();
    int from;
    if (current.isValid())
        from = current.row() + (includeCurrent ? 0 : (backward ? -1 : 1));
    else
        from = backward ? rows - 1 : qMax(0, m_list->indexAt(QPoint(1, 1)).row());
    if (from >= rows)
        from = 0;
    else if (from < 0)
        from = rows - 1;
    LogModel::FindFlags flags = LogModel::FindWrap;
    if (backward)
        flags |= LogModel::FindBackward;
    if (m_search->caseSensitivity() == Qt::CaseSensitive)
        flags |= LogModel::FindCaseSensitive;
    const int row = m_model->find(text, from, flags);
    if (row < 0) {
        m_search->setStatus(tr("Not found"), true);
        return false;
    }
    m_search->setStatus(tr("Line %1").arg(QLocale().toString(m_model->lineNumber(row))), false);
    revealRow(row);
    const qsizetype column = m_model->line(row).text.indexOf(text, 0, m_search->caseSensitivity());
    m_list->revealColumns(qMax<qsizetype>(0, column), text.size(), m_delegate->charWidth(), LogLineDelegate::kMargin);
    return true;
}

bool LogView::findNext()
{
    if (m_search->isHidden() && m_search->text().isEmpty()) {
        showSearch();
        return false;
    }
    m_searchTimer.stop();
    return find(false, false);
}

bool LogView::findPrevious()
{
    m_searchTimer.stop();
    return find(true, false);
}

bool LogView::jumpToFirstError()
{
    const int row = m_model->firstErrorRow();
    if (row < 0)
        return false;
    revealRow(row);
    return true;
}

QString LogView::selectedText() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LogModel::Line &line = m_model->line(rows[i].row());
        text += line.text;
        // A long line cut into rows is copied whole.
        const bool continues = (line.flags & LogModel::Cut) && i + 1 < rows.size() && rows[i + 1].row() == rows[i].row() + 1;
        if (!continues && i + 1 < rows.size())
            text += u'\n';
    }
    return text;
}

void LogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::openFullLog()
{
    const QString path = logFilePath();
    if (path.isEmpty())
        return false;
    // A build running in this process: make the file complete before a viewer reads it.
    if (auto *sink = qobject_cast<Core::LogSink *>(m_feed->source()))
        sink->flush();
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void LogView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_copyAction->setEnabled(m_list->selectionModel()->hasSelection());
    menu.addAction(m_copyAction);
    menu.addAction(tr("Select all"), m_list, &QTableView::selectAll);
    menu.addSeparator();
    menu.addAction(m_findAction);
    menu.addAction(m_firstErrorAction);
    menu.addAction(m_followAction);
    menu.addSeparator();
    menu.addAction(m_openLogAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
    m_copyAction->setEnabled(true);
}

} // namespace Kiln::Widgets
