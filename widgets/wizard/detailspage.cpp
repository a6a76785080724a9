#include "detailspage.h"
#include "cronexpression.h"
#include "pipelinedraft.h"
#include "widgets/common/inlinemessage.h"

#include "core/catalog/catalog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

DetailsPage::DetailsPage(Core::Catalog &catalog, PipelineDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_catalog(catalog), m_draft(draft)
{
    setTitle(tr("Pipeline details"));
    setSubTitle(tr("Name the pipeline and say when it runs. A pipeline builds an image from a recipe, tests it and distributes it."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. web-server"));
    m_name->setToolTip(tr("Letters, digits, '.', '_' and '-'; starts with a letter or digit; at most 128 characters"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QPlainTextEdit(this);
    m_description->setPlaceholderText(tr("Optional: what this pipeline produces and for whom"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description:"), m_description);

    m_manual = new QRadioButton(tr("&Manual: I start builds myself (Run, or kilnctl pipeline start)"), this);
    m_cron = new QRadioButton(tr("On a &schedule (cron expression):"), this);
    m_manual->setChecked(true);
    m_cronEdit = new QLineEdit(this);
    m_cronEdit->setPlaceholderText(tr("e.g. 0 3 * * 1  (Mondays at 03:00)"));
    m_cronEdit->setEnabled(false);
    m_cronPreview = new QLabel(this);
    m_cronPreview->setWordWrap(true);
    m_cronPreview->setForegroundRole(QPalette::PlaceholderText);
    auto *schedule = new QVBoxLayout;
    schedule->addWidget(m_manual);
    schedule->addWidget(m_cron);
    schedule->addWidget(m_cronEdit);
    schedule->addWidget(m_cronPreview);
    form->addRow(tr("Schedule:"), schedule);

    m_tests = new QCheckBox(tr("Run the &test stage: boot the new image in a fresh VM and run the test components"), this);
    m_tests->setChecked(true);
    form->addRow(tr("Tests:"), m_tests);
    layout->addLayout(form);
    layout->addStretch(1);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    connect(m_cron, &QRadioButton::toggled, m_cronEdit, &QLineEdit::setEnabled);
    connect(m_cron, &QRadioButton::toggled, this, &DetailsPage::updateCronPreview);
    connect(m_cronEdit, &QLineEdit::textChanged, this, &DetailsPage::updateCronPreview);
    connect(m_name, &QLineEdit::textChanged, m_message, &InlineMessage::clearMessage);
    registerField(QStringLiteral("pipelineName"), m_name);
}

void DetailsPage::updateCronPreview()
{
    if (!m_cron->isChecked()) {
        m_cronPreview->clear();
        return;
    }
    auto cron = CronExpression::parse(m_cronEdit->text());
    if (!cron) {
        m_cronPreview->setText(m_cronEdit->text().trimmed().isEmpty() ? QString() : cron.error());
        return;
    }
    QStringList runs;
    for (const QDateTime &t : cron->nextRuns(QDateTime::currentDateTime(), 3))
        runs << QLocale().toString(t, QLocale::ShortFormat);
    m_cronPreview->setText(tr("Next runs: %1").arg(runs.join(QStringLiteral(", "))));
}

QString DetailsPage::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name: enter a name for the pipeline.");
    if (auto ok = Core::validateName(name, tr("pipeline name")); !ok)
        return tr("Name: %1").arg(ok.error().message);
    if (auto existing = m_catalog.pipelines().get(name); existing) // an indexed lookup
        return tr("Name: a pipeline called \"%1\" already exists. Choose another name, or delete that one first.").arg(name);
    if (m_cron->isChecked()) {
        auto cron = CronExpression::parse(m_cronEdit->text());
        if (!cron)
            return tr("Schedule: %1").arg(cron.error());
    }
    return {};
}

bool DetailsPage::validatePage()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_message->showError(p);
        return false;
    }
    m_message->clearMessage();
    m_draft.name = m_name->text().trimmed();
    m_draft.description = m_description->toPlainText().trimmed();
    m_draft.schedule = m_cron->isChecked() ? m_cronEdit->text().simplified() : QStringLiteral("manual");
    m_draft.tests = m_tests->isChecked();
    return true;
}

} // namespace Kiln::Widgets
