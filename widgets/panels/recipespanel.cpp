#include "recipespanel.h"
#include "widgets/catalog/recipedetails.h"
#include "widgets/common/icons.h"
#include "widgets/common/treeexpansion.h"
#include "widgets/models/recipecatalogmodel.h"

#include "core/catalog/catalog.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace Kiln::Widgets {

RecipesPanel::RecipesPanel(Core::Catalog &catalog, QWidget *parent) : ListDetailPanel(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("RecipesPanel"));
    m_model = new RecipeCatalogModel(catalog, this);
    m_model->setNamesOnDemand(true);
    whenNearTheEnd([this] { m_model->requestMoreNames(); });
    setModel(m_model);
    view()->header()->setSectionResizeMode(QHeaderView::Interactive);
    view()->setColumnWidth(RecipeCatalogModel::NameColumn, 200);
    view()->setColumnWidth(RecipeCatalogModel::ParentColumn, 160);
    view()->setColumnWidth(RecipeCatalogModel::ComponentsColumn, 90);
    new TreeExpansion(view(), VersionTreeModel::KeyRole, this);

    QToolBar *tb = toolBar();
    QAction *create = tb->addAction(Icons::add(), tr("New pipeline…"), this, &RecipesPanel::newPipelineRequested);
    create->setToolTip(tr("Recipes are created in the pipeline wizard"));
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &RecipesPanel::deleteRecipe);
    m_delete->setEnabled(false);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &RecipesPanel::refresh);

    m_details = new RecipeDetails(catalog, this);
    setDetailWidget(m_details);
    setPlaceholder(tr("Select a recipe version to see its base image, components and YAML."));
    setEmptyState(tr("No image recipes yet.\nA recipe is a base image plus the components to apply, in order. "
                     "Create one with the pipeline wizard."),
                  tr("New pipeline…"));
    setFilteredEmptyMessage(tr("No recipe matches the filter."));

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_model->setFilter(filterEdit()->text());
        showDetails(false);
    });
    connect(m_model, &VersionTreeModel::firstPageLoaded, this, &RecipesPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadingChanged, this, &RecipesPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadFailed, this, &RecipesPanel::statusMessage);
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table table) {
        if (table == Core::Catalog::Table::Recipes && m_loadedOnce)
            refresh();
    });
}

QIcon RecipesPanel::icon() const { return Icons::recipe(); }

void RecipesPanel::panelShown()
{
    restoreSplitter();
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->setFilter(filterEdit()->text());
    }
}

void RecipesPanel::refresh() { m_model->reload(); }

void RecipesPanel::filterChanged() { m_filterDelay->start(); }

void RecipesPanel::currentChanged(const QModelIndex &current)
{
    m_delete->setEnabled(current.isValid());
    if (!current.isValid()) {
        showDetails(false);
        return;
    }
    m_details->showRecipe(current.data(VersionTreeModel::IdRole).toLongLong());
    showDetails(true);
}

void RecipesPanel::showRecipe(const QString &reference)
{
    auto r = m_catalog.recipes().resolve(reference); // an indexed lookup: fine on the GUI thread
    if (!r) {
        Q_EMIT statusMessage(r.error().message);
        return;
    }
    m_details->showRecipe(r->id);
    showDetails(true);
}

void RecipesPanel::deleteRecipe()
{
    const Core::RecipeRow r = m_details->recipe();
    if (r.id <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete recipe"), tr("Delete %1?").arg(r.reference()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Pipelines and images that use this recipe keep Kiln from deleting it; you will be told which."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.recipes().remove(r.id).then(this, [this, r](const Core::Result<void> &res) {
        if (!res) {
            QMessageBox::warning(this, tr("Recipe not deleted"), res.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %1").arg(r.reference()));
        showDetails(false);
    });
}

bool RecipesPanel::isLoading() const { return m_model->rowCount() == 0 && (m_model->isFetching() || m_model->canFetchMore({})); }

} // namespace Kiln::Widgets
