// The component editor as part of the application: save and open files, the unsaved-changes
// prompts (tab and window), the main window's menus and "Open in editor", the Issues dock's jump,
// new catalog versions with suggested numbers, and the test run's refusals.
#include "catalogfixture.h"

#include "widgets/common/inlinemessage.h"
#include "widgets/common/services.h"
#include "widgets/editor/analysiscontroller.h"
#include "widgets/editor/componenteditor.h"
#include "widgets/editor/componenteditorpanel.h"
#include "widgets/editor/newversiondialog.h"
#include "widgets/editor/testrunpanel.h"
#include "widgets/editor/visualedits.h"
#include "widgets/editor/yamleditor.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/issues/issuesdock.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/componentspanel.h"

#include "core/toe/yamlemit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Kiln;
using namespace Kiln::Widgets;

namespace {

// Answers the next modal message box with `button` (from the event loop it runs in).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button); // not shown yet
            return;
        }
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->reject();
    });
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEditorFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveOpenAndPrompts();
    void refusesFilesThatAreNotComponents();
    void mainWindowIntegration();
    void newVersionSuggestsAndStores();
    void testRunRefusesWhatCannotRun();
};

void TestEditorFiles::saveOpenAndPrompts()
{
    Services services;
    IssueModel issues;
    ComponentEditorPanel panel(services, &issues);
    panel.show();
    QTemporaryDir dir;
    ComponentEditor *e = panel.newFromTemplate(QStringLiteral("test"));
    QVERIFY(!e->isModified());
    const QString path = dir.filePath(QStringLiteral("smoke.yml"));
    QVERIFY(e->saveAs(path));
    QCOMPARE(readAll(path), e->editor()->utf8Text());
    QCOMPARE(panel.tabs()->tabText(0), QStringLiteral("smoke.yml"));

    e->editor()->append(QStringLiteral("# more\n"));
    QVERIFY(e->isModified());
    QVERIFY(panel.tabs()->tabText(0).endsWith(QStringLiteral("•")));
    QVERIFY(panel.saveCurrent()); // has a path: no dialog
    QVERIFY(readAll(path).endsWith("# more\n"));
    QVERIFY(!panel.tabs()->tabText(0).endsWith(QStringLiteral("•")));

    // Closing with unsaved changes asks: Cancel keeps the tab, Save writes it, Discard drops it.
    e->editor()->append(QStringLiteral("# again\n"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!panel.closeTab(0));
    QCOMPARE(panel.count(), 1);
    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(panel.closeTab(0));
    QCOMPARE(panel.count(), 0);
    QVERIFY(readAll(path).endsWith("# again\n"));

    ComponentEditor *opened = panel.openFile(path);
    QVERIFY(opened);
    QCOMPARE(opened->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(panel.openFile(path), opened); // already open: the same tab
    QCOMPARE(panel.count(), 1);
    opened->editor()->append(QStringLiteral("x"));
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(panel.confirmClose());
    QVERIFY(!readAll(path).endsWith("x"));
    opened->editor()->setModified(false);
}

void TestEditorFiles::refusesFilesThatAreNotComponents()
{
    Services services;
    ComponentEditorPanel panel(services, nullptr);
    QTemporaryDir dir;
    ComponentEditor editor(nullptr);
    const QString binary = dir.filePath(QStringLiteral("disk.img"));
    QFile f(binary);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x7f" "ELF\0\0\xff\xfe", 8));
    f.close();
    auto r = editor.load(binary);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("UTF-8")), qPrintable(r.error().message));
    QVERIFY(!editor.load(dir.filePath(QStringLiteral("missing.yml"))));
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!panel.openFile(binary));
    QCOMPARE(panel.count(), 0);
}

void TestEditorFiles::mainWindowIntegration()
{
    KilnTest::CatalogFixture fx;
    const Core::ComponentRow hello = fx.addComponent(QStringLiteral("hello"), QStringLiteral("1.0.0"));
    Services services;
    services.catalog = fx.catalog.get();
    MainWindow window(services);
    window.show();
    auto *panel = qobject_cast<ComponentEditorPanel *>(window.panel(QStringLiteral("editor")));
    QVERIFY(panel);
    // File menu: New component ▸, Open component file… owns Ctrl+O, the catalog import does not.
    QMenu *file = window.menu(MainWindow::MenuId::File);
    QAction *open = nullptr;
    int onCtrlO = 0;
    for (QAction *a : file->actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Open)) {
            open = a;
            ++onCtrlO;
        }
    QCOMPARE(onCtrlO, 1);
    QVERIFY(open->text().contains(QStringLiteral("component")));
    QVERIFY(file->actions().first()->menu());

    // "Open in editor" from the Components panel.
    Q_EMIT window.componentsPanel()->openInEditorRequested(hello);
    QTRY_COMPARE(panel->count(), 1);
    QCOMPARE(window.currentPanelKey(), QStringLiteral("editor"));
    ComponentEditor *e = panel->current();
    QCOMPARE(e->editor()->text(), fx.catalog->components().get(hello.id)->document);
    QCOMPARE(e->origin().name, QStringLiteral("hello"));
    QTRY_VERIFY(e->analysis()->isCurrent());

    // An error typed in the editor appears in the main window's Issues dock; its jump moves the cursor.
    e->editor()->setCursorPosition(0, 0);
    QTest::keyClicks(e->editor(), QStringLiteral("bogus: 1"));
    QTest::keyClick(e->editor(), Qt::Key_Return);
    QTRY_COMPARE(window.issues()->rowCount(), 1);
    const Issue issue = window.issues()->issueAt(0);
    QCOMPARE(issue.line, 1);
    QVERIFY(window.issuesDock()->isVisible());
    // It pops up a few compact rows high, not a third of the window.
    {
        QTableView *table = window.issuesDock()->view();
        const int row = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(row <= table->fontMetrics().height() + 8, qPrintable(QString::number(row)));
        QTRY_VERIFY2(table->viewport()->height() >= 3 * row && table->viewport()->height() <= 6 * row,
                     qPrintable(QStringLiteral("%1 px for %2 px rows").arg(table->viewport()->height()).arg(row)));
    }
    e->editor()->setCursorPosition(5, 2);
    Q_EMIT window.issuesDock()->jumpRequested(issue);
    int line = -1, index = -1;
    e->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QCOMPARE(index, 0);

    // Closing the window with unsaved changes asks; Cancel keeps it open.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestEditorFiles::newVersionSuggestsAndStores()
{
    KilnTest::CatalogFixture fx;
    fx.addComponent(QStringLiteral("hello"), QStringLiteral("1.0.0"));
    const QString v1 = fx.catalog->components().resolve(QStringLiteral("hello@1.0.0"))->document;
    const auto suggestFor = [&](const QString &doc, const QString &expected) {
        NewVersionDialog dialog(*fx.catalog, doc.toUtf8(), {QStringLiteral("hello"), Core::ComponentType::Build,
                                                            QStringLiteral("Linux"), QString(), QStringLiteral("hello.yml")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSuggesting(), 10000);
        QCOMPARE(dialog.versionEdit()->text(), expected);
        QVERIFY(!dialog.suggestionLabel()->text().isEmpty());
    };
    const QString stepAdded = v1 + QStringLiteral("      - name: Second\n        action: Reboot\n");
    suggestFor(stepAdded, QStringLiteral("1.1.0"));
    suggestFor(QString(v1).replace(QStringLiteral("echo hi"), QStringLiteral("echo hello")), QStringLiteral("1.0.1"));
    suggestFor(QString(v1).replace(QStringLiteral("phases:"), QStringLiteral("parameters:\n  - Who:\n      type: string\nphases:")),
               QStringLiteral("2.0.0"));
    suggestFor(v1, QStringLiteral("1.0.0"));

    // Stored: a new version; the same content again returns the existing one.
    {
        NewVersionDialog dialog(*fx.catalog, stepAdded.toUtf8(), {QStringLiteral("hello"), Core::ComponentType::Build,
                                                                  QStringLiteral("Linux"), QString(), QStringLiteral("hello.yml")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSuggesting(), 10000);
        QSignalSpy done(&dialog, &QDialog::accepted);
        dialog.store();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000); // (may come before store() returns)
        QVERIFY(dialog.wasNew());
        QCOMPARE(dialog.component().version.toString(), QStringLiteral("1.1.0"));
    }
    {
        NewVersionDialog dialog(*fx.catalog, stepAdded.toUtf8(), {QStringLiteral("hello"), Core::ComponentType::Build,
                                                                  QStringLiteral("Linux"), QString(), QStringLiteral("hello.yml")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSuggesting(), 10000);
        QCOMPARE(dialog.versionEdit()->text(), QStringLiteral("1.1.0"));
        QVERIFY(dialog.suggestionLabel()->text().contains(QStringLiteral("identical")));
        QSignalSpy done(&dialog, &QDialog::accepted);
        dialog.store();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000); // (may come before store() returns)
        QVERIFY(!dialog.wasNew());
    }
    // An invalid document is refused with located messages, and the dialog stays open.
    {
        const QString invalid = stepAdded + QStringLiteral("      - name: Second\n        action: Sleep\n");
        NewVersionDialog dialog(*fx.catalog, invalid.toUtf8(), {QStringLiteral("hello"), Core::ComponentType::Build,
                                                                QStringLiteral("Linux"), QString(), QStringLiteral("hello.yml")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSuggesting(), 10000);
        QSignalSpy refused(&dialog, &NewVersionDialog::refused);
        dialog.store();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QVERIFY2(dialog.refusal().contains(QStringLiteral("hello.yml:15:")), qPrintable(dialog.refusal()));
        QVERIFY(dialog.refusal().contains(QStringLiteral("Sleep")));
        QCOMPARE(dialog.result(), 0);
    }
}

void TestEditorFiles::testRunRefusesWhatCannotRun()
{
    KilnTest::CatalogFixture fx;
    TestRunPanel::Source source;
    source.text = "schemaVersion: 1.0\nphases: []\n";
    source.fileName = QStringLiteral("bad.yml");
    source.errors = 2;
    TestRunPanel panel(fx.catalog.get());
    panel.setSourceProvider([&source] { return source; });
    panel.prepare(nullptr);
    QTRY_VERIFY(panel.baseImageBox()->count() > 0);
    panel.start();
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("error")), qPrintable(panel.statusLabel()->text()));
    QVERIFY(!panel.isRunning());
    source.errors = 0;
    panel.start(); // no image in the catalog
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("base image")), qPrintable(panel.statusLabel()->text()));
    fx.addImage(QStringLiteral("tinyos"), QStringLiteral("1.0.0"));
    // Imported images are AVAILABLE: the picker lists them.
    panel.reloadImages();
    QTRY_COMPARE(panel.baseImageBox()->currentData().toString().isEmpty(), false);
    QVERIFY(panel.baseImageBox()->currentText().contains(QStringLiteral("tinyos")));
}

QTEST_MAIN(TestEditorFiles)
#include "tst_editorfiles.moc"
