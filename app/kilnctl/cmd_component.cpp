// kilnctl component create|list|get|delete — AWSTOE component documents in the catalog.
#include "cli.h"

#include "core/catalog/rowjson.h"

#include <QFile>
#include <QFileInfo>

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

const char *const kCreateUsage =
    "create --file F --name N --version x.y.z [--type build|test] [--description D] [--platform Linux]";

int create(Context &ctx, const QStringList &args)
{
    Options o(args, {QStringLiteral("--file"), QStringLiteral("-f"), QStringLiteral("--name"), QStringLiteral("--version"),
                     QStringLiteral("--type"), QStringLiteral("--description"), QStringLiteral("--platform")},
              {});
    const QString usageLine = QStringLiteral("component ") + QString::fromUtf8(kCreateUsage);
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    const QString file = o.has(QStringLiteral("--file")) ? o.value(QStringLiteral("--file")) : o.value(QStringLiteral("-f"));
    if (file.isEmpty() || !o.has(QStringLiteral("--name")) || !o.has(QStringLiteral("--version")))
        return usage(ctx, CtlTr::tr("--file, --name and --version are required"), usageLine);
    NewComponent c;
    c.name = o.value(QStringLiteral("--name"));
    if (auto r = validateName(c.name, CtlTr::tr("component name")); !r)
        return failed(ctx, r.error());
    auto version = SemVer::parse(o.value(QStringLiteral("--version")));
    if (!version)
        return failed(ctx, version.error());
    c.version = *version;
    if (o.has(QStringLiteral("--type"))) {
        auto type = parseComponentType(o.value(QStringLiteral("--type")));
        if (!type)
            return usage(ctx, CtlTr::tr("--type must be 'build' or 'test'"), usageLine);
        c.type = *type;
    }
    if (o.has(QStringLiteral("--platform")))
        c.platform = o.value(QStringLiteral("--platform"));
    c.description = o.value(QStringLiteral("--description"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return failed(ctx, CtlTr::tr("cannot read %1: %2").arg(file, f.errorString()), QStringLiteral("io"));
    if (f.size() > 16 * 1024 * 1024)
        return failed(ctx, CtlTr::tr("%1 is larger than 16 MiB; that is not a component document").arg(file), QStringLiteral("invalid"));
    c.document = QString::fromUtf8(f.readAll());
    c.sourceFile = file;

    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto stored = catalog->components().create(c).result();
    if (!stored)
        return failed(ctx, stored.error());
    if (ctx.json) {
        QJsonObject o = toJson(stored->row);
        o.insert(QStringLiteral("created"), stored->isNew);
        printJson(ctx, o);
    } else if (stored->isNew) {
        ctx.out << CtlTr::tr("Created %1").arg(stored->row.reference()) << '\n';
    } else {
        ctx.out << CtlTr::tr("%1 already has this content; nothing changed").arg(stored->row.reference()) << '\n';
    }
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    Options o(args, {QStringLiteral("--name"), QStringLiteral("--type")}, {QStringLiteral("--newest")});
    if (!o.ok() || !o.positional().isEmpty())
        return usage(ctx, o.ok() ? CtlTr::tr("unexpected argument '%1'").arg(o.positional().first()) : o.error(),
                     QStringLiteral("component list [--name PREFIX] [--type build|test] [--newest]"));
    ComponentFilter filter;
    filter.namePrefix = o.value(QStringLiteral("--name"));
    filter.newestOnly = o.has(QStringLiteral("--newest"));
    if (o.has(QStringLiteral("--type"))) {
        auto type = parseComponentType(o.value(QStringLiteral("--type")));
        if (!type)
            return usage(ctx, CtlTr::tr("--type must be 'build' or 'test'"), QStringLiteral("component list [--type build|test]"));
        filter.type = type;
    }
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto rows = catalog->components().list(filter);
    if (!rows)
        return failed(ctx, rows.error());
    if (ctx.json) {
        printJson(ctx, toJsonArray(*rows));
        return 0;
    }
    QList<QStringList> table;
    for (const ComponentRow &c : std::as_const(*rows))
        table << QStringList{c.name, c.version.toString(), QString::number(c.build), componentTypeName(c.type),
                             shortTime(c.createdAt), c.description};
    printTable(ctx, {CtlTr::tr("NAME"), CtlTr::tr("VERSION"), CtlTr::tr("BUILD"), CtlTr::tr("TYPE"), CtlTr::tr("CREATED"),
                     CtlTr::tr("DESCRIPTION")},
               table);
    return 0;
}

int get(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {QStringLiteral("--document")});
    const QString usageLine = QStringLiteral("component get REF [--document]");
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    if (o.positional().size() != 1)
        return usage(ctx, CtlTr::tr("give one component reference"), usageLine);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto c = catalog->components().resolve(o.positional().first());
    if (!c)
        return failed(ctx, c.error());
    if (o.has(QStringLiteral("--document"))) {
        ctx.out << c->document;
        return 0;
    }
    if (ctx.json) {
        printJson(ctx, toJson(*c));
        return 0;
    }
    printFields(ctx, {{CtlTr::tr("Reference"), c->reference()},
                      {CtlTr::tr("Name"), c->name},
                      {CtlTr::tr("Version"), c->version.toString()},
                      {CtlTr::tr("Build"), QString::number(c->build)},
                      {CtlTr::tr("Type"), componentTypeName(c->type)},
                      {CtlTr::tr("Platform"), c->platform},
                      {CtlTr::tr("Description"), c->description},
                      {CtlTr::tr("SHA-256"), c->sha256},
                      {CtlTr::tr("Created"), shortTime(c->createdAt)}});
    return 0;
}

int remove(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {QStringLiteral("--yes")});
    const QString usageLine = QStringLiteral("component delete REF");
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    if (o.positional().size() != 1)
        return usage(ctx, CtlTr::tr("give one component reference"), usageLine);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto c = catalog->components().resolve(o.positional().first());
    if (!c)
        return failed(ctx, c.error());
    if (auto r = catalog->components().remove(c->id).result(); !r)
        return failed(ctx, r.error());
    if (ctx.json)
        printJson(ctx, QJsonObject{{QStringLiteral("deleted"), c->reference()}});
    else
        ctx.out << CtlTr::tr("Deleted %1").arg(c->reference()) << '\n';
    return 0;
}

int run(Context &ctx)
{
    return dispatch(ctx, "component",
                    {{"create", kCreateUsage, &create},
                     {"list", "list [--name PREFIX] [--type build|test] [--newest]", &list},
                     {"get", "get REF [--document]", &get},
                     {"delete", "delete REF", &remove}});
}

} // namespace

KILNCTL_COMMAND("component", "Create, list, show and delete components (AWSTOE documents)", run);

} // namespace Kiln::Ctl
