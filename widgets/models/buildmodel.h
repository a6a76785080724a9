#pragma once
// Builds (runs of pipelines and component tests) as a table, newest first, for the Builds panel.
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/rowtablemodel.h"

namespace Kiln::Widgets {

class BuildModel : public RowTableModel<Core::BuildRow>
{
    Q_OBJECT
public:
    enum Column { IdColumn, PipelineColumn, StateColumn, ImageColumn, StartedColumn, DurationColumn, ColumnCount };
    explicit BuildModel(QObject *parent = nullptr);

    // Older builds arrive page by page as the list scrolls to its end: requestOlderRows() asks the
    // panel for the page before the last row (olderRowsRequested), which hands it to appendPage().
    // Not canFetchMore()/fetchMore(): QTreeView calls those on every layout and would pull every
    // page in at once.
    void setHasOlderRows(bool more);
    void appendPage(const QList<Core::BuildRow> &rows, bool more);
    bool hasOlderRows() const { return m_hasOlder; }
    void requestOlderRows();

Q_SIGNALS:
    void olderRowsRequested(qint64 beforeId);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Core::BuildRow &row, int column, int role) const override;

private:
    bool m_hasOlder = false;
    bool m_fetching = false;
};

} // namespace Kiln::Widgets
