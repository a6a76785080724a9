#pragma once
// Image recipes: name → version → build, with the selected recipe's base image, components
// and parameters, its YAML, a diff between two versions, and delete. New recipes are made in
// the pipeline wizard (or with `kilnctl apply`).
#include "widgets/panels/listdetailpanel.h"

class QAction;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class RecipeCatalogModel;
class RecipeDetails;

class RecipesPanel : public ListDetailPanel
{
    Q_OBJECT
public:
    explicit RecipesPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Image recipes"); }
    QIcon icon() const override;
    void refresh() override;
    void panelShown() override;

    RecipeCatalogModel *model() const { return m_model; }
    RecipeDetails *details() const { return m_details; }
    void showRecipe(const QString &reference);

Q_SIGNALS:
    void newPipelineRequested();

protected:
    void currentChanged(const QModelIndex &current) override;
    bool isLoading() const override;
    void filterChanged() override;
    void emptyActionTriggered() override { Q_EMIT newPipelineRequested(); }

private:
    void deleteRecipe();

    Core::Catalog &m_catalog;
    RecipeCatalogModel *m_model;
    RecipeDetails *m_details;
    QTimer *m_filterDelay;
    QAction *m_delete;
    bool m_loadedOnce = false;
};

} // namespace Kiln::Widgets
