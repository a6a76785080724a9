// kilnctl infra|distribution|pipeline list|get|delete — the named, mutable configurations
// (created and changed with `kilnctl apply -f`).
#include "cli.h"
#include "cmd_pipeline.h"

#include "core/catalog/resourcefile.h"
#include "core/catalog/rowjson.h"

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

template <class Row>
ResourceDocument asDocument(ResourceKind kind, const Row &row)
{
    ResourceDocument d;
    d.kind = kind;
    d.resource = row;
    return d;
}

// The three families differ only in their repository, row type and table columns.
template <class Row, class Repo>
int listRows(Context &ctx, const QStringList &args, const char *family, Repo &(Catalog::*repo)(),
             const QStringList &header, QStringList (*columns)(const Row &))
{
    if (!args.isEmpty())
        return usage(ctx, CtlTr::tr("unexpected argument '%1'").arg(args.first()), QString::fromUtf8(family) + QStringLiteral(" list"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto rows = ((*catalog).*repo)().list();
    if (!rows)
        return failed(ctx, rows.error());
    if (ctx.json) {
        printJson(ctx, toJsonArray(*rows));
        return 0;
    }
    QList<QStringList> table;
    for (const Row &r : std::as_const(*rows))
        table << columns(r);
    printTable(ctx, header, table);
    return 0;
}

template <class Row, class Repo>
int getRow(Context &ctx, const QStringList &args, const char *family, Repo &(Catalog::*repo)(), ResourceKind kind)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(ctx, CtlTr::tr("give one name"), QString::fromUtf8(family) + QStringLiteral(" get NAME"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto row = ((*catalog).*repo)().get(args.first());
    if (!row)
        return failed(ctx, row.error());
    if (ctx.json)
        printJson(ctx, toJson(*row));
    else
        ctx.out << QString::fromUtf8(ResourceFile::serialize({asDocument(kind, *row)}));
    return 0;
}

template <class Repo>
int deleteRow(Context &ctx, const QStringList &args, const char *family, Repo &(Catalog::*repo)())
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(ctx, CtlTr::tr("give one name"), QString::fromUtf8(family) + QStringLiteral(" delete NAME"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    if (auto r = ((*catalog).*repo)().remove(args.first()).result(); !r)
        return failed(ctx, r.error());
    if (ctx.json)
        printJson(ctx, QJsonObject{{QStringLiteral("deleted"), args.first()}});
    else
        ctx.out << CtlTr::tr("Deleted %1").arg(args.first()) << '\n';
    return 0;
}

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

QStringList pipelineColumns(const PipelineRow &r)
{
    return {r.name, r.recipe, r.infrastructure, r.distribution.isEmpty() ? QStringLiteral("-") : r.distribution,
            r.tests ? CtlTr::tr("yes") : CtlTr::tr("no"), r.schedule, r.enabled ? CtlTr::tr("yes") : CtlTr::tr("no")};
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

int pipeline(Context &ctx)
{
    return dispatch(ctx, "pipeline",
                    {{"list", "list",
                      [](Context &c, const QStringList &a) {
                          return listRows<PipelineRow>(c, a, "pipeline", &Catalog::pipelines,
                                                       {CtlTr::tr("NAME"), CtlTr::tr("RECIPE"), CtlTr::tr("INFRASTRUCTURE"),
                                                        CtlTr::tr("DISTRIBUTION"), CtlTr::tr("TESTS"), CtlTr::tr("SCHEDULE"),
                                                        CtlTr::tr("ENABLED")},
                                                       &pipelineColumns);
                      }},
                     {"get", "get NAME",
                      [](Context &c, const QStringList &a) {
                          return getRow<PipelineRow>(c, a, "pipeline", &Catalog::pipelines, ResourceKind::ImagePipeline);
                      }},
                     {"delete", "delete NAME",
                      [](Context &c, const QStringList &a) { return deleteRow(c, a, "pipeline", &Catalog::pipelines); }},
                     {"start", "start NAME [--follow]", &pipelineStart}});
}

} // namespace

KILNCTL_COMMAND("infra", "List, show and delete infrastructure configurations", infra);
KILNCTL_COMMAND("distribution", "List, show and delete distribution configurations", distribution);
KILNCTL_COMMAND("pipeline", "List, show, delete and start image pipelines", pipeline);

} // namespace Kiln::Ctl
