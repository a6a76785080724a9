#include "componentselection.h"
#include "widgets/common/icons.h"
#include "widgets/models/componentcatalogmodel.h"

#include "core/catalog/catalog.h"
#include "core/toe/parser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

struct Resolution {
    QString resolved;
    std::optional<Core::ComponentType> type;
    QString problem;
    QList<ComponentSelection::ParameterInfo> parameters;
    QStringList versions; // every version of the component, newest first
};
} // namespace

ComponentSelection::ComponentSelection(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(new QLabel(tr("Components in the catalog:"), left));
    m_filter = new QLineEdit(left);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    ll->addWidget(m_filter);
    m_catalogModel = new ComponentCatalogModel(catalog, this);
    m_catalogView = new QTreeView(left);
    m_catalogView->setModel(m_catalogModel);
    m_catalogView->setUniformRowHeights(true);
    m_catalogView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c : {int(ComponentCatalogModel::PlatformColumn), int(ComponentCatalogModel::CreatedColumn)})
        m_catalogView->setColumnHidden(c, true);
    m_catalogView->setColumnWidth(ComponentCatalogModel::NameColumn, 160);
    m_catalogView->setColumnWidth(ComponentCatalogModel::TypeColumn, 50);
    m_catalogView->setToolTip(tr("Double-click a component (or a version of it) to add it to the recipe"));
    ll->addWidget(m_catalogView, 1);
    auto *add = new QPushButton(Icons::add(), tr("Add to recipe"), left);
    ll->addWidget(add);

    auto *right = new QWidget(splitter);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("In this recipe, in the order they run (drag to reorder):"), right));
    m_list = new QTreeWidget(right);
    m_list->setHeaderLabels({tr("Component"), tr("Type"), tr("Version"), tr("Uses")});
    m_list->setRootIsDecorated(false);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 140);
    m_list->setColumnWidth(1, 50);
    m_list->setColumnWidth(2, 70);
    rl->addWidget(m_list, 1);
    auto *form = new QFormLayout;
    m_version = new QComboBox(right);
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->setToolTip(tr("An exact version (1.2.3) or a wildcard that picks the newest match: 1.2.x, 1.x.x, x.x.x"));
    form->addRow(tr("Version:"), m_version);
    m_resolvedLabel = new QLabel(right);
    m_resolvedLabel->setWordWrap(true);
    form->addRow(QString(), m_resolvedLabel);
    rl->addLayout(form);
    rl->addWidget(new QLabel(tr("Parameters (* = required):"), right));
    m_parameters = new QTableWidget(0, 3, right);
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Description")});
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setColumnWidth(0, 130);
    m_parameters->setColumnWidth(1, 150);
    m_parameters->setMaximumHeight(130);
    rl->addWidget(m_parameters);
    m_remove = new QPushButton(Icons::remove(), tr("Remove from recipe"), right);
    rl->addWidget(m_remove, 0, Qt::AlignLeft);
    splitter->setSizes({300, 420});

    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(250);
    connect(filterDelay, &QTimer::timeout, this, [this] { m_catalogModel->setFilter(m_filter->text(), std::nullopt); });
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(add, &QPushButton::clicked, this, &ComponentSelection::addSelectedFromCatalog);
    connect(m_catalogView, &QTreeView::doubleClicked, this, &ComponentSelection::addSelectedFromCatalog);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ComponentSelection::showCurrent);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ComponentSelection::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &ComponentSelection::changed);
    connect(m_version, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_filling && currentKey())
            setVersion(currentKey(), text.section(u' ', 0, 0));
    });
    connect(m_parameters, &QTableWidget::cellChanged, this, &ComponentSelection::parameterEdited);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int key = currentKey())
            removeComponent(key);
    });
    showCurrent();
}

void ComponentSelection::loadCatalog() { m_catalogModel->setFilter(m_filter->text(), std::nullopt); }

ComponentSelection::Entry *ComponentSelection::entry(int key)
{
    for (Entry &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

const ComponentSelection::Entry *ComponentSelection::entry(int key) const
{
    for (const Entry &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

int ComponentSelection::currentKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, KeyRole).toInt() : 0;
}

void ComponentSelection::addSelectedFromCatalog()
{
    const QModelIndex i = m_catalogView->currentIndex();
    if (!i.isValid())
        return;
    const auto c = ComponentCatalogModel::componentOf(m_catalogModel->entry(i));
    // A name row adds "newest" (x.x.x); a version or build row pins that exact version.
    const bool pinned = m_catalogModel->level(i) != VersionTreeModel::Level::Name;
    addComponent(c.name, c.type, pinned ? c.version.toString() : QStringLiteral("x.x.x"));
}

int ComponentSelection::addComponent(const QString &name, Core::ComponentType type, const QString &version)
{
    Entry e;
    e.key = m_nextKey++;
    e.name = name;
    e.type = type;
    e.version = version;
    m_entries.append(e);
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(0, KeyRole, e.key);
    item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled); // drop between rows, never onto one
    refreshItem(e.key);
    m_list->setCurrentItem(item);
    resolve(e.key);
    Q_EMIT changed();
    return e.key;
}

void ComponentSelection::removeComponent(int key)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, KeyRole).toInt() == key)
            delete m_list->takeTopLevelItem(i);
    m_entries.removeIf([key](const Entry &e) { return e.key == key; });
    showCurrent();
    Q_EMIT changed();
}

void ComponentSelection::moveComponent(int from, int to)
{
    if (from < 0 || from >= m_list->topLevelItemCount() || to < 0 || to >= m_list->topLevelItemCount() || from == to)
        return;
    QTreeWidgetItem *item = m_list->takeTopLevelItem(from);
    m_list->insertTopLevelItem(to, item);
    m_list->setCurrentItem(item);
    Q_EMIT changed();
}

void ComponentSelection::setVersion(int key, const QString &version)
{
    Entry *e = entry(key);
    if (!e || e->version == version.trimmed())
        return;
    e->version = version.trimmed();
    refreshItem(key);
    resolve(key);
    Q_EMIT changed();
}

void ComponentSelection::setParameter(int key, const QString &parameter, const QString &value)
{
    Entry *e = entry(key);
    if (!e)
        return;
    if (value.isEmpty())
        e->values.remove(parameter);
    else
        e->values.insert(parameter, value);
    refreshItem(key);
    if (key == currentKey())
        showCurrent();
    Q_EMIT changed();
}

void ComponentSelection::resolve(int key)
{
    Entry *e = entry(key);
    if (!e)
        return;
    auto pattern = Core::VersionPattern::parse(e->version);
    if (!pattern) {
        e->resolved.clear();
        e->problem = tr("version \"%1\": %2").arg(e->version, pattern.error().message);
        e->resolving = false;
        refreshItem(key);
        if (key == currentKey())
            showCurrent();
        return;
    }
    e->resolving = true;
    const QString reference = e->name + u'@' + e->version;
    const QString name = e->name;
    Core::Catalog *catalog = &m_catalog;
    QtConcurrent::run([catalog, reference, name]() -> Resolution {
        Resolution r;
        Core::ComponentFilter f;
        f.name = name;
        f.limit = 200;
        if (auto all = catalog->components().list(f)) {
            for (const Core::ComponentRow &c : *all)
                if (!r.versions.contains(c.version.toString()))
                    r.versions << c.version.toString();
        }
        auto c = catalog->components().resolve(reference);
        if (!c) {
            r.problem = c.error().message;
            return r;
        }
        r.resolved = c->reference();
        r.type = c->type;
        const auto parsed = Toe::parseDocument(c->document.toStdString(), c->name.toStdString());
        if (parsed.document) {
            for (const Toe::Parameter &p : parsed.document->parameters) {
                ParameterInfo info;
                info.name = QString::fromStdString(p.name);
                info.type = QString::fromStdString(p.type);
                info.description = QString::fromStdString(p.description);
                info.required = !p.defaultValue.has_value();
                info.defaultValue = p.defaultValue ? QString::fromStdString(*p.defaultValue) : QString();
                r.parameters.append(info);
            }
        }
        return r;
    }).then(this, [this, key, version = e->version](const Resolution &r) {
        Entry *e = entry(key);
        if (!e || e->version != version)
            return; // removed, or the version changed again meanwhile
        e->resolving = false;
        e->resolved = r.resolved;
        e->problem = r.problem;
        e->parameters = r.parameters;
        if (r.type)
            e->type = *r.type; // the catalog knows best whether it is a build or a test component
        e->values.removeIf([&r](const auto &it) {
            return std::none_of(r.parameters.cbegin(), r.parameters.cend(), [&it](const ParameterInfo &p) { return p.name == it.key(); });
        });
        m_versions.insert(e->name, r.versions);
        refreshItem(key);
        if (key == currentKey())
            showCurrent();
        Q_EMIT changed();
    });
}

void ComponentSelection::refreshItem(int key)
{
    const Entry *e = entry(key);
    if (!e)
        return;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, KeyRole).toInt() != key)
            continue;
        item->setText(0, e->name);
        item->setIcon(0, Icons::component());
        item->setText(1, e->type == Core::ComponentType::Build ? tr("build") : tr("test"));
        item->setText(2, e->version);
        QString uses;
        if (e->resolving)
            uses = tr("resolving…");
        else if (!e->problem.isEmpty())
            uses = e->problem;
        else
            uses = e->resolved.section(u'/', 2);
        item->setText(3, uses);
        item->setToolTip(3, e->problem.isEmpty() ? e->resolved : e->problem);
        item->setIcon(3, e->problem.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void ComponentSelection::showCurrent()
{
    const Entry *e = entry(currentKey());
    m_version->setEnabled(e);
    m_parameters->setEnabled(e);
    m_remove->setEnabled(e);
    m_filling = true;
    m_version->clear();
    m_parameters->setRowCount(0);
    if (!e) {
        m_resolvedLabel->setText(m_entries.isEmpty() ? tr("Add components from the catalog on the left.") : QString());
        m_filling = false;
        return;
    }
    // Offer the wildcards and every known version; the field stays editable.
    QStringList choices{QStringLiteral("x.x.x")};
    const QStringList versions = m_versions.value(e->name);
    if (!versions.isEmpty()) {
        const QStringList parts = versions.constFirst().split(u'.');
        choices << parts.value(0) + QLatin1String(".x.x") << parts.value(0) + u'.' + parts.value(1) + QLatin1String(".x");
    }
    choices << versions;
    choices.removeDuplicates();
    m_version->addItems(choices);
    m_version->setEditText(e->version);
    if (e->resolving)
        m_resolvedLabel->setText(tr("Resolving…"));
    else if (!e->problem.isEmpty())
        m_resolvedLabel->setText(tr("⚠ %1").arg(e->problem));
    else
        m_resolvedLabel->setText(tr("Uses %1 now; a wildcard picks the newest match when a build starts.").arg(e->resolved));
    m_parameters->setRowCount(int(e->parameters.size()));
    for (int r = 0; r < int(e->parameters.size()); ++r) {
        const ParameterInfo &p = e->parameters.at(r);
        auto *name = new QTableWidgetItem(p.required ? p.name + QLatin1String(" *") : p.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, p.name);
        if (p.required) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            name->setToolTip(tr("Required: the document gives no default"));
        }
        m_parameters->setItem(r, 0, name);
        auto *value = new QTableWidgetItem(e->values.value(p.name));
        value->setToolTip(p.required ? tr("Required") : tr("Default: %1").arg(p.defaultValue));
        m_parameters->setItem(r, 1, value);
        auto *desc = new QTableWidgetItem(p.description.isEmpty() ? p.type : p.description);
        desc->setFlags(Qt::ItemIsEnabled);
        m_parameters->setItem(r, 2, desc);
    }
    m_filling = false;
}

void ComponentSelection::parameterEdited(int row, int column)
{
    if (m_filling || column != 1)
        return;
    const int key = currentKey();
    const QString name = m_parameters->item(row, 0)->data(Qt::UserRole).toString();
    Entry *e = entry(key);
    if (!e)
        return;
    const QString value = m_parameters->item(row, 1)->text();
    if (value.isEmpty())
        e->values.remove(name);
    else
        e->values.insert(name, value);
    refreshItem(key);
    Q_EMIT changed();
}

QList<ComponentSelection::Entry> ComponentSelection::entries() const
{
    QList<Entry> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (const Entry *e = entry(m_list->topLevelItem(i)->data(0, KeyRole).toInt()))
            out.append(*e);
    return out;
}

QList<Core::RecipeComponentRef> ComponentSelection::references() const
{
    QList<Core::RecipeComponentRef> refs;
    for (const Entry &e : entries())
        refs.append({e.version == QLatin1String("x.x.x") ? e.name : e.name + u'@' + e.version, e.values});
    return refs;
}

QList<Core::ComponentType> ComponentSelection::types() const
{
    QList<Core::ComponentType> t;
    for (const Entry &e : entries())
        t.append(e.type);
    return t;
}

bool ComponentSelection::isResolving() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.resolving; });
}

QStringList ComponentSelection::problems() const
{
    QStringList out;
    for (const Entry &e : entries()) {
        if (!e.problem.isEmpty())
            out << tr("%1: %2").arg(e.name, e.problem);
        for (const ParameterInfo &p : e.parameters)
            if (p.required && e.values.value(p.name).isEmpty())
                out << tr("%1: the parameter %2 is required; give it a value.").arg(e.name, p.name);
    }
    return out;
}

} // namespace Kiln::Widgets
