#include "recipepage.h"
#include "componentselection.h"
#include "pipelinedraft.h"
#include "widgets/catalog/imageimportdialog.h"
#include "widgets/common/icons.h"
#include "widgets/common/inlinemessage.h"

#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

RecipePage::RecipePage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_catalog(catalog), m_draft(draft)
{
    setTitle(tr("Image recipe"));
    setSubTitle(tr("The recipe says what the image is made of: a base image and the components applied to it, in order."));
    auto *layout = new QVBoxLayout(this);
    auto *choice = new QHBoxLayout;
    m_new = new QRadioButton(tr("Create a &new recipe"), this);
    m_existing = new QRadioButton(tr("Use an &existing recipe"), this);
    m_new->setChecked(true);
    choice->addWidget(m_new);
    choice->addWidget(m_existing);
    choice->addStretch(1);
    layout->addLayout(choice);

    m_stack = new QStackedWidget(this);
    auto *newPage = new QWidget(m_stack);
    auto *nl = new QVBoxLayout(newPage);
    nl->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    auto *nameRow = new QHBoxLayout;
    m_name = new QLineEdit(newPage);
    m_name->setPlaceholderText(tr("e.g. web-server"));
    m_version = new QLineEdit(QStringLiteral("1.0.0"), newPage);
    m_version->setMaximumWidth(110);
    m_version->setToolTip(tr("Semantic version x.y.z; Kiln adds the build number"));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(new QLabel(tr("Version:"), newPage));
    nameRow->addWidget(m_version);
    form->addRow(tr("Name:"), nameRow);
    m_description = new QLineEdit(newPage);
    m_description->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Description:"), m_description);
    auto *baseRow = new QHBoxLayout;
    m_baseImage = new QComboBox(newPage);
    m_baseImage->setMinimumContentsLength(28);
    m_baseImage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_import = new QPushButton(Icons::import(), tr("Import from a file…"), newPage);
    m_import->setToolTip(tr("Register a qcow2, raw, vmdk or vhdx disk as a new base image"));
    baseRow->addWidget(m_baseImage, 1);
    baseRow->addWidget(m_import);
    form->addRow(tr("Base image:"), baseRow);
    nl->addLayout(form);
    m_components = new ComponentSelection(catalog, newPage);
    nl->addWidget(m_components, 1);
    m_stack->addWidget(newPage);

    auto *existingPage = new QWidget(m_stack);
    auto *el = new QFormLayout(existingPage);
    m_existingBox = new QComboBox(existingPage);
    m_existingBox->setMinimumContentsLength(36);
    el->addRow(tr("Recipe:"), m_existingBox);
    m_stack->addWidget(existingPage);
    layout->addWidget(m_stack, 1);

    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    connect(m_existing, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        m_message->clearMessage();
    });
    connect(m_import, &QPushButton::clicked, this, &RecipePage::importBaseImage);
}

void RecipePage::initializePage()
{
    if (!m_initialized) {
        m_initialized = true;
        if (m_name->text().isEmpty())
            m_name->setText(m_draft.name);
        loadChoices();
        m_components->loadCatalog();
    }
}

void RecipePage::loadChoices(const QString &preferImage)
{
    const quint64 token = ++m_token;
    Core::ImageFilter images;
    images.statuses = {Core::ImageStatus::Available, Core::ImageStatus::Deprecated};
    images.limit = 1000;
    m_baseImage->setPlaceholderText(tr("Loading base images…"));
    m_catalog.images().listAsync(images).then(this, [this, token, preferImage](const Core::Result<QList<Core::ImageRow>> &rows) {
        if (token != m_token)
            return;
        const QString current = preferImage.isEmpty() ? m_baseImage->currentData().toString() : preferImage;
        m_baseImage->clear();
        if (!rows || rows->isEmpty()) {
            m_baseImage->setPlaceholderText(tr("No images yet: import one from a file"));
            return;
        }
        QSet<QString> names;
        for (const Core::ImageRow &r : *rows) {
            // Offer "newest of name" first for each name, then each exact version.
            if (!names.contains(r.name)) {
                names.insert(r.name);
                m_baseImage->addItem(Icons::image(), tr("%1 (newest available)").arg(r.name), QString(r.name + QLatin1String("@x.x.x")));
            }
            m_baseImage->addItem(Icons::image(), tr("%1 %2 (build %3)").arg(r.name, r.version.toString()).arg(r.build), r.reference());
        }
        const int i = m_baseImage->findData(current);
        m_baseImage->setCurrentIndex(i >= 0 ? i : 0);
    });
    Core::RecipeFilter recipes;
    recipes.limit = 1000;
    m_catalog.recipes().listAsync(recipes).then(this, [this, token](const Core::Result<QList<Core::RecipeRow>> &rows) {
        if (token != m_token)
            return;
        m_existingBox->clear();
        if (rows)
            for (const Core::RecipeRow &r : *rows)
                m_existingBox->addItem(Icons::recipe(), tr("%1 %2 (build %3)").arg(r.name, r.version.toString()).arg(r.build), r.reference());
        m_existing->setEnabled(m_existingBox->count() > 0);
        if (m_existingBox->count() == 0)
            m_existing->setToolTip(tr("There are no recipes in the catalog yet"));
    });
}

void RecipePage::importBaseImage()
{
    ImageImportDialog dialog(m_catalog, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::ImageRow image = dialog.image();
    m_message->showMessage(InlineMessage::Kind::Success, tr("Imported %1; it is now the base image.").arg(image.reference()));
    loadChoices(image.reference());
}

QString RecipePage::problem() const
{
    if (m_existing->isChecked()) {
        if (m_existingBox->currentIndex() < 0)
            return tr("Recipe: choose one, or create a new recipe.");
        return {};
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name: enter a name for the recipe.");
    if (auto ok = Core::validateName(name, tr("recipe name")); !ok)
        return tr("Name: %1").arg(ok.error().message);
    if (auto v = Core::SemVer::parse(m_version->text().trimmed()); !v)
        return tr("Version: %1").arg(v.error().message);
    if (m_baseImage->currentIndex() < 0)
        return tr("Base image: choose one from the catalog, or import a disk file with \"Import from a file…\".");
    if (m_components->isResolving())
        return tr("Components: still checking the versions; try again in a moment.");
    if (m_components->entries().isEmpty())
        return tr("Components: add at least one build component from the catalog (double-click it).");
    const QStringList problems = m_components->problems();
    if (!problems.isEmpty())
        return tr("Components: %1").arg(problems.join(QStringLiteral("\n")));
    return {};
}

bool RecipePage::validatePage()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_message->showError(p);
        return false;
    }
    m_message->clearMessage();
    m_draft.useExistingRecipe = m_existing->isChecked();
    if (m_draft.useExistingRecipe) {
        m_draft.existingRecipe = m_existingBox->currentData().toString();
        return true;
    }
    m_draft.newRecipe.name = m_name->text().trimmed();
    m_draft.newRecipe.version = *Core::SemVer::parse(m_version->text().trimmed());
    m_draft.newRecipe.description = m_description->text().trimmed();
    m_draft.newRecipe.parentImage = m_baseImage->currentData().toString();
    m_draft.newRecipe.components = m_components->references();
    m_draft.componentTypes = m_components->types();
    return true;
}

} // namespace Kiln::Widgets
