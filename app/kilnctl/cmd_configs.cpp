// kilnctl infra|distribution list|get|delete — the named, mutable configurations (created and
// changed with `kilnctl apply -f`).
#include "configcommands.h"

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

QStringList infraColumns(const InfrastructureRow &r)
{
    return {r.name, r.uri, QString::number(r.vcpus), QString::number(r.memoryMiB), acceleratorName(r.accelerator),
            networkModeName(r.network), r.storagePool};
}

QStringList distributionColumns(const DistributionRow &r)
{
    QStringList targets;
    for (const DistributionTarget &t : r.targets)
        targets << (t.kind == DistributionTarget::Kind::Directory ? t.directory : QStringLiteral("pool:") + t.pool)
                       + u' ' + u'[' + t.formats.join(u',') + u']';
    return {r.name, targets.join(QStringLiteral("; "))};
}

int infra(Context &ctx)
{
    return dispatch(ctx, "infra",
                    {{"list", "list",
                      [](Context &c, const QStringList &a) {
                          return listRows<InfrastructureRow>(c, a, "infra", &Catalog::infrastructure,
                                                             {CtlTr::tr("NAME"), CtlTr::tr("URI"), CtlTr::tr("VCPUS"),
                                                              CtlTr::tr("MEMORY MiB"), CtlTr::tr("ACCELERATOR"),
                                                              CtlTr::tr("NETWORK"), CtlTr::tr("POOL")},
                                                             &infraColumns);
                      }},
                     {"get", "get NAME",
                      [](Context &c, const QStringList &a) {
                          return getRow<InfrastructureRow>(c, a, "infra", &Catalog::infrastructure,
                                                           ResourceKind::InfrastructureConfiguration);
                      }},
                     {"delete", "delete NAME",
                      [](Context &c, const QStringList &a) { return deleteRow(c, a, "infra", &Catalog::infrastructure); }}});
}

int distribution(Context &ctx)
{
    return dispatch(ctx, "distribution",
                    {{"list", "list",
                      [](Context &c, const QStringList &a) {
                          return listRows<DistributionRow>(c, a, "distribution", &Catalog::distributions,
                                                           {CtlTr::tr("NAME"), CtlTr::tr("TARGETS")}, &distributionColumns);
                      }},
                     {"get", "get NAME",
                      [](Context &c, const QStringList &a) {
                          return getRow<DistributionRow>(c, a, "distribution", &Catalog::distributions,
                                                         ResourceKind::DistributionConfiguration);
                      }},
                     {"delete", "delete NAME",
                      [](Context &c, const QStringList &a) { return deleteRow(c, a, "distribution", &Catalog::distributions); }}});
}

} // namespace

KILNCTL_COMMAND("infra", "List, show and delete infrastructure configurations", infra);
KILNCTL_COMMAND("distribution", "List, show and delete distribution configurations", distribution);

} // namespace Kiln::Ctl
