#include "buildmodel.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"

#include <QDateTime>

namespace Kiln::Widgets {

BuildModel::BuildModel(QObject *parent) : RowTableModel(parent) {}

void BuildModel::setHasOlderRows(bool more)
{
    m_hasOlder = more;
    m_fetching = false;
}

void BuildModel::appendPage(const QList<Core::BuildRow> &rows, bool more)
{
    appendRows(rows);
    setHasOlderRows(more);
}

void BuildModel::requestOlderRows()
{
    if (!m_hasOlder || m_fetching || rowCount() == 0)
        return;
    m_fetching = true; // until the page is in: scrolling on asks once
    Q_EMIT olderRowsRequested(rows().constLast().id);
}

QString BuildModel::header(int column) const
{
    switch (column) {
    case IdColumn: return tr("Build");
    case PipelineColumn: return tr("Pipeline");
    case StateColumn: return tr("State");
    case ImageColumn: return tr("Image");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

QVariant BuildModel::cell(const Core::BuildRow &b, int column, int role) const
{
    if (role == StatusRole)
        return Core::buildStateName(b.state);
    if (role == Qt::DecorationRole && column == IdColumn)
        return Icons::build();
    if (role == Qt::ToolTipRole && column == StateColumn)
        return b.stateReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn: return QStringLiteral("#%1").arg(b.id);
    case PipelineColumn:
        return b.kind == Core::BuildKind::ComponentTest ? tr("component test") : b.pipelineName;
    case StateColumn: return Core::buildStateName(b.state);
    case ImageColumn: return b.image;
    case StartedColumn: return Format::dateTime(b.startedAt.isValid() ? b.startedAt : b.createdAt);
    case DurationColumn: {
        if (!b.startedAt.isValid())
            return Format::dash();
        const QDateTime end = b.finishedAt.isValid() ? b.finishedAt : QDateTime::currentDateTimeUtc();
        return Format::duration(b.startedAt.msecsTo(end));
    }
    default: return {};
    }
}

} // namespace Kiln::Widgets
