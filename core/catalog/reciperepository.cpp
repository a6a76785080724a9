#include "reciperepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "componentdocument.h"
#include "queries.h"

#include <QJsonArray>

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QString kRecipeColumns = QStringLiteral(
    "id, name, major, minor, patch, build, description, parent_image, disk_size_gib, working_directory, sha256, "
    "created_at");

static RecipeRow recipeFrom(const QSqlQuery &q)
{
    RecipeRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.version = {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
    r.build = q.value(5).toInt();
    r.description = q.value(6).toString();
    r.parentImage = q.value(7).toString();
    r.diskSizeGiB = q.value(8).toInt();
    r.workingDirectory = q.value(9).toString();
    r.sha256 = q.value(10).toString();
    r.createdAt = timeFrom(q.value(11));
    return r;
}

static Result<void> loadRecipeComponents(Db &db, RecipeRow &recipe)
{
    recipe.components.clear();
    return db.select(QStringLiteral("SELECT component_ref, parameters FROM recipe_components WHERE recipe_id = ? "
                                    "ORDER BY position"),
                     {recipe.id}, [&](const QSqlQuery &q) {
                         recipe.components.append({q.value(0).toString(), parametersFrom(q.value(1))});
                     });
}

// The identity of a recipe's content: what a build would do differently.
static QString recipeContentSha(const NewRecipe &r)
{
    QJsonArray components;
    for (const RecipeComponentRef &c : r.components)
        components.append(QJsonObject{{QStringLiteral("component"), c.component},
                                      {QStringLiteral("parameters"), jsonObjectFrom(parametersToJson(c.parameters))}});
    const QJsonObject o{{QStringLiteral("description"), r.description},
                        {QStringLiteral("parentImage"), r.parentImage},
                        {QStringLiteral("components"), components},
                        {QStringLiteral("diskSizeGiB"), r.diskSizeGiB},
                        {QStringLiteral("workingDirectory"), r.workingDirectory}};
    return sha256Hex(toJsonText(o).toUtf8());
}

Result<RecipeRow> getRecipe(Db &db, qint64 id)
{
    std::optional<RecipeRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kRecipeColumns + QStringLiteral(" FROM recipes WHERE id = ?"), {id},
                       [&](const QSqlQuery &q) { row = recipeFrom(q); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no recipe with id %1").arg(id), QStringLiteral("not-found"));
    if (auto c = loadRecipeComponents(db, *row); !c)
        return fail(c.error());
    return *row;
}

Result<RecipeRow> resolveRecipe(Db &db, const Reference &ref)
{
    auto id = resolveId(db, QStringLiteral("recipes"), ref);
    if (!id)
        return fail(id.error());
    if (*id == 0)
        return fail(notFound(db, QStringLiteral("recipes"), ref));
    return getRecipe(db, *id);
}

Result<QList<RecipeRow>> listRecipes(Db &db, const RecipeFilter &f)
{
    Where w;
    if (!f.name.isEmpty())
        w.add(QStringLiteral("name = ?"), {f.name});
    w.addPrefix(QStringLiteral("name"), f.namePrefix);
    if (f.newestOnly)
        w.add(QStringLiteral("id = (SELECT r2.id FROM recipes r2 WHERE r2.name = recipes.name ORDER BY ") + kVersionOrder
              + QStringLiteral(" LIMIT 1)"));
    QList<RecipeRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kRecipeColumns + QStringLiteral(" FROM recipes") + w.sql()
                           + QStringLiteral(" ORDER BY name, ") + kVersionOrder + pageSql(f.offset, f.limit),
                       w.args, [&](const QSqlQuery &q) { out.append(recipeFrom(q)); });
    if (!r)
        return fail(r.error());
    for (RecipeRow &row : out)
        if (auto c = loadRecipeComponents(db, row); !c)
            return fail(c.error());
    return out;
}

Result<QList<Referrer>> recipeReferrers(Db &db, const RecipeRow &recipe)
{
    QList<Referrer> out;
    auto r = db.select(QStringLiteral("SELECT name, recipe_ref FROM pipelines WHERE recipe_name = ? ORDER BY name"),
                       {recipe.name}, [&](const QSqlQuery &q) {
                           auto ref = Reference::parse(q.value(1).toString(), ResourceType::Recipe);
                           if (!ref || !ref->version.matches(recipe.version) || (ref->build > 0 && ref->build != recipe.build))
                               return;
                           out.append({QStringLiteral("pipeline"), q.value(0).toString(), q.value(1).toString()});
                       });
    if (!r)
        return fail(r.error());
    r = db.select(QStringLiteral("SELECT name, major, minor, patch, build FROM images WHERE recipe_id = ? AND "
                                 "status <> 'DELETED' ORDER BY name, major, minor, patch, build"),
                  {recipe.id}, [&](const QSqlQuery &q) {
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

Result<QStringList> checkRecipe(Db &db, const NewRecipe &recipe, const std::function<QString(int, bool)> &where)
{
    auto at = [&](int i) { return where ? where(i, false) : QString(); };
    auto warnAt = [&](int i) { return where ? where(i, true) : QString(); };
    QStringList errors;
    QStringList warnings;
    if (auto r = validateName(recipe.name, Tr::tr("recipe name")); !r)
        errors << at(-1) + r.error().message;
    if (recipe.diskSizeGiB < 0 || recipe.diskSizeGiB > 65536)
        errors << at(-1) + Tr::tr("diskSizeGiB must be between 1 and 65536 (or 0 to keep the parent image's size), not %1")
                               .arg(recipe.diskSizeGiB);
    if (!recipe.workingDirectory.startsWith(u'/'))
        errors << at(-1) + Tr::tr("workingDirectory must be an absolute path in the guest, not '%1'").arg(recipe.workingDirectory);
    if (recipe.components.isEmpty())
        errors << at(-1) + Tr::tr("recipe %1 has no components; add at least one").arg(recipe.name);

    if (recipe.parentImage.trimmed().isEmpty()) {
        errors << at(-2) + Tr::tr("parentImage is missing: name the base image, e.g. tinyos@1.x.x");
    } else if (auto ref = Reference::parse(recipe.parentImage, ResourceType::Image); !ref) {
        errors << at(-2) + Tr::tr("parentImage: %1").arg(ref.error().message);
    } else if (auto image = resolveImage(db, *ref, ImagePurpose::Use); !image) {
        // The parent may be produced later (another pipeline's output): not an error yet.
        warnings << warnAt(-2) + Tr::tr("parentImage %1 does not match a usable image yet (%2); builds fail until it does")
                                 .arg(recipe.parentImage, image.error().message);
    }

    for (int i = 0; i < recipe.components.size(); ++i) {
        const RecipeComponentRef &c = recipe.components.at(i);
        auto ref = Reference::parse(c.component, ResourceType::Component);
        if (!ref) {
            errors << at(i) + ref.error().message;
            continue;
        }
        auto component = resolveComponent(db, *ref);
        if (!component) {
            errors << at(i) + component.error().message;
            continue;
        }
        auto info = inspectComponentDocument(component->document, component->reference());
        if (!info) {
            errors << at(i) + info.error().message;
            continue;
        }
        QStringList declared;
        for (const ComponentParameterInfo &p : std::as_const(info->parameters))
            declared << p.name;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it) {
            if (!declared.contains(it.key()))
                errors << at(i) + Tr::tr("component %1 has no parameter '%2' (it declares: %3)")
                                      .arg(component->reference(), it.key(),
                                           declared.isEmpty() ? Tr::tr("none") : declared.join(QStringLiteral(", ")));
        }
        for (const ComponentParameterInfo &p : std::as_const(info->parameters)) {
            if (!p.hasDefault && !c.parameters.contains(p.name))
                errors << at(i) + Tr::tr("component %1 needs a value for parameter '%2' (it has no default)")
                                      .arg(component->reference(), p.name);
        }
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    return warnings;
}

Result<Stored<RecipeRow>> storeRecipe(Db &db, const NewRecipe &recipe)
{
    const QString sha = recipeContentSha(recipe);
    auto newest = db.scalar(QStringLiteral("SELECT id FROM recipes WHERE name = ? AND major = ? AND minor = ? AND patch = ? "
                                           "AND build = (SELECT max(build) FROM recipes WHERE name = ? AND major = ? "
                                           "AND minor = ? AND patch = ?) AND sha256 = ?"),
                            {recipe.name, recipe.version.major, recipe.version.minor, recipe.version.patch, recipe.name,
                             recipe.version.major, recipe.version.minor, recipe.version.patch, sha});
    if (!newest)
        return fail(newest.error());
    if (!newest->isNull()) {
        auto row = getRecipe(db, newest->toLongLong());
        if (!row)
            return fail(row.error());
        return Stored<RecipeRow>{*row, false};
    }
    auto build = nextBuild(db, QStringLiteral("recipes"), recipe.name, recipe.version);
    if (!build)
        return fail(build.error());
    auto id = db.insert(QStringLiteral("INSERT INTO recipes (name, major, minor, patch, build, description, parent_image, "
                                       "disk_size_gib, working_directory, sha256, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {recipe.name, recipe.version.major, recipe.version.minor, recipe.version.patch, *build,
                         recipe.description, recipe.parentImage.trimmed(), recipe.diskSizeGiB, recipe.workingDirectory,
                         sha, nowText()});
    if (!id)
        return fail(id.error());
    for (int i = 0; i < recipe.components.size(); ++i) {
        const RecipeComponentRef &c = recipe.components.at(i);
        auto ref = Reference::parse(c.component, ResourceType::Component);
        if (!ref)
            return fail(ref.error());
        auto r = db.exec(QStringLiteral("INSERT INTO recipe_components (recipe_id, position, component_ref, component_name, "
                                        "parameters) VALUES (?, ?, ?, ?, ?)"),
                         {*id, i, c.component.trimmed(), ref->name, parametersToJson(c.parameters)});
        if (!r)
            return fail(r.error());
    }
    auto row = getRecipe(db, *id);
    if (!row)
        return fail(row.error());
    return Stored<RecipeRow>{*row, true};
}

} // namespace Internal

RecipeRepository::RecipeRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<Stored<RecipeRow>>> RecipeRepository::create(const NewRecipe &recipe) const
{
    return m_context->write<Stored<RecipeRow>>([recipe](WriteContext &w) -> Result<Stored<RecipeRow>> {
        auto checked = checkRecipe(w.db, recipe);
        if (!checked)
            return fail(checked.error());
        auto stored = storeRecipe(w.db, recipe);
        if (stored && stored->isNew)
            w.notify(Catalog::Table::Recipes, stored->row.id);
        return stored;
    });
}

QFuture<Result<void>> RecipeRepository::remove(qint64 id) const
{
    return m_context->write<void>([id](WriteContext &w) -> Result<void> {
        auto row = getRecipe(w.db, id);
        if (!row)
            return fail(row.error());
        auto referrers = recipeReferrers(w.db, *row);
        if (!referrers)
            return fail(referrers.error());
        if (!referrers->isEmpty()) {
            QStringList names;
            for (const Referrer &ref : std::as_const(*referrers))
                names << (ref.kind == QLatin1String("image") ? Tr::tr("image %1 (built from it)").arg(ref.reference)
                                                              : Tr::tr("pipeline %1 (recipe: %2)").arg(ref.reference, ref.via));
            return fail(Tr::tr("recipe %1 cannot be deleted: it is still used by %2. Delete or change those first.")
                            .arg(row->reference(), describeReferrers(names)),
                        QStringLiteral("referenced"));
        }
        auto n = w.db.exec(QStringLiteral("DELETE FROM recipes WHERE id = ?"), {id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Recipes, id);
        return {};
    });
}

Result<RecipeRow> RecipeRepository::get(qint64 id) const
{
    return m_context->read<RecipeRow>([id](Db &db) { return getRecipe(db, id); });
}

Result<RecipeRow> RecipeRepository::resolve(const QString &reference) const
{
    auto ref = Reference::parse(reference, ResourceType::Recipe);
    if (!ref)
        return fail(ref.error());
    return resolve(*ref);
}

Result<RecipeRow> RecipeRepository::resolve(const Reference &reference) const
{
    return m_context->read<RecipeRow>([reference](Db &db) { return resolveRecipe(db, reference); });
}

Result<QList<RecipeRow>> RecipeRepository::list(const RecipeFilter &filter) const
{
    return m_context->read<QList<RecipeRow>>([filter](Db &db) { return listRecipes(db, filter); });
}

Result<QList<Referrer>> RecipeRepository::referrers(qint64 id) const
{
    return m_context->read<QList<Referrer>>([id](Db &db) -> Result<QList<Referrer>> {
        auto row = getRecipe(db, id);
        if (!row)
            return fail(row.error());
        return recipeReferrers(db, *row);
    });
}

Result<QList<ResolvedComponent>> RecipeRepository::resolveComponents(const RecipeRow &recipe) const
{
    return m_context->read<QList<ResolvedComponent>>([recipe](Db &db) -> Result<QList<ResolvedComponent>> {
        QList<ResolvedComponent> out;
        for (const RecipeComponentRef &c : recipe.components) {
            auto ref = Reference::parse(c.component, ResourceType::Component);
            if (!ref)
                return fail(Tr::tr("recipe %1: %2").arg(recipe.reference(), ref.error().message), ref.error().code);
            auto component = resolveComponent(db, *ref);
            if (!component)
                return fail(Tr::tr("recipe %1: %2").arg(recipe.reference(), component.error().message),
                            component.error().code);
            out.append({c, *component});
        }
        return out;
    });
}

QFuture<Result<RecipeRow>> RecipeRepository::getAsync(qint64 id) const
{
    return m_context->readAsync<RecipeRow>([id](Db &db) { return getRecipe(db, id); });
}

QFuture<Result<QList<RecipeRow>>> RecipeRepository::listAsync(const RecipeFilter &filter) const
{
    return m_context->readAsync<QList<RecipeRow>>([filter](Db &db) { return listRecipes(db, filter); });
}

} // namespace Kiln::Core
