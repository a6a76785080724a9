#pragma once
// LogTableView: the item view inside a LogView: one column, fixed-height rows (the uniform item
// size), no headers, no grid. A QTableView rather than a QListView because QListView lays out
// every row again after each insert: measured here with 248,000 rows, an append of 1,000 lines
// cost 47 ms on average (worst 75 ms) with QListView and 1.8 ms (worst 4.3 ms) with this view.
// It also reports how long its relayouts and repaints take (layoutCost), so that the LogFeed
// counts the view's share when it adapts its ticks.

#include <QTableView>

namespace Kiln::Widgets {

class LogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LogTableView(QWidget *parent = nullptr);

    void doItemsLayout() override;
    // Scrolls vertically only: a row is as wide as the longest line, and Qt would otherwise
    // jump sideways whenever a row becomes current (a click, a search).
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    // Scrolls sideways so that the columns [first, first + count) of the text are visible.
    void revealColumns(qsizetype first, qsizetype count, qreal charWidth, int margin);

    // Sets the row height (the delegate's line height) and the minimum column width.
    void setLineMetrics(int lineHeight, int contentWidth);

Q_SIGNALS:
    // Nanoseconds spent in a relayout or repaint.
    void layoutCost(qint64 nsecs);
    // The user turned the wheel (stickiness is re-evaluated).
    void userScrolled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void updateColumnWidth();
    void ensureCurrentIndexOnScreen();
    int m_contentWidth = 0;
};

} // namespace Kiln::Widgets
