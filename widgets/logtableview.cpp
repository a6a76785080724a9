#include "logtableview.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>

namespace Kiln::Widgets {

LogTableView::LogTableView(QWidget *parent) : QTableView(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setTextElideMode(Qt::ElideNone);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

void LogTableView::setLineMetrics(int lineHeight, int contentWidth)
{
    verticalHeader()->setDefaultSectionSize(lineHeight);
    m_contentWidth = contentWidth;
    updateColumnWidth();
}

void LogTableView::updateColumnWidth()
{
    // The column is as wide as the longest line (horizontal scrolling) and never narrower than
    // the viewport (selection and error tints span the whole row).
    const int width = qMax(m_contentWidth, viewport()->width());
    if (horizontalHeader()->count() > 0 && horizontalHeader()->sectionSize(0) != width)
        horizontalHeader()->resizeSection(0, width);
}

void LogTableView::doItemsLayout()
{
    QElapsedTimer timer;
    timer.start();
    QTableView::doItemsLayout();
    updateColumnWidth();
    Q_EMIT layoutCost(timer.nsecsElapsed());
}

void LogTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int x = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(x);
}

void LogTableView::revealColumns(qsizetype first, qsizetype count, qreal charWidth, int margin)
{
    QScrollBar *bar = horizontalScrollBar();
    const int left = int(margin + first * charWidth);
    const int right = int(margin + (first + count) * charWidth);
    const int width = viewport()->width();
    if (left >= bar->value() && right <= bar->value() + width)
        return;
    bar->setValue(right <= width ? 0 : qMax(0, left - width / 3));
}

void LogTableView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QTableView::paintEvent(event);
    Q_EMIT layoutCost(timer.nsecsElapsed());
}

void LogTableView::wheelEvent(QWheelEvent *event)
{
    QTableView::wheelEvent(event);
    Q_EMIT userScrolled();
}

void LogTableView::ensureCurrentIndexOnScreen()
{
    // Without a current index, Qt's item views treat every key (even Ctrl+End) as "go to the
    // first row" and focusing sets row 0 current: in a log that jumps to the top. Start from
    // the first row on screen instead.
    if (currentIndex().isValid() || !model() || model()->rowCount() == 0)
        return;
    QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid())
        top = model()->index(0, 0);
    selectionModel()->setCurrentIndex(top, QItemSelectionModel::NoUpdate);
}

void LogTableView::keyPressEvent(QKeyEvent *event)
{
    ensureCurrentIndexOnScreen();
    QTableView::keyPressEvent(event);
}

void LogTableView::focusInEvent(QFocusEvent *event)
{
    ensureCurrentIndexOnScreen();
    QTableView::focusInEvent(event);
}

void LogTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateColumnWidth();
}

} // namespace Kiln::Widgets
