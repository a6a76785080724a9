#include "componenteditorpanel.h"
#include "actionicons.h"
#include "analysiscontroller.h"
#include "componenteditor.h"
#include "componenttemplates.h"
#include "newversiondialog.h"

#include "widgets/common/icons.h"
#include "widgets/common/services.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/componentspanel.h"

#include "core/catalog/catalog.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

const QString kLastDirKey = QStringLiteral("editor/lastDirectory");

QString fileFilter()
{
    return ComponentEditorPanel::tr("Component documents (*.yml *.yaml);;All files (*)");
}

} // namespace

ComponentEditorPanel::ComponentEditorPanel(Services &services, IssueModel *issues, QWidget *parent)
    : Panel(parent), m_services(services), m_issues(issues)
{
    setObjectName(QStringLiteral("ComponentEditorPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    auto *newMenu = new QMenu(this);
    for (const ComponentTemplate &t : componentTemplates()) {
        QAction *a = newMenu->addAction(ActionIcons::templateIcon(), t.title, this, [this, id = t.id] { newFromTemplate(id); });
        a->setStatusTip(t.description);
    }
    auto *newButton = new QToolButton(this);
    newButton->setText(tr("New"));
    newButton->setIcon(Icons::add());
    newButton->setMenu(newMenu);
    newButton->setPopupMode(QToolButton::InstantPopup);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setToolTip(tr("New component from a template"));
    m_toolBar->addWidget(newButton);
    m_toolBar->addAction(Icons::import(), tr("Open…"), this, &ComponentEditorPanel::openFileDialog)->setToolTip(tr("Open a component file (Ctrl+O)"));
    m_save = m_toolBar->addAction(tr("Save"), this, [this] { saveCurrent(); });
    m_save->setToolTip(tr("Save the document (Ctrl+S)"));
    m_saveAs = m_toolBar->addAction(tr("Save as…"), this, [this] { saveCurrentAs(); });
    m_toolBar->addSeparator();
    m_newVersion = m_toolBar->addAction(Icons::component(), tr("New version…"), this, &ComponentEditorPanel::newVersion);
    m_newVersion->setToolTip(tr("Store this document in the catalog as a new component version"));
    m_testRun = m_toolBar->addAction(Icons::run(), tr("Test run"), this, &ComponentEditorPanel::testRun);
    m_testRun->setToolTip(tr("Run this document on a base image in a throwaway VM"));
    layout->addWidget(m_toolBar);

    m_stack = new QStackedWidget(this);
    m_empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *intro = new QLabel(tr("<h3>Write a component</h3><p>Components are AWSTOE YAML documents: phases of steps that "
                                "install, configure or test software in an image. Edit the text with completion and live "
                                "checks, or the outline and forms beside it.</p>"),
                             m_empty);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(intro, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const ComponentTemplate &t : componentTemplates()) {
        auto *b = new QPushButton(ActionIcons::templateIcon(), t.title, m_empty);
        b->setToolTip(t.description);
        connect(b, &QPushButton::clicked, this, [this, id = t.id] { newFromTemplate(id); });
        buttons->addWidget(b);
    }
    auto *open = new QPushButton(Icons::import(), tr("Open a file…"), m_empty);
    connect(open, &QPushButton::clicked, this, &ComponentEditorPanel::openFileDialog);
    buttons->addWidget(open);
    buttons->addStretch(1);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_empty);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("EditorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ComponentEditorPanel::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ComponentEditorPanel::currentChanged);
    auto *closeShortcut = new QShortcut(QKeySequence::Close, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    closeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    updateActions();
}

QIcon ComponentEditorPanel::icon() const { return ActionIcons::templateIcon(); }

ComponentEditorPanel *ComponentEditorPanel::install(MainWindow &window, Services &services)
{
    auto *panel = new ComponentEditorPanel(services, window.issues(), &window);
    window.addPanel(panel, tr("Authoring"), QStringLiteral("editor"));
    window.issues()->setSourceLabel(kIssueSource, tr("Component editor"));
    window.registerIssueJumpHandler(kIssueSource, [panel, &window](const Issue &issue) {
        window.showPanel(QStringLiteral("editor"));
        panel->jumpTo(issue);
    });
    QMenu *file = window.menu(MainWindow::MenuId::File);
    QAction *first = file->actions().value(0);
    auto *newMenu = new QMenu(tr("New &component"), file);
    newMenu->setIcon(ActionIcons::templateIcon());
    for (const ComponentTemplate &t : componentTemplates()) {
        QAction *a = newMenu->addAction(t.title, panel, [panel, &window, id = t.id] {
            window.showPanel(QStringLiteral("editor"));
            panel->newFromTemplate(id);
        });
        a->setStatusTip(t.description);
        if (t.id == u"build")
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    file->insertMenu(first, newMenu);
    QAction *open = new QAction(Icons::import(), tr("Open component &file…"), file);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an AWSTOE YAML file in the component editor"));
    connect(open, &QAction::triggered, panel, [panel, &window] {
        window.showPanel(QStringLiteral("editor"));
        panel->openFileDialog();
    });
    file->insertAction(first, open);
    QAction *saveAs = new QAction(tr("Save component &as…"), file);
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, panel, [panel] { panel->saveCurrentAs(); });
    file->insertAction(first, saveAs);
    file->insertSeparator(first);
    if (ComponentsPanel *components = window.componentsPanel()) {
        components->setEditorAvailable(true);
        connect(components, &ComponentsPanel::openInEditorRequested, panel, [panel, &window](const Core::ComponentRow &c) {
            window.showPanel(QStringLiteral("editor"));
            panel->openCatalogComponent(c);
        });
    }
    // Closing the window with unsaved documents asks first.
    window.installEventFilter(panel);
    return panel;
}

bool ComponentEditorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == window() && !confirmClose()) {
        event->ignore();
        return true;
    }
    return Panel::eventFilter(watched, event);
}

int ComponentEditorPanel::count() const { return m_tabs->count(); }

ComponentEditor *ComponentEditorPanel::current() const { return qobject_cast<ComponentEditor *>(m_tabs->currentWidget()); }

ComponentEditor *ComponentEditorPanel::editorAt(int index) const { return qobject_cast<ComponentEditor *>(m_tabs->widget(index)); }

ComponentEditor *ComponentEditorPanel::addEditor()
{
    auto *editor = new ComponentEditor(m_services.catalog, m_tabs);
    connect(editor, &ComponentEditor::titleChanged, this, [this, editor] { updateTitle(editor); });
    connect(editor, &ComponentEditor::issuesChanged, this, [this, editor] {
        if (editor == current())
            publishIssues();
    });
    connect(editor, &ComponentEditor::statusMessage, this, &Panel::statusMessage);
    const int index = m_tabs->addTab(editor, ActionIcons::templateIcon(), editor->displayName());
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    return editor;
}

ComponentEditor *ComponentEditorPanel::newFromTemplate(const QString &templateId)
{
    const ComponentTemplate t = componentTemplate(templateId);
    ComponentEditor *editor = addEditor();
    editor->setDocument(t.text(), tr("untitled-%1.yml").arg(++m_untitled));
    ComponentEditor::Origin origin;
    origin.type = t.type;
    editor->setOrigin(origin);
    updateTitle(editor);
    editor->editor()->setFocus();
    return editor;
}

ComponentEditor *ComponentEditorPanel::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (editorAt(i)->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return editorAt(i);
        }
    ComponentEditor *editor = addEditor();
    if (auto ok = editor->load(absolute); !ok) {
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
        if (m_tabs->count() == 0)
            m_stack->setCurrentWidget(m_empty);
        QMessageBox::warning(this, tr("Cannot open the component"), ok.error().message);
        return nullptr;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(absolute).absolutePath());
    updateTitle(editor);
    Q_EMIT statusMessage(tr("Opened %1").arg(absolute));
    return editor;
}

void ComponentEditorPanel::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open component"), QSettings().value(kLastDirKey).toString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool ComponentEditorPanel::canSave() const { return current() != nullptr; }

void ComponentEditorPanel::save() { saveCurrent(); }

bool ComponentEditorPanel::saveCurrent() { return current() && saveEditor(current(), false); }

bool ComponentEditorPanel::saveCurrentAs() { return current() && saveEditor(current(), true); }

bool ComponentEditorPanel::saveEditor(ComponentEditor *editor, bool askPath)
{
    QString path = editor->path();
    if (askPath || path.isEmpty()) {
        const QString dir = QSettings().value(kLastDirKey).toString();
        path = QFileDialog::getSaveFileName(this, tr("Save component"), QFileInfo(dir, editor->displayName()).filePath(), fileFilter());
        if (path.isEmpty())
            return false;
    }
    if (auto ok = editor->saveAs(path); !ok) {
        QMessageBox::warning(this, tr("Not saved"), ok.error().message);
        return false;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(path));
    return true;
}

bool ComponentEditorPanel::askToSave(ComponentEditor *editor)
{
    if (!editor->isModified())
        return true;
    m_tabs->setCurrentWidget(editor);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Save the changes to %1?").arg(editor->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your changes are lost if you do not save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return saveEditor(editor, false);
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool ComponentEditorPanel::closeTab(int index)
{
    ComponentEditor *editor = editorAt(index);
    if (!editor || !askToSave(editor))
        return false;
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_empty);
        publishIssues();
    }
    updateActions();
    return true;
}

bool ComponentEditorPanel::confirmClose()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (!askToSave(editorAt(i)))
            return false;
    return true;
}

void ComponentEditorPanel::openCatalogComponent(const Core::ComponentRow &component)
{
    if (!m_services.catalog || component.id <= 0)
        return;
    m_services.catalog->components().getAsync(component.id).then(this, [this](const Core::Result<Core::ComponentRow> &r) {
        if (!r) {
            QMessageBox::warning(this, tr("Cannot open the component"), r.error().message);
            return;
        }
        ComponentEditor *editor = addEditor();
        editor->setDocument(r->document, QStringLiteral("%1-%2.yml").arg(r->name, r->version.toString()));
        editor->setOrigin({r->name, r->type, r->platform, r->reference()});
        updateTitle(editor);
        Q_EMIT statusMessage(tr("Opened %1; “New version” stores your changes as a new version").arg(r->reference()));
    });
}

void ComponentEditorPanel::newVersion()
{
    ComponentEditor *editor = current();
    if (!editor || !m_services.catalog)
        return;
    NewVersionDialog::Initial initial;
    const ComponentEditor::Origin origin = editor->origin();
    const auto analysis = editor->analysis()->latest();
    initial.name = origin.name;
    if (initial.name.isEmpty() && analysis && analysis->document)
        initial.name = QString::fromStdString(analysis->document->name);
    if (initial.name.isEmpty())
        initial.name = QFileInfo(editor->displayName()).completeBaseName();
    initial.type = origin.type;
    initial.platform = origin.platform;
    if (analysis && analysis->document)
        initial.description = QString::fromStdString(analysis->document->description);
    initial.fileName = editor->path().isEmpty() ? editor->displayName() : editor->path();
    NewVersionDialog dialog(*m_services.catalog, editor->editor()->utf8Text(), initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::ComponentRow c = dialog.component();
    editor->setOrigin({c.name, c.type, c.platform, c.reference()});
    Q_EMIT statusMessage(dialog.wasNew() ? tr("Stored %1 in the catalog").arg(c.reference())
                                         : tr("%1 already has this content; nothing new was stored").arg(c.reference()));
    Q_EMIT componentStored(c);
}

void ComponentEditorPanel::testRun()
{
    if (ComponentEditor *editor = current())
        editor->showTestRun();
}

void ComponentEditorPanel::activateFind()
{
    if (ComponentEditor *editor = current())
        editor->showFind();
}

void ComponentEditorPanel::jumpTo(const Issue &issue)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        ComponentEditor *editor = editorAt(i);
        if ((editor->path().isEmpty() ? editor->displayName() : editor->path()) == issue.target) {
            m_tabs->setCurrentIndex(i);
            editor->goTo(issue.line, issue.column);
            return;
        }
    }
    if (QFileInfo(issue.target).isFile())
        if (ComponentEditor *editor = openFile(issue.target))
            editor->goTo(issue.line, issue.column);
}

void ComponentEditorPanel::currentChanged()
{
    publishIssues();
    updateActions();
    Q_EMIT canSaveChanged(canSave());
}

void ComponentEditorPanel::updateTitle(ComponentEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    m_tabs->setTabText(index, editor->displayName() + (editor->isModified() ? QStringLiteral(" •") : QString()));
    m_tabs->setTabToolTip(index, editor->path().isEmpty() ? tr("%1 (not saved yet)").arg(editor->displayName()) : editor->path());
}

void ComponentEditorPanel::publishIssues()
{
    if (!m_issues)
        return;
    if (ComponentEditor *editor = current())
        m_issues->setIssues(kIssueSource, editor->issues());
    else
        m_issues->clearSource(kIssueSource);
}

void ComponentEditorPanel::updateActions()
{
    const bool has = current() != nullptr;
    for (QAction *a : {m_save, m_saveAs, m_newVersion, m_testRun})
        a->setEnabled(has);
    m_newVersion->setVisible(m_services.catalog != nullptr);
    m_testRun->setVisible(m_services.catalog != nullptr);
}

} // namespace Kiln::Widgets
