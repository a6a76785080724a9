#pragma once
// One component document in the editor: the YAML text (YamlEditor) in the middle, the visual
// side on the left (outline of phases and steps; palette of action modules) and on the right
// (the selected step's form; help for the action under the cursor), and the test run below.
// Text and visual views stay in sync through the live analysis (AnalysisController): the
// outline, the form and the Issues dock follow the text; visual edits go into the text as
// minimal, undoable edits (VisualEdits). Also keeps the file state: path, modified, origin.
#include "widgets/issues/issue.h"

#include "core/catalog/rows.h"
#include "core/toe/yamledit.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ActionHelp;
class ActionPalette;
class AnalysisController;
class FindBar;
class InlineMessage;
class OutlinePanel;
class StepForm;
class TestRunPanel;
class VisualEdits;
class YamlEditor;
struct DocumentAnalysis;

class ComponentEditor : public QWidget
{
    Q_OBJECT
public:
    // Where the document came from in the catalog (for "New version"), or what a template is.
    struct Origin {
        QString name;
        Core::ComponentType type = Core::ComponentType::Build;
        QString platform = QStringLiteral("Linux");
        QString reference; // "kiln:component/hello/1.0.0/1" when opened from the catalog
    };

    explicit ComponentEditor(Core::Catalog *catalog, QWidget *parent = nullptr);
    ~ComponentEditor() override;

    // Replaces the text (not undoable, unmodified). `displayName` names an unsaved document.
    void setDocument(const QString &text, const QString &displayName, const QString &path = {});
    // Reads a file (refusing what cannot be a component: over 64 MB, not UTF-8 text).
    Core::Result<void> load(const QString &path);
    // Writes the text atomically (QSaveFile) and makes `path` this document's file.
    Core::Result<void> saveAs(const QString &path);
    QString path() const { return m_path; }
    QString displayName() const { return m_displayName; }
    bool isModified() const;
    void setOrigin(const Origin &origin) { m_origin = origin; }
    Origin origin() const { return m_origin; }

    YamlEditor *editor() const { return m_editor; }
    OutlinePanel *outline() const { return m_outline; }
    ActionPalette *palette() const { return m_palette; }
    StepForm *stepForm() const { return m_form; }
    ActionHelp *help() const { return m_help; }
    AnalysisController *analysis() const { return m_analysis; }
    VisualEdits *visualEdits() const { return m_visual; }
    TestRunPanel *testRun() const { return m_testRun; }
    QTabWidget *sideTabs() const { return m_side; }
    InlineMessage *banner() const { return m_banner; }

    // The latest diagnostics as Issues-dock entries (target: the file, or the display name).
    QList<Issue> issues() const;
    void goTo(int line, int column);
    void showFind();
    void showTestRun();
    // "Add step" for `action`, through its form, after the selected step.
    void addStep(const QString &action);
    void addPhase();

Q_SIGNALS:
    void issuesChanged();
    void titleChanged();
    void statusMessage(const QString &message);

private:
    void buildLayout();
    void connectParts();
    void applyAnalysis(const std::shared_ptr<const DocumentAnalysis> &analysis);
    void showSelectedStep();
    void cursorMoved();
    void updateStatusLine();
    void updateLargeBanner(bool large);
    void setVisualEditable(bool editable);
    void flash(const QString &message, bool error);

    Core::Catalog *m_catalog;
    QString m_path;
    QString m_displayName;
    Origin m_origin;
    YamlEditor *m_editor;
    AnalysisController *m_analysis;
    VisualEdits *m_visual;
    OutlinePanel *m_outline;
    ActionPalette *m_palette;
    StepForm *m_form;
    ActionHelp *m_help;
    TestRunPanel *m_testRun;
    FindBar *m_find;
    InlineMessage *m_banner;
    QLabel *m_status;
    QLabel *m_hint;
    QTabWidget *m_side;
    QSplitter *m_vertical;
    QTimer *m_cursorTimer;
    QTimer *m_hintTimer;
    bool m_partialOutline = false; // the outline shows the readable part of a document never read whole
};

} // namespace Kiln::Widgets
