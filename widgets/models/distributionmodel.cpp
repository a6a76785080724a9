#include "distributionmodel.h"
#include "widgets/common/icons.h"

namespace Kiln::Widgets {

DistributionModel::DistributionModel(QObject *parent) : RowTableModel(parent) {}

QString DistributionModel::targetText(const Core::DistributionTarget &t)
{
    if (t.kind == Core::DistributionTarget::Kind::Directory)
        return tr("directory %1").arg(t.directory);
    return t.uri.isEmpty() ? tr("pool %1").arg(t.pool) : tr("pool %1 on %2").arg(t.pool, t.uri);
}

QString DistributionModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Configuration");
    case TargetsColumn: return tr("Targets");
    case FormatsColumn: return tr("Formats");
    default: return {};
    }
}

QVariant DistributionModel::cell(const Core::DistributionRow &r, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::distribution();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NameColumn: return r.name;
    case TargetsColumn: {
        QStringList parts;
        for (const auto &t : r.targets)
            parts << targetText(t);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case FormatsColumn: {
        QStringList formats;
        for (const auto &t : r.targets)
            for (const QString &f : t.formats)
                if (!formats.contains(f))
                    formats << f;
        return formats.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

} // namespace Kiln::Widgets
