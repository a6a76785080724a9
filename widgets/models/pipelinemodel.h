#pragma once
// Image pipelines as a table for the Pipelines panel.
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/rowtablemodel.h"

namespace Kiln::Widgets {

class PipelineModel : public RowTableModel<Core::PipelineRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RecipeColumn, ScheduleColumn, TestsColumn, EnabledColumn, ColumnCount };
    explicit PipelineModel(QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Core::PipelineRow &row, int column, int role) const override;
};

} // namespace Kiln::Widgets
