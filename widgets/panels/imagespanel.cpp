#include "imagespanel.h"
#include "widgets/catalog/imagedetails.h"
#include "widgets/catalog/imageexportdialog.h"
#include "widgets/catalog/imageimportdialog.h"
#include "widgets/common/icons.h"
#include "widgets/common/settings.h"
#include "widgets/common/statusbadge.h"
#include "widgets/common/treeexpansion.h"
#include "widgets/models/imagecatalogmodel.h"

#include "core/catalog/catalog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace Kiln::Widgets {

using Core::ImageStatus;

ImagesPanel::ImagesPanel(Core::Catalog &catalog, QWidget *parent) : ListDetailPanel(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("ImagesPanel"));
    m_model = new ImageCatalogModel(catalog, this);
    m_model->setNamesOnDemand(true);
    whenNearTheEnd([this] { m_model->requestMoreNames(); });
    setModel(m_model);
    view()->setItemDelegateForColumn(ImageCatalogModel::StatusColumn, new StatusBadgeDelegate(VersionTreeModel::StatusRole, this));
    view()->header()->setSectionResizeMode(QHeaderView::Interactive);
    view()->setColumnWidth(ImageCatalogModel::NameColumn, 170);
    view()->setColumnWidth(ImageCatalogModel::StatusColumn, 120);
    view()->setColumnWidth(ImageCatalogModel::OsColumn, 120);
    view()->setColumnWidth(ImageCatalogModel::FormatColumn, 60);
    view()->setColumnWidth(ImageCatalogModel::SizeColumn, 80);
    m_expansion = new TreeExpansion(view(), VersionTreeModel::KeyRole, this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    const QList<std::pair<QString, QList<ImageStatus>>> statuses = {
        {tr("Available"), {ImageStatus::Available}},
        {tr("In progress"), {ImageStatus::Pending, ImageStatus::Creating, ImageStatus::Building, ImageStatus::Testing, ImageStatus::Distributing}},
        {tr("Failed"), {ImageStatus::Failed}},
        {tr("Cancelled"), {ImageStatus::Cancelled}},
        {tr("Deprecated"), {ImageStatus::Deprecated}},
        {tr("Disabled"), {ImageStatus::Disabled}},
        {tr("Deleted"), {ImageStatus::Deleted}},
    };
    for (const auto &[label, list] : statuses) {
        QVariantList v;
        for (ImageStatus s : list)
            v << int(s);
        m_status->addItem(label, v);
    }
    addFilterWidget(m_status);
    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("osFilter"));
    m_os->setEditable(true);
    m_os->setInsertPolicy(QComboBox::NoInsert);
    m_os->lineEdit()->setPlaceholderText(tr("Any OS"));
    m_os->setToolTip(tr("Operating system id from /etc/os-release, e.g. debian"));
    m_os->addItems({QString(), QStringLiteral("debian"), QStringLiteral("ubuntu"), QStringLiteral("fedora"), QStringLiteral("alpine")});
    m_os->setMinimumContentsLength(14);
    m_os->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addFilterWidget(m_os);

    QToolBar *tb = toolBar();
    QAction *import = tb->addAction(Icons::import(), tr("Import image…"), this, &ImagesPanel::importImage);
    import->setToolTip(tr("Register a disk file as a base image"));
    m_export = tb->addAction(Icons::exportTo(), tr("Export…"), this, &ImagesPanel::exportImage);
    tb->addSeparator();
    m_deprecate = tb->addAction(Icons::deprecate(), tr("Deprecate"), this, [this] { runAction(QStringLiteral("deprecate"), m_details->imageId()); });
    m_deprecate->setToolTip(tr("Keep the image but mark it as not recommended: wildcard references skip it"));
    m_disable = tb->addAction(Icons::disable(), tr("Disable"), this, [this] { runAction(QStringLiteral("disable"), m_details->imageId()); });
    m_disable->setToolTip(tr("Forbid building on this image until it is enabled again"));
    m_enable = tb->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Enable"), this, [this] { runAction(QStringLiteral("enable"), m_details->imageId()); });
    m_enable->setToolTip(tr("Make a deprecated or disabled image available again"));
    m_delete = tb->addAction(Icons::remove(), tr("Delete…"), this, &ImagesPanel::deleteImage);
    tb->addSeparator();
    tb->addAction(Icons::refresh(), tr("Refresh"), this, &ImagesPanel::refresh);

    m_details = new ImageDetails(catalog, this);
    setDetailWidget(m_details);
    setPlaceholder(tr("Select an image version to see its status, lineage, packages and logs."));
    setEmptyState(tr("No images yet.\nImport a base image (a qcow2, raw, vmdk or vhdx disk) to build on."), tr("Import image…"));
    setFilteredEmptyMessage(tr("No image matches these filters."));

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &ImagesPanel::applyFilter);
    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(300);
    connect(m_reloadDelay, &QTimer::timeout, this, &ImagesPanel::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ImagesPanel::applyFilter);
    connect(m_os, &QComboBox::currentTextChanged, m_filterDelay, qOverload<>(&QTimer::start));

    connect(m_model, &VersionTreeModel::firstPageLoaded, this, &ImagesPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadingChanged, this, &ImagesPanel::updateEmptyState);
    connect(m_model, &VersionTreeModel::loadFailed, this, [this](const QString &message) { Q_EMIT statusMessage(message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!m_pendingSelect)
            return;
        for (int r = first; r <= last; ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_model->level(i) != VersionTreeModel::Level::Version)
                continue;
            // A version arrives with its builds: select the build asked for.
            for (int b = 0; b < m_model->rowCount(i); ++b) {
                const QModelIndex build = m_model->index(b, 0, i);
                if (build.data(VersionTreeModel::IdRole).toLongLong() != m_pendingSelect)
                    continue;
                m_pendingSelect = 0;
                view()->expand(i);
                view()->setCurrentIndex(build);
                view()->scrollTo(build);
                return;
            }
        }
    });
    connect(m_details, &ImageDetails::loaded, this, &ImagesPanel::updateActions);
    connect(m_details, &ImageDetails::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("image:")))
            showImage(href.mid(6).toLongLong());
        else if (href.startsWith(QLatin1String("recipe:")))
            Q_EMIT recipeLinkActivated(href.mid(7));
        else if (href.startsWith(QLatin1String("build:")))
            Q_EMIT buildLinkActivated(href.mid(6).toLongLong());
    });
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table table, const QList<qint64> &ids) {
        if (table == Core::Catalog::Table::Images)
            catalogChanged(ids);
    });
    connect(&catalog, &Core::Catalog::externallyChanged, this, [this] {
        if (m_loadedOnce)
            updateCount(); // a changed total triggers a reload there
    });
    updateActions();
}

QIcon ImagesPanel::icon() const { return Icons::image(); }

void ImagesPanel::panelShown()
{
    restoreSplitter();
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    applyFilter();
}

void ImagesPanel::filterChanged() { m_filterDelay->start(); }

bool ImagesPanel::filtersActive() const
{
    return ListDetailPanel::filtersActive() || (m_status && m_status->currentIndex() > 0) || (m_os && !m_os->currentText().trimmed().isEmpty());
}

void ImagesPanel::applyFilter()
{
    QList<ImageStatus> statuses;
    for (const QVariant &v : m_status->currentData().toList())
        statuses << ImageStatus(v.toInt());
    m_expansion->clear();
    m_knownTotal = -1;
    m_model->setFilter(filterEdit()->text(), statuses, m_os->currentText().trimmed().toLower());
    showDetails(false);
    updateActions();
    updateCount();
}

void ImagesPanel::refresh()
{
    m_expansion->remember();
    const qint64 selected = m_details->imageId();
    m_model->reload();
    if (selected > 0) {
        m_pendingSelect = selected;
        m_details->showImage(selected);
    }
    updateCount();
}

void ImagesPanel::updateCount()
{
    const quint64 token = ++m_countToken;
    m_catalog.images().countAsync(m_model->filter()).then(this, [this, token](const Core::Result<int> &count) {
        if (token != m_countToken || !count)
            return;
        setCountText(tr("%n image version(s)", nullptr, *count));
        const bool changed = m_knownTotal >= 0 && *count != m_knownTotal;
        m_knownTotal = *count;
        if (changed)
            m_reloadDelay->start(); // another process added or removed images
    });
}

void ImagesPanel::catalogChanged(const QList<qint64> &ids)
{
    bool unknown = false;
    for (qint64 id : ids) {
        if (!m_model->indexOfId(id).isValid()) {
            unknown = true;
            continue;
        }
        m_catalog.images().getAsync(id).then(this, [this](const Core::Result<Core::ImageRow> &row) {
            if (row)
                m_model->updateEntry({row->id, row->name, row->version, row->build, QVariant::fromValue(*row)});
        });
        if (id == m_details->imageId())
            m_details->showImage(id);
    }
    if (unknown)
        m_reloadDelay->start();
    else
        updateCount();
}

void ImagesPanel::currentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        showDetails(false);
        updateActions();
        return;
    }
    // A name or version row shows its newest build.
    m_details->showImage(current.data(VersionTreeModel::IdRole).toLongLong());
    showDetails(true);
}

void ImagesPanel::showImage(qint64 id)
{
    const QModelIndex i = m_model->indexOfId(id);
    if (i.isValid()) {
        view()->setCurrentIndex(i);
        view()->scrollTo(i);
        return;
    }
    // Not loaded yet: show it now (nothing else stays selected) and select it when its row arrives.
    {
        const QSignalBlocker blocker(view()->selectionModel());
        view()->selectionModel()->clear();
    }
    view()->viewport()->update();
    m_pendingSelect = id;
    m_details->showImage(id);
    showDetails(true);
    m_catalog.images().getAsync(id).then(this, [this](const Core::Result<Core::ImageRow> &row) {
        if (!row)
            return;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex n = m_model->index(r, 0);
            if (n.data(VersionTreeModel::NameRole).toString() == row->name)
                view()->expand(n); // loads its versions; rowsInserted selects the build
        }
    });
}

void ImagesPanel::updateActions()
{
    const bool has = m_details->imageId() > 0 && m_details->isVisible();
    const ImageStatus s = m_details->image().status;
    m_export->setEnabled(has && (s == ImageStatus::Available || s == ImageStatus::Deprecated));
    m_deprecate->setEnabled(has && s == ImageStatus::Available);
    m_disable->setEnabled(has && (s == ImageStatus::Available || s == ImageStatus::Deprecated));
    m_enable->setEnabled(has && (s == ImageStatus::Deprecated || s == ImageStatus::Disabled));
    m_delete->setEnabled(has && !Core::isInProgress(s) && s != ImageStatus::Deleted);
}

void ImagesPanel::importImage()
{
    ImageImportDialog dialog(m_catalog, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::ImageRow image = dialog.image();
    Q_EMIT statusMessage(dialog.wasNew() ? tr("Imported %1").arg(image.reference())
                                         : tr("%1 was already in the catalog with the same content").arg(image.reference()));
    m_pendingSelect = image.id;
    refresh();
}

void ImagesPanel::exportImage()
{
    ImageExportDialog dialog(m_details->image(), Settings::defaultOutputDirectory(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Exported %1 to %2").arg(m_details->image().reference(), dialog.outputPath()));
}

void ImagesPanel::runAction(const QString &verb, qint64 id)
{
    if (id <= 0)
        return;
    const QString ref = m_details->image().reference();
    QFuture<Core::Result<Core::ImageRow>> future;
    QString done;
    if (verb == QLatin1String("deprecate")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Deprecate %1").arg(ref),
                                                     tr("Why is it deprecated? (optional, shown with the image)"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        future = m_catalog.images().deprecate(id, reason);
        done = tr("%1 is deprecated").arg(ref);
    } else if (verb == QLatin1String("disable")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Disable %1").arg(ref),
                                                     tr("Why is it disabled? (optional, shown with the image)"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        future = m_catalog.images().disable(id, reason);
        done = tr("%1 is disabled").arg(ref);
    } else {
        future = m_catalog.images().enable(id);
        done = tr("%1 is available again").arg(ref);
    }
    future.then(this, [this, done](const Core::Result<Core::ImageRow> &r) {
        if (!r) {
            QMessageBox::warning(this, tr("Image not changed"), r.error().message);
            return;
        }
        Q_EMIT statusMessage(done);
    });
}

void ImagesPanel::deleteImage()
{
    const Core::ImageRow image = m_details->image();
    if (image.id <= 0)
        return;
    QString text = tr("Delete %1?").arg(image.reference());
    QString info;
    if (image.ownsDisk && !image.diskPath.isEmpty())
        info = tr("Its disk file %1 will be removed. The catalog keeps a record of the image for lineage.").arg(image.diskPath);
    else
        info = tr("The catalog keeps a record of the image for lineage; files Kiln does not own are left alone.");
    QMessageBox box(QMessageBox::Warning, tr("Delete image"), text, QMessageBox::Cancel, this);
    box.setInformativeText(info);
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(del))
        return;
    m_catalog.images().remove(image.id).then(this, [this, image](const Core::Result<Core::ImageRow> &r) {
        if (!r) {
            QMessageBox::warning(this, tr("Image not deleted"), r.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Deleted %1").arg(image.reference()));
    });
}

bool ImagesPanel::isLoading() const { return m_model->rowCount() == 0 && (m_model->isFetching() || m_model->canFetchMore({})); }

} // namespace Kiln::Widgets
