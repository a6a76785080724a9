#include "imagedetails.h"
#include "widgets/common/detailform.h"
#include "widgets/common/format.h"

#include "core/catalog/catalog.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

static QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    // Compact rows: one line of text each (the default leaves room for a second line).
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

static QScrollArea *scrolled(QWidget *w, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

ImageDetails::ImageDetails(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_overview = new DetailForm(this);
    m_tabs->addTab(scrolled(m_overview, this), tr("Overview"));

    auto *lineagePage = new QWidget(this);
    auto *lineageLayout = new QVBoxLayout(lineagePage);
    lineageLayout->setContentsMargins(0, 0, 0, 0);
    m_lineageForm = new DetailForm(lineagePage);
    lineageLayout->addWidget(m_lineageForm);
    auto *componentsLabel = new QLabel(tr("Components, exactly as built:"), lineagePage);
    componentsLabel->setContentsMargins(12, 0, 0, 0);
    lineageLayout->addWidget(componentsLabel);
    m_components = makeTable({tr("#"), tr("Component"), tr("Type"), tr("Parameters")}, lineagePage);
    lineageLayout->addWidget(m_components, 1);
    m_tabs->addTab(lineagePage, tr("Lineage"));

    auto *packagesPage = new QWidget(this);
    auto *packagesLayout = new QVBoxLayout(packagesPage);
    m_packageSearch = new QLineEdit(packagesPage);
    m_packageSearch->setPlaceholderText(tr("Search packages by name"));
    m_packageSearch->setClearButtonEnabled(true);
    m_packageCount = new QLabel(packagesPage);
    m_packages = makeTable({tr("Package"), tr("Version"), tr("Architecture")}, packagesPage);
    packagesLayout->addWidget(m_packageSearch);
    packagesLayout->addWidget(m_packageCount);
    packagesLayout->addWidget(m_packages, 1);
    m_tabs->addTab(packagesPage, tr("Packages"));

    auto *logsPage = new QWidget(this);
    auto *logsLayout = new QVBoxLayout(logsPage);
    m_logs = makeTable({tr("Log"), tr("File")}, logsPage);
    m_logs->setToolTip(tr("Double-click a log to open it"));
    logsLayout->addWidget(m_logs, 1);
    m_tabs->addTab(logsPage, tr("Logs"));

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &ImageDetails::loadPackages);
    connect(m_packageSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_overview, &DetailForm::linkActivated, this, &ImageDetails::linkActivated);
    connect(m_lineageForm, &DetailForm::linkActivated, this, &ImageDetails::linkActivated);
    connect(m_logs, &QTableWidget::cellActivated, this, [this](int row) {
        const QString path = m_logs->item(row, 1)->data(Qt::UserRole).toString();
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void ImageDetails::showImage(qint64 id)
{
    const quint64 token = ++m_token;
    m_catalog.images().getAsync(id).then(this, [this, token](const Core::Result<Core::ImageRow> &image) {
        if (token != m_token)
            return;
        if (!image) {
            m_title->setText(tr("This image could not be loaded"));
            m_overview->clear();
            m_overview->addRow(tr("Problem"), image.error().message);
            return;
        }
        fill(*image);
    });
}

void ImageDetails::fill(const Core::ImageRow &image)
{
    m_image = image;
    m_title->setText(tr("%1 %2 (build %3)").arg(image.name, image.version.toString()).arg(image.build));

    m_overview->clear();
    m_overview->addStatusRow(tr("Status"), Core::imageStatusName(image.status));
    if (!image.statusReason.isEmpty())
        m_overview->addRow(tr("Reason"), image.statusReason);
    m_overview->addRow(tr("Reference"), image.reference());
    m_overview->addRow(tr("Description"), image.description);
    m_overview->addRow(tr("Origin"), image.origin == Core::ImageOrigin::Imported ? tr("imported") : tr("built by Kiln"));
    m_overview->addHeading(tr("Disk"));
    m_overview->addRow(tr("Format"), image.format);
    m_overview->addRow(tr("Virtual size"), Format::bytes(image.virtualSize),
                       image.virtualSize > 0 ? tr("%1 bytes").arg(image.virtualSize) : QString());
    m_overview->addRow(tr("Size on disk"), Format::bytes(image.actualSize),
                       image.actualSize > 0 ? tr("%1 bytes").arg(image.actualSize) : QString());
    m_overview->addRow(tr("SHA-256"), image.sha256);
    if (!image.diskPath.isEmpty())
        m_overview->addRow(tr("File"), image.diskPath);
    if (!image.volume.isEmpty())
        m_overview->addRow(tr("libvirt volume"), tr("%1 in pool %2 (%3)").arg(image.volume, image.pool, image.libvirtUri));
    if (!image.kernelPath.isEmpty()) {
        m_overview->addRow(tr("Kernel"), image.kernelPath);
        m_overview->addRow(tr("Initrd"), image.initrdPath);
        m_overview->addRow(tr("Kernel command line"), image.kernelCmdline);
    }
    m_overview->addHeading(tr("Operating system"));
    const QString pretty = image.osInfo.value(QLatin1String("PRETTY_NAME")).toString();
    m_overview->addRow(tr("Name"), pretty.isEmpty() ? (image.osInfo.isEmpty() ? tr("not recorded (imported images are not inspected)") : image.osInfo.value(QLatin1String("ID")).toString()) : pretty);
    if (image.osInfo.contains(QLatin1String("VERSION_ID")))
        m_overview->addRow(tr("Version"), image.osInfo.value(QLatin1String("VERSION_ID")).toString());
    m_overview->addRow(tr("Packages"), QString::number(image.packageCount));
    m_overview->addHeading(tr("Dates"));
    m_overview->addRow(tr("Created"), Format::dateTime(image.createdAt));
    m_overview->addRow(tr("Finished"), Format::dateTime(image.finishedAt));
    if (!image.sourceUrl.isEmpty())
        m_overview->addRow(tr("Downloaded from"), image.sourceUrl);

    m_lineageForm->clear();
    if (image.baseImageId > 0)
        m_lineageForm->addLinkRow(tr("Base image"), image.baseImage, QStringLiteral("image:%1").arg(image.baseImageId));
    else
        m_lineageForm->addRow(tr("Base image"), image.origin == Core::ImageOrigin::Imported ? tr("none (imported base image)") : image.baseImage);
    if (image.recipeId > 0)
        m_lineageForm->addLinkRow(tr("Recipe"), image.recipe, QLatin1String("recipe:") + image.recipe);
    else
        m_lineageForm->addRow(tr("Recipe"), image.recipe);
    if (image.buildId > 0)
        m_lineageForm->addLinkRow(tr("Build"), tr("#%1").arg(image.buildId), QStringLiteral("build:%1").arg(image.buildId));
    else
        m_lineageForm->addRow(tr("Build"), QString());

    m_components->setRowCount(int(image.components.size()));
    for (int i = 0; i < int(image.components.size()); ++i) {
        const Core::ImageComponentRow &c = image.components.at(i);
        QStringList params;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            params << it.key() + u'=' + it.value();
        m_components->setItem(i, 0, new QTableWidgetItem(QString::number(c.position + 1)));
        m_components->setItem(i, 1, new QTableWidgetItem(c.reference));
        m_components->setItem(i, 2, new QTableWidgetItem(c.type == Core::ComponentType::Build ? tr("build") : tr("test")));
        m_components->setItem(i, 3, new QTableWidgetItem(params.join(QStringLiteral(", "))));
    }
    m_components->resizeColumnsToContents();

    m_packageSearch->blockSignals(true);
    m_packageSearch->clear();
    m_packageSearch->blockSignals(false);
    loadPackages();
    loadLogs();
    Q_EMIT loaded(image);
}

void ImageDetails::loadPackages()
{
    const quint64 token = ++m_packageToken;
    const QString search = m_packageSearch->text().trimmed();
    m_catalog.images().packagesAsync(m_image.id, search).then(this, [this, token, search](const Core::Result<QList<Core::PackageRow>> &rows) {
        if (token != m_packageToken)
            return;
        if (!rows) {
            m_packages->setRowCount(0);
            m_packageCount->setText(rows.error().message);
            return;
        }
        m_packages->setUpdatesEnabled(false);
        m_packages->setRowCount(int(rows->size()));
        for (int i = 0; i < int(rows->size()); ++i) {
            const Core::PackageRow &p = rows->at(i);
            m_packages->setItem(i, 0, new QTableWidgetItem(p.name));
            m_packages->setItem(i, 1, new QTableWidgetItem(p.version));
            m_packages->setItem(i, 2, new QTableWidgetItem(p.architecture));
        }
        m_packages->setUpdatesEnabled(true);
        if (m_image.packageCount == 0 && search.isEmpty())
            m_packageCount->setText(tr("No package inventory: Kiln records it when it builds an image, not for imported ones."));
        else if (search.isEmpty())
            m_packageCount->setText(tr("%n package(s)", nullptr, int(rows->size())));
        else
            m_packageCount->setText(tr("%1 of %2 packages match \"%3\"").arg(rows->size()).arg(m_image.packageCount).arg(search));
    });
}

void ImageDetails::loadLogs()
{
    m_logs->setRowCount(0);
    if (m_image.buildId <= 0)
        return;
    const qint64 buildId = m_image.buildId;
    Core::Catalog *catalog = &m_catalog;
    const quint64 token = m_token;
    QtConcurrent::run([catalog, buildId] { return catalog->builds().logs(buildId); })
        .then(this, [this, token](const Core::Result<QList<Core::LogRow>> &logs) {
            if (token != m_token || !logs)
                return;
            m_logs->setRowCount(int(logs->size()));
            for (int i = 0; i < int(logs->size()); ++i) {
                const Core::LogRow &l = logs->at(i);
                m_logs->setItem(i, 0, new QTableWidgetItem(l.kind));
                auto *file = new QTableWidgetItem(QFileInfo(l.path).fileName());
                file->setData(Qt::UserRole, l.path);
                file->setToolTip(l.path);
                m_logs->setItem(i, 1, file);
            }
        });
}

} // namespace Kiln::Widgets
