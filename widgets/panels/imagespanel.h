#pragma once
// Images: every image version in the catalog as name → version → build (lazy, paged), with
// status badges, filters (name, status, OS), the selected image's details and its life-cycle
// actions (import, export, deprecate, disable, enable, delete with confirmation).
#include "widgets/panels/listdetailpanel.h"

class QAction;
class QComboBox;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ImageCatalogModel;
class ImageDetails;
class TreeExpansion;

class ImagesPanel : public ListDetailPanel
{
    Q_OBJECT
public:
    explicit ImagesPanel(Core::Catalog &catalog, QWidget *parent = nullptr);

    QString title() const override { return tr("Images"); }
    QIcon icon() const override;
    void refresh() override;
    void panelShown() override;

    ImageCatalogModel *model() const { return m_model; }
    ImageDetails *details() const { return m_details; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *osFilter() const { return m_os; }
    // Selects (loading pages as needed) and shows the image with this id.
    void showImage(qint64 id);

public Q_SLOTS:
    void importImage();

Q_SIGNALS:
    void recipeLinkActivated(const QString &reference);
    void buildLinkActivated(qint64 buildId);

protected:
    void currentChanged(const QModelIndex &current) override;
    bool isLoading() const override;
    void filterChanged() override;
    bool filtersActive() const override;
    void emptyActionTriggered() override { importImage(); }

private:
    void applyFilter();
    void updateActions();
    void updateCount();
    void catalogChanged(const QList<qint64> &ids);
    void runAction(const QString &verb, qint64 id);
    void exportImage();
    void deleteImage();

    Core::Catalog &m_catalog;
    ImageCatalogModel *m_model;
    ImageDetails *m_details;
    TreeExpansion *m_expansion;
    QComboBox *m_status = nullptr;
    QComboBox *m_os = nullptr;
    QTimer *m_filterDelay;
    QTimer *m_reloadDelay;
    QAction *m_export;
    QAction *m_deprecate;
    QAction *m_disable;
    QAction *m_enable;
    QAction *m_delete;
    bool m_loadedOnce = false;
    qint64 m_pendingSelect = 0;
    quint64 m_countToken = 0;
    int m_knownTotal = -1;
};

} // namespace Kiln::Widgets
