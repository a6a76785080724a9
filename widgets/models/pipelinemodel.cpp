#include "pipelinemodel.h"
#include "widgets/common/icons.h"

namespace Kiln::Widgets {

PipelineModel::PipelineModel(QObject *parent) : RowTableModel(parent) {}

QString PipelineModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Pipeline");
    case RecipeColumn: return tr("Recipe");
    case ScheduleColumn: return tr("Schedule");
    case TestsColumn: return tr("Tests");
    case EnabledColumn: return tr("State");
    default: return {};
    }
}

QVariant PipelineModel::cell(const Core::PipelineRow &p, int column, int role) const
{
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::pipeline();
    if (role == Qt::ToolTipRole && column == NameColumn)
        return p.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return p.name;
    case RecipeColumn: return p.recipe;
    case ScheduleColumn: return p.schedule == QLatin1String("manual") ? tr("manual") : p.schedule;
    case TestsColumn: return p.tests ? tr("on") : tr("off");
    case EnabledColumn: return p.enabled ? tr("enabled") : tr("disabled");
    default: return {};
    }
}

} // namespace Kiln::Widgets
