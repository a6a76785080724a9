#pragma once
// LogView: the live log of the build monitor (and of any build, test run or console log).
// A one-column item view over Core::LogModel with uniform rows (a QTableView: QListView relayouts
// every row per insert, see logtableview.h) and a monospace delegate colouring stdout,
// stderr, Kiln's info and errors; fed in adaptive chunks by a Core::LogFeed from a LogSink (a
// build running in this process) or a LogTail (the log file of a build worker process), or by
// the caller appending to model() directly. The document is capped (the full log stays on
// disk: "Open full log"); the view follows new output only while the user is at the bottom and
// never takes the scroll position away from a user reading further up. Ctrl+F searches (next,
// previous, all matches highlighted), "First error" jumps to the first error, Ctrl+C copies the
// selected lines.

#include "core/log/logfeed.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace Kiln::Core {
class LogModel;
class LogSource;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class LogLineDelegate;
class LogTableView;
class LogSearchBar;

class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Follows `source` (not owned; it must outlive the view or be reset with nullptr). A LogTail
    // is started by the caller (start() or startFromEnd()); AgentEvents shows the agent's event
    // log as step output and milestones (view->feed() also emits the parsed events).
    void setSource(Core::LogSource *source, Core::LogFeed::Format format = Core::LogFeed::Format::Text);
    // The file "Open full log" opens; defaults to the source's file.
    void setLogFilePath(const QString &path);
    QString logFilePath() const;
    // The cap of the shown document (LogModel::kDefaultMaxLines by default).
    void setMaxLines(int lines);

    Core::LogModel *model() const { return m_model; }
    Core::LogFeed *feed() const { return m_feed; }
    QTableView *listView() const;
    LogSearchBar *searchBar() const { return m_search; }
    LogLineDelegate *delegate() const { return m_delegate; }

    // Whether new output scrolls the view (the user is at the bottom).
    bool followsOutput() const { return m_follow; }
    void setFollowsOutput(bool follow);

    void showSearch();
    void setSearchText(const QString &text);
    bool findNext();
    bool findPrevious();
    bool jumpToFirstError();
    QString selectedText() const;
    void copySelection();
    bool openFullLog();

Q_SIGNALS:
    void followsOutputChanged(bool follows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool find(bool backward, bool includeCurrent);
    void onRowsInserted();
    void onScrollValueChanged(int value);
    void scrollToBottomNow();
    void revealRow(int row);
    void updateActions();
    void updateFollowAction();
    void showContextMenu(const QPoint &pos);
    void setFollowInternal(bool follow);
    void updateLineMetrics();

    Core::LogModel *m_model;
    Core::LogFeed *m_feed;
    LogTableView *m_list;
    LogLineDelegate *m_delegate;
    LogSearchBar *m_search;
    QToolBar *m_toolBar;
    QLabel *m_status;
    QAction *m_findAction;
    QAction *m_firstErrorAction;
    QAction *m_openLogAction;
    QAction *m_followAction;
    QAction *m_copyAction;
    QTimer m_scrollTimer; // coalesces scrolls to the bottom (10 ms)
    QTimer m_searchTimer; // incremental search while typing
    QTimer m_statusTimer; // the line count is refreshed at most 5 times a second
    QString m_logFilePath;
    bool m_follow = true;
    int m_programmaticScroll = 0;
    int m_trimmedRows = 0;
    int m_valueBeforeTrim = 0;
    int m_contentColumns = 0;
};

} // namespace Kiln::Widgets
