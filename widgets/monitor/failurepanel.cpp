#include "failurepanel.h"

#include "widgets/common/statusbadge.h"
#include "stepstatusstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

FailurePanel::FailurePanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("FailurePanel"));
    setFrameShape(QFrame::StyledPanel);
    // A red edge on the left marks the panel as the build's failure on any palette.
    setStyleSheet(QStringLiteral("#FailurePanel { border: 1px solid %1; border-left: 5px solid %1; border-radius: 4px; }")
                      .arg(StatusBadge::color(QStringLiteral("FAILED")).name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 10, 8);
    layout->setSpacing(6);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(StepStatusStyle::icon(QStringLiteral("FAILED")).pixmap(20, 20));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    texts->addWidget(m_title);
    m_message = selectableLabel(this);
    texts->addWidget(m_message);
    head->addLayout(texts, 1);
    layout->addLayout(head);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    addField(Field::Stage, tr("Stage"));
    addField(Field::Component, tr("Component"));
    addField(Field::Phase, tr("Phase"));
    addField(Field::Step, tr("Step"));
    addField(Field::ExitCode, tr("Exit code"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    layout->addLayout(m_grid);

    m_tailLabel = new QLabel(tr("Last log lines:"), this);
    layout->addWidget(m_tailLabel);
    m_tail = new QPlainTextEdit(this);
    m_tail->setObjectName(QStringLiteral("FailureLogTail"));
    m_tail->setReadOnly(true);
    // Wrapped: the last lines are often long (the run's failure line names the document), and a
    // tail scrolled sideways cuts every line's beginning off.
    m_tail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lineHeight = QFontMetrics(m_tail->font()).lineSpacing();
    m_tail->setFixedHeight(lineHeight * 7 + 12);
    layout->addWidget(m_tail);

    auto *vm = new QHBoxLayout;
    auto *vmTexts = new QVBoxLayout;
    m_consoleText = selectableLabel(this);
    vmTexts->addWidget(m_consoleText);
    m_command = new QLabel(this);
    m_command->setObjectName(QStringLiteral("ConsoleCommand"));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    vmTexts->addWidget(m_command);
    vm->addLayout(vmTexts, 1);
    m_console = new QPushButton(tr("Open VM console"), this);
    m_console->setToolTip(tr("Opens the kept VM's screen in virt-viewer"));
    vm->addWidget(m_console, 0, Qt::AlignTop);
    m_copy = new QPushButton(tr("Copy command"), this);
    vm->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(vm);

    auto *actions = new QHBoxLayout;
    m_showStep = new QPushButton(tr("Show in log"), this);
    m_showStep->setToolTip(tr("Selects the failed step and shows its output"));
    actions->addWidget(m_showStep);
    m_openLog = new QToolButton(this);
    m_openLog->setText(tr("Open full log"));
    m_openLog->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openLog->setPopupMode(QToolButton::MenuButtonPopup);
    m_openLog->setToolTip(tr("Opens the build's log file; the arrow lists every log of this build"));
    actions->addWidget(m_openLog);
    actions->addStretch(1);
    m_rerun = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Rerun"), this);
    m_rerun->setToolTip(tr("Starts the pipeline again (a new build)"));
    actions->addWidget(m_rerun);
    layout->addLayout(actions);

    connect(m_showStep, &QPushButton::clicked, this, &FailurePanel::showStepRequested);
    connect(m_openLog, &QToolButton::clicked, this, &FailurePanel::openLogRequested);
    connect(m_rerun, &QPushButton::clicked, this, &FailurePanel::rerunRequested);
    connect(m_console, &QPushButton::clicked, this, [this] { Q_EMIT openViewerRequested(m_uri, m_domain); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_command->text());
        m_copy->setText(tr("Copied"));
    });
}

void FailurePanel::addField(Field field, const QString &label)
{
    // Two pairs per row: Stage | Component, Phase | Step, Exit code.
    const int i = int(field);
    const int row = i / 2;
    const int col = (i % 2) * 2;
    auto *name = new QLabel(label + QLatin1Char(':'), this);
    name->setForegroundRole(QPalette::PlaceholderText);
    m_grid->addWidget(name, row, col);
    auto *value = selectableLabel(this);
    m_grid->addWidget(value, row, col + 1);
    m_values.append(value);
}

void FailurePanel::setField(Field field, const QString &value)
{
    m_values.at(int(field))->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

void FailurePanel::setBuild(const Core::BuildRow &build, const QString &libvirtUri, bool keepVmOnFailure)
{
    const Core::FailureContext &f = build.failure;
    m_uri = libvirtUri;
    m_domain.clear();
    m_title->setText(f.stage.isEmpty() ? tr("Build #%1 failed").arg(build.id)
                                       : tr("Build #%1 failed in %2").arg(build.id).arg(StatusBadge::label(f.stage)));
    QString message = f.message;
    if (message.isEmpty())
        message = build.stateReason.isEmpty() ? tr("The build worker recorded no message.") : build.stateReason;
    m_message->setText(message);
    setField(Field::Stage, StatusBadge::label(f.stage));
    setField(Field::Component, f.component);
    setField(Field::Phase, f.phase);
    setField(Field::Step, f.step);
    setField(Field::ExitCode, f.exitCode ? QString::number(*f.exitCode) : QString());
    m_tail->setPlainText(f.logTail.join(QLatin1Char('\n')));
    m_tail->moveCursor(QTextCursor::End);
    m_tail->moveCursor(QTextCursor::StartOfLine);
    m_tail->ensureCursorVisible();
    m_tail->setVisible(!f.logTail.isEmpty());
    m_tailLabel->setVisible(!f.logTail.isEmpty());
    m_showStep->setEnabled(!f.step.isEmpty());
    m_rerun->setEnabled(build.kind == Core::BuildKind::ComponentTest || !build.pipelineName.isEmpty());
    m_console->hide();
    m_copy->hide();
    m_command->clear();
    m_command->hide();
    m_copy->setText(tr("Copy command"));
    if (keepVmOnFailure)
        m_consoleText->setText(tr("Looking for the VM this build kept for inspection…"));
    else
        m_consoleText->setText(tr("The build's VM was removed. To inspect it next time, turn on \"Keep the VM when a build "
                                  "fails\" in the pipeline's infrastructure configuration."));
}

void FailurePanel::setKeptDomains(const QList<KeptVm::Domain> &domains)
{
    if (domains.isEmpty()) {
        m_consoleText->setText(tr("No VM of this build is left (it was removed, for example with \"kilnctl build cleanup\")."));
        m_console->hide();
        m_copy->hide();
        m_command->hide();
        return;
    }
    const KeptVm::Domain &d = domains.constFirst();
    m_domain = d.name;
    const QString state = d.running ? tr("running") : tr("shut off");
    const bool viewer = !KeptVm::viewerProgram().isEmpty();
    QString text = tr("The VM %1 was kept for inspection (%2).").arg(d.name, state);
    if (!viewer)
        text += QLatin1Char(' ') + KeptVm::installHint();
    else
        text += QLatin1Char(' ') + tr("Its serial console in a terminal:");
    m_consoleText->setText(text);
    m_command->setText(KeptVm::consoleCommand(m_uri, d.name));
    m_command->show();
    m_copy->show();
    m_console->setVisible(viewer);
    m_console->setEnabled(d.running);
    if (!d.running)
        m_console->setToolTip(tr("The VM is shut off; start it first: virsh -c %1 start %2").arg(m_uri, d.name));
}

void FailurePanel::setKeptLookupFailed(const QString &message)
{
    m_consoleText->setText(tr("Cannot look for the kept VM on %1: %2").arg(m_uri, message));
}

QString FailurePanel::title() const { return m_title->text(); }
QString FailurePanel::message() const { return m_message->text(); }
QString FailurePanel::fieldText(Field field) const { return m_values.at(int(field))->text(); }
QString FailurePanel::logTail() const { return m_tail->toPlainText(); }
QString FailurePanel::consoleText() const { return m_consoleText->text(); }
QString FailurePanel::consoleCommand() const { return m_command->isVisibleTo(this) ? m_command->text() : QString(); }

} // namespace Kiln::Widgets
