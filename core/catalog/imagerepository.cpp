#include "imagerepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

#include <QFile>

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QString kImageColumns = QStringLiteral(
    "i.id, i.name, i.major, i.minor, i.patch, i.build, i.status, i.status_reason, i.origin, i.description, "
    "i.disk_path, i.owns_disk, i.libvirt_uri, i.pool, i.volume, i.format, i.virtual_size, i.actual_size, i.sha256, "
    "i.kernel_path, i.initrd_path, i.kernel_cmdline, i.base_image_id, i.base_image_ref, i.recipe_id, i.recipe_ref, "
    "i.build_id, i.source_url, i.os_info, i.package_count, i.created_at, i.finished_at, i.updated_at");

static ImageRow imageFrom(const QSqlQuery &q)
{
    ImageRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.name = q.value(i++).toString();
    r.version.major = q.value(i++).toInt();
    r.version.minor = q.value(i++).toInt();
    r.version.patch = q.value(i++).toInt();
    r.build = q.value(i++).toInt();
    r.status = parseImageStatus(q.value(i++).toString()).value_or(ImageStatus::Failed);
    r.statusReason = q.value(i++).toString();
    r.origin = q.value(i++).toString() == QLatin1String("built") ? ImageOrigin::Built : ImageOrigin::Imported;
    r.description = q.value(i++).toString();
    r.diskPath = q.value(i++).toString();
    r.ownsDisk = q.value(i++).toBool();
    r.libvirtUri = q.value(i++).toString();
    r.pool = q.value(i++).toString();
    r.volume = q.value(i++).toString();
    r.format = q.value(i++).toString();
    r.virtualSize = q.value(i++).toLongLong();
    r.actualSize = q.value(i++).toLongLong();
    r.sha256 = q.value(i++).toString();
    r.kernelPath = q.value(i++).toString();
    r.initrdPath = q.value(i++).toString();
    r.kernelCmdline = q.value(i++).toString();
    r.baseImageId = q.value(i++).toLongLong();
    r.baseImage = q.value(i++).toString();
    r.recipeId = q.value(i++).toLongLong();
    r.recipe = q.value(i++).toString();
    r.buildId = q.value(i++).toLongLong();
    r.sourceUrl = q.value(i++).toString();
    r.osInfo = jsonObjectFrom(q.value(i++));
    r.packageCount = q.value(i++).toInt();
    r.createdAt = timeFrom(q.value(i++));
    r.finishedAt = timeFrom(q.value(i++));
    r.updatedAt = timeFrom(q.value(i++));
    return r;
}

Result<ImageRow> getImage(Db &db, qint64 id)
{
    std::optional<ImageRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kImageColumns + QStringLiteral(" FROM images i WHERE i.id = ?"), {id},
                       [&](const QSqlQuery &q) { row = imageFrom(q); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no image with id %1").arg(id), QStringLiteral("not-found"));
    r = db.select(QStringLiteral("SELECT position, component_id, component_ref, type, parameters FROM image_components "
                                 "WHERE image_id = ? ORDER BY position"),
                  {id}, [&](const QSqlQuery &q) {
                      row->components.append({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString(),
                                              parseComponentType(q.value(3).toString()).value_or(ComponentType::Build),
                                              parametersFrom(q.value(4))});
                  });
    if (!r)
        return fail(r.error());
    return *row;
}

Result<ImageRow> resolveImage(Db &db, const Reference &ref, ImagePurpose purpose)
{
    const QString table = QStringLiteral("images");
    if (ref.isExact()) {
        auto id = resolveId(db, table, ref);
        if (!id)
            return fail(id.error());
        if (*id == 0)
            return fail(notFound(db, table, ref));
        auto image = getImage(db, *id);
        if (image && purpose == ImagePurpose::Use && image->status != ImageStatus::Available
            && image->status != ImageStatus::Deprecated)
            return fail(Tr::tr("image %1 is %2 and cannot be used to build%3")
                            .arg(image->reference(), imageStatusName(image->status),
                                 image->statusReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(image->statusReason)),
                        QStringLiteral("unusable"));
        return image;
    }
    const bool use = purpose == ImagePurpose::Use;
    auto id = resolveId(db, table, ref, use ? QStringLiteral("status = 'AVAILABLE'") : QStringLiteral("status <> 'DELETED'"));
    if (!id)
        return fail(id.error());
    if (*id == 0)
        return fail(notFound(db, table, ref, use ? Tr::tr("that is AVAILABLE") : Tr::tr("that is not deleted")));
    return getImage(db, *id);
}

static Result<QList<ImageRow>> listImages(Db &db, const ImageFilter &f, bool countOnly, int *count)
{
    Where w;
    if (!f.name.isEmpty())
        w.add(QStringLiteral("i.name = ?"), {f.name});
    w.addPrefix(QStringLiteral("i.name"), f.namePrefix);
    if (f.statuses.isEmpty()) {
        w.add(QStringLiteral("+i.status <> 'DELETED'"));
    } else {
        QStringList marks;
        QVariantList names;
        for (ImageStatus s : f.statuses) {
            marks << QStringLiteral("?");
            names << imageStatusName(s);
        }
        // With a name condition the (name, version) index must drive the query (it also gives the
        // order); `+` keeps SQLite from choosing the low-selectivity status index instead.
        const bool byName = !f.name.isEmpty() || !f.namePrefix.isEmpty();
        w.add((byName ? QStringLiteral("+i.status IN (") : QStringLiteral("i.status IN (")) + marks.join(u',') + u')', names);
    }
    if (!f.osId.isEmpty())
        w.add(QStringLiteral("i.os_id = ?"), {f.osId});
    if (countOnly) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM images i") + w.sql(), w.args);
        if (!n)
            return fail(n.error());
        *count = n->toInt();
        return QList<ImageRow>{};
    }
    QString order;
    switch (f.sort) {
    case ImageFilter::Sort::NameThenNewest:
        order = QStringLiteral("i.name, i.major DESC, i.minor DESC, i.patch DESC, i.build DESC");
        break;
    case ImageFilter::Sort::NewestFirst:
        order = QStringLiteral("i.id DESC");
        break;
    case ImageFilter::Sort::Status:
        order = QStringLiteral("i.status, i.name, i.major DESC, i.minor DESC, i.patch DESC, i.build DESC");
        break;
    }
    QList<ImageRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kImageColumns + QStringLiteral(" FROM images i") + w.sql()
                           + QStringLiteral(" ORDER BY ") + order + pageSql(f.offset, f.limit),
                       w.args, [&](const QSqlQuery &q) { out.append(imageFrom(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

Result<QList<Referrer>> imageReferrers(Db &db, const ImageRow &image)
{
    QList<Referrer> out;
    auto r = db.select(QStringLiteral("SELECT name, major, minor, patch, build FROM images WHERE base_image_id = ? AND "
                                      "status <> 'DELETED' ORDER BY name, major, minor, patch, build"),
                       {image.id}, [&](const QSqlQuery &q) {
                           out.append({QStringLiteral("image"),
                                       formatReference(ResourceType::Image, q.value(0).toString(),
                                                       {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()},
                                                       q.value(4).toInt()),
                                       QStringLiteral("lineage")});
                       });
    if (!r)
        return fail(r.error());
    return out;
}

static Result<QList<PackageRow>> imagePackages(Db &db, qint64 id, const QString &search)
{
    Where w;
    w.add(QStringLiteral("image_id = ?"), {id});
    w.addSearch(QStringLiteral("name"), search);
    QList<PackageRow> out;
    auto r = db.select(QStringLiteral("SELECT name, version, architecture FROM image_packages") + w.sql()
                           + QStringLiteral(" ORDER BY name, architecture"),
                       w.args, [&](const QSqlQuery &q) {
                           out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
                       });
    if (!r)
        return fail(r.error());
    return out;
}

static Result<ImageRow> changeStatus(WriteContext &w, qint64 id, ImageStatus to, const QString &reason)
{
    auto image = getImage(w.db, id);
    if (!image)
        return fail(image.error());
    if (auto t = checkTransition(image->status, to); !t)
        return fail(Tr::tr("image %1: %2").arg(image->reference(), t.error().message), t.error().code);
    const bool finished = to == ImageStatus::Available || to == ImageStatus::Failed || to == ImageStatus::Cancelled;
    const bool leavingBuild = isInProgress(image->status);
    const QString now = nowText();
    auto n = w.db.exec(QStringLiteral("UPDATE images SET status = ?, status_reason = ?, updated_at = ?, "
                                      "finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?"),
                       {imageStatusName(to), reason, now, finished && leavingBuild, now, id});
    if (!n)
        return fail(n.error());
    w.notify(Catalog::Table::Images, id);
    return getImage(w.db, id);
}

static QString contentSha(const NewImportedImage &i)
{
    return sha256Hex(QStringList{i.sha256, i.kernelSha256, i.initrdSha256, i.kernelCmdline}.join(u'\n').toUtf8());
}

} // namespace Internal

ImageRepository::ImageRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

Result<ImageRow> ImageRepository::get(qint64 id) const
{
    return m_context->read<ImageRow>([id](Db &db) { return getImage(db, id); });
}

Result<ImageRow> ImageRepository::resolve(const QString &reference, ImagePurpose purpose) const
{
    auto ref = Reference::parse(reference, ResourceType::Image);
    if (!ref)
        return fail(ref.error());
    return resolve(*ref, purpose);
}

Result<ImageRow> ImageRepository::resolve(const Reference &reference, ImagePurpose purpose) const
{
    return m_context->read<ImageRow>([reference, purpose](Db &db) { return resolveImage(db, reference, purpose); });
}

Result<QList<ImageRow>> ImageRepository::list(const ImageFilter &filter) const
{
    return m_context->read<QList<ImageRow>>([filter](Db &db) { return listImages(db, filter, false, nullptr); });
}

Result<int> ImageRepository::count(const ImageFilter &filter) const
{
    return m_context->read<int>([filter](Db &db) -> Result<int> {
        int n = 0;
        auto r = listImages(db, filter, true, &n);
        if (!r)
            return fail(r.error());
        return n;
    });
}

Result<QList<PackageRow>> ImageRepository::packages(qint64 imageId, const QString &search) const
{
    return m_context->read<QList<PackageRow>>([imageId, search](Db &db) { return imagePackages(db, imageId, search); });
}

Result<QList<Referrer>> ImageRepository::referrers(qint64 id) const
{
    return m_context->read<QList<Referrer>>([id](Db &db) -> Result<QList<Referrer>> {
        auto image = getImage(db, id);
        if (!image)
            return fail(image.error());
        return imageReferrers(db, *image);
    });
}

QFuture<Result<ImageRow>> ImageRepository::getAsync(qint64 id) const
{
    return m_context->readAsync<ImageRow>([id](Db &db) { return getImage(db, id); });
}

QFuture<Result<QList<ImageRow>>> ImageRepository::listAsync(const ImageFilter &filter) const
{
    return m_context->readAsync<QList<ImageRow>>([filter](Db &db) { return listImages(db, filter, false, nullptr); });
}

QFuture<Result<int>> ImageRepository::countAsync(const ImageFilter &filter) const
{
    return m_context->readAsync<int>([filter](Db &db) -> Result<int> {
        int n = 0;
        auto r = listImages(db, filter, true, &n);
        if (!r)
            return fail(r.error());
        return n;
    });
}

QFuture<Result<QList<PackageRow>>> ImageRepository::packagesAsync(qint64 imageId, const QString &search) const
{
    return m_context->readAsync<QList<PackageRow>>([imageId, search](Db &db) { return imagePackages(db, imageId, search); });
}

QFuture<Result<Stored<ImageRow>>> ImageRepository::registerImport(const NewImportedImage &input) const
{
    return m_context->write<Stored<ImageRow>>([input](WriteContext &w) -> Result<Stored<ImageRow>> {
        if (auto r = validateName(input.name, Tr::tr("image name")); !r)
            return fail(r.error());
        const QString content = contentSha(input);
        auto existing = w.db.scalar(QStringLiteral("SELECT id FROM images WHERE name = ? AND major = ? AND minor = ? AND "
                                                   "patch = ? AND status <> 'DELETED' AND content_sha256 = ? AND "
                                                   "origin = 'imported' ORDER BY build DESC LIMIT 1"),
                                    {input.name, input.version.major, input.version.minor, input.version.patch, content});
        if (!existing)
            return fail(existing.error());
        if (!existing->isNull()) {
            auto row = getImage(w.db, existing->toLongLong());
            if (!row)
                return fail(row.error());
            return Stored<ImageRow>{*row, false};
        }
        auto build = nextBuild(w.db, QStringLiteral("images"), input.name, input.version);
        if (!build)
            return fail(build.error());
        const QString now = nowText();
        auto id = w.db.insert(
            QStringLiteral("INSERT INTO images (name, major, minor, patch, build, status, origin, description, disk_path, "
                           "owns_disk, format, virtual_size, actual_size, sha256, kernel_path, initrd_path, kernel_cmdline, "
                           "content_sha256, source_url, created_at, finished_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'AVAILABLE', 'imported', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {input.name, input.version.major, input.version.minor, input.version.patch, *build, input.description,
             input.diskPath, input.ownsDisk, input.format, input.virtualSize, input.actualSize, input.sha256,
             input.kernelPath, input.initrdPath, input.kernelCmdline, content, input.sourceUrl, now, now, now});
        if (!id)
            return fail(id.error());
        w.notify(Catalog::Table::Images, *id);
        auto row = getImage(w.db, *id);
        if (!row)
            return fail(row.error());
        return Stored<ImageRow>{*row, true};
    });
}

QFuture<Result<ImageRow>> ImageRepository::createForBuild(const NewBuiltImage &input) const
{
    return m_context->write<ImageRow>([input](WriteContext &w) -> Result<ImageRow> {
        if (auto r = validateName(input.name, Tr::tr("image name")); !r)
            return fail(r.error());
        QString baseRef;
        if (input.baseImageId > 0) {
            auto base = getImage(w.db, input.baseImageId);
            if (!base)
                return fail(base.error());
            baseRef = base->reference();
        }
        QString recipeRef;
        if (input.recipeId > 0) {
            auto recipe = getRecipe(w.db, input.recipeId);
            if (!recipe)
                return fail(recipe.error());
            recipeRef = recipe->reference();
        }
        auto build = nextBuild(w.db, QStringLiteral("images"), input.name, input.version);
        if (!build)
            return fail(build.error());
        const QString now = nowText();
        auto id = w.db.insert(
            QStringLiteral("INSERT INTO images (name, major, minor, patch, build, status, origin, description, "
                           "kernel_path, initrd_path, kernel_cmdline, base_image_id, base_image_ref, recipe_id, recipe_ref, "
                           "build_id, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'PENDING', 'built', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {input.name, input.version.major, input.version.minor, input.version.patch, *build, input.description,
             input.kernelPath, input.initrdPath, input.kernelCmdline,
             input.baseImageId > 0 ? QVariant(input.baseImageId) : QVariant(QMetaType(QMetaType::LongLong)), baseRef,
             input.recipeId > 0 ? QVariant(input.recipeId) : QVariant(QMetaType(QMetaType::LongLong)), recipeRef,
             input.buildId > 0 ? QVariant(input.buildId) : QVariant(QMetaType(QMetaType::LongLong)), now, now});
        if (!id)
            return fail(id.error());
        for (int i = 0; i < input.components.size(); ++i) {
            const ImageComponentRow &c = input.components.at(i);
            auto component = getComponent(w.db, c.componentId);
            if (!component)
                return fail(component.error());
            auto r = w.db.exec(QStringLiteral("INSERT INTO image_components (image_id, position, component_id, component_ref, "
                                              "type, parameters) VALUES (?, ?, ?, ?, ?, ?)"),
                               {*id, i, c.componentId, component->reference(), componentTypeName(component->type),
                                parametersToJson(c.parameters)});
            if (!r)
                return fail(r.error());
        }
        w.notify(Catalog::Table::Images, *id);
        return getImage(w.db, *id);
    });
}

QFuture<Result<ImageRow>> ImageRepository::setStatus(qint64 id, ImageStatus to, const QString &reason) const
{
    return m_context->write<ImageRow>([id, to, reason](WriteContext &w) { return changeStatus(w, id, to, reason); });
}

QFuture<Result<ImageRow>> ImageRepository::setOutput(qint64 id, const ImageOutput &o) const
{
    return m_context->write<ImageRow>([id, o](WriteContext &w) -> Result<ImageRow> {
        auto image = getImage(w.db, id);
        if (!image)
            return fail(image.error());
        if (!isInProgress(image->status))
            return fail(Tr::tr("image %1 is %2: its disk can no longer change (images are immutable once built)")
                            .arg(image->reference(), imageStatusName(image->status)),
                        QStringLiteral("immutable"));
        auto n = w.db.exec(QStringLiteral("UPDATE images SET disk_path = ?, owns_disk = ?, libvirt_uri = ?, pool = ?, "
                                          "volume = ?, format = ?, virtual_size = ?, actual_size = ?, sha256 = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {o.diskPath, o.ownsDisk, o.libvirtUri, o.pool, o.volume, o.format, o.virtualSize,
                            o.actualSize, o.sha256, nowText(), id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Images, id);
        return getImage(w.db, id);
    });
}

QFuture<Result<void>> ImageRepository::setInventory(qint64 id, const QJsonObject &osInfo, const QList<PackageRow> &packages) const
{
    return m_context->write<void>([id, osInfo, packages](WriteContext &w) -> Result<void> {
        auto image = getImage(w.db, id);
        if (!image)
            return fail(image.error());
        if (!isInProgress(image->status))
            return fail(Tr::tr("image %1 is %2: its inventory can no longer change")
                            .arg(image->reference(), imageStatusName(image->status)),
                        QStringLiteral("immutable"));
        if (auto r = w.db.exec(QStringLiteral("DELETE FROM image_packages WHERE image_id = ?"), {id}); !r)
            return fail(r.error());
        for (const PackageRow &p : packages) {
            auto r = w.db.exec(QStringLiteral("INSERT OR REPLACE INTO image_packages (image_id, name, version, architecture) "
                                              "VALUES (?, ?, ?, ?)"),
                               {id, p.name, p.version, p.architecture});
            if (!r)
                return fail(r.error());
        }
        auto count = w.db.scalar(QStringLiteral("SELECT count(*) FROM image_packages WHERE image_id = ?"), {id});
        if (!count)
            return fail(count.error());
        auto n = w.db.exec(QStringLiteral("UPDATE images SET os_info = ?, os_id = ?, package_count = ?, updated_at = ? "
                                          "WHERE id = ?"),
                           {toJsonText(osInfo), osInfo.value(QStringLiteral("ID")).toString(), count->toInt(), nowText(), id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Images, id);
        return {};
    });
}

QFuture<Result<ImageRow>> ImageRepository::deprecate(qint64 id, const QString &reason) const
{
    return m_context->write<ImageRow>([id, reason](WriteContext &w) { return changeStatus(w, id, ImageStatus::Deprecated, reason); });
}

QFuture<Result<ImageRow>> ImageRepository::disable(qint64 id, const QString &reason) const
{
    return m_context->write<ImageRow>([id, reason](WriteContext &w) { return changeStatus(w, id, ImageStatus::Disabled, reason); });
}

QFuture<Result<ImageRow>> ImageRepository::enable(qint64 id) const
{
    return m_context->write<ImageRow>([id](WriteContext &w) { return changeStatus(w, id, ImageStatus::Available, {}); });
}

QFuture<Result<ImageRow>> ImageRepository::remove(qint64 id) const
{
    return m_context->write<ImageRow>([id](WriteContext &w) -> Result<ImageRow> {
        auto image = getImage(w.db, id);
        if (!image)
            return fail(image.error());
        if (isInProgress(image->status))
            return fail(Tr::tr("image %1 is %2: its build is still running; cancel the build first")
                            .arg(image->reference(), imageStatusName(image->status)),
                        QStringLiteral("invalid-transition"));
        QStringList building;
        auto r = w.db.select(QStringLiteral("SELECT name, major, minor, patch, build FROM images WHERE base_image_id = ? AND "
                                            "status IN ('PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING')"),
                             {id}, [&](const QSqlQuery &q) {
                                 building << formatReference(ResourceType::Image, q.value(0).toString(),
                                                             {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()},
                                                             q.value(4).toInt());
                             });
        if (!r)
            return fail(r.error());
        if (!building.isEmpty())
            return fail(Tr::tr("image %1 cannot be deleted while builds use it as their base: %2")
                            .arg(image->reference(), describeReferrers(building)),
                        QStringLiteral("referenced"));
        auto changed = changeStatus(w, id, ImageStatus::Deleted, image->statusReason);
        if (!changed)
            return changed;
        if (image->ownsDisk) {
            // Only once the DELETED status is committed: a failed write keeps the files.
            const QStringList files{image->diskPath, image->kernelPath, image->initrdPath};
            w.afterCommit([files] {
                for (const QString &f : files)
                    if (!f.isEmpty() && QFile::exists(f) && !QFile::remove(f))
                        qWarning("kiln: could not remove %s", qUtf8Printable(f));
            });
        }
        return changed;
    });
}

} // namespace Kiln::Core
