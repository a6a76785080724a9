// kilnctl image import|list|get|deprecate|disable|enable|delete — images in the catalog.
#include "cli.h"

#include "core/catalog/imageimporter.h"
#include "core/catalog/rowjson.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

const char *const kImportUsage = "import (--file F | --url URL --sha256 HEX) --name N --version x.y.z "
                                 "[--kernel F --initrd F [--cmdline S]] [--description D] [--in-place]";

QString stageName(ImageImporter::Stage s)
{
    switch (s) {
    case ImageImporter::Stage::Downloading: return CtlTr::tr("Downloading");
    case ImageImporter::Stage::Inspecting: return CtlTr::tr("Inspecting");
    case ImageImporter::Stage::Copying: return CtlTr::tr("Copying and hashing");
    case ImageImporter::Stage::Registering: return CtlTr::tr("Registering");
    }
    return {};
}

int import(Context &ctx, const QStringList &args)
{
    const QString usageLine = QStringLiteral("image ") + QString::fromUtf8(kImportUsage);
    Options o(args,
              {QStringLiteral("--file"), QStringLiteral("--url"), QStringLiteral("--sha256"), QStringLiteral("--name"),
               QStringLiteral("--version"), QStringLiteral("--kernel"), QStringLiteral("--initrd"), QStringLiteral("--cmdline"),
               QStringLiteral("--description")},
              {QStringLiteral("--in-place")});
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    if (o.has(QStringLiteral("--file")) == o.has(QStringLiteral("--url")))
        return usage(ctx, CtlTr::tr("give exactly one of --file or --url"), usageLine);
    if (!o.has(QStringLiteral("--name")) || !o.has(QStringLiteral("--version")))
        return usage(ctx, CtlTr::tr("--name and --version are required"), usageLine);
    ImportRequest request;
    request.file = o.value(QStringLiteral("--file"));
    if (o.has(QStringLiteral("--url"))) {
        request.url = QUrl(o.value(QStringLiteral("--url")), QUrl::StrictMode);
        if (!o.has(QStringLiteral("--sha256")))
            return usage(ctx, CtlTr::tr("--url needs --sha256 HEX to check the download"), usageLine);
    }
    request.expectedSha256 = o.value(QStringLiteral("--sha256"));
    request.name = o.value(QStringLiteral("--name"));
    auto version = SemVer::parse(o.value(QStringLiteral("--version")));
    if (!version)
        return failed(ctx, version.error());
    request.version = *version;
    request.description = o.value(QStringLiteral("--description"));
    request.kernel = o.value(QStringLiteral("--kernel"));
    request.initrd = o.value(QStringLiteral("--initrd"));
    request.cmdline = o.value(QStringLiteral("--cmdline"));
    request.inPlace = o.has(QStringLiteral("--in-place"));

    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    const bool tty = !ctx.json && isatty(fileno(stderr));
    auto result = ImageImporter::importBlocking(*catalog, request, [&](ImageImporter::Stage stage, qint64 done, qint64 total) {
        if (!tty)
            return;
        QString line = stageName(stage);
        if (total > 0)
            line += QStringLiteral(" %1 / %2 (%3%)").arg(humanSize(done), humanSize(total)).arg(done * 100 / total);
        ctx.err << '\r' << line.leftJustified(72) << Qt::flush;
    });
    if (tty)
        ctx.err << '\r' << QString(72, u' ') << '\r' << Qt::flush;
    if (!result)
        return failed(ctx, result.error());
    const ImageRow &image = result->row;
    if (ctx.json) {
        QJsonObject j = toJson(image);
        j.insert(QStringLiteral("created"), result->isNew);
        printJson(ctx, j);
    } else if (result->isNew) {
        ctx.out << CtlTr::tr("Imported %1 (%2, %3, sha256 %4)")
                       .arg(image.reference(), image.format, humanSize(image.virtualSize), image.sha256)
                << '\n';
    } else {
        ctx.out << CtlTr::tr("%1 already holds this disk; nothing changed").arg(image.reference()) << '\n';
    }
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    const QString usageLine = QStringLiteral("image list [--name PREFIX] [--status S[,S…]] [--limit N] [--offset N]");
    Options o(args, {QStringLiteral("--name"), QStringLiteral("--status"), QStringLiteral("--limit"), QStringLiteral("--offset")}, {});
    if (!o.ok())
        return usage(ctx, o.error(), usageLine);
    ImageFilter filter;
    filter.namePrefix = o.value(QStringLiteral("--name"));
    for (const QString &s : o.value(QStringLiteral("--status")).split(u',', Qt::SkipEmptyParts)) {
        auto status = parseImageStatus(s.trimmed());
        if (!status)
            return usage(ctx, CtlTr::tr("unknown status '%1' (PENDING, CREATING, BUILDING, TESTING, DISTRIBUTING, AVAILABLE, "
                                        "FAILED, CANCELLED, DEPRECATED, DISABLED, DELETED)").arg(s),
                         usageLine);
        filter.statuses << *status;
    }
    QString badCount;
    const std::optional<int> limit = o.count(QStringLiteral("--limit"), -1, &badCount);
    const std::optional<int> offset = limit ? o.count(QStringLiteral("--offset"), 0, &badCount) : std::nullopt;
    if (!limit || !offset)
        return usage(ctx, badCount, usageLine);
    filter.limit = *limit;
    filter.offset = *offset;
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto rows = catalog->images().list(filter);
    if (!rows)
        return failed(ctx, rows.error());
    if (ctx.json) {
        printJson(ctx, toJsonArray(*rows));
        return 0;
    }
    QList<QStringList> table;
    for (const ImageRow &i : std::as_const(*rows))
        table << QStringList{i.name, i.version.toString(), QString::number(i.build), imageStatusName(i.status), i.format,
                             humanSize(i.virtualSize), shortTime(i.createdAt)};
    printTable(ctx, {CtlTr::tr("NAME"), CtlTr::tr("VERSION"), CtlTr::tr("BUILD"), CtlTr::tr("STATUS"), CtlTr::tr("FORMAT"),
                     CtlTr::tr("SIZE"), CtlTr::tr("CREATED")},
               table);
    return 0;
}

void printImage(Context &ctx, const ImageRow &i)
{
    QList<QPair<QString, QString>> f{{CtlTr::tr("Reference"), i.reference()},
                                     {CtlTr::tr("Status"), imageStatusName(i.status)}};
    if (!i.statusReason.isEmpty())
        f.append({CtlTr::tr("Reason"), i.statusReason});
    f.append({CtlTr::tr("Origin"), imageOriginName(i.origin)});
    if (!i.description.isEmpty())
        f.append({CtlTr::tr("Description"), i.description});
    if (!i.diskPath.isEmpty())
        f.append({CtlTr::tr("Disk"), i.diskPath + (i.ownsDisk ? QString() : CtlTr::tr(" (registered in place)"))});
    if (!i.volume.isEmpty())
        f.append({CtlTr::tr("Volume"), QStringLiteral("%1/%2 on %3").arg(i.pool, i.volume, i.libvirtUri)});
    f.append({CtlTr::tr("Format"), i.format});
    f.append({CtlTr::tr("Virtual size"), humanSize(i.virtualSize)});
    f.append({CtlTr::tr("Actual size"), humanSize(i.actualSize)});
    f.append({CtlTr::tr("SHA-256"), i.sha256});
    if (!i.kernelPath.isEmpty()) {
        f.append({CtlTr::tr("Kernel"), i.kernelPath});
        f.append({CtlTr::tr("Initrd"), i.initrdPath});
        f.append({CtlTr::tr("Command line"), i.kernelCmdline});
    }
    if (!i.baseImage.isEmpty())
        f.append({CtlTr::tr("Base image"), i.baseImage});
    if (!i.recipe.isEmpty())
        f.append({CtlTr::tr("Recipe"), i.recipe});
    if (i.buildId > 0)
        f.append({CtlTr::tr("Build"), QString::number(i.buildId)});
    QStringList components;
    for (const ImageComponentRow &c : i.components)
        components << c.reference;
    if (!components.isEmpty())
        f.append({CtlTr::tr("Components"), components.join(u'\n')});
    if (!i.osInfo.isEmpty())
        f.append({CtlTr::tr("OS"), i.osInfo.value(QStringLiteral("PRETTY_NAME")).toString()});
    if (i.packageCount > 0)
        f.append({CtlTr::tr("Packages"), QString::number(i.packageCount)});
    if (!i.sourceUrl.isEmpty())
        f.append({CtlTr::tr("Source"), i.sourceUrl});
    f.append({CtlTr::tr("Created"), shortTime(i.createdAt)});
    printFields(ctx, f);
}

int get(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {});
    const QString usageLine = QStringLiteral("image get REF");
    if (!o.ok() || o.positional().size() != 1)
        return usage(ctx, o.ok() ? CtlTr::tr("give one image reference") : o.error(), usageLine);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto image = catalog->images().resolve(o.positional().first());
    if (!image)
        return failed(ctx, image.error());
    if (ctx.json)
        printJson(ctx, toJson(*image));
    else
        printImage(ctx, *image);
    return 0;
}

enum class Action { Deprecate, Disable, Enable, Delete };

int lifecycle(Context &ctx, const QStringList &args, Action action, const QString &usageLine)
{
    Options o(args, {QStringLiteral("--reason")}, {QStringLiteral("--yes")});
    if (!o.ok() || o.positional().size() != 1)
        return usage(ctx, o.ok() ? CtlTr::tr("give one image reference") : o.error(), usageLine);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    auto image = catalog->images().resolve(o.positional().first());
    if (!image)
        return failed(ctx, image.error());
    const QString reason = o.value(QStringLiteral("--reason"));
    Result<ImageRow> changed = fail(QString());
    switch (action) {
    case Action::Deprecate: changed = catalog->images().deprecate(image->id, reason).result(); break;
    case Action::Disable: changed = catalog->images().disable(image->id, reason).result(); break;
    case Action::Enable: changed = catalog->images().enable(image->id).result(); break;
    case Action::Delete:
        if (!o.has(QStringLiteral("--yes"))) {
            const QString what = image->ownsDisk && !image->diskPath.isEmpty()
                                     ? CtlTr::tr("it removes the disk file %1").arg(image->diskPath)
                                     : CtlTr::tr("it marks the image DELETED");
            return usage(ctx, CtlTr::tr("deleting %1 needs --yes (%2)").arg(image->reference(), what), usageLine);
        }
        changed = catalog->images().remove(image->id).result();
        break;
    }
    if (!changed)
        return failed(ctx, changed.error());
    if (ctx.json)
        printJson(ctx, toJson(*changed));
    else
        ctx.out << CtlTr::tr("%1 is now %2").arg(changed->reference(), imageStatusName(changed->status)) << '\n';
    return 0;
}

int run(Context &ctx)
{
    return dispatch(
        ctx, "image",
        {{"import", kImportUsage, &import},
         {"list", "list [--name PREFIX] [--status S[,S…]] [--limit N] [--offset N]", &list},
         {"get", "get REF", &get},
         {"deprecate", "deprecate REF [--reason TEXT]",
          [](Context &c, const QStringList &a) { return lifecycle(c, a, Action::Deprecate, QStringLiteral("image deprecate REF")); }},
         {"disable", "disable REF [--reason TEXT]",
          [](Context &c, const QStringList &a) { return lifecycle(c, a, Action::Disable, QStringLiteral("image disable REF")); }},
         {"enable", "enable REF",
          [](Context &c, const QStringList &a) { return lifecycle(c, a, Action::Enable, QStringLiteral("image enable REF")); }},
         {"delete", "delete REF --yes",
          [](Context &c, const QStringList &a) { return lifecycle(c, a, Action::Delete, QStringLiteral("image delete REF --yes")); }}});
}

} // namespace

KILNCTL_COMMAND("image", "Import, list, show and retire images", run);

} // namespace Kiln::Ctl
