#pragma once
// Distribution configurations as a table for the Distribution panel.
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/rowtablemodel.h"

namespace Kiln::Widgets {

class DistributionModel : public RowTableModel<Core::DistributionRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TargetsColumn, FormatsColumn, ColumnCount };
    explicit DistributionModel(QObject *parent = nullptr);

    static QString targetText(const Core::DistributionTarget &target);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Core::DistributionRow &row, int column, int role) const override;
};

} // namespace Kiln::Widgets
