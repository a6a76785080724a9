#pragma once
// The recipe page's component picker: the catalog's components on the left (lazy tree, filter),
// the recipe's components on the right in run order (drag and drop to reorder), and for the
// selected one a version selector (exact 1.2.3 or a wildcard 1.2.x / 1.x.x / x.x.x, resolved to
// the component it picks now) and its parameter values (from the document's parameters;
// required ones are marked). Resolving and reading documents happen off the GUI thread.
#include "widgets/common/rowmetatypes.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ComponentCatalogModel;

class ComponentSelection : public QWidget
{
    Q_OBJECT
public:
    struct ParameterInfo {
        QString name;
        QString type;
        QString description;
        QString defaultValue;
        bool required = false;
    };
    struct Entry {
        int key = 0;
        QString name;
        Core::ComponentType type = Core::ComponentType::Build;
        QString version = QStringLiteral("x.x.x"); // pattern as typed
        QMap<QString, QString> values;
        QList<ParameterInfo> parameters;
        QString resolved;  // "kiln:component/hello/1.2.0/1", empty when unresolved
        QString problem;   // why it does not resolve
        bool resolving = false;
    };

    explicit ComponentSelection(Core::Catalog &catalog, QWidget *parent = nullptr);

    // Adds a component by name (newest version) as the last one; returns its key.
    int addComponent(const QString &name, Core::ComponentType type, const QString &version = QStringLiteral("x.x.x"));
    void setVersion(int key, const QString &version);
    void setParameter(int key, const QString &parameter, const QString &value);
    void removeComponent(int key);
    void moveComponent(int from, int to); // by position, like a drag and drop

    QList<Entry> entries() const;         // in run order
    QList<Core::RecipeComponentRef> references() const;
    QList<Core::ComponentType> types() const;
    // One message per problem ("hello: version 1.x.3 …", "hello: Greeting is required"), empty when fine.
    QStringList problems() const;
    bool isResolving() const;

    QTreeView *catalogView() const { return m_catalogView; }
    QTreeWidget *selectedList() const { return m_list; }
    QComboBox *versionBox() const { return m_version; }
    QTableWidget *parameterTable() const { return m_parameters; }
    QLabel *resolvedLabel() const { return m_resolvedLabel; }
    void loadCatalog(); // first page of the catalog tree

Q_SIGNALS:
    void changed();

private:
    Entry *entry(int key);
    const Entry *entry(int key) const;
    int currentKey() const;
    void addSelectedFromCatalog();
    void resolve(int key);
    void showCurrent();
    void refreshItem(int key);
    void parameterEdited(int row, int column);

    Core::Catalog &m_catalog;
    ComponentCatalogModel *m_catalogModel;
    QTreeView *m_catalogView;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QComboBox *m_version;
    QLabel *m_resolvedLabel;
    QTableWidget *m_parameters;
    QPushButton *m_remove;
    QList<Entry> m_entries;
    QHash<QString, QStringList> m_versions; // known versions per component name, newest first
    int m_nextKey = 1;
    bool m_filling = false;
};

} // namespace Kiln::Widgets
