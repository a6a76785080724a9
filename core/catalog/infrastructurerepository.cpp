#include "infrastructurerepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QString kInfraColumns = QStringLiteral(
    "id, name, description, uri, vcpus, memory_mib, accelerator, network, storage_pool, keep_vm_on_failure, "
    "timeout_create, timeout_build, timeout_test, timeout_distribute, created_at, updated_at");

static InfrastructureRow infraFrom(const QSqlQuery &q)
{
    InfrastructureRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.uri = q.value(3).toString();
    r.vcpus = q.value(4).toInt();
    r.memoryMiB = q.value(5).toInt();
    r.accelerator = parseAccelerator(q.value(6).toString()).value_or(Accelerator::Auto);
    r.network = parseNetworkMode(q.value(7).toString()).value_or(NetworkMode::None);
    r.storagePool = q.value(8).toString();
    r.keepVmOnFailure = q.value(9).toBool();
    r.timeouts = {q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt(), q.value(13).toInt()};
    r.createdAt = timeFrom(q.value(14));
    r.updatedAt = timeFrom(q.value(15));
    return r;
}

static Result<InfrastructureRow> getInfraWhere(Db &db, const QString &where, const QVariant &value, const QString &what)
{
    std::optional<InfrastructureRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kInfraColumns + QStringLiteral(" FROM infrastructure WHERE ") + where,
                       {value}, [&](const QSqlQuery &q) { row = infraFrom(q); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no infrastructure configuration %1").arg(what), QStringLiteral("not-found"));
    return *row;
}

Result<InfrastructureRow> getInfrastructure(Db &db, const QString &name)
{
    return getInfraWhere(db, QStringLiteral("name = ?"), name, QStringLiteral("'%1'").arg(name));
}

Result<QList<InfrastructureRow>> listInfrastructure(Db &db)
{
    QList<InfrastructureRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kInfraColumns + QStringLiteral(" FROM infrastructure ORDER BY name"), {},
                       [&](const QSqlQuery &q) { out.append(infraFrom(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

Result<void> checkInfrastructure(const InfrastructureRow &row)
{
    QStringList errors;
    if (auto r = validateName(row.name, Tr::tr("infrastructure name")); !r)
        errors << r.error().message;
    if (!row.uri.contains(QLatin1String(":///")) && !row.uri.contains(QLatin1String("://")))
        errors << Tr::tr("uri '%1' is not a libvirt URI (e.g. qemu:///session, qemu:///system, qemu+ssh://host/system)")
                      .arg(row.uri);
    if (row.vcpus < 1 || row.vcpus > 256)
        errors << Tr::tr("vcpus must be between 1 and 256, not %1").arg(row.vcpus);
    if (row.memoryMiB < 64 || row.memoryMiB > 4194304)
        errors << Tr::tr("memoryMiB must be between 64 and 4194304, not %1").arg(row.memoryMiB);
    if (auto r = validateName(row.storagePool, Tr::tr("storage pool name")); !r)
        errors << r.error().message;
    const StageTimeouts &t = row.timeouts;
    if (t.create < 0 || t.build < 0 || t.test < 0 || t.distribute < 0)
        errors << Tr::tr("timeouts are seconds, 0 for no limit; they cannot be negative");
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    return {};
}

QList<Referrer> pipelinesUsing(Db &db, const QString &column, qint64 id, const QString &via)
{
    QList<Referrer> out;
    (void)db.select(QStringLiteral("SELECT name FROM pipelines WHERE ") + column + QStringLiteral(" = ? ORDER BY name"), {id},
                    [&](const QSqlQuery &q) { out.append({QStringLiteral("pipeline"), q.value(0).toString(), via}); });
    return out;
}

static bool sameInfrastructure(const InfrastructureRow &a, const InfrastructureRow &b)
{
    return a.description == b.description && a.uri == b.uri && a.vcpus == b.vcpus && a.memoryMiB == b.memoryMiB
           && a.accelerator == b.accelerator && a.network == b.network && a.storagePool == b.storagePool
           && a.keepVmOnFailure == b.keepVmOnFailure && a.timeouts == b.timeouts;
}

Result<Stored<InfrastructureRow>> storeInfrastructure(Db &db, const InfrastructureRow &row, bool *changed)
{
    *changed = false;
    if (auto r = checkInfrastructure(row); !r)
        return fail(r.error());
    auto existing = getInfrastructure(db, row.name);
    if (existing && sameInfrastructure(*existing, row))
        return Stored<InfrastructureRow>{*existing, false};
    const QString now = nowText();
    const QVariantList values{row.description, row.uri, row.vcpus, row.memoryMiB, acceleratorName(row.accelerator),
                              networkModeName(row.network), row.storagePool, row.keepVmOnFailure, row.timeouts.create,
                              row.timeouts.build, row.timeouts.test, row.timeouts.distribute, now};
    if (existing) {
        auto n = db.exec(QStringLiteral("UPDATE infrastructure SET description = ?, uri = ?, vcpus = ?, memory_mib = ?, "
                                        "accelerator = ?, network = ?, storage_pool = ?, keep_vm_on_failure = ?, "
                                        "timeout_create = ?, timeout_build = ?, timeout_test = ?, "
                                        "timeout_distribute = ?, updated_at = ? WHERE id = ?"),
                         QVariantList(values) << existing->id);
        if (!n)
            return fail(n.error());
    } else {
        auto inserted = db.insert(QStringLiteral("INSERT INTO infrastructure (description, uri, vcpus, memory_mib, "
                                                 "accelerator, network, storage_pool, keep_vm_on_failure, timeout_create, "
                                                 "timeout_build, timeout_test, timeout_distribute, updated_at, name, "
                                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  QVariantList(values) << row.name << now);
        if (!inserted)
            return fail(inserted.error());
    }
    *changed = true;
    auto stored = getInfrastructure(db, row.name);
    if (!stored)
        return fail(stored.error());
    return Stored<InfrastructureRow>{*stored, !existing};
}

} // namespace Internal

InfrastructureRepository::InfrastructureRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<Stored<InfrastructureRow>>> InfrastructureRepository::put(const InfrastructureRow &row) const
{
    return m_context->write<Stored<InfrastructureRow>>([row](WriteContext &w) -> Result<Stored<InfrastructureRow>> {
        bool changed = false;
        auto stored = storeInfrastructure(w.db, row, &changed);
        if (stored && changed)
            w.notify(Catalog::Table::Infrastructure, stored->row.id);
        return stored;
    });
}

QFuture<Result<void>> InfrastructureRepository::remove(const QString &name) const
{
    return m_context->write<void>([name](WriteContext &w) -> Result<void> {
        auto row = getInfrastructure(w.db, name);
        if (!row)
            return fail(row.error());
        const QList<Referrer> users = pipelinesUsing(w.db, QStringLiteral("infrastructure_id"), row->id, QStringLiteral("infrastructure"));
        if (!users.isEmpty()) {
            QStringList names;
            for (const Referrer &r : users)
                names << Tr::tr("pipeline %1").arg(r.reference);
            return fail(Tr::tr("infrastructure configuration %1 cannot be deleted: it is used by %2")
                            .arg(name, describeReferrers(names)),
                        QStringLiteral("referenced"));
        }
        auto n = w.db.exec(QStringLiteral("DELETE FROM infrastructure WHERE id = ?"), {row->id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Infrastructure, row->id);
        return {};
    });
}

Result<InfrastructureRow> InfrastructureRepository::get(const QString &name) const
{
    return m_context->read<InfrastructureRow>([name](Db &db) { return getInfrastructure(db, name); });
}

Result<InfrastructureRow> InfrastructureRepository::get(qint64 id) const
{
    return m_context->read<InfrastructureRow>(
        [id](Db &db) { return getInfraWhere(db, QStringLiteral("id = ?"), id, QStringLiteral("with id %1").arg(id)); });
}

Result<QList<InfrastructureRow>> InfrastructureRepository::list() const
{
    return m_context->read<QList<InfrastructureRow>>([](Db &db) { return listInfrastructure(db); });
}

Result<QList<Referrer>> InfrastructureRepository::referrers(const QString &name) const
{
    return m_context->read<QList<Referrer>>([name](Db &db) -> Result<QList<Referrer>> {
        auto row = getInfrastructure(db, name);
        if (!row)
            return fail(row.error());
        return pipelinesUsing(db, QStringLiteral("infrastructure_id"), row->id, QStringLiteral("infrastructure"));
    });
}

QFuture<Result<QList<InfrastructureRow>>> InfrastructureRepository::listAsync() const
{
    return m_context->readAsync<QList<InfrastructureRow>>([](Db &db) { return listInfrastructure(db); });
}

} // namespace Kiln::Core
