#pragma once
// JSON forms of the catalog rows, as `kilnctl --output json` prints them and as build metadata
// and the GUI's "copy as JSON" use them. Field names are camelCase and stable.

#include "core/catalog/rows.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kiln::Core {

QJsonObject toJson(const ComponentRow &row); // document included only when non-empty
QJsonObject toJson(const RecipeRow &row);
QJsonObject toJson(const InfrastructureRow &row);
QJsonObject toJson(const DistributionRow &row);
QJsonObject toJson(const PipelineRow &row);
QJsonObject toJson(const ImageRow &row);
QJsonObject toJson(const BuildRow &row);
QJsonObject toJson(const BuildStepRow &row);
QJsonObject toJson(const LogRow &row);
QJsonObject toJson(const PackageRow &row);
QJsonObject toJson(const Referrer &row);

template <class T>
QJsonArray toJsonArray(const QList<T> &rows)
{
    QJsonArray a;
    for (const T &r : rows)
        a.append(toJson(r));
    return a;
}

} // namespace Kiln::Core
