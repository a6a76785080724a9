#include "buildview.h"
#include "widgets/common/detailform.h"
#include "widgets/common/format.h"
#include "widgets/common/statusbadge.h"

#include "core/catalog/catalog.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

static const char *const stageNames[] = {"CREATING", "BUILDING", "TESTING", "DISTRIBUTING"};

BuildView::BuildView(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    outer->addWidget(area);
    auto *body = new QWidget(area);
    area->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 8, 8, 8);

    m_title = new QLabel(body);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    auto *stages = new QGroupBox(tr("Stages"), body);
    m_timeline = new QGridLayout(stages);
    for (int i = 0; i < 4; ++i) {
        auto *name = new QLabel(StatusBadge::label(QLatin1String(stageNames[i])), stages);
        QFont bf = name->font();
        bf.setBold(true);
        name->setFont(bf);
        name->setAlignment(Qt::AlignCenter);
        auto *state = new QLabel(stages);
        state->setAlignment(Qt::AlignCenter);
        state->setWordWrap(true);
        m_timeline->addWidget(name, 0, i);
        m_timeline->addWidget(state, 1, i);
        m_stageLabels.append(state);
    }
    layout->addWidget(stages);

    m_form = new DetailForm(body);
    layout->addWidget(m_form);
    connect(m_form, &DetailForm::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("image:")))
            Q_EMIT imageLinkActivated(href.mid(6).toLongLong());
    });

    m_failureBox = new QGroupBox(tr("Why it failed"), body);
    auto *fl = new QVBoxLayout(m_failureBox);
    m_failureForm = new DetailForm(m_failureBox);
    fl->addWidget(m_failureForm);
    m_logTail = new QPlainTextEdit(m_failureBox);
    m_logTail->setReadOnly(true);
    m_logTail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logTail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logTail->setMaximumHeight(160);
    fl->addWidget(m_logTail);
    m_failureBox->hide();
    layout->addWidget(m_failureBox);

    layout->addWidget(new QLabel(tr("Steps:"), body));
    m_steps = new QTableWidget(0, 7, body);
    m_steps->setHorizontalHeaderLabels({tr("Stage"), tr("Component"), tr("Phase"), tr("Step"), tr("Status"), tr("Exit code"), tr("Duration")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 10);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setItemDelegateForColumn(4, new StatusBadgeDelegate(Qt::UserRole, this));
    m_steps->setMinimumHeight(140);
    layout->addWidget(m_steps, 1);

    layout->addWidget(new QLabel(tr("Logs:"), body));
    m_logs = new QTableWidget(0, 2, body);
    m_logs->setHorizontalHeaderLabels({tr("Log"), tr("File")});
    m_logs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logs->verticalHeader()->hide();
    m_logs->verticalHeader()->setDefaultSectionSize(m_logs->fontMetrics().height() + 8);
    m_logs->horizontalHeader()->setStretchLastSection(true);
    m_logs->setMaximumHeight(120);
    m_logs->setToolTip(tr("Double-click a log to open it"));
    layout->addWidget(m_logs);
    connect(m_logs, &QTableWidget::cellActivated, this, [this](int row) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_logs->item(row, 1)->data(Qt::UserRole).toString()));
    });
}

QString BuildView::stageText(const QString &stage) const
{
    for (int i = 0; i < 4; ++i)
        if (stage == QLatin1String(stageNames[i]))
            return m_stageLabels.at(i)->text();
    return {};
}

void BuildView::showBuild(qint64 id)
{
    m_build = {};
    m_build.id = id;
    reload();
}

void BuildView::reload()
{
    const qint64 id = m_build.id;
    if (id <= 0)
        return;
    const quint64 token = ++m_token;
    m_catalog.builds().getAsync(id).then(this, [this, token](const Core::Result<Core::BuildRow> &b) {
        if (token != m_token)
            return;
        if (!b) {
            m_title->setText(tr("This build could not be loaded"));
            m_form->clear();
            m_form->addRow(tr("Problem"), b.error().message);
            return;
        }
        fill(*b);
    });
    m_catalog.builds().stepsAsync(id).then(this, [this, token](const Core::Result<QList<Core::BuildStepRow>> &s) {
        if (token == m_token && s)
            fillSteps(*s);
    });
    Core::Catalog *catalog = &m_catalog;
    QtConcurrent::run([catalog, id] { return catalog->builds().logs(id); })
        .then(this, [this, token](const Core::Result<QList<Core::LogRow>> &logs) {
            if (token == m_token && logs)
                fillLogs(*logs);
        });
}

void BuildView::fill(const Core::BuildRow &b)
{
    m_build = b;
    m_title->setText(b.kind == Core::BuildKind::ComponentTest ? tr("Build #%1: component test").arg(b.id)
                                                              : tr("Build #%1 of %2").arg(b.id).arg(b.pipelineName));
    m_form->clear();
    m_form->addStatusRow(tr("State"), Core::buildStateName(b.state));
    if (!b.stateReason.isEmpty())
        m_form->addRow(tr("Reason"), b.stateReason);
    if (b.imageId > 0)
        m_form->addLinkRow(tr("Image"), b.image, QStringLiteral("image:%1").arg(b.imageId));
    else
        m_form->addRow(tr("Image"), Core::isFinal(b.state) ? QString() : tr("not created yet"));
    m_form->addRow(tr("Requested"), Format::dateTime(b.createdAt));
    m_form->addRow(tr("Started"), Format::dateTime(b.startedAt));
    m_form->addRow(tr("Finished"), Format::dateTime(b.finishedAt));
    if (b.startedAt.isValid()) {
        const QDateTime end = b.finishedAt.isValid() ? b.finishedAt : QDateTime::currentDateTimeUtc();
        m_form->addRow(tr("Duration"), Format::duration(b.startedAt.msecsTo(end)));
    }
    if (b.cancelRequested && !Core::isFinal(b.state))
        m_form->addRow(tr("Cancel"), tr("requested; the build stops at the next safe point"));
    if (b.state == Core::BuildState::Pending)
        m_form->addRow(tr("Waiting for"), tr("a build worker to pick this build up"));

    for (int i = 0; i < 4; ++i) {
        const QString stage = QLatin1String(stageNames[i]);
        QString text = tr("not started");
        for (const Core::BuildStageRow &s : b.stages) {
            if (s.stage != stage)
                continue;
            if (s.status == QLatin1String("running"))
                text = tr("running for %1").arg(Format::duration(s.startedAt.msecsTo(QDateTime::currentDateTimeUtc())));
            else if (s.status == QLatin1String("success"))
                text = tr("done in %1").arg(Format::duration(s.durationMs()));
            else if (s.status == QLatin1String("failed"))
                text = tr("failed after %1").arg(Format::duration(s.durationMs()));
            else if (s.status == QLatin1String("cancelled"))
                text = tr("cancelled after %1").arg(Format::duration(s.durationMs()));
            else
                text = s.status;
        }
        m_stageLabels.at(i)->setText(text);
    }

    m_failureBox->setVisible(!b.failure.isEmpty());
    m_failureForm->clear();
    if (!b.failure.isEmpty()) {
        const Core::FailureContext &fc = b.failure;
        m_failureForm->addRow(tr("What failed"), fc.message);
        m_failureForm->addRow(tr("Stage"), fc.stage.isEmpty() ? QString() : StatusBadge::label(fc.stage));
        m_failureForm->addRow(tr("Component"), fc.component);
        m_failureForm->addRow(tr("Phase"), fc.phase);
        m_failureForm->addRow(tr("Step"), fc.step);
        m_failureForm->addRow(tr("Exit code"), fc.exitCode ? QString::number(*fc.exitCode) : QString());
        m_logTail->setPlainText(fc.logTail.join(u'\n'));
        m_logTail->setVisible(!fc.logTail.isEmpty());
    }
    Q_EMIT loaded(b);
}

void BuildView::fillSteps(const QList<Core::BuildStepRow> &steps)
{
    m_steps->setRowCount(int(steps.size()));
    for (int i = 0; i < int(steps.size()); ++i) {
        const Core::BuildStepRow &s = steps.at(i);
        m_steps->setItem(i, 0, new QTableWidgetItem(StatusBadge::label(s.stage)));
        m_steps->setItem(i, 1, new QTableWidgetItem(s.component));
        m_steps->setItem(i, 2, new QTableWidgetItem(s.phase));
        m_steps->setItem(i, 3, new QTableWidgetItem(s.iteration > 0 ? tr("%1 (#%2)").arg(s.step).arg(s.iteration) : s.step));
        auto *status = new QTableWidgetItem(Core::stepStatusName(s.status));
        QString word = Core::stepStatusName(s.status).toUpper();
        if (word == QLatin1String("SUCCESS"))
            word = QStringLiteral("SUCCEEDED");
        status->setData(Qt::UserRole, word);
        status->setToolTip(s.message);
        m_steps->setItem(i, 4, status);
        m_steps->setItem(i, 5, new QTableWidgetItem(s.exitCode ? QString::number(*s.exitCode) : QString()));
        const qint64 ms = s.finishedAt.isValid() ? s.startedAt.msecsTo(s.finishedAt) : -1;
        m_steps->setItem(i, 6, new QTableWidgetItem(Format::duration(ms)));
    }
    m_steps->resizeColumnsToContents();
}

void BuildView::fillLogs(const QList<Core::LogRow> &logs)
{
    m_logs->setRowCount(int(logs.size()));
    for (int i = 0; i < int(logs.size()); ++i) {
        m_logs->setItem(i, 0, new QTableWidgetItem(logs.at(i).kind));
        auto *file = new QTableWidgetItem(QFileInfo(logs.at(i).path).fileName());
        file->setData(Qt::UserRole, logs.at(i).path);
        file->setToolTip(logs.at(i).path);
        m_logs->setItem(i, 1, file);
    }
}

} // namespace Kiln::Widgets
