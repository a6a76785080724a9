// kilnctl apply -f FILE / kilnctl export — declarative resource files (resourcefile.h).
#include "cli.h"

#include "core/catalog/resourceapplier.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

int apply(Context &ctx)
{
    const QString usageLine = QStringLiteral("apply -f FILE [-f FILE…]   (FILE '-' reads stdin)");
    Options o(ctx.args, {QStringLiteral("-f"), QStringLiteral("--file")}, {});
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    const QStringList files = o.values(QStringLiteral("-f")) + o.values(QStringLiteral("--file"));
    if (files.isEmpty() || !o.positional().isEmpty())
        return usage(ctx, CtlTr::tr("give the resource file(s) with -f"), usageLine);
    QList<ResourceDocument> documents;
    QStringList errors;
    for (const QString &f : files) {
        auto docs = ResourceFile::load(f);
        if (!docs)
            errors << docs.error().message;
        else
            documents << *docs;
    }
    if (!errors.isEmpty())
        return failed(ctx, errors.join(u'\n') + u'\n' + CtlTr::tr("Nothing was applied."), QStringLiteral("invalid"));
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto result = ResourceApplier::apply(*catalog, documents).result();
    if (!result)
        return failed(ctx, result.error());
    for (const QString &w : std::as_const(result->warnings))
        ctx.err << w << '\n';
    if (ctx.json) {
        QJsonArray a;
        for (const AppliedResource &r : std::as_const(result->resources))
            a.append(QJsonObject{{QStringLiteral("kind"), resourceKindName(r.kind)},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("reference"), r.reference},
                                 {QStringLiteral("action"), appliedActionName(r.action)}});
        printJson(ctx, QJsonObject{{QStringLiteral("applied"), a},
                                   {QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings)}});
        return 0;
    }
    for (const AppliedResource &r : std::as_const(result->resources))
        ctx.out << resourceKindName(r.kind) << ' ' << r.reference << ": " << appliedActionName(r.action) << '\n';
    return 0;
}

int exportResources(Context &ctx)
{
    const QString usageLine = QStringLiteral("export [--kind recipe|infra|distribution|pipeline] [NAME|REF] [-o FILE]");
    Options o(ctx.args, {QStringLiteral("--kind"), QStringLiteral("-o"), QStringLiteral("--output-file")}, {});
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    if (o.positional().size() > 1)
        return usage(ctx, CtlTr::tr("give at most one name"), usageLine);
    ExportFilter filter;
    if (o.has(QStringLiteral("--kind"))) {
        auto kind = parseResourceKind(o.value(QStringLiteral("--kind")));
        if (!kind)
            return usage(ctx, CtlTr::tr("unknown kind '%1'").arg(o.value(QStringLiteral("--kind"))), usageLine);
        filter.kind = kind;
    }
    filter.name = o.positional().value(0);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto docs = ResourceApplier::exportDocuments(*catalog, filter);
    if (!docs)
        return failed(ctx, docs.error());
    const QByteArray yaml = ResourceFile::serialize(*docs);
    const QString target = o.has(QStringLiteral("-o")) ? o.value(QStringLiteral("-o")) : o.value(QStringLiteral("--output-file"));
    if (target.isEmpty()) {
        ctx.out << QString::fromUtf8(yaml);
        return 0;
    }
    QSaveFile file(target); // all or nothing: never a half-written export
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
        return failed(ctx, CtlTr::tr("cannot write %1: %2").arg(target, file.errorString()), QStringLiteral("io"));
    ctx.err << CtlTr::tr("Wrote %n resource(s) to %1", nullptr, int(docs->size())).arg(target) << '\n';
    return 0;
}

} // namespace

KILNCTL_COMMAND("apply", "Create or update recipes, configurations and pipelines from YAML (-f FILE)", apply);
KILNCTL_COMMAND("export", "Write recipes, configurations and pipelines as YAML for apply", exportResources);

} // namespace Kiln::Ctl
