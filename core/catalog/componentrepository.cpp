#include "componentrepository.h"

#include "catalogcontext.h"
#include "componentdocument.h"
#include "catalogqueries.h"
#include "queries.h"

namespace Kiln::Core {

using namespace Internal;

namespace Internal {

static const QString kColumns = QStringLiteral(
    "id, name, major, minor, patch, build, type, platform, description, sha256, state, created_at");

static ComponentRow componentFrom(const QSqlQuery &q, bool withDocument = false)
{
    ComponentRow c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.version = {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
    c.build = q.value(5).toInt();
    c.type = parseComponentType(q.value(6).toString()).value_or(ComponentType::Build);
    c.platform = q.value(7).toString();
    c.description = q.value(8).toString();
    c.sha256 = q.value(9).toString();
    c.state = q.value(10).toString();
    c.createdAt = timeFrom(q.value(11));
    if (withDocument)
        c.document = q.value(12).toString();
    return c;
}

Result<ComponentRow> getComponent(Db &db, qint64 id)
{
    std::optional<ComponentRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", document FROM components WHERE id = ?"), {id},
                       [&](const QSqlQuery &q) { row = componentFrom(q, true); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no component with id %1").arg(id), QStringLiteral("not-found"));
    return *row;
}

Result<ComponentRow> resolveComponent(Db &db, const Reference &ref)
{
    auto id = resolveId(db, QStringLiteral("components"), ref);
    if (!id)
        return fail(id.error());
    if (*id == 0)
        return fail(notFound(db, QStringLiteral("components"), ref));
    return getComponent(db, *id);
}

// Recipes whose component reference matches this version, and images (not deleted) built with it.
Result<QList<Referrer>> componentReferrers(Db &db, const ComponentRow &c)
{
    QList<Referrer> out;
    auto r = db.select(QStringLiteral("SELECT r.name, r.major, r.minor, r.patch, r.build, rc.component_ref "
                                      "FROM recipe_components rc JOIN recipes r ON r.id = rc.recipe_id "
                                      "WHERE rc.component_name = ? ORDER BY r.name, r.major, r.minor, r.patch, r.build"),
                       {c.name}, [&](const QSqlQuery &q) {
                           auto ref = Reference::parse(q.value(5).toString(), ResourceType::Component);
                           if (!ref || !ref->version.matches(c.version) || (ref->build > 0 && ref->build != c.build))
                               return;
                           out.append({QStringLiteral("recipe"),
                                       formatReference(ResourceType::Recipe, q.value(0).toString(),
                                                       {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()},
                                                       q.value(4).toInt()),
                                       q.value(5).toString()});
                       });
    if (!r)
        return fail(r.error());
    r = db.select(QStringLiteral("SELECT DISTINCT i.name, i.major, i.minor, i.patch, i.build FROM image_components ic "
                                 "JOIN images i ON i.id = ic.image_id WHERE ic.component_id = ? AND i.status <> 'DELETED' "
                                 "ORDER BY i.name, i.major, i.minor, i.patch, i.build"),
                  {c.id}, [&](const QSqlQuery &q) {
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

Result<QList<ComponentRow>> listComponents(Db &db, const ComponentFilter &f)
{
    Where w;
    if (!f.name.isEmpty())
        w.add(QStringLiteral("name = ?"), {f.name});
    w.addPrefix(QStringLiteral("name"), f.namePrefix);
    if (f.type)
        w.add(QStringLiteral("type = ?"), {componentTypeName(*f.type)});
    if (f.newestOnly)
        w.add(QStringLiteral("id = (SELECT c2.id FROM components c2 WHERE c2.name = components.name ORDER BY ")
              + kVersionOrder + QStringLiteral(" LIMIT 1)"));
    QList<ComponentRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM components") + w.sql()
                           + QStringLiteral(" ORDER BY name, ") + kVersionOrder + pageSql(f.offset, f.limit),
                       w.args, [&](const QSqlQuery &q) { out.append(componentFrom(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

} // namespace Internal

ComponentRepository::ComponentRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<Stored<ComponentRow>>> ComponentRepository::create(const NewComponent &input) const
{
    return m_context->write<Stored<ComponentRow>>([input](WriteContext &w) -> Result<Stored<ComponentRow>> {
        if (auto r = validateName(input.name, Tr::tr("component name")); !r)
            return fail(r.error());
        if (input.platform != QLatin1String("Linux"))
            return fail(Tr::tr("component platform '%1' is not supported: Kiln builds Linux images (platform Linux)")
                            .arg(input.platform),
                        QStringLiteral("invalid"));
        if (input.document.trimmed().isEmpty())
            return fail(Tr::tr("the component document is empty"), QStringLiteral("invalid"));
        const QString file = input.sourceFile.isEmpty() ? input.name + QStringLiteral(".yml") : input.sourceFile;
        auto info = inspectComponentDocument(input.document, file);
        if (!info)
            return fail(info.error());
        const QString description = input.description.isEmpty() ? info->description : input.description;
        const QString sha = sha256Hex(input.document.toUtf8());

        // Identical to the newest build of this version: return it. Otherwise a new build, even
        // when an older build had this content, so that the newest build is what was given last.
        std::optional<ComponentRow> newest;
        auto r = w.db.select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM components WHERE name = ? AND "
                                                                                   "major = ? AND minor = ? AND patch = ? "
                                                                                   "ORDER BY build DESC LIMIT 1"),
                             {input.name, input.version.major, input.version.minor, input.version.patch},
                             [&](const QSqlQuery &q) { newest = componentFrom(q); });
        if (!r)
            return fail(r.error());
        if (newest && newest->sha256 == sha && newest->type == input.type && newest->platform == input.platform
            && newest->description == description) {
            auto row = getComponent(w.db, newest->id);
            if (!row)
                return fail(row.error());
            return Stored<ComponentRow>{*row, false};
        }
        const int build = newest ? newest->build + 1 : 1;
        auto id = w.db.insert(QStringLiteral("INSERT INTO components (name, major, minor, patch, build, type, platform, "
                                             "description, document, sha256, state, created_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)"),
                              {input.name, input.version.major, input.version.minor, input.version.patch, build,
                               componentTypeName(input.type), input.platform, description, input.document, sha,
                               nowText()});
        if (!id)
            return fail(id.error());
        w.notify(Catalog::Table::Components, *id);
        auto row = getComponent(w.db, *id);
        if (!row)
            return fail(row.error());
        return Stored<ComponentRow>{*row, true};
    });
}

QFuture<Result<void>> ComponentRepository::remove(qint64 id) const
{
    return m_context->write<void>([id](WriteContext &w) -> Result<void> {
        auto row = getComponent(w.db, id);
        if (!row)
            return fail(row.error());
        auto referrers = componentReferrers(w.db, *row);
        if (!referrers)
            return fail(referrers.error());
        if (!referrers->isEmpty()) {
            QStringList names;
            for (const Referrer &ref : std::as_const(*referrers))
                names << (ref.kind == QLatin1String("image")
                              ? Tr::tr("image %1 (built with it)").arg(ref.reference)
                              : Tr::tr("%1 %2 (refers to it as %3)").arg(ref.kind, ref.reference, ref.via));
            return fail(Tr::tr("component %1 cannot be deleted: it is still used by %2. Delete or change those first.")
                            .arg(row->reference(), describeReferrers(names)),
                        QStringLiteral("referenced"));
        }
        auto n = w.db.exec(QStringLiteral("DELETE FROM components WHERE id = ?"), {id});
        if (!n)
            return fail(n.error());
        w.notify(Catalog::Table::Components, id);
        return {};
    });
}

Result<ComponentRow> ComponentRepository::get(qint64 id) const
{
    return m_context->read<ComponentRow>([id](Db &db) { return getComponent(db, id); });
}

Result<ComponentRow> ComponentRepository::resolve(const QString &reference) const
{
    auto ref = Reference::parse(reference, ResourceType::Component);
    if (!ref)
        return fail(ref.error());
    return resolve(*ref);
}

Result<ComponentRow> ComponentRepository::resolve(const Reference &reference) const
{
    return m_context->read<ComponentRow>([reference](Db &db) { return resolveComponent(db, reference); });
}

Result<QList<ComponentRow>> ComponentRepository::list(const ComponentFilter &filter) const
{
    return m_context->read<QList<ComponentRow>>([filter](Db &db) { return listComponents(db, filter); });
}

Result<QList<Referrer>> ComponentRepository::referrers(qint64 id) const
{
    return m_context->read<QList<Referrer>>([id](Db &db) -> Result<QList<Referrer>> {
        auto row = getComponent(db, id);
        if (!row)
            return fail(row.error());
        return componentReferrers(db, *row);
    });
}

QFuture<Result<ComponentRow>> ComponentRepository::getAsync(qint64 id) const
{
    return m_context->readAsync<ComponentRow>([id](Db &db) { return getComponent(db, id); });
}

QFuture<Result<QList<ComponentRow>>> ComponentRepository::listAsync(const ComponentFilter &filter) const
{
    return m_context->readAsync<QList<ComponentRow>>([filter](Db &db) { return listComponents(db, filter); });
}

} // namespace Kiln::Core
