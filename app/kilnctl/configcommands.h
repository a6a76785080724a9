#pragma once
// The list/get/delete sub-commands shared by kilnctl's named configurations (infra,
// distribution, pipeline): they differ only in repository, row type and table columns.

#include "cli.h"

#include "core/catalog/resourcefile.h"
#include "core/catalog/rowjson.h"

namespace Kiln::Ctl {

using namespace Kiln::Core;

template <class Row>
inline ResourceDocument asDocument(ResourceKind kind, const Row &row)
{
    ResourceDocument d;
    d.kind = kind;
    d.resource = row;
    return d;
}

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


} // namespace Kiln::Ctl
