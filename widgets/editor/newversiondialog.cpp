#include "newversiondialog.h"

#include "widgets/common/inlinemessage.h"

#include "core/catalog/catalog.h"
#include "core/catalog/reference.h"
#include "core/toe/parser.h"
#include "core/toe/versionbump.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

namespace {

struct Suggestion {
    Toe::VersionBump bump = Toe::VersionBump::Patch;
    QString reason;
};

Suggestion compare(const QString &previous, const QByteArray &current)
{
    const std::string a = previous.toStdString();
    const std::string b = current.toStdString();
    const auto pa = Toe::parseDocument(a, "previous.yml");
    const auto pb = Toe::parseDocument(b, "current.yml");
    const auto s = Toe::suggestVersionBump(a, pa.document ? &*pa.document : nullptr, b, pb.document ? &*pb.document : nullptr);
    return {s.bump, QString::fromStdString(s.reason)};
}

} // namespace

NewVersionDialog::NewVersionDialog(Core::Catalog &catalog, const QByteArray &document, const Initial &initial, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_document(document), m_fileName(initial.fileName)
{
    setObjectName(QStringLiteral("NewVersionDialog"));
    setWindowTitle(tr("New component version"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Store the document as a new version in the catalog, where recipes can use it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("versionName"));
    form->addRow(tr("Name"), m_name);
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("versionNumber"));
    m_version->setPlaceholderText(QStringLiteral("1.0.0"));
    form->addRow(tr("Version"), m_version);
    m_suggestion = new QLabel(this);
    m_suggestion->setWordWrap(true);
    m_suggestion->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_suggestion);
    m_type = new QComboBox(this);
    m_type->addItem(tr("Build component"), int(Core::ComponentType::Build));
    m_type->addItem(tr("Test component"), int(Core::ComponentType::Test));
    m_type->setCurrentIndex(initial.type == Core::ComponentType::Test ? 1 : 0);
    form->addRow(tr("Type"), m_type);
    m_platform = new QComboBox(this);
    m_platform->addItems({QStringLiteral("Linux"), QStringLiteral("Windows"), QStringLiteral("macOS")});
    m_platform->setCurrentText(initial.platform);
    form->addRow(tr("Platform"), m_platform);
    m_description = new QLineEdit(initial.description, this);
    m_description->setPlaceholderText(tr("taken from the document's description when empty"));
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Store version"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewVersionDialog::store);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewVersionDialog::reject);

    m_suggestDelay = new QTimer(this);
    m_suggestDelay->setSingleShot(true);
    m_suggestDelay->setInterval(250);
    connect(m_suggestDelay, &QTimer::timeout, this, &NewVersionDialog::suggest);
    connect(m_name, &QLineEdit::textEdited, m_suggestDelay, qOverload<>(&QTimer::start));
    connect(m_version, &QLineEdit::textEdited, this, [this] { m_versionTouched = true; });
    resize(520, sizeHint().height());
    suggest();
}

void NewVersionDialog::suggest()
{
    const QString name = m_name->text().trimmed();
    const quint64 token = ++m_suggestToken;
    if (name.isEmpty()) {
        m_suggesting = false;
        m_suggestion->setText(tr("Give the component a name."));
        return;
    }
    m_suggesting = true;
    m_suggestion->setText(tr("Looking up the latest version of %1…").arg(name));
    Core::ComponentFilter filter;
    filter.name = name;
    filter.newestOnly = true;
    m_catalog.components().listAsync(filter).then(this, [this, token, name](const Core::Result<QList<Core::ComponentRow>> &rows) {
        if (token != m_suggestToken)
            return;
        if (!rows || rows->isEmpty()) {
            if (!m_versionTouched)
                m_version->setText(QStringLiteral("1.0.0"));
            m_suggestion->setText(tr("Suggested 1.0.0: the first version of %1.").arg(name));
            m_suggesting = false;
            Q_EMIT suggestionReady(m_version->text());
            return;
        }
        const Core::ComponentRow latest = rows->first();
        m_catalog.components().getAsync(latest.id).then(this, [this, token, latest](const Core::Result<Core::ComponentRow> &row) {
            if (token != m_suggestToken)
                return;
            const QString previous = row ? row->document : QString();
            // Parsing both documents is pure work: off the GUI thread.
            QtConcurrent::run(compare, previous, m_document).then(this, [this, token, latest](const Suggestion &s) {
                if (token != m_suggestToken)
                    return;
                Core::SemVer next = latest.version;
                switch (s.bump) {
                case Toe::VersionBump::None: break;
                case Toe::VersionBump::Patch: ++next.patch; break;
                case Toe::VersionBump::Minor: ++next.minor, next.patch = 0; break;
                case Toe::VersionBump::Major: ++next.major, next.minor = 0, next.patch = 0; break;
                }
                if (!m_versionTouched)
                    m_version->setText(next.toString());
                if (s.bump == Toe::VersionBump::None)
                    m_suggestion->setText(tr("The document is identical to %1; storing it again returns that version.").arg(latest.reference()));
                else
                    m_suggestion->setText(tr("Suggested %1 (latest is %2): %3.").arg(next.toString(), latest.version.toString(), s.reason));
                m_suggesting = false;
                Q_EMIT suggestionReady(m_version->text());
            });
        });
    });
}

void NewVersionDialog::store()
{
    if (m_busy)
        return;
    m_message->clearMessage();
    if (auto ok = Core::validateName(m_name->text().trimmed(), tr("component name")); !ok) {
        m_message->showError(ok.error().message);
        return;
    }
    auto version = Core::SemVer::parse(m_version->text().trimmed());
    if (!version) {
        m_message->showError(version.error().message);
        return;
    }
    Core::NewComponent c;
    c.name = m_name->text().trimmed();
    c.version = *version;
    c.type = Core::ComponentType(m_type->currentData().toInt());
    c.platform = m_platform->currentText();
    c.description = m_description->text().trimmed();
    c.document = QString::fromUtf8(m_document);
    c.sourceFile = m_fileName;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->showMessage(InlineMessage::Kind::Info, tr("Validating and storing…"));
    m_catalog.components().create(c).then(this, [this](const Core::Result<Core::Stored<Core::ComponentRow>> &r) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!r) {
            m_refusal = r.error().message;
            m_message->showError(r.error().message);
            Q_EMIT refused(r.error().message);
            return;
        }
        m_component = r->row;
        m_isNew = r->isNew;
        accept();
    });
}

} // namespace Kiln::Widgets
