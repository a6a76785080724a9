// kilnctl recipe list|get|delete — image recipes (created with `kilnctl apply -f`).
#include "cli.h"

#include "core/catalog/rowjson.h"

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

int list(Context &ctx, const QStringList &args)
{
    Options o(args, {QStringLiteral("--name")}, {QStringLiteral("--newest")});
    if (!o.ok() || !o.positional().isEmpty())
        return usage(ctx, o.ok() ? CtlTr::tr("unexpected argument '%1'").arg(o.positional().first()) : o.error(),
                     QStringLiteral("recipe list [--name PREFIX] [--newest]"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    RecipeFilter filter;
    filter.namePrefix = o.value(QStringLiteral("--name"));
    filter.newestOnly = o.has(QStringLiteral("--newest"));
    auto rows = catalog->recipes().list(filter);
    if (!rows)
        return failed(ctx, rows.error());
    if (ctx.json) {
        printJson(ctx, toJsonArray(*rows));
        return 0;
    }
    QList<QStringList> table;
    for (const RecipeRow &r : std::as_const(*rows))
        table << QStringList{r.name, r.version.toString(), QString::number(r.build), r.parentImage,
                             QString::number(r.components.size()), shortTime(r.createdAt)};
    printTable(ctx, {CtlTr::tr("NAME"), CtlTr::tr("VERSION"), CtlTr::tr("BUILD"), CtlTr::tr("PARENT IMAGE"),
                     CtlTr::tr("COMPONENTS"), CtlTr::tr("CREATED")},
               table);
    return 0;
}

int get(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {});
    if (!o.ok() || o.positional().size() != 1)
        return usage(ctx, o.ok() ? CtlTr::tr("give one recipe reference") : o.error(), QStringLiteral("recipe get REF"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto r = catalog->recipes().resolve(o.positional().first());
    if (!r)
        return failed(ctx, r.error());
    if (ctx.json) {
        printJson(ctx, toJson(*r));
        return 0;
    }
    QStringList components;
    for (const RecipeComponentRef &c : std::as_const(r->components)) {
        QStringList params;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            params << it.key() + u'=' + it.value();
        components << c.component + (params.isEmpty() ? QString() : u' ' + params.join(QStringLiteral(", ")));
    }
    QList<QPair<QString, QString>> f{{CtlTr::tr("Reference"), r->reference()}};
    if (!r->description.isEmpty())
        f.append({CtlTr::tr("Description"), r->description});
    f.append({CtlTr::tr("Parent image"), r->parentImage});
    f.append({CtlTr::tr("Components"), components.join(u'\n')});
    f.append({CtlTr::tr("Disk size"), r->diskSizeGiB > 0 ? CtlTr::tr("%1 GiB").arg(r->diskSizeGiB) : CtlTr::tr("as the parent image")});
    f.append({CtlTr::tr("Working dir"), r->workingDirectory});
    f.append({CtlTr::tr("Created"), shortTime(r->createdAt)});
    printFields(ctx, f);
    return 0;
}

int remove(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {});
    if (!o.ok() || o.positional().size() != 1)
        return usage(ctx, o.ok() ? CtlTr::tr("give one recipe reference") : o.error(), QStringLiteral("recipe delete REF"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto r = catalog->recipes().resolve(o.positional().first());
    if (!r)
        return failed(ctx, r.error());
    if (auto d = catalog->recipes().remove(r->id).result(); !d)
        return failed(ctx, d.error());
    if (ctx.json)
        printJson(ctx, QJsonObject{{QStringLiteral("deleted"), r->reference()}});
    else
        ctx.out << CtlTr::tr("Deleted %1").arg(r->reference()) << '\n';
    return 0;
}

int run(Context &ctx)
{
    return dispatch(ctx, "recipe",
                    {{"list", "list [--name PREFIX] [--newest]", &list},
                     {"get", "get REF", &get},
                     {"delete", "delete REF", &remove}});
}

} // namespace

KILNCTL_COMMAND("recipe", "List, show and delete image recipes (create them with apply)", run);

} // namespace Kiln::Ctl
