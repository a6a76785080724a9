#include "distributionpage.h"
#include "pipelinedraft.h"
#include "widgets/common/icons.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/settings.h"
#include "widgets/models/distributionmodel.h"

#include "core/catalog/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>


namespace Kiln::Widgets {

static const QStringList allFormats = {QStringLiteral("qcow2"), QStringLiteral("raw"), QStringLiteral("vmdk"), QStringLiteral("vhdx")};

DistributionPage::DistributionPage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_catalog(catalog), m_draft(draft)
{
    setTitle(tr("Distribution"));
    setSubTitle(tr("Where finished images are written, and in which formats. Every image also stays in the catalog."));
    auto *layout = new QVBoxLayout(this);
    m_distribute = new QCheckBox(tr("Write finished images out (otherwise they stay in the catalog only)"), this);
    m_distribute->setChecked(true);
    layout->addWidget(m_distribute);
    auto *form = new QFormLayout;
    m_config = new QComboBox(this);
    m_config->addItem(tr("New configuration"));
    form->addRow(tr("Configuration:"), m_config);
    m_name = new QLineEdit(this);
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);

    auto *targetsBox = new QGroupBox(tr("Targets"), this);
    auto *tl = new QHBoxLayout(targetsBox);
    auto *listColumn = new QVBoxLayout;
    m_targets = new QListWidget(targetsBox);
    m_targets->setMaximumWidth(280);
    listColumn->addWidget(m_targets, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(Icons::add(), tr("Add"), targetsBox);
    m_remove = new QPushButton(Icons::remove(), tr("Remove"), targetsBox);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    listColumn->addLayout(buttons);
    tl->addLayout(listColumn);

    auto *editor = new QFormLayout;
    m_directory = new QRadioButton(tr("A directory"), targetsBox);
    m_pool = new QRadioButton(tr("A libvirt storage pool"), targetsBox);
    m_directory->setChecked(true);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_directory);
    kind->addWidget(m_pool);
    kind->addStretch(1);
    editor->addRow(tr("Write to:"), kind);
    auto *dirRow = new QHBoxLayout;
    m_dirEdit = new QLineEdit(targetsBox);
    m_browse = new QPushButton(tr("Browse…"), targetsBox);
    dirRow->addWidget(m_dirEdit, 1);
    dirRow->addWidget(m_browse);
    editor->addRow(tr("Directory:"), dirRow);
    m_poolEdit = new QLineEdit(targetsBox);
    m_poolEdit->setPlaceholderText(tr("e.g. default"));
    editor->addRow(tr("Pool:"), m_poolEdit);
    m_poolUri = new QLineEdit(targetsBox);
    m_poolUri->setPlaceholderText(tr("empty: the infrastructure's URI"));
    editor->addRow(tr("Pool URI:"), m_poolUri);
    auto *formats = new QHBoxLayout;
    for (const QString &f : allFormats) {
        auto *box = new QCheckBox(f, targetsBox);
        box->setObjectName(f);
        m_formats.append(box);
        formats->addWidget(box);
    }
    formats->addStretch(1);
    editor->addRow(tr("Formats:"), formats);
    m_compression = new QComboBox(targetsBox);
    m_compression->addItem(tr("none"), QStringLiteral("none"));
    m_compression->addItem(QStringLiteral("gzip"), QStringLiteral("gzip"));
    m_compression->addItem(QStringLiteral("xz"), QStringLiteral("xz"));
    m_compression->addItem(QStringLiteral("zstd"), QStringLiteral("zstd"));
    m_compression->setToolTip(tr("Compression applies to directory targets only"));
    editor->addRow(tr("Compression:"), m_compression);
    m_checksums = new QCheckBox(tr("Write SHA256SUMS next to the files"), targetsBox);
    m_checksums->setChecked(true);
    editor->addRow(QString(), m_checksums);
    tl->addLayout(editor, 1);
    layout->addWidget(targetsBox, 1);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    connect(m_distribute, &QCheckBox::toggled, this, &DistributionPage::updateEnabled);
    connect(m_config, &QComboBox::currentIndexChanged, this, &DistributionPage::updateEnabled);
    connect(m_add, &QPushButton::clicked, this, &DistributionPage::addTarget);
    connect(m_remove, &QPushButton::clicked, this, &DistributionPage::removeTarget);
    connect(m_targets, &QListWidget::currentRowChanged, this, &DistributionPage::loadTarget);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Write images to"), m_dirEdit->text());
        if (!dir.isEmpty())
            m_dirEdit->setText(dir);
    });
    auto store = [this] { storeTarget(); };
    connect(m_directory, &QRadioButton::toggled, this, store);
    connect(m_dirEdit, &QLineEdit::textChanged, this, store);
    connect(m_poolEdit, &QLineEdit::textChanged, this, store);
    connect(m_poolUri, &QLineEdit::textChanged, this, store);
    connect(m_compression, &QComboBox::currentIndexChanged, this, store);
    connect(m_checksums, &QCheckBox::toggled, this, store);
    for (QCheckBox *b : m_formats)
        connect(b, &QCheckBox::toggled, this, store);
}

QCheckBox *DistributionPage::formatBox(const QString &format) const
{
    for (QCheckBox *b : m_formats)
        if (b->objectName() == format)
            return b;
    return nullptr;
}

void DistributionPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    m_name->setText(m_draft.name + QLatin1String("-out"));
    addTarget();
    m_catalog.distributions().listAsync().then(this, [this](const Core::Result<QList<Core::DistributionRow>> &rows) {
        if (!rows)
            return;
        for (const Core::DistributionRow &r : *rows)
            m_config->addItem(tr("Existing: %1").arg(r.name), r.name);
    });
    updateEnabled();
}

void DistributionPage::updateEnabled()
{
    const bool on = m_distribute->isChecked();
    const bool isNew = m_config->currentData().toString().isEmpty();
    m_config->setEnabled(on);
    m_name->setEnabled(on && isNew);
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(on && isNew);
    if (!isNew) {
        if (auto row = m_catalog.distributions().get(m_config->currentData().toString())) { // indexed lookup
            m_name->setText(row->name);
            m_targets->clear();
            for (const Core::DistributionTarget &t : row->targets) {
                auto *item = new QListWidgetItem(DistributionModel::targetText(t), m_targets);
                item->setData(Qt::UserRole, QVariant::fromValue(t));
            }
            m_targets->setCurrentRow(0);
        }
    }
    m_message->clearMessage();
}

void DistributionPage::addTarget()
{
    Core::DistributionTarget t;
    t.kind = Core::DistributionTarget::Kind::Directory;
    t.directory = QDir(Settings::defaultOutputDirectory()).filePath(m_draft.name.isEmpty() ? QStringLiteral("images") : m_draft.name);
    t.formats = {QStringLiteral("qcow2")};
    auto *item = new QListWidgetItem(DistributionModel::targetText(t), m_targets);
    item->setData(Qt::UserRole, QVariant::fromValue(t));
    m_targets->setCurrentItem(item);
}

void DistributionPage::removeTarget()
{
    delete m_targets->takeItem(m_targets->currentRow());
    loadTarget(m_targets->currentRow());
}

void DistributionPage::loadTarget(int row)
{
    QListWidgetItem *item = m_targets->item(row);
    m_loading = true;
    const Core::DistributionTarget t = item ? item->data(Qt::UserRole).value<Core::DistributionTarget>() : Core::DistributionTarget{};
    (t.kind == Core::DistributionTarget::Kind::Directory ? m_directory : m_pool)->setChecked(true);
    m_dirEdit->setText(t.directory);
    m_poolEdit->setText(t.pool);
    m_poolUri->setText(t.uri);
    for (QCheckBox *b : m_formats)
        b->setChecked(item && t.formats.contains(b->objectName()));
    m_compression->setCurrentIndex(std::max(0, m_compression->findData(t.compression)));
    m_checksums->setChecked(t.checksums);
    m_loading = false;
    const bool dir = m_directory->isChecked();
    m_dirEdit->setEnabled(dir);
    m_browse->setEnabled(dir);
    m_poolEdit->setEnabled(!dir);
    m_poolUri->setEnabled(!dir);
    m_compression->setEnabled(dir);
}

void DistributionPage::storeTarget()
{
    if (m_loading)
        return;
    const bool dir = m_directory->isChecked();
    m_dirEdit->setEnabled(dir);
    m_browse->setEnabled(dir);
    m_poolEdit->setEnabled(!dir);
    m_poolUri->setEnabled(!dir);
    m_compression->setEnabled(dir);
    QListWidgetItem *item = m_targets->currentItem();
    if (!item)
        return;
    Core::DistributionTarget t;
    t.kind = dir ? Core::DistributionTarget::Kind::Directory : Core::DistributionTarget::Kind::Pool;
    t.directory = dir ? m_dirEdit->text().trimmed() : QString();
    t.pool = dir ? QString() : m_poolEdit->text().trimmed();
    t.uri = dir ? QString() : m_poolUri->text().trimmed();
    t.formats.clear();
    for (QCheckBox *b : m_formats)
        if (b->isChecked())
            t.formats << b->objectName();
    t.compression = dir ? m_compression->currentData().toString() : QStringLiteral("none");
    t.checksums = m_checksums->isChecked();
    item->setData(Qt::UserRole, QVariant::fromValue(t));
    item->setText(DistributionModel::targetText(t));
}

QList<Core::DistributionTarget> DistributionPage::targets() const
{
    QList<Core::DistributionTarget> out;
    for (int i = 0; i < m_targets->count(); ++i)
        out << m_targets->item(i)->data(Qt::UserRole).value<Core::DistributionTarget>();
    return out;
}

QString DistributionPage::problem() const
{
    if (!m_distribute->isChecked() || !m_config->currentData().toString().isEmpty())
        return {};
    const QString name = m_name->text().trimmed();
    if (auto ok = Core::validateName(name, tr("configuration name")); !ok)
        return tr("Name: %1").arg(ok.error().message);
    if (auto existing = m_catalog.distributions().get(name); existing)
        return tr("Name: a configuration called \"%1\" already exists. Choose it under Configuration, or pick another name.").arg(name);
    const QList<Core::DistributionTarget> ts = targets();
    if (ts.isEmpty())
        return tr("Targets: add at least one, or untick \"Write finished images out\".");
    for (int i = 0; i < int(ts.size()); ++i) {
        const Core::DistributionTarget &t = ts.at(i);
        const QString which = tr("Target %1").arg(i + 1);
        if (t.formats.isEmpty())
            return tr("%1: choose at least one format.").arg(which);
        if (t.kind == Core::DistributionTarget::Kind::Directory) {
            if (!QDir::isAbsolutePath(t.directory))
                return tr("%1: the directory must be a full path, like /home/you/images.").arg(which);
            // The nearest existing parent must be writable: Kiln creates the rest.
            QFileInfo fi(t.directory);
            while (!fi.exists() && fi.absoluteFilePath() != fi.absolutePath())
                fi = QFileInfo(fi.absolutePath());
            if (!fi.isDir() || !fi.isWritable())
                return tr("%1: %2 cannot be written (no permission on %3).").arg(which, t.directory, fi.absoluteFilePath());
        } else if (auto ok = Core::validateName(t.pool, tr("pool name")); !ok) {
            return tr("%1: %2").arg(which, ok.error().message);
        }
    }
    return {};
}

bool DistributionPage::validatePage()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_message->showError(p);
        return false;
    }
    m_message->clearMessage();
    m_draft.distribute = m_distribute->isChecked();
    m_draft.useExistingDistribution = m_draft.distribute && !m_config->currentData().toString().isEmpty();
    m_draft.distribution.name = m_name->text().trimmed();
    m_draft.distribution.targets = targets();
    return true;
}

} // namespace Kiln::Widgets
