#pragma once
// The details of one component version/build: what it is, its document in a read-only YAML
// viewer, and a diff against another version of the same component.
#include "widgets/common/rowmetatypes.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class DetailForm;
class DocumentViewer;
class VersionCompare;

class ComponentDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ComponentDetails(Core::Catalog &catalog, QWidget *parent = nullptr);

    void showComponent(qint64 id);
    const Core::ComponentRow &component() const { return m_component; }
    DetailForm *form() const { return m_form; }
    DocumentViewer *viewer() const { return m_viewer; }
    VersionCompare *compare() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded(const Kiln::Core::ComponentRow &component);

private:
    void fill(const Core::ComponentRow &c);

    Core::Catalog &m_catalog;
    Core::ComponentRow m_component;
    quint64 m_token = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    DetailForm *m_form;
    DocumentViewer *m_viewer;
    VersionCompare *m_compare;
};

} // namespace Kiln::Widgets
