#include "infrastructuremodel.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"

namespace Kiln::Widgets {

InfrastructureModel::InfrastructureModel(QObject *parent) : RowTableModel(parent) {}

QString InfrastructureModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Configuration");
    case UriColumn: return tr("libvirt URI");
    case VcpuColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case AcceleratorColumn: return tr("Accelerator");
    case NetworkColumn: return tr("Network");
    default: return {};
    }
}

QVariant InfrastructureModel::cell(const Core::InfrastructureRow &r, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::infrastructure();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return r.name;
    case UriColumn: return r.uri;
    case VcpuColumn: return r.vcpus;
    case MemoryColumn: return Format::memoryMiB(r.memoryMiB);
    case AcceleratorColumn: return Core::acceleratorName(r.accelerator);
    case NetworkColumn: return Core::networkModeName(r.network);
    default: return {};
    }
}

} // namespace Kiln::Widgets
