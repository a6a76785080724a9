#pragma once
// The details of one image version/build: overview (status, disk, checksum), lineage (base
// image, recipe, the exact component versions), OS and the searchable package inventory, and
// the build's log files. Loads with ImageRepository::getAsync; stale results are dropped.
#include "widgets/common/rowmetatypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class DetailForm;

class ImageDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ImageDetails(Core::Catalog &catalog, QWidget *parent = nullptr);

    void showImage(qint64 id);
    qint64 imageId() const { return m_image.id; }
    const Core::ImageRow &image() const { return m_image; }

    DetailForm *overview() const { return m_overview; }
    DetailForm *lineage() const { return m_lineageForm; }
    QTableWidget *components() const { return m_components; }
    QTableWidget *packages() const { return m_packages; }
    QLineEdit *packageSearch() const { return m_packageSearch; }
    QTableWidget *logs() const { return m_logs; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded(const Kiln::Core::ImageRow &image);
    // "image:<id>", "recipe:<reference>", "build:<id>", "component:<reference>"
    void linkActivated(const QString &href);

private:
    void fill(const Core::ImageRow &image);
    void loadPackages();
    void loadLogs();

    Core::Catalog &m_catalog;
    Core::ImageRow m_image;
    quint64 m_token = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    DetailForm *m_overview;
    DetailForm *m_lineageForm;
    QTableWidget *m_components;
    QLineEdit *m_packageSearch;
    QLabel *m_packageCount;
    QTableWidget *m_packages;
    QTableWidget *m_logs;
    QTimer *m_searchDelay;
    quint64 m_packageToken = 0;
};

} // namespace Kiln::Widgets
