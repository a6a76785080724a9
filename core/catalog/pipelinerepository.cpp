#include "pipelinerepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QString kPipelineColumns = QStringLiteral(
    "p.id, p.name, p.description, p.recipe_ref, i.name, d.name, p.tests, p.schedule, p.start_condition, p.enabled, "
    "p.created_at, p.updated_at FROM pipelines p JOIN infrastructure i ON i.id = p.infrastructure_id "
    "LEFT JOIN distributions d ON d.id = p.distribution_id");

static PipelineRow pipelineFrom(const QSqlQuery &q)
{
    PipelineRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.recipe = q.value(3).toString();
    r.infrastructure = q.value(4).toString();
    r.distribution = q.value(5).toString();
    r.tests = q.value(6).toBool();
    r.schedule = q.value(7).toString();
    r.startCondition = parseStartCondition(q.value(8).toString()).value_or(StartCondition::Always);
    r.enabled = q.value(9).toBool();
    r.createdAt = timeFrom(q.value(10));
    r.updatedAt = timeFrom(q.value(11));
    return r;
}

static Result<PipelineRow> getPipelineWhere(Db &db, const QString &where, const QVariant &value, const QString &what)
{
    std::optional<PipelineRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kPipelineColumns + QStringLiteral(" WHERE ") + where, {value},
                       [&](const QSqlQuery &q) { row = pipelineFrom(q); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no image pipeline %1").arg(what), QStringLiteral("not-found"));
    return *row;
}

Result<PipelineRow> getPipeline(Db &db, const QString &name)
{
    return getPipelineWhere(db, QStringLiteral("p.name = ?"), name, QStringLiteral("'%1'").arg(name));
}

Result<QList<PipelineRow>> listPipelines(Db &db)
{
    QList<PipelineRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kPipelineColumns + QStringLiteral(" ORDER BY p.name"), {},
                       [&](const QSqlQuery &q) { out.append(pipelineFrom(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

// One cron field: *, */n, a, a-b, a-b/n and comma lists of those, within [lo, hi]; names
// (jan…dec, sun…sat) where the field has them.
static bool cronField(QStringView field, int lo, int hi, const QStringList &names)
{
    auto number = [&](QStringView t, int &out) {
        const int idx = int(names.indexOf(t.toString().toLower()));
        if (idx >= 0) {
            out = idx + lo;
            return true;
        }
        bool ok = false;
        out = t.toInt(&ok);
        return ok && out >= lo && out <= hi;
    };
    for (QStringView item : field.split(u',')) {
        QStringView range = item;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            const int step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1 || step > hi)
                return false;
            range = item.left(slash);
        }
        if (range == u"*")
            continue;
        const qsizetype dash = range.indexOf(u'-');
        int a = 0, b = 0;
        if (dash >= 0) {
            if (!number(range.left(dash), a) || !number(range.mid(dash + 1), b) || a > b)
                return false;
        } else if (!number(range, a)) {
            return false;
        }
    }
    return true;
}

Result<void> checkSchedule(const QString &schedule)
{
    const QString s = schedule.trimmed();
    if (s == QLatin1String("manual"))
        return {};
    static const QStringList macros{QStringLiteral("@hourly"), QStringLiteral("@daily"), QStringLiteral("@weekly"),
                                    QStringLiteral("@monthly"), QStringLiteral("@yearly"), QStringLiteral("@annually")};
    if (macros.contains(s))
        return {};
    const QStringList fields = s.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return fail(Tr::tr("schedule '%1' is neither 'manual' nor a cron expression of 5 fields (minute hour day-of-month "
                           "month day-of-week, e.g. '0 3 * * 1')").arg(schedule),
                    QStringLiteral("invalid"));
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                    QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                    QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList days{QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat")};
    struct Spec { const char *name; int lo; int hi; QStringList names; };
    const Spec specs[5] = {{"minute", 0, 59, {}}, {"hour", 0, 23, {}}, {"day of month", 1, 31, {}},
                           {"month", 1, 12, months}, {"day of week", 0, 7, days}};
    for (int i = 0; i < 5; ++i) {
        if (!cronField(fields.at(i), specs[i].lo, specs[i].hi, specs[i].names))
            return fail(Tr::tr("schedule '%1': the %2 field '%3' is not valid (allowed: *, */n, numbers %4-%5, ranges a-b, "
                               "lists a,b)")
                            .arg(schedule, QString::fromLatin1(specs[i].name), fields.at(i))
                            .arg(specs[i].lo)
                            .arg(specs[i].hi),
                        QStringLiteral("invalid"));
    }
    return {};
}

Result<void> checkPipeline(Db &db, const PipelineRow &row)
{
    QStringList errors;
    if (auto r = validateName(row.name, Tr::tr("pipeline name")); !r)
        errors << r.error().message;
    if (auto r = checkSchedule(row.schedule); !r)
        errors << r.error().message;
    if (auto ref = Reference::parse(row.recipe, ResourceType::Recipe); !ref)
        errors << Tr::tr("recipe: %1").arg(ref.error().message);
    else if (auto recipe = resolveRecipe(db, *ref); !recipe)
        errors << Tr::tr("recipe: %1").arg(recipe.error().message);
    if (auto infra = getInfrastructure(db, row.infrastructure); !infra)
        errors << Tr::tr("infrastructure: %1").arg(infra.error().message);
    if (!row.distribution.isEmpty())
        if (auto dist = getDistribution(db, row.distribution); !dist)
            errors << Tr::tr("distribution: %1").arg(dist.error().message);
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    return {};
}

Result<Stored<PipelineRow>> storePipeline(Db &db, const PipelineRow &row, bool *changed)
{
    *changed = false;
    if (auto r = checkPipeline(db, row); !r)
        return fail(r.error());
    auto infra = getInfrastructure(db, row.infrastructure);
    if (!infra)
        return fail(infra.error());
    QVariant distributionId(QMetaType(QMetaType::LongLong));
    if (!row.distribution.isEmpty()) {
        auto dist = getDistribution(db, row.distribution);
        if (!dist)
            return fail(dist.error());
        distributionId = dist->id;
    }
    auto ref = Reference::parse(row.recipe, ResourceType::Recipe);
    if (!ref)
        return fail(ref.error());
    auto existing = getPipeline(db, row.name);
    if (existing && existing->description == row.description && existing->recipe == row.recipe.trimmed()
        && existing->infrastructure == row.infrastructure && existing->distribution == row.distribution
        && existing->tests == row.tests && existing->schedule == row.schedule.trimmed()
        && existing->startCondition == row.startCondition && existing->enabled == row.enabled)
        return Stored<PipelineRow>{*existing, false};
    const QString now = nowText();
    const QVariantList values{row.description, row.recipe.trimmed(), ref->name, infra->id, distributionId, row.tests,
                              row.schedule.trimmed(), startConditionName(row.startCondition), row.enabled, now};
    qint64 id = 0;
    if (existing) {
        id = existing->id;
        auto n = db.exec(QStringLiteral("UPDATE pipelines SET description = ?, recipe_ref = ?, recipe_name = ?, "
                                          "infrastructure_id = ?, distribution_id = ?, tests = ?, schedule = ?, "
                                          "start_condition = ?, enabled = ?, updated_at = ? WHERE id = ?"),
                           QVariantList(values) << id);
        if (!n)
            return fail(n.error());
    } else {
        auto inserted = db.insert(QStringLiteral("INSERT INTO pipelines (description, recipe_ref, recipe_name, "
                                                   "infrastructure_id, distribution_id, tests, schedule, start_condition, "
                                                   "enabled, updated_at, name, created_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                    QVariantList(values) << row.name << now);
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
    }
    *changed = true;
    auto stored = getPipeline(db, row.name);
    if (!stored)
        return fail(stored.error());
    return Stored<PipelineRow>{*stored, !existing};
}

} // namespace Internal

PipelineRepository::PipelineRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<Stored<PipelineRow>>> PipelineRepository::put(const PipelineRow &row) const
{
    return m_context->write<Stored<PipelineRow>>([row](WriteContext &w) -> Result<Stored<PipelineRow>> {
        bool changed = false;
        auto stored = storePipeline(w.db, row, &changed);
        if (stored && changed)
            w.notify(Catalog::Table::Pipelines, stored->row.id);
        return stored;
    });
}

QFuture<Result<void>> PipelineRepository::remove(const QString &name) const
{
    return m_context->write<void>([name](WriteContext &w) -> Result<void> {
        auto row = getPipeline(w.db, name);
        if (!row)
            return fail(row.error());
        QStringList running;
        auto r = w.db.select(QStringLiteral("SELECT id FROM builds WHERE pipeline_id = ? AND state NOT IN ('SUCCEEDED', "
                                            "'FAILED', 'CANCELLED')"),
                             {row->id}, [&](const QSqlQuery &q) { running << q.value(0).toString(); });
        if (!r)
            return fail(r.error());
        if (!running.isEmpty())
            return fail(Tr::tr("pipeline %1 cannot be deleted while its builds are running (%2); cancel them first")
                            .arg(name, running.join(QStringLiteral(", "))),
                        QStringLiteral("referenced"));
        auto n = w.db.exec(QStringLiteral("DELETE FROM pipelines WHERE id = ?"), {row->id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Pipelines, row->id);
        return {};
    });
}

Result<PipelineRow> PipelineRepository::get(const QString &name) const
{
    return m_context->read<PipelineRow>([name](Db &db) { return getPipeline(db, name); });
}

Result<PipelineRow> PipelineRepository::get(qint64 id) const
{
    return m_context->read<PipelineRow>(
        [id](Db &db) { return getPipelineWhere(db, QStringLiteral("p.id = ?"), id, QStringLiteral("with id %1").arg(id)); });
}

Result<QList<PipelineRow>> PipelineRepository::list() const
{
    return m_context->read<QList<PipelineRow>>([](Db &db) { return listPipelines(db); });
}

Result<QList<Referrer>> PipelineRepository::referrers(const QString &name) const
{
    return m_context->read<QList<Referrer>>([name](Db &db) -> Result<QList<Referrer>> {
        auto row = getPipeline(db, name);
        if (!row)
            return fail(row.error());
        return QList<Referrer>{};
    });
}

QFuture<Result<QList<PipelineRow>>> PipelineRepository::listAsync() const
{
    return m_context->readAsync<QList<PipelineRow>>([](Db &db) { return listPipelines(db); });
}

} // namespace Kiln::Core
