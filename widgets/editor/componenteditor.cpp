#include "componenteditor.h"
#include "actionhelp.h"
#include "actionpalette.h"
#include "addstepdialog.h"
#include "analysiscontroller.h"
#include "findbar.h"
#include "outlinemodel.h"
#include "outlinepanel.h"
#include "stepform.h"
#include "testrunpanel.h"
#include "visualedits.h"
#include "yamleditor.h"

#include "widgets/common/inlinemessage.h"

#include "core/toe/validator.h"
#include "core/toe/yamlemit.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ComponentEditor::ComponentEditor(Core::Catalog *catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("ComponentEditor"));
    m_editor = new YamlEditor(this);
    m_analysis = new AnalysisController(m_editor, this);
    m_visual = new VisualEdits(m_editor, m_analysis, this);
    m_outline = new OutlinePanel(this);
    m_palette = new ActionPalette(this);
    m_form = new StepForm(this);
    m_help = new ActionHelp(this);
    m_testRun = new TestRunPanel(catalog, this);
    m_find = new FindBar(m_editor, this);
    m_banner = new InlineMessage(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("EditorStatus"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("EditorHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_cursorTimer = new QTimer(this);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(150);
    m_hintTimer = new QTimer(this);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(6000);
    buildLayout();
    connectParts();
    setDocument(QString(), tr("untitled.yml"));
}

ComponentEditor::~ComponentEditor() = default;

void ComponentEditor::buildLayout()
{
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_outline);
    left->addWidget(m_palette);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);

    auto *textBox = new QWidget(this);
    auto *text = new QVBoxLayout(textBox);
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(2);
    text->addWidget(m_banner);
    text->addWidget(m_find);
    text->addWidget(m_editor, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_hint);
    text->addLayout(statusRow);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(textBox);
    m_vertical->addWidget(m_testRun);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_testRun->hide();

    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("EditorSideTabs"));
    auto *formScroll = new QScrollArea(m_side);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_side->addTab(formScroll, tr("Step"));
    m_side->addTab(m_help, tr("Action help"));

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("EditorSplitter"));
    main->addWidget(left);
    main->addWidget(m_vertical);
    main->addWidget(m_side);
    main->setStretchFactor(1, 1);
    main->setSizes({230, 640, 340});
    main->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);
}

void ComponentEditor::connectParts()
{
    connect(m_analysis, &AnalysisController::analysisApplied, this, &ComponentEditor::applyAnalysis);
    connect(m_analysis, &AnalysisController::analysisStarted, this, &ComponentEditor::updateStatusLine);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &ComponentEditor::titleChanged);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this] {
        updateStatusLine();
        m_cursorTimer->start();
    });
    connect(m_cursorTimer, &QTimer::timeout, this, &ComponentEditor::cursorMoved);
    connect(m_editor, &YamlEditor::largeDocumentChanged, this, &ComponentEditor::updateLargeBanner);
    connect(m_editor, &YamlEditor::completionHint, this, [this](const QString &hint) {
        m_hint->setStyleSheet(QString());
        m_hint->setText(hint);
    });
    connect(m_hintTimer, &QTimer::timeout, m_hint, &QLabel::clear);

    connect(m_outline, &OutlinePanel::stepActivated, this, [this](int p, int s) {
        const auto &phases = m_outline->model()->outline();
        if (p < static_cast<int>(phases.size()) && s < static_cast<int>(phases[static_cast<std::size_t>(p)].steps.size())) {
            const Toe::Mark mark = phases[static_cast<std::size_t>(p)].steps[static_cast<std::size_t>(s)].mark;
            m_editor->goToLine(mark.line, mark.column, false);
        }
        m_side->setCurrentIndex(0);
    });
    connect(m_outline, &OutlinePanel::phaseActivated, this, [this](int p) {
        const auto &phases = m_outline->model()->outline();
        if (p < static_cast<int>(phases.size()))
            m_editor->goToLine(phases[static_cast<std::size_t>(p)].firstLine, 1, false);
    });
    connect(m_outline, &OutlinePanel::selectionChanged, this, &ComponentEditor::showSelectedStep);
    connect(m_outline->model(), &OutlineModel::moveRequested, this, [this](int fp, int fs, int tp, int ti) {
        if (m_visual->moveStep({static_cast<std::size_t>(fp), static_cast<std::size_t>(fs)}, static_cast<std::size_t>(tp),
                               static_cast<std::size_t>(ti)))
            flash(tr("Moved the step; Ctrl+Z moves it back"), false);
    });
    connect(m_outline, &OutlinePanel::removeStepRequested, this, [this](Toe::StepAddress at) {
        if (m_visual->removeStep(at))
            flash(tr("Removed the step; Ctrl+Z brings it back"), false);
    });
    connect(m_outline, &OutlinePanel::addPhaseRequested, this, &ComponentEditor::addPhase);
    connect(m_palette, &ActionPalette::actionChosen, this, &ComponentEditor::addStep);
    connect(m_palette, &ActionPalette::actionHighlighted, this, [this](const QString &action) { m_help->showAction(action); });

    connect(m_form, &StepForm::fieldChanged, this, [this](Toe::StepAddress at, const QString &key, const std::optional<Toe::Node> &v) {
        m_visual->setStepField(at, key, v);
    });
    connect(m_form, &StepForm::inputChanged, this,
            [this](Toe::StepAddress at, std::optional<std::size_t> op, const QString &key, const std::optional<Toe::Node> &v) {
                m_visual->setInputField(at, op, key, v);
            });
    connect(m_form, &StepForm::addOperationRequested, this, [this](Toe::StepAddress at) {
        // A new operation starts with the action's required fields, empty.
        const Toe::ActionInfo *action = nullptr;
        std::vector<Toe::Node::Entry> fields;
        if (auto doc = m_visual->current())
            if (const Toe::Node *s = doc->step(at); s && s->find("action") && s->find("action")->isScalar())
                action = Toe::findAction(s->find("action")->scalar);
        if (action)
            for (const auto &f : action->inputs)
                if (f.required)
                    fields.push_back({std::string(f.name), {}, Toe::yamlText("")});
        if (fields.empty())
            fields.push_back({"path", {}, Toe::yamlText("")});
        m_visual->addOperation(at, Toe::yamlMap(std::move(fields)));
    });
    connect(m_form, &StepForm::removeOperationRequested, this,
            [this](Toe::StepAddress at, std::size_t op) { m_visual->removeOperation(at, op); });
    connect(m_form, &StepForm::showInTextRequested, this, [this](Toe::StepAddress at) {
        const auto &phases = m_outline->model()->outline();
        if (at.phase < phases.size() && at.step < phases[at.phase].steps.size())
            m_editor->goToLine(phases[at.phase].steps[at.step].firstLine, 1, true);
    });
    connect(m_visual, &VisualEdits::failed, this, [this](const QString &message) { flash(message, true); });
    connect(m_testRun, &TestRunPanel::closeRequested, m_testRun, &QWidget::hide);
    m_testRun->setSourceProvider([this] {
        TestRunPanel::Source s;
        s.text = m_editor->utf8Text();
        s.fileName = QFileInfo(m_displayName).fileName();
        s.savedPath = isModified() ? QString() : m_path;
        if (auto a = m_analysis->latest(); a && a->revision == m_analysis->revision()) {
            s.document = a->document;
            s.errors = a->errors;
        } else {
            // Not analysed yet: check now (a test run is worth the few milliseconds).
            const auto r = Toe::validateText(std::string_view(s.text.constData(), static_cast<std::size_t>(s.text.size())),
                                             s.fileName.toStdString());
            s.errors = Toe::errorCount(r.diagnostics);
        }
        return s;
    });
}

void ComponentEditor::setDocument(const QString &text, const QString &displayName, const QString &path)
{
    m_path = path;
    m_displayName = displayName;
    m_editor->setText(text);
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
    m_editor->setCursorPosition(0, 0);
    m_editor->updateLargeDocumentMode();
    // Another document: the previous one's outline is no "last readable version" of it.
    m_outline->model()->setOutline({}, {});
    m_partialOutline = false;
    m_analysis->setFileName(path.isEmpty() ? displayName : path);
    m_analysis->analyzeNow();
    Q_EMIT titleChanged();
}

Core::Result<void> ComponentEditor::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(tr("%1 cannot be opened: %2").arg(path, file.errorString()), QStringLiteral("io"));
    if (file.size() > static_cast<qint64>(Toe::kMaxDocumentBytes))
        return Core::fail(tr("%1 is larger than 64 MB; that is not a component document.").arg(path), QStringLiteral("invalid"));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return Core::fail(tr("%1 is not UTF-8 text; save it as UTF-8 to edit it here.").arg(path), QStringLiteral("invalid"));
    setDocument(text, QFileInfo(path).fileName(), QFileInfo(path).absoluteFilePath());
    return {};
}

Core::Result<void> ComponentEditor::saveAs(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = m_editor->utf8Text();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Core::fail(tr("%1 cannot be saved: %2").arg(path, file.errorString()), QStringLiteral("io"));
    m_path = QFileInfo(path).absoluteFilePath();
    m_displayName = QFileInfo(path).fileName();
    m_editor->setModified(false);
    m_analysis->setFileName(m_path);
    Q_EMIT titleChanged();
    Q_EMIT issuesChanged(); // the issues now name the file
    return {};
}

bool ComponentEditor::isModified() const { return m_editor->isModified(); }

void ComponentEditor::applyAnalysis(const std::shared_ptr<const DocumentAnalysis> &a)
{
    if (a->readable()) {
        m_outline->model()->setOutline(a->outline, a->diagnostics);
        m_outline->setStale(QString());
        m_partialOutline = false;
    } else if ((m_partialOutline || m_outline->model()->rowCount() == 0) && !a->partialOutline.empty()) {
        // Nothing readable was seen before (a file opened broken): show the part before the error.
        m_outline->model()->setOutline(a->partialOutline, a->diagnostics);
        m_partialOutline = true;
        m_outline->setStale(tr("Line %1: %2. The outline shows the part before line %3.")
                                .arg(a->loadErrorLine)
                                .arg(a->loadError)
                                .arg(a->partialUntilLine));
    } else {
        m_outline->setStale(a->loadErrorLine > 0 ? tr("Line %1: %2. The outline shows the last readable version.").arg(a->loadErrorLine).arg(a->loadError)
                                                 : tr("%1. The outline shows the last readable version.").arg(a->loadError));
    }
    setVisualEditable(a->readable() && !m_editor->isReadOnly());
    showSelectedStep();
    if (m_testRun->isVisible())
        m_testRun->prepare(a->document);
    updateStatusLine();
    Q_EMIT issuesChanged();
}

void ComponentEditor::setVisualEditable(bool editable)
{
    m_outline->setEditable(editable);
    m_palette->setEnabledForEditing(editable);
    m_form->setEditable(editable);
}

void ComponentEditor::showSelectedStep()
{
    const auto at = m_outline->selectedStep();
    const auto latest = m_analysis->latest();
    if (!at || !latest || !latest->component) {
        if (!at)
            m_form->clear();
        return;
    }
    const Toe::Node *step = latest->component->step(*at);
    const auto &phases = m_outline->model()->outline();
    const QString phase = at->phase < phases.size() ? QString::fromStdString(phases[at->phase].name) : QString();
    m_form->setStep(*at, phase, step);
    if (step && step->find("action") && step->find("action")->isScalar())
        m_help->showAction(QString::fromStdString(step->find("action")->scalar));
}

void ComponentEditor::cursorMoved()
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_outline->followLine(line + 1);
    const QString action = m_editor->stepActionAtCursor();
    if (!action.isEmpty() || m_outline->model()->stepAtLine(line + 1).isValid())
        m_help->showAction(action);
}

void ComponentEditor::updateStatusLine()
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    QString text = tr("Line %1, column %2").arg(line + 1).arg(index + 1);
    const auto a = m_analysis->latest();
    if (m_analysis->isRunning() || !m_analysis->isCurrent())
        text += QStringLiteral(" · ") + tr("checking…");
    else if (a && a->errors + a->warnings == 0)
        text += QStringLiteral(" · ") + tr("no problems");
    else if (a)
        text += QStringLiteral(" · ") + tr("%n error(s)", nullptr, a->errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, a->warnings);
    m_status->setText(text);
}

void ComponentEditor::updateLargeBanner(bool large)
{
    if (large)
        m_banner->showMessage(InlineMessage::Kind::Info,
                              tr("Large document (%1 MB): folding and completion while typing are off (Ctrl+Space still "
                                 "completes); it is checked in the background.")
                                  .arg(static_cast<double>(m_editor->length()) / (1024.0 * 1024.0), 0, 'f', 1));
    else
        m_banner->clearMessage();
}

void ComponentEditor::flash(const QString &message, bool error)
{
    m_hint->setStyleSheet(error ? QStringLiteral("color: #c03030") : QString());
    m_hint->setText(message);
    m_hintTimer->start();
    Q_EMIT statusMessage(message);
}

QList<Issue> ComponentEditor::issues() const
{
    QList<Issue> out;
    const auto a = m_analysis->latest();
    if (!a)
        return out;
    const QString target = m_path.isEmpty() ? m_displayName : m_path;
    const auto &phases = m_outline->model()->outline();
    int count = 0;
    for (const TextDiagnostic &d : a->diagnostics) {
        if (++count > YamlEditor::kMaxShownDiagnostics)
            break;
        Issue i;
        i.severity = d.severity == TextDiagnostic::Severity::Error     ? Issue::Severity::Error
                     : d.severity == TextDiagnostic::Severity::Warning ? Issue::Severity::Warning
                                                                       : Issue::Severity::Info;
        i.message = d.message;
        i.target = target;
        i.line = d.line;
        i.column = d.column;
        const QModelIndex step = m_outline->model()->stepAtLine(d.line);
        if (step.isValid()) {
            const auto p = static_cast<std::size_t>(step.data(OutlineModel::PhaseRole).toInt());
            const auto s = static_cast<std::size_t>(step.data(OutlineModel::StepRole).toInt());
            i.context = QString::fromStdString(phases[p].name + " › " + phases[p].steps[s].name);
        }
        out.append(i);
    }
    return out;
}

void ComponentEditor::goTo(int line, int column) { m_editor->goToLine(line, column, true); }

void ComponentEditor::showFind() { m_find->activate(); }

void ComponentEditor::showTestRun()
{
    m_testRun->show();
    if (m_vertical->sizes().value(1) < 120)
        m_vertical->setSizes({height() * 3 / 5, height() * 2 / 5});
    m_testRun->prepare(m_analysis->latest() ? m_analysis->latest()->document : nullptr);
}

void ComponentEditor::addStep(const QString &action)
{
    const auto latest = m_analysis->latest();
    if (!latest || !latest->readable()) {
        flash(tr("The YAML cannot be read; fix it in the text before adding steps."), true);
        return;
    }
    int phase = m_outline->selectedPhase();
    int after = m_outline->selectedStep() ? static_cast<int>(m_outline->selectedStep()->step) : -1;
    if (phase < 0 && !latest->outline.empty())
        phase = static_cast<int>(latest->outline.size()) - 1;
    AddStepDialog dialog(action, latest->outline, phase, after, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Toe::Node step = dialog.step();
    bool ok = false;
    if (dialog.phase() < 0)
        ok = m_visual->insertPhase(latest->outline.size(), dialog.newPhaseName(), {step});
    else
        ok = m_visual->insertStep(static_cast<std::size_t>(dialog.phase()), static_cast<std::size_t>(dialog.insertIndex()), step);
    if (ok)
        flash(tr("Added the step; Ctrl+Z removes it"), false);
}

void ComponentEditor::addPhase()
{
    const auto latest = m_analysis->latest();
    if (!latest || !latest->readable())
        return;
    QStringList free;
    for (const char *name : {"build", "validate", "test"}) {
        bool used = false;
        for (const auto &p : latest->outline)
            used = used || p.name == name;
        if (!used)
            free << QString::fromLatin1(name);
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Add phase"), tr("Phase name:"), free, 0, true, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    // Phases run in document order: keep build, validate, test in that order.
    const auto rank = [](const std::string &n) { return n == "build" ? 0 : n == "validate" ? 1 : n == "test" ? 2 : 3; };
    std::size_t index = latest->outline.size();
    for (std::size_t i = 0; i < latest->outline.size(); ++i)
        if (rank(latest->outline[i].name) > rank(name.toStdString())) {
            index = i;
            break;
        }
    m_visual->insertPhase(index, name);
}

} // namespace Kiln::Widgets
