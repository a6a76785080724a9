#include "componentdetails.h"
#include "versioncompare.h"
#include "widgets/common/detailform.h"
#include "widgets/common/documentviewer.h"
#include "widgets/common/format.h"

#include "core/catalog/catalog.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ComponentDetails::ComponentDetails(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
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

    auto *docPage = new QWidget(this);
    auto *docLayout = new QVBoxLayout(docPage);
    docLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new DetailForm(docPage);
    docLayout->addWidget(m_form);
    m_viewer = new DocumentViewer(docPage);
    docLayout->addWidget(m_viewer, 1);
    m_tabs->addTab(docPage, tr("Document"));

    Core::Catalog *cat = &m_catalog;
    m_compare = new VersionCompare([cat](qint64 id) {
        return cat->components().getAsync(id).then([](const Core::Result<Core::ComponentRow> &r) {
            return r ? r->document : QString();
        });
    }, this);
    m_tabs->addTab(m_compare, tr("Compare versions"));
}

void ComponentDetails::showComponent(qint64 id)
{
    const quint64 token = ++m_token;
    m_catalog.components().getAsync(id).then(this, [this, token](const Core::Result<Core::ComponentRow> &c) {
        if (token != m_token)
            return;
        if (!c) {
            m_title->setText(tr("This component could not be loaded"));
            m_form->clear();
            m_form->addRow(tr("Problem"), c.error().message);
            m_viewer->setDocument({});
            return;
        }
        fill(*c);
    });
}

void ComponentDetails::fill(const Core::ComponentRow &c)
{
    m_component = c;
    m_title->setText(tr("%1 %2 (build %3)").arg(c.name, c.version.toString()).arg(c.build));
    m_form->clear();
    m_form->addRow(tr("Reference"), c.reference());
    m_form->addRow(tr("Type"), c.type == Core::ComponentType::Build ? tr("build component (runs while the image is built)")
                                                                     : tr("test component (runs on the finished image)"));
    m_form->addRow(tr("Platform"), c.platform);
    m_form->addRow(tr("Description"), c.description);
    m_form->addRow(tr("SHA-256"), c.sha256);
    m_form->addRow(tr("Created"), Format::dateTime(c.createdAt));
    m_viewer->setDocument(c.document);

    // The other versions of this component, for the comparison.
    const quint64 token = m_token;
    Core::ComponentFilter f;
    f.name = c.name;
    f.limit = 500;
    m_catalog.components().listAsync(f).then(this, [this, token, c](const Core::Result<QList<Core::ComponentRow>> &rows) {
        if (token != m_token)
            return;
        QList<VersionCompare::Version> others;
        if (rows)
            for (const Core::ComponentRow &r : *rows)
                if (r.id != c.id)
                    others.append({r.id, tr("%1 (build %2)").arg(r.version.toString()).arg(r.build)});
        m_compare->setVersions(c.id, tr("%1 (build %2)").arg(c.version.toString()).arg(c.build), c.document, others);
    });
    Q_EMIT loaded(c);
}

} // namespace Kiln::Widgets
