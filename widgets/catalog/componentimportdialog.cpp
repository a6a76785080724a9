#include "componentimportdialog.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/issues/issuemodel.h"

#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ComponentImportDialog::ComponentImportDialog(Core::Catalog &catalog, IssueModel *issues, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_issues(issues)
{
    setWindowTitle(tr("Import component"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("An AWSTOE component document (.yml, .yaml)"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    m_name = new QLineEdit(this);
    form->addRow(tr("Name:"), m_name);
    m_version = new QLineEdit(QStringLiteral("1.0.0"), this);
    form->addRow(tr("Version:"), m_version);
    m_type = new QComboBox(this);
    m_type->addItem(tr("Build component"), int(Core::ComponentType::Build));
    m_type->addItem(tr("Test component"), int(Core::ComponentType::Test));
    form->addRow(tr("Type:"), m_type);
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Optional: taken from the document when empty"));
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open component"), QFileInfo(m_file->text()).path(),
                                                          tr("Component documents (*.yml *.yaml);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (m_name->isModified())
            return;
        QString base = QFileInfo(path).completeBaseName();
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
        m_name->setText(base);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComponentImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComponentImportDialog::reject);
    resize(560, sizeHint().height());
}

void ComponentImportDialog::setFile(const QString &path) { m_file->setText(path); }

void ComponentImportDialog::startImport()
{
    if (m_busy)
        return;
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_message->showError(tr("Choose the component file to import."));
        return;
    }
    if (auto ok = Core::validateName(m_name->text().trimmed(), tr("component name")); !ok) {
        m_message->showError(ok.error().message);
        return;
    }
    auto version = Core::SemVer::parse(m_version->text().trimmed());
    if (!version) {
        m_message->showError(version.error().message);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    // Component documents are small (validation refuses big ones); a 10 MB cap keeps this read short.
    if (file.size() > 10 * 1024 * 1024) {
        m_message->showError(tr("%1 is larger than 10 MB; that is not a component document.").arg(path));
        return;
    }
    Core::NewComponent c;
    c.name = m_name->text().trimmed();
    c.version = *version;
    c.type = Core::ComponentType(m_type->currentData().toInt());
    c.description = m_description->text().trimmed();
    c.document = QString::fromUtf8(file.readAll());
    c.sourceFile = path;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->showMessage(InlineMessage::Kind::Info, tr("Validating and storing…"));
    const QString source = QStringLiteral("component-import");
    m_catalog.components().create(c).then(this, [this, path, source](const Core::Result<Core::Stored<Core::ComponentRow>> &r) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!r) {
            m_message->showError(r.error().message);
            // Located diagnostics ("file:line:col: message") also go to the Issues dock.
            if (m_issues) {
                QList<Issue> issues;
                static const QRegularExpression located(QStringLiteral("^(.*?):(\\d+):(\\d+):\\s*(?:(error|warning):\\s*)?(.*)$"));
                for (const QString &line : r.error().message.split(u'\n', Qt::SkipEmptyParts)) {
                    const auto m = located.match(line.trimmed());
                    if (!m.hasMatch())
                        continue;
                    Issue i;
                    i.severity = m.captured(4) == QLatin1String("warning") ? Issue::Severity::Warning : Issue::Severity::Error;
                    i.target = QFileInfo(m.captured(1)).isAbsolute() ? m.captured(1) : path;
                    i.line = m.captured(2).toInt();
                    i.column = m.captured(3).toInt();
                    i.message = m.captured(5);
                    issues.append(i);
                }
                m_issues->setIssues(source, issues);
            }
            return;
        }
        if (m_issues)
            m_issues->clearSource(source);
        m_component = r->row;
        m_isNew = r->isNew;
        accept();
    });
}

} // namespace Kiln::Widgets
