// The component editor (widgets/editor), offscreen: live validation while typing (squiggle at
// the right line + an Issues entry, both gone once fixed), context-aware completion, every visual
// edit through the editor (golden folders tests/data/editor shared with the engine test) with its
// undo back to the input byte for byte, the outline model, gestures (drop, form, delete, add
// step dialog), templates and a 10 MB document.
#include "tests/toe/editscript.h"

#include "widgets/common/services.h"
#include "widgets/editor/actionhelp.h"
#include "widgets/editor/addstepdialog.h"
#include "widgets/editor/analysiscontroller.h"
#include "widgets/editor/componenteditor.h"
#include "widgets/editor/componenteditorpanel.h"
#include "widgets/editor/componenttemplates.h"
#include "widgets/editor/inputsform.h"
#include "widgets/editor/outlinemodel.h"
#include "widgets/editor/outlinepanel.h"
#include "widgets/editor/stepform.h"
#include "widgets/editor/visualedits.h"
#include "widgets/editor/yamleditor.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/issues/issuemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Kiln;
using namespace Kiln::Widgets;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int lineContaining(YamlEditor *e, const QString &text)
{
    for (int l = 0; l < e->lines(); ++l)
        if (e->text(l).contains(text))
            return l;
    return -1;
}

} // namespace

class TestComponentEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void templatesAreValid();
    void typingAnErrorShowsSquiggleAndIssue();
    void yamlSyntaxErrorKeepsOutlineGreyed();
    void openedBrokenShowsTheReadablePart();
    void hoverShowsTheMessage();
    void completionOffersActionNamesAndTheirInputs();
    void visualEdit_data();
    void visualEdit();
    void dragInOutlineMovesTheStep();
    void stepFormWritesFields();
    void deleteKeyRemovesStep();
    void addStepThroughTheDialog();
    void outlineFollowsCursorAndHelpShowsAction();
    void outlineModelIsConsistent();
    void largeDocumentStaysResponsive();

private:
    ComponentEditor *newEditor(const QByteArray &text);
    Services m_services;
    IssueModel *m_issues = nullptr;
    ComponentEditorPanel *m_panel = nullptr;
};

void TestComponentEditor::init()
{
    m_issues = new IssueModel(this);
    m_panel = new ComponentEditorPanel(m_services, m_issues);
    m_panel->resize(1300, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestComponentEditor::cleanup()
{
    for (int i = 0; i < m_panel->count(); ++i)
        m_panel->editorAt(i)->editor()->setModified(false);
    delete m_panel;
    m_panel = nullptr;
    delete m_issues;
}

ComponentEditor *TestComponentEditor::newEditor(const QByteArray &text)
{
    ComponentEditor *e = m_panel->newFromTemplate(QStringLiteral("empty"));
    e->setDocument(QString::fromUtf8(text), QStringLiteral("case.yml"));
    if (!QTest::qWaitFor([e] { return e->analysis()->isCurrent(); }, 10000))
        qWarning("the analysis did not finish");
    return e;
}

void TestComponentEditor::templatesAreValid()
{
    for (const ComponentTemplate &t : componentTemplates()) {
        ComponentEditor *e = m_panel->newFromTemplate(t.id);
        QTRY_VERIFY(e->analysis()->isCurrent());
        const auto a = e->analysis()->latest();
        QVERIFY2(a->readable(), qPrintable(t.id));
        QCOMPARE(a->errors, 0);
        QCOMPARE(m_issues->errorCount(), 0);
        QVERIFY(!a->outline.empty());
        QVERIFY(!e->isModified());
    }
}

void TestComponentEditor::typingAnErrorShowsSquiggleAndIssue()
{
    ComponentEditor *e = m_panel->newFromTemplate(QStringLiteral("build"));
    YamlEditor *text = e->editor();
    QTRY_VERIFY(e->analysis()->isCurrent());
    QCOMPARE(m_issues->rowCount(), 0);
    const int line = lineContaining(text, QStringLiteral("onFailure: Abort"));
    QVERIFY(line > 0);
    const int valueColumn = static_cast<int>(text->text(line).indexOf(QStringLiteral("Abort")));
    text->setCursorPosition(line, valueColumn + 5);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("ed"));
    QCOMPARE(text->text(line).trimmed(), QStringLiteral("onFailure: Aborted"));

    // Validation runs after the debounce, off the GUI thread; the result lands in both places.
    QTRY_COMPARE(m_issues->rowCount(), 1);
    const Issue issue = m_issues->issueAt(0);
    QCOMPARE(issue.severity, Issue::Severity::Error);
    QCOMPARE(issue.line, line + 1);
    QCOMPARE(issue.column, valueColumn + 1);
    QCOMPARE(issue.source, ComponentEditorPanel::kIssueSource);
    QVERIFY2(issue.message.contains(QStringLiteral("Abort, Continue or Ignore")), qPrintable(issue.message));
    QVERIFY2(issue.context.contains(QStringLiteral("InstallPackage")), qPrintable(issue.context));
    QVERIFY(text->hasIndicatorAt(YamlEditor::ErrorIndicator, line, valueColumn));
    QVERIFY(text->hasIndicatorAt(YamlEditor::ErrorIndicator, line, valueColumn + 6));
    QVERIFY(!text->hasIndicatorAt(YamlEditor::ErrorIndicator, line, valueColumn - 2));
    QVERIFY(!text->hasIndicatorAt(YamlEditor::ErrorIndicator, line - 1, valueColumn));
    QVERIFY(text->markersAtLine(line) & (1 << YamlEditor::ErrorMarker));

    // Fixing it clears the squiggle, the margin marker and the Issues entry.
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTRY_COMPARE(m_issues->rowCount(), 0);
    QVERIFY(!text->hasIndicatorAt(YamlEditor::ErrorIndicator, line, valueColumn));
    QCOMPARE(text->markersAtLine(line) & (1 << YamlEditor::ErrorMarker), 0u);
}

void TestComponentEditor::yamlSyntaxErrorKeepsOutlineGreyed()
{
    ComponentEditor *e = m_panel->newFromTemplate(QStringLiteral("build"));
    QTRY_VERIFY(e->analysis()->isCurrent());
    OutlineModel *outline = e->outline()->model();
    QCOMPARE(outline->rowCount(), 2);
    const int steps = outline->rowCount(outline->phaseIndex(0));
    YamlEditor *text = e->editor();
    const int line = lineContaining(text, QStringLiteral("- name: UpdatePackageLists"));
    text->setCursorPosition(line, text->text(line).indexOf(u'-'));
    QTest::keyClicks(text, QStringLiteral("{ "));
    QTRY_VERIFY(outline->isStale());
    QVERIFY(!e->outline()->banner()->text().isEmpty());
    QCOMPARE(outline->rowCount(), 2); // the last good outline stays
    QCOMPARE(outline->rowCount(outline->phaseIndex(0)), steps);
    QVERIFY(m_issues->errorCount() >= 1);
    QVERIFY(!(outline->flags(outline->stepIndex(0, 0)) & Qt::ItemIsDragEnabled));
    // Visual edits refuse while the YAML cannot be read, with a message.
    QSignalSpy failed(e->visualEdits(), &VisualEdits::failed);
    QVERIFY(!e->visualEdits()->removeStep({0, 0}));
    QCOMPARE(failed.count(), 1);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTRY_VERIFY(!outline->isStale());
    QVERIFY(e->outline()->banner()->text().isEmpty());
    QCOMPARE(m_issues->errorCount(), 0);
}

// A document that was never readable (opened broken): the outline shows the steps before the
// error, greyed, with the reason; once fixed, the whole outline.
void TestComponentEditor::openedBrokenShowsTheReadablePart()
{
    ComponentEditor *e = newEditor("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: First\n"
                                   "        action: ExecuteBash\n        inputs:\n          commands: [ls]\n"
                                   "      - name: Second\n        action: Reboot\n"
                                   "      - name: Third\n        action: ExecuteBash\n        inputs: {commands: [ls\n"
                                   "      - name: Fourth\n        action: Reboot\n");
    OutlineModel *outline = e->outline()->model();
    QVERIFY(!e->analysis()->latest()->readable());
    QVERIFY(outline->isStale());
    QCOMPARE(outline->rowCount(), 1);
    // First, Second, and Third up to its broken inputs; not Fourth after them.
    QCOMPARE(outline->rowCount(outline->phaseIndex(0)), 3);
    QCOMPARE(outline->stepIndex(0, 0).data().toString(), QStringLiteral("First"));
    QCOMPARE(outline->stepIndex(0, 2).data().toString(), QStringLiteral("Third"));
    QVERIFY2(e->outline()->banner()->text().contains(QStringLiteral("part before line")), qPrintable(e->outline()->banner()->text()));
    QVERIFY(m_issues->errorCount() >= 1);
    // Fixed in the text: the whole outline, editable again.
    const int line = lineContaining(e->editor(), QStringLiteral("{commands: [ls"));
    e->editor()->setSelection(line, 0, line, e->editor()->text(line).length() - 1);
    e->editor()->replaceSelectedText(QStringLiteral("        inputs: {commands: [ls]}"));
    QTRY_VERIFY(!outline->isStale());
    QCOMPARE(outline->rowCount(outline->phaseIndex(0)), 4);
    QVERIFY(e->outline()->banner()->text().isEmpty());
    QVERIFY(outline->flags(outline->stepIndex(0, 3)) & Qt::ItemIsDragEnabled);
}

void TestComponentEditor::hoverShowsTheMessage()
{
    ComponentEditor *e = newEditor("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n"
                                   "        action: ExecuteBsh\n");
    YamlEditor *text = e->editor();
    QTRY_VERIFY(!text->diagnostics().isEmpty());
    const int pos = static_cast<int>(text->positionFromLineIndex(5, 18));
    const QStringList messages = text->messagesAt(pos);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.join(u' ').contains(QStringLiteral("ExecuteBash")), qPrintable(messages.join(u' '))); // did you mean
    QVERIFY(text->messagesAt(static_cast<int>(text->positionFromLineIndex(2, 4))).isEmpty());
}

void TestComponentEditor::completionOffersActionNamesAndTheirInputs()
{
    ComponentEditor *e = newEditor("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Greet\n        \n");
    YamlEditor *text = e->editor();
    text->setCursorPosition(5, 8);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("action: "));
    // After "action: " the 30 action names pop up…
    QVERIFY(text->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE));
    QStringList offered;
    for (const auto &c : text->lastCompletions())
        offered << QString::fromStdString(c.text);
    QCOMPARE(offered.size(), 30);
    QVERIFY(offered.contains(QStringLiteral("ExecuteBash")) && offered.contains(QStringLiteral("WebDownload")));
    // …typing narrows them and Return takes the first match.
    QTest::keyClicks(text, QStringLiteral("ExecuteBa"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(text->text(5).trimmed(), QStringLiteral("action: ExecuteBash"));

    // Under inputs: the inputs of *that* action, not a flat list.
    text->setCursorPosition(5, text->text(5).length() - 1);
    text->insertAt(QStringLiteral("\n        inputs:\n          "), 5, text->text(5).length() - 1);
    text->setCursorPosition(7, 10);
    QTest::keyClicks(text, QStringLiteral("co"));
    QVERIFY(text->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE));
    offered.clear();
    for (const auto &c : text->lastCompletions())
        offered << QString::fromStdString(c.text);
    QCOMPARE(offered, QStringList{QStringLiteral("commands")});
    QTest::keyClick(text, Qt::Key_Tab);
    QTRY_VERIFY(text->text(7).startsWith(QStringLiteral("          commands:")));

    // Another action, another set: a list-shaped module's fields.
    text->setText(QStringLiteral("phases:\n  - name: build\n    steps:\n      - name: Get\n        action: WebDownload\n"
                                 "        inputs:\n          - \n"));
    text->setCursorPosition(6, 12);
    QVERIFY(text->showCompletions(true) > 0);
    offered.clear();
    for (const auto &c : text->lastCompletions())
        offered << QString::fromStdString(c.text);
    QVERIFY(offered.contains(QStringLiteral("source")) && offered.contains(QStringLiteral("checksum")));
    QVERIFY(!offered.contains(QStringLiteral("commands")));
    text->SendScintilla(QsciScintillaBase::SCI_AUTOCCANCEL);
}

void TestComponentEditor::visualEdit_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(KILN_TEST_DATA_DIR "/editor"));
    for (const QString &c : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

// Each golden edit through the editor: the expected text, comments kept, and ONE undo step back
// to the input, byte for byte (then redo forward again).
void TestComponentEditor::visualEdit()
{
    QFETCH(QString, dir);
    const QByteArray input = readFile(dir + QStringLiteral("/input.yml"));
    const QByteArray expected = readFile(dir + QStringLiteral("/expected.yml"));
    const auto op = Kiln::Test::parseEditOp(readFile(dir + QStringLiteral("/edit.txt")).trimmed().toStdString());
    QVERIFY(op);
    ComponentEditor *e = newEditor(input);
    YamlEditor *text = e->editor();
    QCOMPARE(text->utf8Text(), input);
    VisualEdits *v = e->visualEdits();
    const Toe::StepAddress at{op->phase, op->step};
    bool ok = false;
    if (op->kind == "move")
        ok = v->moveStep(at, op->toPhase, op->toIndex);
    else if (op->kind == "remove")
        ok = v->removeStep(at);
    else if (op->kind == "insert")
        ok = v->insertStep(op->phase, op->toIndex, *op->value);
    else if (op->kind == "phase")
        ok = v->insertPhase(op->toIndex, QString::fromStdString(op->name));
    else if (op->kind == "set" || op->kind == "unset")
        ok = v->setStepField(at, QString::fromStdString(op->key), op->value);
    else if (op->kind == "input" || op->kind == "uninput")
        ok = v->setInputField(at, op->entry, QString::fromStdString(op->key), op->value);
    else if (op->kind == "addentry")
        ok = v->addOperation(at, *op->value);
    else
        ok = v->removeOperation(at, op->entry.value_or(0));
    QVERIFY(ok);
    QCOMPARE(text->utf8Text(), expected);
    QVERIFY(text->isModified());
    text->undo();
    QCOMPARE(text->utf8Text(), input);
    QVERIFY(!text->isUndoAvailable());
    text->redo();
    QCOMPARE(text->utf8Text(), expected);
    // The outline follows the new text.
    QTRY_VERIFY(e->analysis()->isCurrent());
    QVERIFY(e->analysis()->latest()->readable());
}

void TestComponentEditor::dragInOutlineMovesTheStep()
{
    const QString dir = QStringLiteral(KILN_TEST_DATA_DIR "/editor/reorder-within-phase");
    ComponentEditor *e = newEditor(readFile(dir + QStringLiteral("/input.yml")));
    OutlineModel *model = e->outline()->model();
    QCOMPARE(model->rowCount(model->phaseIndex(0)), 3);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->stepIndex(0, 2)}));
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->phaseIndex(0)));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 2, 0, model->phaseIndex(0))); // where it already is
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->phaseIndex(0))); // the view must not move rows
    QTRY_COMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/expected.yml")));
    QTRY_COMPARE(model->index(0, 0, model->phaseIndex(0)).data().toString(), QStringLiteral("Configure"));
    e->editor()->undo();
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/input.yml")));
}

void TestComponentEditor::stepFormWritesFields()
{
    const QString dir = QStringLiteral(KILN_TEST_DATA_DIR "/editor/change-on-failure");
    ComponentEditor *e = newEditor(readFile(dir + QStringLiteral("/input.yml")));
    e->outline()->selectStep({0, 0});
    StepForm *form = e->stepForm();
    QTRY_VERIFY(form->hasStep());
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Install"));
    QCOMPARE(form->actionCombo()->currentData().toString(), QStringLiteral("ExecuteBash"));
    // onFailure through the form gives exactly the golden edit.
    const int index = form->onFailureCombo()->findData(QStringLiteral("Continue"));
    form->onFailureCombo()->setCurrentIndex(index);
    Q_EMIT form->onFailureCombo()->activated(index);
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/expected.yml")));
    // The name: typed and confirmed with Return.
    QTRY_VERIFY(e->analysis()->isCurrent());
    form->nameEdit()->selectAll();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("InstallNginx"));
    QTest::keyClick(form->nameEdit(), Qt::Key_Return);
    QVERIFY(e->editor()->utf8Text().contains("      - name: InstallNginx\n"));
    // An input: the commands list as lines.
    QTRY_VERIFY(e->analysis()->isCurrent());
    QTRY_VERIFY(form->inputsForm()->editorFor(QStringLiteral("commands")));
    form->inputsForm()->setValue(QStringLiteral("commands"), QStringLiteral("apt-get update\napt-get install -y nginx"));
    Q_EMIT form->inputsForm()->fieldEdited(QStringLiteral("commands"), form->inputsForm()->value(QStringLiteral("commands")));
    QVERIFY(e->editor()->utf8Text().contains("          commands:\n            - apt-get update\n            - apt-get install -y nginx\n"));
    QVERIFY(e->editor()->utf8Text().contains("onFailure: Continue   # keep this comment"));
    // Three gestures, three undo steps, back to the input.
    e->editor()->undo();
    e->editor()->undo();
    e->editor()->undo();
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/input.yml")));
}

void TestComponentEditor::deleteKeyRemovesStep()
{
    const QString dir = QStringLiteral(KILN_TEST_DATA_DIR "/editor/remove-middle-step");
    ComponentEditor *e = newEditor(readFile(dir + QStringLiteral("/input.yml")));
    QTreeView *view = e->outline()->view();
    e->outline()->selectStep({0, 1});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/expected.yml")));
    QTRY_COMPARE(e->outline()->model()->rowCount(e->outline()->model()->phaseIndex(0)), 2);
}

void TestComponentEditor::addStepThroughTheDialog()
{
    const QString dir = QStringLiteral(KILN_TEST_DATA_DIR "/editor/insert-between-steps");
    ComponentEditor *e = newEditor(readFile(dir + QStringLiteral("/input.yml")));
    e->outline()->selectStep({0, 0});
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AddStepDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ExecuteBash"));
        // Required inputs must be filled in first.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("Greet"));
        dialog->inputs()->setValue(QStringLiteral("commands"), QStringLiteral("echo \"Hello, {{ Name }}\"\ndate"));
        dialog->accept();
    });
    e->addStep(QStringLiteral("ExecuteBash"));
    QVERIFY(sawDialog);
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/expected.yml")));
    e->editor()->undo();
    QCOMPARE(e->editor()->utf8Text(), readFile(dir + QStringLiteral("/input.yml")));
}

void TestComponentEditor::outlineFollowsCursorAndHelpShowsAction()
{
    ComponentEditor *e = newEditor(readFile(QStringLiteral(KILN_TEST_DATA_DIR "/editor/reorder-within-phase/input.yml")));
    const int line = lineContaining(e->editor(), QStringLiteral("path: /etc/nginx"));
    e->editor()->setCursorPosition(line, 14);
    QTRY_COMPARE(e->help()->action(), QStringLiteral("CreateFile"));
    QVERIFY(e->help()->toPlainText().contains(QStringLiteral("permissions")));
    QTRY_VERIFY(e->outline()->selectedStep().has_value());
    QCOMPARE(e->outline()->selectedStep()->step, std::size_t(2));
    QTRY_COMPARE(e->stepForm()->nameEdit()->text(), QStringLiteral("Configure"));
    // Clicking a step in the outline moves the cursor to it.
    QTreeView *view = e->outline()->view();
    const QModelIndex first = e->outline()->model()->stepIndex(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    int l = 0, i = 0;
    e->editor()->getCursorPosition(&l, &i);
    QCOMPARE(e->editor()->text(l).trimmed(), QStringLiteral("- name: Update"));
}

void TestComponentEditor::outlineModelIsConsistent()
{
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto load = [&](const char *yaml) {
        auto doc = Toe::ComponentText::load(yaml);
        QVERIFY(doc);
        TextDiagnostic d;
        d.line = 6;
        d.message = QStringLiteral("x");
        model.setOutline(doc->outline(), {d});
    };
    load("phases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n      - name: B\n        action: Reboot\n");
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.phaseIndex(0)), 2);
    QCOMPARE(model.stepIndex(0, 1).data(OutlineModel::ErrorCountRole).toInt(), 1);
    QCOMPARE(model.stepIndex(0, 0).data(OutlineModel::ErrorCountRole).toInt(), 0);
    QCOMPARE(model.stepAtLine(5), model.stepIndex(0, 0));
    load("phases:\n  - name: build\n    steps:\n      - name: A2\n        action: ExecuteBash\n      - name: B\n        action: Reboot\n");
    QCOMPARE(model.stepIndex(0, 0).data().toString(), QStringLiteral("A2"));
    load("phases:\n  - name: build\n    steps: []\n  - name: test\n    steps:\n      - name: T\n        action: Assert\n");
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.phaseIndex(1)), 1);
    model.setStale(true);
    QVERIFY(!(model.flags(model.stepIndex(1, 0)) & Qt::ItemIsDragEnabled));
    model.setStale(false);
    QVERIFY(model.flags(model.stepIndex(1, 0)) & Qt::ItemIsDragEnabled);
    load("name: x\n");
    QCOMPARE(model.rowCount(), 0);
}

// A 10 MB document: loading, checking and applying happen without the window freezing (the
// benchmark measures the stall); the user is told that folding and completion while typing are off.
void TestComponentEditor::largeDocumentStaysResponsive()
{
    QByteArray text = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; text.size() < 10 * 1024 * 1024; ++i)
        text += "      - name: Step" + QByteArray::number(i) + "\n        action: ExecuteBash\n        inputs:\n"
                "          commands:\n            - echo " + QByteArray::number(i) + " with some padding text to make lines longer\n";
    ComponentEditor *e = m_panel->newFromTemplate(QStringLiteral("empty"));
    e->setDocument(QString::fromUtf8(text), QStringLiteral("big.yml"));
    QVERIFY(e->editor()->isLargeDocument());
    QVERIFY(e->banner()->text().contains(QStringLiteral("Large document")));
    QTRY_VERIFY_WITH_TIMEOUT(e->analysis()->isCurrent(), 120000);
    QVERIFY(e->analysis()->latest()->readable());
    QVERIFY(e->outline()->model()->rowCount(e->outline()->model()->phaseIndex(0)) > 50000);
    QCOMPARE(e->analysis()->latest()->errors, 0);
    // Typing at the end still works and gets checked.
    e->editor()->setCursorPosition(e->editor()->lines() - 1, 0);
    QTest::keyClicks(e->editor(), QStringLiteral("bogus: 1"));
    QTest::keyClick(e->editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(e->analysis()->isCurrent(), 120000);
    // An unknown top-level key: a warning, located on the line typed at the end of the 10 MB.
    const auto latest = e->analysis()->latest();
    QCOMPARE(latest->errors, 0);
    QCOMPARE(latest->warnings, 1);
    QCOMPARE(latest->diagnostics.size(), 1);
    QCOMPARE(latest->diagnostics.first().line, e->editor()->lines() - 1);
    QVERIFY(latest->diagnostics.first().message.contains(QStringLiteral("bogus")));
}

QTEST_MAIN(TestComponentEditor)
#include "tst_componenteditor.moc"
