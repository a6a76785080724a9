#pragma once
// Components: build and test components as name → version → build, with a type filter, the
// selected version's document (read-only YAML viewer), a diff between two versions, import and
// delete. The component editor (a later panel) plugs in through openInEditorRequested.
#include "widgets/panels/listdetailpanel.h"

class QAction;
class QComboBox;
class QTimer;

namespace Kiln::Core { class Catalog; struct ComponentRow; }

namespace Kiln::Widgets {

class ComponentCatalogModel;
class ComponentDetails;
class IssueModel;

class ComponentsPanel : public ListDetailPanel
{
    Q_OBJECT
public:
    ComponentsPanel(Core::Catalog &catalog, IssueModel *issues, QWidget *parent = nullptr);

    QString title() const override { return tr("Components"); }
    QIcon icon() const override;
    void refresh() override;
    void panelShown() override;

    ComponentCatalogModel *model() const { return m_model; }
    ComponentDetails *details() const { return m_details; }
    QComboBox *typeFilter() const { return m_type; }
    // Shows "Open in editor" (hidden until an editor registers).
    void setEditorAvailable(bool available);

public Q_SLOTS:
    void importComponent(const QString &path = {});

Q_SIGNALS:
    void openInEditorRequested(const Kiln::Core::ComponentRow &component);

protected:
    void currentChanged(const QModelIndex &current) override;
    bool isLoading() const override;
    void filterChanged() override;
    bool filtersActive() const override;
    void emptyActionTriggered() override { importComponent(); }

private:
    void applyFilter();
    void deleteComponent();

    Core::Catalog &m_catalog;
    IssueModel *m_issues;
    ComponentCatalogModel *m_model;
    ComponentDetails *m_details;
    QComboBox *m_type = nullptr;
    QTimer *m_filterDelay;
    QAction *m_delete;
    QAction *m_openInEditor;
    bool m_loadedOnce = false;
};

} // namespace Kiln::Widgets
