#include "recipedetails.h"
#include "versioncompare.h"
#include "widgets/common/detailform.h"
#include "widgets/common/documentviewer.h"
#include "widgets/common/format.h"

#include "core/catalog/catalog.h"
#include "core/catalog/resourcefile.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

QString RecipeDetails::toYaml(const Core::RecipeRow &r)
{
    Core::NewRecipe n;
    n.name = r.name;
    n.version = r.version;
    n.description = r.description;
    n.parentImage = r.parentImage;
    n.components = r.components;
    n.diskSizeGiB = r.diskSizeGiB;
    n.workingDirectory = r.workingDirectory;
    Core::ResourceDocument doc;
    doc.kind = Core::ResourceKind::ImageRecipe;
    doc.resource = n;
    return QString::fromUtf8(Core::ResourceFile::serialize({doc}));
}

RecipeDetails::RecipeDetails(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *overview = new QWidget(this);
    auto *ol = new QVBoxLayout(overview);
    ol->setContentsMargins(0, 0, 0, 0);
    m_form = new DetailForm(overview);
    ol->addWidget(m_form);
    auto *label = new QLabel(tr("Components, in build order:"), overview);
    label->setContentsMargins(12, 0, 0, 0);
    ol->addWidget(label);
    m_components = new QTableWidget(0, 2, overview);
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Parameters")});
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->verticalHeader()->setVisible(true);
    m_components->horizontalHeader()->setStretchLastSection(true);
    ol->addWidget(m_components, 1);
    m_tabs->addTab(overview, tr("Overview"));

    m_viewer = new DocumentViewer(this);
    m_tabs->addTab(m_viewer, tr("YAML"));

    Core::Catalog *cat = &m_catalog;
    m_compare = new VersionCompare([cat](qint64 id) {
        return cat->recipes().getAsync(id).then([](const Core::Result<Core::RecipeRow> &r) { return r ? toYaml(*r) : QString(); });
    }, this);
    m_tabs->addTab(m_compare, tr("Compare versions"));
}

void RecipeDetails::showRecipe(qint64 id)
{
    const quint64 token = ++m_token;
    m_catalog.recipes().getAsync(id).then(this, [this, token](const Core::Result<Core::RecipeRow> &r) {
        if (token != m_token)
            return;
        if (!r) {
            m_title->setText(tr("This recipe could not be loaded"));
            m_form->clear();
            m_form->addRow(tr("Problem"), r.error().message);
            return;
        }
        fill(*r);
    });
}

void RecipeDetails::fill(const Core::RecipeRow &r)
{
    m_recipe = r;
    m_title->setText(tr("%1 %2 (build %3)").arg(r.name, r.version.toString()).arg(r.build));
    m_form->clear();
    m_form->addRow(tr("Reference"), r.reference());
    m_form->addRow(tr("Description"), r.description);
    m_form->addRow(tr("Base image"), r.parentImage);
    m_form->addRow(tr("Disk size"), r.diskSizeGiB > 0 ? tr("%1 GiB").arg(r.diskSizeGiB) : tr("same as the base image"));
    m_form->addRow(tr("Working directory"), r.workingDirectory);
    m_form->addRow(tr("Created"), Format::dateTime(r.createdAt));
    m_components->setRowCount(int(r.components.size()));
    for (int i = 0; i < int(r.components.size()); ++i) {
        const Core::RecipeComponentRef &c = r.components.at(i);
        QStringList params;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            params << it.key() + u'=' + it.value();
        m_components->setItem(i, 0, new QTableWidgetItem(c.component));
        m_components->setItem(i, 1, new QTableWidgetItem(params.join(QStringLiteral(", "))));
    }
    m_components->resizeColumnToContents(0);
    const QString yaml = toYaml(r);
    m_viewer->setDocument(yaml);

    const quint64 token = m_token;
    Core::RecipeFilter f;
    f.name = r.name;
    f.limit = 500;
    m_catalog.recipes().listAsync(f).then(this, [this, token, r, yaml](const Core::Result<QList<Core::RecipeRow>> &rows) {
        if (token != m_token)
            return;
        QList<VersionCompare::Version> others;
        if (rows)
            for (const Core::RecipeRow &o : *rows)
                if (o.id != r.id)
                    others.append({o.id, tr("%1 (build %2)").arg(o.version.toString()).arg(o.build)});
        m_compare->setVersions(r.id, tr("%1 (build %2)").arg(r.version.toString()).arg(r.build), yaml, others);
    });
    Q_EMIT loaded(r);
}

} // namespace Kiln::Widgets
