#pragma once
// Infrastructure configurations as a table for the Infrastructure panel.
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/rowtablemodel.h"

namespace Kiln::Widgets {

class InfrastructureModel : public RowTableModel<Core::InfrastructureRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, UriColumn, VcpuColumn, MemoryColumn, AcceleratorColumn, NetworkColumn, ColumnCount };
    explicit InfrastructureModel(QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Core::InfrastructureRow &row, int column, int role) const override;
};

} // namespace Kiln::Widgets
