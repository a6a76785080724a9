#include "testrunpanel.h"

#include "widgets/common/icons.h"
#include "widgets/logview.h"

#include "core/build/buildfollower.h"
#include "core/build/buildlauncher.h"
#include "core/catalog/catalog.h"
#include "core/toe/model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

const QString kBaseImageKey = QStringLiteral("editor/testRunBaseImage");

} // namespace

TestRunPanel::TestRunPanel(Core::Catalog *catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("TestRunPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Test run</b> on"), this));
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("testRunBaseImage"));
    // Image names can be long: elide them rather than push the step form out of the window.
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_base->setMinimumContentsLength(14);
    m_base->setToolTip(tr("The base image the throwaway VM boots from"));
    top->addWidget(m_base, 1);
    m_refresh = new QPushButton(Icons::refresh(), QString(), this);
    m_refresh->setToolTip(tr("Reload the images from the catalog"));
    top->addWidget(m_refresh);
    layout->addLayout(top);
    // Phases and buttons on a second row: one row would make the panel wider than the editor
    // column and squeeze the step form beside it.
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Phases:"), this));
    m_phaseBuild = new QCheckBox(QStringLiteral("build"), this);
    m_phaseValidate = new QCheckBox(QStringLiteral("validate"), this);
    m_phaseTest = new QCheckBox(QStringLiteral("test"), this);
    for (QCheckBox *box : {m_phaseBuild, m_phaseValidate, m_phaseTest}) {
        box->setChecked(true);
        box->setToolTip(tr("Run this phase of the document"));
        actions->addWidget(box);
    }
    actions->addStretch(1);
    m_run = new QPushButton(Icons::run(), tr("Run"), this);
    m_run->setObjectName(QStringLiteral("testRunStart"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *close = new QPushButton(tr("Hide"), this);
    close->setToolTip(tr("Hide the test run (a running test goes on)"));
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(close);
    layout->addLayout(actions);

    m_params = new QTableWidget(0, 2, this);
    m_params->setObjectName(QStringLiteral("testRunParameters"));
    m_params->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_params->verticalHeader()->hide();
    m_params->setMaximumHeight(90);
    m_params->hide();
    layout->addWidget(m_params);
    m_status = new QLabel(tr("Runs this document's phases in a VM that is removed afterwards."), this);
    m_status->setObjectName(QStringLiteral("testRunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_log = new LogView(this);
    layout->addWidget(m_log, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TestRunPanel::loadImages);
    connect(m_run, &QPushButton::clicked, this, &TestRunPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &TestRunPanel::cancel);
    connect(close, &QPushButton::clicked, this, &TestRunPanel::closeRequested);
    connect(m_base, &QComboBox::activated, this, [this] { QSettings().setValue(kBaseImageKey, m_base->currentData()); });
}

TestRunPanel::~TestRunPanel() { stopFollowing(); }

void TestRunPanel::setStatus(const QString &text, const QString &colour)
{
    m_status->setText(colour.isEmpty() ? text.toHtmlEscaped() : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, text.toHtmlEscaped()));
}

void TestRunPanel::loadImages()
{
    if (!m_catalog)
        return;
    Core::ImageFilter filter;
    filter.statuses = {Core::ImageStatus::Available};
    m_base->setEnabled(false);
    m_catalog->images().listAsync(filter).then(this, [this](const Core::Result<QList<Core::ImageRow>> &r) {
        m_base->setEnabled(true);
        const QString wanted = m_base->currentData().toString().isEmpty() ? QSettings().value(kBaseImageKey).toString()
                                                                          : m_base->currentData().toString();
        m_base->clear();
        if (!r) {
            setStatus(tr("The images cannot be listed: %1").arg(r.error().message), QStringLiteral("#c03030"));
            return;
        }
        for (const Core::ImageRow &image : *r)
            m_base->addItem(Icons::image(), QStringLiteral("%1 %2").arg(image.name, image.version.toString()) +
                                               (image.description.isEmpty() ? QString() : QStringLiteral(" — ") + image.description),
                            image.reference());
        if (m_base->count() == 0)
            m_base->addItem(tr("No available image: import one in Images"), QString());
        m_base->setCurrentIndex(std::max(0, m_base->findData(wanted)));
        m_run->setEnabled(!isRunning() && !m_base->currentData().toString().isEmpty());
    });
}

void TestRunPanel::prepare(const std::shared_ptr<const Toe::Document> &document)
{
    if (m_base->count() == 0)
        loadImages();
    // Keep values typed earlier for parameters that still exist.
    QMap<QString, QString> typed;
    for (int r = 0; r < m_params->rowCount(); ++r)
        if (m_params->item(r, 1))
            typed.insert(m_params->item(r, 0)->data(Qt::UserRole).toString(), m_params->item(r, 1)->text());
    m_params->setRowCount(0);
    if (document)
        for (const Toe::Parameter &p : document->parameters) {
            const int row = m_params->rowCount();
            m_params->insertRow(row);
            const QString name = QString::fromStdString(p.name);
            auto *nameItem = new QTableWidgetItem(p.defaultValue ? name : name + QStringLiteral(" *"));
            nameItem->setData(Qt::UserRole, name);
            nameItem->setFlags(Qt::ItemIsEnabled);
            nameItem->setToolTip(p.defaultValue ? QString::fromStdString(p.description) : tr("Required: the document has no default"));
            m_params->setItem(row, 0, nameItem);
            const QString value = typed.contains(name) ? typed.value(name) : QString::fromStdString(p.defaultValue.value_or(""));
            m_params->setItem(row, 1, new QTableWidgetItem(value));
        }
    m_params->setVisible(m_params->rowCount() > 0);
}

QMap<QString, QString> TestRunPanel::parameterValues(QString *missing) const
{
    QMap<QString, QString> values;
    for (int r = 0; r < m_params->rowCount(); ++r) {
        const QString name = m_params->item(r, 0)->data(Qt::UserRole).toString();
        const QString value = m_params->item(r, 1) ? m_params->item(r, 1)->text() : QString();
        if (value.isEmpty()) {
            if (missing && m_params->item(r, 0)->text().endsWith(u'*'))
                *missing = name;
            continue;
        }
        values.insert(name, value);
    }
    return values;
}

void TestRunPanel::start()
{
    if (!m_catalog || isRunning() || m_starting || !m_source)
        return;
    const Source source = m_source();
    if (source.errors > 0) {
        setStatus(tr("The document has %n error(s); fix them before a test run (see the Issues dock).", nullptr, source.errors),
                  QStringLiteral("#c03030"));
        return;
    }
    const QString base = m_base->currentData().toString();
    if (base.isEmpty()) {
        setStatus(tr("Choose a base image (import one in Images first)."), QStringLiteral("#c03030"));
        return;
    }
    QString missing;
    Core::ComponentTestRequest request;
    request.parameters = parameterValues(&missing);
    if (!missing.isEmpty()) {
        setStatus(tr("Give a value for the parameter %1: it has no default.").arg(missing), QStringLiteral("#c03030"));
        return;
    }
    request.baseImage = base;
    request.phases.clear();
    for (QCheckBox *box : {m_phaseBuild, m_phaseValidate, m_phaseTest})
        if (box->isChecked())
            request.phases << box->text();
    if (request.phases.isEmpty()) {
        setStatus(tr("Choose at least one phase to run."), QStringLiteral("#c03030"));
        return;
    }
    // The runner reads the document into the build plan when the run starts, so a snapshot file
    // is enough (and the saved file itself when the editor has no unsaved changes).
    auto dir = std::make_shared<QTemporaryDir>();
    request.file = source.savedPath;
    if (request.file.isEmpty()) {
        request.file = dir->filePath(source.fileName.isEmpty() ? QStringLiteral("component.yml") : source.fileName);
        QFile f(request.file);
        if (!f.open(QIODevice::WriteOnly) || f.write(source.text) != source.text.size()) {
            setStatus(tr("Cannot write the test document: %1").arg(f.errorString()), QStringLiteral("#c03030"));
            return;
        }
    }
    m_starting = true;
    m_run->setEnabled(false);
    m_log->model()->clear();
    m_currentStep.clear();
    m_failedStep.clear();
    setStatus(tr("Starting a throwaway VM from %1…").arg(m_base->currentText()));
    Core::BuildLauncher::startComponentTest(*m_catalog, request).then(this, [this, dir](const Core::Result<Core::BuildRow> &r) {
        m_starting = false;
        if (!r) {
            m_run->setEnabled(true);
            setStatus(tr("The test run did not start: %1").arg(r.error().message), QStringLiteral("#c03030"));
            return;
        }
        follow(r->id);
    });
}

void TestRunPanel::follow(qint64 buildId)
{
    stopFollowing();
    m_buildId = buildId;
    m_finished = false;
    m_cancel->setEnabled(true);
    Q_EMIT runningChanged(true);
    setStatus(tr("Test run %1: waiting for the VM…").arg(buildId));
    // The follower polls the catalog and tails the log files: on its own thread, never the GUI's.
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kiln-testrun-follow"));
    auto *follower = new Core::BuildFollower(*m_catalog, buildId, Core::BuildFollower::Options{});
    follower->moveToThread(m_thread);
    m_follower = follower;
    connect(m_thread, &QThread::finished, follower, &QObject::deleteLater);
    connect(follower, &Core::BuildFollower::lines, this,
            [this](const QString &, const QList<Core::LogModel::Line> &lines) { m_log->model()->append(lines); });
    connect(follower, &Core::BuildFollower::events, this, [this](const QString &, const QList<Core::AgentEvent> &e) { onEvents(e); });
    connect(follower, &Core::BuildFollower::stateChanged, this, [this](const Core::BuildRow &b, Core::BuildState) { onState(b); });
    connect(follower, &Core::BuildFollower::finished, this, &TestRunPanel::onFinished);
    connect(follower, &Core::BuildFollower::failed, this, [this](const QString &message) {
        setStatus(tr("The test run cannot be followed: %1").arg(message), QStringLiteral("#c03030"));
        onFinished(Core::BuildRow{});
    });
    m_thread->start();
    QMetaObject::invokeMethod(follower, &Core::BuildFollower::start, Qt::QueuedConnection);
}

void TestRunPanel::stopFollowing()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait(); // the follower only polls and reads files: it stops within one poll
    delete m_thread;
    m_thread = nullptr;
}

void TestRunPanel::onState(const Core::BuildRow &b)
{
    if (m_finished)
        return;
    if (b.state == Core::BuildState::Pending || b.state == Core::BuildState::Creating)
        setStatus(tr("Test run %1: starting the VM…").arg(b.id));
    else if (!Core::isFinal(b.state))
        setStatus(m_currentStep.isEmpty() ? tr("Test run %1: running").arg(b.id)
                                          : tr("Test run %1: running %2").arg(b.id).arg(m_currentStep));
}

void TestRunPanel::onEvents(const QList<Core::AgentEvent> &events)
{
    for (const Core::AgentEvent &e : events) {
        if (e.type == Core::AgentEvent::Type::StepStart)
            m_currentStep = e.phase + QStringLiteral(" › ") + e.step;
        else if (e.type == Core::AgentEvent::Type::StepEnd && e.status == Core::AgentEvent::Status::Failed)
            m_failedStep = e.phase + QStringLiteral(" › ") + e.step +
                           (e.exitCode ? tr(" (exit code %1)").arg(*e.exitCode) : QString());
    }
    if (!m_finished && !m_currentStep.isEmpty())
        setStatus(tr("Test run %1: running %2").arg(m_buildId).arg(m_currentStep));
}

void TestRunPanel::onFinished(const Core::BuildRow &b)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancel->setEnabled(false);
    m_run->setEnabled(true);
    const double seconds = b.startedAt.isValid() && b.finishedAt.isValid() ? b.startedAt.msecsTo(b.finishedAt) / 1000.0 : 0;
    switch (b.state) {
    case Core::BuildState::Succeeded:
        setStatus(tr("Test run %1 succeeded in %2 s.").arg(b.id).arg(seconds, 0, 'f', 1), QStringLiteral("#2e8b3e"));
        break;
    case Core::BuildState::Cancelled: setStatus(tr("Test run %1 was cancelled.").arg(b.id)); break;
    case Core::BuildState::Failed: {
        QString where = m_failedStep;
        if (where.isEmpty() && !b.failure.step.isEmpty())
            where = b.failure.phase + QStringLiteral(" › ") + b.failure.step +
                    (b.failure.exitCode ? tr(" (exit code %1)").arg(*b.failure.exitCode) : QString());
        const QString why = b.failure.message.isEmpty() ? b.stateReason : b.failure.message;
        setStatus(where.isEmpty() ? tr("Test run %1 failed: %2").arg(b.id).arg(why)
                                  : tr("Test run %1 failed at %2: %3").arg(b.id).arg(where, why),
                  QStringLiteral("#c03030"));
        m_log->jumpToFirstError();
        break;
    }
    default: break;
    }
    Q_EMIT runningChanged(false);
}

void TestRunPanel::cancel()
{
    if (!isRunning() || !m_catalog)
        return;
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling test run %1…").arg(m_buildId));
    Core::BuildLauncher::cancel(*m_catalog, m_buildId).then(this, [this](const Core::Result<Core::BuildRow> &r) {
        if (!r)
            setStatus(tr("Cannot cancel: %1").arg(r.error().message), QStringLiteral("#c03030"));
    });
}

} // namespace Kiln::Widgets
