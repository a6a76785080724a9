#pragma once
// Image recipes as name → version → build for the Image recipes panel and the wizard's
// "existing recipe" choice, lazily paged from the catalog (RecipeRepository::listAsync).
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/versiontreemodel.h"

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class RecipeCatalogModel : public VersionTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ParentColumn, ComponentsColumn, CreatedColumn, ColumnCount };

    explicit RecipeCatalogModel(Core::Catalog &catalog, QObject *parent = nullptr);

    void setFilter(const QString &namePrefix);
    static Core::RecipeRow recipeOf(const Entry &entry) { return entry.row.value<Core::RecipeRow>(); }

protected:
    QFuture<Core::Result<NamesPage>> fetchNames(int rowOffset, int nameOffset, int limit) const override;
    QFuture<Core::Result<QList<Entry>>> fetchEntries(const QString &name, int offset, int limit) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant entryData(const Entry &entry, Level level, int column, int role) const override;
    QString referenceOf(const Entry &entry) const override;

private:
    Core::Catalog &m_catalog;
    Core::RecipeFilter m_filter;
};

} // namespace Kiln::Widgets

