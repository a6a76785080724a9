#include "distributionrepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

#include <QDir>

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QStringList kFormats{QStringLiteral("qcow2"), QStringLiteral("raw"), QStringLiteral("vmdk"), QStringLiteral("vhdx")};
static const QStringList kCompressions{QStringLiteral("none"), QStringLiteral("gzip"), QStringLiteral("xz"), QStringLiteral("zstd")};

static DistributionRow distributionFrom(const QSqlQuery &q)
{
    DistributionRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.createdAt = timeFrom(q.value(3));
    r.updatedAt = timeFrom(q.value(4));
    return r;
}

static Result<void> loadTargets(Db &db, DistributionRow &row)
{
    return db.select(QStringLiteral("SELECT kind, directory, pool, uri, formats, compression, checksums FROM "
                                    "distribution_targets WHERE distribution_id = ? ORDER BY position"),
                     {row.id}, [&](const QSqlQuery &q) {
                         DistributionTarget t;
                         t.kind = q.value(0).toString() == QLatin1String("pool") ? DistributionTarget::Kind::Pool
                                                                                 : DistributionTarget::Kind::Directory;
                         t.directory = q.value(1).toString();
                         t.pool = q.value(2).toString();
                         t.uri = q.value(3).toString();
                         t.formats = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
                         t.compression = q.value(5).toString();
                         t.checksums = q.value(6).toBool();
                         row.targets.append(t);
                     });
}

static Result<DistributionRow> getDistributionWhere(Db &db, const QString &where, const QVariant &value, const QString &what)
{
    std::optional<DistributionRow> row;
    auto r = db.select(QStringLiteral("SELECT id, name, description, created_at, updated_at FROM distributions WHERE ") + where,
                       {value}, [&](const QSqlQuery &q) { row = distributionFrom(q); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no distribution configuration %1").arg(what), QStringLiteral("not-found"));
    if (auto t = loadTargets(db, *row); !t)
        return fail(t.error());
    return *row;
}

Result<DistributionRow> getDistribution(Db &db, const QString &name)
{
    return getDistributionWhere(db, QStringLiteral("name = ?"), name, QStringLiteral("'%1'").arg(name));
}

Result<QList<DistributionRow>> listDistributions(Db &db)
{
    QList<DistributionRow> out;
    auto r = db.select(QStringLiteral("SELECT id, name, description, created_at, updated_at FROM distributions ORDER BY name"),
                       {}, [&](const QSqlQuery &q) { out.append(distributionFrom(q)); });
    if (!r)
        return fail(r.error());
    for (DistributionRow &row : out)
        if (auto t = loadTargets(db, row); !t)
            return fail(t.error());
    return out;
}

Result<void> checkDistribution(const DistributionRow &row)
{
    QStringList errors;
    if (auto r = validateName(row.name, Tr::tr("distribution name")); !r)
        errors << r.error().message;
    if (row.targets.isEmpty())
        errors << Tr::tr("distribution %1 has no targets; add a directory or a pool").arg(row.name);
    for (int i = 0; i < row.targets.size(); ++i) {
        const DistributionTarget &t = row.targets.at(i);
        const QString where = Tr::tr("targets[%1]: ").arg(i);
        if (t.kind == DistributionTarget::Kind::Directory) {
            if (t.directory.isEmpty() || !QDir::isAbsolutePath(t.directory))
                errors << where + Tr::tr("directory must be an absolute path, not '%1'").arg(t.directory);
        } else {
            if (auto r = validateName(t.pool, Tr::tr("pool name")); !r)
                errors << where + r.error().message;
            if (t.compression != QLatin1String("none"))
                errors << where + Tr::tr("compression '%1' is only possible for directory targets (a pool volume must "
                                         "be a usable disk)").arg(t.compression);
        }
        if (t.formats.isEmpty())
            errors << where + Tr::tr("formats is empty; choose from %1").arg(kFormats.join(QStringLiteral(", ")));
        QStringList seen;
        for (const QString &f : t.formats) {
            if (!kFormats.contains(f))
                errors << where + Tr::tr("unknown format '%1'; choose from %2").arg(f, kFormats.join(QStringLiteral(", ")));
            else if (seen.contains(f))
                errors << where + Tr::tr("format '%1' is listed twice").arg(f);
            seen << f;
        }
        if (!kCompressions.contains(t.compression))
            errors << where + Tr::tr("unknown compression '%1'; choose from %2")
                                  .arg(t.compression, kCompressions.join(QStringLiteral(", ")));
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    return {};
}

static QList<DistributionTarget> normalizedTargets(QList<DistributionTarget> targets)
{
    for (DistributionTarget &t : targets) {
        if (t.kind == DistributionTarget::Kind::Pool) {
            t.directory.clear();
        } else {
            t.directory = QDir::cleanPath(t.directory);
            t.pool.clear();
            t.uri.clear();
        }
    }
    return targets;
}

Result<Stored<DistributionRow>> storeDistribution(Db &db, const DistributionRow &row, bool *changed)
{
    *changed = false;
    if (auto r = checkDistribution(row); !r)
        return fail(r.error());
    auto existing = getDistribution(db, row.name);
    if (existing && existing->description == row.description && existing->targets == normalizedTargets(row.targets))
        return Stored<DistributionRow>{*existing, false};
    const QString now = nowText();
    qint64 id = 0;
    if (existing) {
        id = existing->id;
        if (auto n = db.exec(QStringLiteral("UPDATE distributions SET description = ?, updated_at = ? WHERE id = ?"),
                               {row.description, now, id});
            !n)
            return fail(n.error());
        if (auto n = db.exec(QStringLiteral("DELETE FROM distribution_targets WHERE distribution_id = ?"), {id}); !n)
            return fail(n.error());
    } else {
        auto inserted = db.insert(QStringLiteral("INSERT INTO distributions (name, description, created_at, updated_at) "
                                                   "VALUES (?, ?, ?, ?)"),
                                    {row.name, row.description, now, now});
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
    }
    for (int i = 0; i < row.targets.size(); ++i) {
        const DistributionTarget &t = row.targets.at(i);
        const bool pool = t.kind == DistributionTarget::Kind::Pool;
        auto n = db.exec(QStringLiteral("INSERT INTO distribution_targets (distribution_id, position, kind, directory, "
                                          "pool, uri, formats, compression, checksums) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, i, pool ? QStringLiteral("pool") : QStringLiteral("directory"),
                            pool ? QString() : QDir::cleanPath(t.directory), pool ? t.pool : QString(),
                            pool ? t.uri : QString(), t.formats.join(u','), t.compression, t.checksums});
        if (!n)
            return fail(n.error());
    }
    *changed = true;
    auto stored = getDistribution(db, row.name);
    if (!stored)
        return fail(stored.error());
    return Stored<DistributionRow>{*stored, !existing};
}

} // namespace Internal

DistributionRepository::DistributionRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<Stored<DistributionRow>>> DistributionRepository::put(const DistributionRow &row) const
{
    return m_context->write<Stored<DistributionRow>>([row](WriteContext &w) -> Result<Stored<DistributionRow>> {
        bool changed = false;
        auto stored = storeDistribution(w.db, row, &changed);
        if (stored && changed)
            w.notify(Catalog::Table::Distributions, stored->row.id);
        return stored;
    });
}

QFuture<Result<void>> DistributionRepository::remove(const QString &name) const
{
    return m_context->write<void>([name](WriteContext &w) -> Result<void> {
        auto row = getDistribution(w.db, name);
        if (!row)
            return fail(row.error());
        const QList<Referrer> users = pipelinesUsing(w.db, QStringLiteral("distribution_id"), row->id, QStringLiteral("distribution"));
        if (!users.isEmpty()) {
            QStringList names;
            for (const Referrer &r : users)
                names << Tr::tr("pipeline %1").arg(r.reference);
            return fail(Tr::tr("distribution configuration %1 cannot be deleted: it is used by %2")
                            .arg(name, describeReferrers(names)),
                        QStringLiteral("referenced"));
        }
        auto n = w.db.exec(QStringLiteral("DELETE FROM distributions WHERE id = ?"), {row->id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Distributions, row->id);
        return {};
    });
}

Result<DistributionRow> DistributionRepository::get(const QString &name) const
{
    return m_context->read<DistributionRow>([name](Db &db) { return getDistribution(db, name); });
}

Result<DistributionRow> DistributionRepository::get(qint64 id) const
{
    return m_context->read<DistributionRow>([id](Db &db) {
        return getDistributionWhere(db, QStringLiteral("id = ?"), id, QStringLiteral("with id %1").arg(id));
    });
}

Result<QList<DistributionRow>> DistributionRepository::list() const
{
    return m_context->read<QList<DistributionRow>>([](Db &db) { return listDistributions(db); });
}

Result<QList<Referrer>> DistributionRepository::referrers(const QString &name) const
{
    return m_context->read<QList<Referrer>>([name](Db &db) -> Result<QList<Referrer>> {
        auto row = getDistribution(db, name);
        if (!row)
            return fail(row.error());
        return pipelinesUsing(db, QStringLiteral("distribution_id"), row->id, QStringLiteral("distribution"));
    });
}

QFuture<Result<QList<DistributionRow>>> DistributionRepository::listAsync() const
{
    return m_context->readAsync<QList<DistributionRow>>([](Db &db) { return listDistributions(db); });
}

} // namespace Kiln::Core
