#include "componentspanel.h"
#include "widgets/catalog/componentdetails.h"
#include "widgets/catalog/componentimportdialog.h"
#include "widgets/common/icons.h"
#include "widgets/common/treeexpansion.h"
#include "widgets/models/componentcatalogmodel.h"

#include "core/catalog/catalog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace Kiln::Widgets {

ComponentsPanel::ComponentsPanel(Core::Catalog &catalog, IssueModel *issues, QWidget *parent)
    : ListDetailPanel(parent), m_catalog(catalog), m_issues(issues)
{
    setObjectName(QStringLiteral("ComponentsPanel"));
    m_model = new ComponentCatalogModel(catalog, this);
    m_model->setNamesOnDemand(true);
    whenNearTheEnd([this] { m_model->requestMoreNames(); });
    setModel(m_model);
    view()->header()->setSectionResizeMode(QHeaderView::Interactive);
    view()->setColumnWidth(ComponentCatalogModel::NameColumn, 200);
    view()->setColumnWidth(ComponentCatalogModel::TypeColumn, 60);
    view()->setColumnWidth(ComponentCatalogModel::PlatformColumn, 70);
    view()->setColumnWidth(ComponentCatalogModel::DescriptionColumn, 220);
    new TreeExpansion(view(), VersionTreeModel::KeyRole, this);

    m_type = new QComboBox(this);
    m_type->addItem(tr("Build and test"));
    m_type->addItem(tr("Build components"), int(Core::ComponentType::Build));
    m_type->addItem(tr("Test components"), int(Core::ComponentType::Test));
    addFilterWidget(m_type);

    QToolBar *tb = toolBar();
    QAction *import = tb->addAction(Icons::import(), tr("Import component…"), this, [this] { importComponent(); });
    import->setToolTip(tr("Store an AWSTOE YAML document in the catalog as a new component version"));
    m_openInEditor = tb->addAction(Icons::component(), tr("Open in editor"), this, [this] {
        Q_EMIT openInEditorRequested(m_details->component());
    });
    m_openInEditor->setVisible(false);
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &ComponentsPanel::deleteComponent);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &ComponentsPanel::refresh);

    m_details = new ComponentDetails(catalog, this);
    setDetailWidget(m_details);
    setPlaceholder(tr("Select a component version to see its document and compare it with other versions."));
    setEmptyState(tr("No components yet.\nComponents are AWSTOE YAML documents that install, configure or test software in the image."),
                  tr("Import component…"));
    setFilteredEmptyMessage(tr("No component matches these filters."));

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &ComponentsPanel::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ComponentsPanel::applyFilter);
    connect(m_model, &VersionTreeModel::firstPageLoaded, this, &ComponentsPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadingChanged, this, &ComponentsPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadFailed, this, &ComponentsPanel::statusMessage);
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table table) {
        if (table == Core::Catalog::Table::Components && m_loadedOnce)
            refresh();
    });
    m_delete->setEnabled(false);
}

QIcon ComponentsPanel::icon() const { return Icons::component(); }

void ComponentsPanel::setEditorAvailable(bool available) { m_openInEditor->setVisible(available); }

void ComponentsPanel::panelShown()
{
    restoreSplitter();
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        applyFilter();
    }
}

void ComponentsPanel::refresh()
{
    m_model->reload();
    if (m_details->component().id > 0 && m_details->isVisible())
        m_details->showComponent(m_details->component().id);
}

void ComponentsPanel::filterChanged() { m_filterDelay->start(); }

bool ComponentsPanel::filtersActive() const { return ListDetailPanel::filtersActive() || (m_type && m_type->currentIndex() > 0); }

void ComponentsPanel::applyFilter()
{
    std::optional<Core::ComponentType> type;
    if (m_type->currentIndex() > 0)
        type = Core::ComponentType(m_type->currentData().toInt());
    m_model->setFilter(filterEdit()->text(), type);
    showDetails(false);
    m_delete->setEnabled(false);
}

void ComponentsPanel::currentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        showDetails(false);
        m_delete->setEnabled(false);
        return;
    }
    m_details->showComponent(current.data(VersionTreeModel::IdRole).toLongLong());
    showDetails(true);
    m_delete->setEnabled(true);
    m_openInEditor->setEnabled(true);
}

void ComponentsPanel::importComponent(const QString &path)
{
    ComponentImportDialog dialog(m_catalog, m_issues, this);
    if (!path.isEmpty())
        dialog.setFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::ComponentRow c = dialog.component();
    Q_EMIT statusMessage(dialog.wasNew() ? tr("Stored %1").arg(c.reference())
                                         : tr("%1 already has this content; nothing new was stored").arg(c.reference()));
    refresh();
}

void ComponentsPanel::deleteComponent()
{
    const Core::ComponentRow c = m_details->component();
    if (c.id <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete component"), tr("Delete %1?").arg(c.reference()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Recipes and images that use this version keep Kiln from deleting it; you will be told which."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.components().remove(c.id).then(this, [this, c](const Core::Result<void> &r) {
        if (!r) {
            QMessageBox::warning(this, tr("Component not deleted"), r.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %1").arg(c.reference()));
        showDetails(false);
    });
}

bool ComponentsPanel::isLoading() const { return m_model->rowCount() == 0 && (m_model->isFetching() || m_model->canFetchMore({})); }

} // namespace Kiln::Widgets
