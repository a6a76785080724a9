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

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Core::BuildRow &row, int column, int role) const override;
};

} // namespace Kiln::Widgets
