#include "resourceapplier.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

namespace Kiln::Core {

using namespace Internal;

QString appliedActionName(AppliedResource::Action action)
{
    switch (action) {
    case AppliedResource::Action::Created: return QStringLiteral("created");
    case AppliedResource::Action::Updated: return QStringLiteral("updated");
    case AppliedResource::Action::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

namespace {

int applyOrder(ResourceKind k)
{
    switch (k) {
    case ResourceKind::InfrastructureConfiguration: return 0;
    case ResourceKind::DistributionConfiguration: return 1;
    case ResourceKind::ImageRecipe: return 2;
    case ResourceKind::ImagePipeline: return 3;
    }
    return 4;
}

QString located(const SourceLocation &where, const QString &message, bool warning = false)
{
    // Multi-line messages (several findings) get the location on every line.
    QStringList lines;
    for (const QString &line : message.split(u'\n'))
        lines << where.toString() + (warning ? QStringLiteral(": warning: ") : QStringLiteral(": error: ")) + line;
    return lines.join(u'\n');
}

QString identity(const ResourceDocument &d)
{
    QString id = resourceKindName(d.kind) + u'/' + d.name();
    if (const auto *r = std::get_if<NewRecipe>(&d.resource))
        id += u'@' + r->version.toString();
    return id;
}

} // namespace

QFuture<Result<ApplyResult>> ResourceApplier::apply(Catalog &catalog, const QList<ResourceDocument> &documents)
{
    QList<ResourceDocument> ordered = documents;
    std::stable_sort(ordered.begin(), ordered.end(), [](const ResourceDocument &a, const ResourceDocument &b) {
        return applyOrder(a.kind) < applyOrder(b.kind);
    });
    return catalog.context()->write<ApplyResult>([ordered](WriteContext &w) -> Result<ApplyResult> {
        ApplyResult result;
        QStringList errors;
        QHash<QString, SourceLocation> seen;
        for (const ResourceDocument &doc : ordered) {
            const QString id = identity(doc);
            if (seen.contains(id)) {
                errors << located(doc.location, Tr::tr("%1 %2 is defined twice; the first is at %3")
                                                     .arg(resourceKindName(doc.kind), doc.name(), seen.value(id).toString()));
                continue;
            }
            seen.insert(id, doc.location);
            AppliedResource applied{doc.kind, doc.name(), doc.name(), AppliedResource::Action::Unchanged};
            bool changed = false;
            switch (doc.kind) {
            case ResourceKind::InfrastructureConfiguration: {
                auto stored = storeInfrastructure(w.db, std::get<InfrastructureRow>(doc.resource), &changed);
                if (!stored) {
                    errors << located(doc.location, stored.error().message);
                    continue;
                }
                applied.action = stored->isNew ? AppliedResource::Action::Created
                                 : changed     ? AppliedResource::Action::Updated
                                               : AppliedResource::Action::Unchanged;
                if (changed)
                    w.notify(Catalog::Table::Infrastructure, stored->row.id);
                break;
            }
            case ResourceKind::DistributionConfiguration: {
                auto stored = storeDistribution(w.db, std::get<DistributionRow>(doc.resource), &changed);
                if (!stored) {
                    errors << located(doc.location, stored.error().message);
                    continue;
                }
                applied.action = stored->isNew ? AppliedResource::Action::Created
                                 : changed     ? AppliedResource::Action::Updated
                                               : AppliedResource::Action::Unchanged;
                if (changed)
                    w.notify(Catalog::Table::Distributions, stored->row.id);
                break;
            }
            case ResourceKind::ImageRecipe: {
                const NewRecipe &recipe = std::get<NewRecipe>(doc.resource);
                auto checked = checkRecipe(w.db, recipe, [&doc](int i, bool warning) -> QString {
                    const SourceLocation where = i >= 0    ? doc.where(QStringLiteral("components[%1]").arg(i))
                                                 : i == -2 ? doc.where(QStringLiteral("parentImage"))
                                                           : doc.location;
                    return where.toString() + (warning ? QStringLiteral(": warning: ") : QStringLiteral(": error: "));
                });
                if (!checked) {
                    errors << checked.error().message;
                    continue;
                }
                result.warnings << *checked;
                auto stored = storeRecipe(w.db, recipe);
                if (!stored) {
                    errors << located(doc.location, stored.error().message);
                    continue;
                }
                applied.reference = stored->row.reference();
                applied.action = stored->isNew ? AppliedResource::Action::Created : AppliedResource::Action::Unchanged;
                if (stored->isNew)
                    w.notify(Catalog::Table::Recipes, stored->row.id);
                break;
            }
            case ResourceKind::ImagePipeline: {
                const PipelineRow &pipeline = std::get<PipelineRow>(doc.resource);
                // Locate reference errors at the field that holds the reference.
                bool ok = true;
                if (auto ref = Reference::parse(pipeline.recipe, ResourceType::Recipe); !ref) {
                    errors << located(doc.where(QStringLiteral("recipe")), ref.error().message);
                    ok = false;
                } else if (auto recipe = resolveRecipe(w.db, *ref); !recipe) {
                    errors << located(doc.where(QStringLiteral("recipe")), recipe.error().message);
                    ok = false;
                }
                if (auto infra = getInfrastructure(w.db, pipeline.infrastructure); !infra) {
                    errors << located(doc.where(QStringLiteral("infrastructure")), infra.error().message);
                    ok = false;
                }
                if (!pipeline.distribution.isEmpty())
                    if (auto dist = getDistribution(w.db, pipeline.distribution); !dist) {
                        errors << located(doc.where(QStringLiteral("distribution")), dist.error().message);
                        ok = false;
                    }
                if (auto s = checkSchedule(pipeline.schedule); !s) {
                    errors << located(doc.where(QStringLiteral("schedule")), s.error().message);
                    ok = false;
                }
                if (!ok)
                    continue;
                auto stored = storePipeline(w.db, pipeline, &changed);
                if (!stored) {
                    errors << located(doc.location, stored.error().message);
                    continue;
                }
                applied.action = stored->isNew ? AppliedResource::Action::Created
                                 : changed     ? AppliedResource::Action::Updated
                                               : AppliedResource::Action::Unchanged;
                if (changed)
                    w.notify(Catalog::Table::Pipelines, stored->row.id);
                break;
            }
            }
            result.resources.append(applied);
        }
        if (!errors.isEmpty())
            return fail(errors.join(u'\n') + u'\n'
                            + Tr::tr("Nothing was applied (%n problem(s)).", nullptr, int(errors.size())),
                        QStringLiteral("invalid"));
        return result;
    });
}

Result<QList<ResourceDocument>> ResourceApplier::exportDocuments(Catalog &catalog, const ExportFilter &filter)
{
    std::optional<Reference> recipeRef;
    if (!filter.name.isEmpty() && (!filter.kind || *filter.kind == ResourceKind::ImageRecipe)) {
        if (auto ref = Reference::parse(filter.name, ResourceType::Recipe))
            recipeRef = *ref;
        else if (filter.kind)
            return fail(ref.error());
    }
    return catalog.context()->read<QList<ResourceDocument>>([filter, recipeRef](Db &db) -> Result<QList<ResourceDocument>> {
        QList<ResourceDocument> out;
        auto wanted = [&](ResourceKind k) { return !filter.kind || *filter.kind == k; };
        auto named = [&](const QString &name) { return filter.name.isEmpty() || filter.name == name; };
        auto doc = [](ResourceKind kind, auto row) {
            ResourceDocument d;
            d.kind = kind;
            d.resource = std::move(row);
            return d;
        };
        if (wanted(ResourceKind::InfrastructureConfiguration)) {
            auto rows = listInfrastructure(db);
            if (!rows)
                return fail(rows.error());
            for (const InfrastructureRow &r : std::as_const(*rows))
                if (named(r.name))
                    out.append(doc(ResourceKind::InfrastructureConfiguration, r));
        }
        if (wanted(ResourceKind::DistributionConfiguration)) {
            auto rows = listDistributions(db);
            if (!rows)
                return fail(rows.error());
            for (const DistributionRow &r : std::as_const(*rows))
                if (named(r.name))
                    out.append(doc(ResourceKind::DistributionConfiguration, r));
        }
        if (wanted(ResourceKind::ImageRecipe)) {
            auto rows = listRecipes(db, {});
            if (!rows)
                return fail(rows.error());
            // One document per version: its newest build (build numbers are Kiln's, not the file's),
            // oldest version first so that applying the file creates them in the same order.
            QList<RecipeRow> newest;
            for (const RecipeRow &r : std::as_const(*rows)) {
                if (!filter.name.isEmpty() && (!recipeRef || recipeRef->name != r.name || !recipeRef->version.matches(r.version)))
                    continue;
                if (!newest.isEmpty() && newest.last().name == r.name && newest.last().version == r.version)
                    continue; // list order is newest build first within a version
                newest.append(r);
            }
            std::stable_sort(newest.begin(), newest.end(), [](const RecipeRow &a, const RecipeRow &b) {
                return a.name != b.name ? a.name < b.name : a.version < b.version;
            });
            for (const RecipeRow &r : std::as_const(newest)) {
                NewRecipe n;
                n.name = r.name;
                n.version = r.version;
                n.description = r.description;
                n.parentImage = r.parentImage;
                n.components = r.components;
                n.diskSizeGiB = r.diskSizeGiB;
                n.workingDirectory = r.workingDirectory;
                out.append(doc(ResourceKind::ImageRecipe, n));
            }
        }
        if (wanted(ResourceKind::ImagePipeline)) {
            auto rows = listPipelines(db);
            if (!rows)
                return fail(rows.error());
            for (const PipelineRow &r : std::as_const(*rows))
                if (named(r.name))
                    out.append(doc(ResourceKind::ImagePipeline, r));
        }
        if (!filter.name.isEmpty() && out.isEmpty())
            return fail(Tr::tr("nothing named '%1' to export").arg(filter.name), QStringLiteral("not-found"));
        return out;
    });
}

} // namespace Kiln::Core
