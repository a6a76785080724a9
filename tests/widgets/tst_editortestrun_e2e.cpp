// The editor's "Test run" for real (label e2e): the tinyos fixture (KILN_TINYOS_DIR) imported
// into a temporary catalog with kilnctl, a document typed into the component editor, Run pressed
// in the test-run panel: a throwaway VM under TCG (real libvirtd + QEMU, through the runner's
// test-component API and a detached kilnctl build-worker) runs the document, its output appears
// live in the panel beside the editor, the status tells success — and for a failing document
// the failing step and its exit code. Nothing is left in libvirt afterwards.
#include "widgets/common/services.h"
#include "widgets/editor/analysiscontroller.h"
#include "widgets/editor/componenteditor.h"
#include "widgets/editor/componenteditorpanel.h"
#include "widgets/editor/testrunpanel.h"
#include "widgets/editor/yamleditor.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/logview.h"

#include "core/build/buildlogs.h"
#include "core/catalog/catalog.h"
#include "core/log/logmodel.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Kiln::Widgets;

namespace {

QString logText(const Core::LogModel *model)
{
    QString all;
    for (int r = 0; r < model->rowCount(); ++r)
        all += model->index(r, 0).data().toString() + u'\n';
    return all;
}

} // namespace

class TestEditorTestRunE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    std::unique_ptr<Core::Catalog> m_catalog;
};

void TestEditorTestRunE2e::initTestCase()
{
    const QDir tinyos(qEnvironmentVariable("KILN_TINYOS_DIR"));
    if (!tinyos.exists(QStringLiteral("tinyos.qcow2")))
        QSKIP("the tinyos fixture is not built (tests/fixtures/tinyos/build.sh DIR; set KILN_TINYOS_DIR)");
    const QString kilnctl = QStringLiteral(KILN_BINARY_DIR "/app/kilnctl/kilnctl");
    QFile cmdline(tinyos.filePath(QStringLiteral("cmdline")));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    QProcess import;
    import.start(kilnctl, {QStringLiteral("--home"), m_home.path(), QStringLiteral("image"), QStringLiteral("import"),
                           QStringLiteral("--file"), tinyos.filePath(QStringLiteral("tinyos.qcow2")), QStringLiteral("--name"),
                           QStringLiteral("tinyos"), QStringLiteral("--version"), QStringLiteral("1.0.0"), QStringLiteral("--kernel"),
                           tinyos.filePath(QStringLiteral("vmlinuz")), QStringLiteral("--initrd"),
                           tinyos.filePath(QStringLiteral("initrd.img")), QStringLiteral("--cmdline"),
                           QString::fromUtf8(cmdline.readAll().trimmed())});
    QVERIFY(import.waitForFinished(300000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    auto c = Core::Catalog::open(Core::Home(m_home.path()));
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_catalog = std::move(*c);
}

void TestEditorTestRunE2e::run_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("expectedOutput");
    QTest::addColumn<QString>("expectedStatus");
    QTest::newRow("passes") << QStringLiteral("name: greet\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                              "      - name: Greet\n        action: ExecuteBash\n        inputs:\n"
                                              "          commands:\n            - echo \"hello from the editor $((6 * 7))\"\n"
                                              "  - name: validate\n    steps:\n      - name: Check\n        action: ExecuteBash\n"
                                              "        inputs:\n          commands:\n            - test -d /\n")
                            << true << QStringLiteral("hello from the editor 42") << QStringLiteral("succeeded");
    QTest::newRow("fails") << QStringLiteral("name: broken\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                             "      - name: Before\n        action: ExecuteBash\n        inputs:\n"
                                             "          commands:\n            - echo about to fail\n"
                                             "      - name: Fails\n        action: ExecuteBash\n        inputs:\n"
                                             "          commands:\n            - exit 3\n")
                           << false << QStringLiteral("about to fail") << QStringLiteral("build › Fails (exit code 3)");
}

void TestEditorTestRunE2e::run()
{
    QFETCH(QString, document);
    QFETCH(bool, succeeds);
    QFETCH(QString, expectedOutput);
    QFETCH(QString, expectedStatus);

    Services services;
    services.catalog = m_catalog.get();
    IssueModel issues;
    ComponentEditorPanel panel(services, &issues);
    panel.resize(1400, 900);
    panel.show();
    ComponentEditor *e = panel.newFromTemplate(QStringLiteral("empty"));
    e->editor()->setText(document); // typed, i.e. unsaved: the panel runs a snapshot of the text
    QTRY_VERIFY(e->analysis()->isCurrent());
    QString found;
    for (const TextDiagnostic &d : e->analysis()->latest()->diagnostics)
        found += QStringLiteral("%1:%2: %3\n").arg(d.line).arg(d.column).arg(d.message);
    QVERIFY2(e->analysis()->latest()->errors == 0, qPrintable(found));
    e->showTestRun();
    TestRunPanel *run = e->testRun();
    QVERIFY(run->isVisible());
    QTRY_VERIFY(run->baseImageBox()->currentText().contains(QStringLiteral("tinyos")));

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(run->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run->isRunning(), 60000);
    // The output arrives while the VM runs, not only at the end.
    QTRY_VERIFY_WITH_TIMEOUT(logText(run->logView()->model()).contains(expectedOutput), 300000);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 300000);
    qInfo("test run (%s) took %.1f s", QTest::currentDataTag(), clock.elapsed() / 1000.0);
    const QString status = run->statusLabel()->text();
    QVERIFY2(status.contains(expectedStatus), qPrintable(status));
    auto build = m_catalog->builds().get(run->buildId());
    QVERIFY(build);
    QCOMPARE(build->state, succeeds ? Core::BuildState::Succeeded : Core::BuildState::Failed);
    QVERIFY(run->runButton()->isEnabled());
    e->editor()->setModified(false);
}

void TestEditorTestRunE2e::cleanupTestCase()
{
    // The throwaway VMs are gone: no domain named after a build of this catalog remains.
    QProcess virsh;
    virsh.start(QStringLiteral("virsh"), {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("list"),
                                         QStringLiteral("--all"), QStringLiteral("--name")});
    if (!virsh.waitForFinished(30000) || !m_catalog)
        return;
    const QString domains = QString::fromUtf8(virsh.readAllStandardOutput());
    auto builds = m_catalog->builds().list({});
    if (builds)
        for (const auto &b : *builds)
            QVERIFY2(!domains.contains(QStringLiteral("kiln-build-") + Core::resourceBuildId(Core::Home(m_home.path()), b.id) + u'-'),
                     qPrintable(domains));
}

QTEST_MAIN(TestEditorTestRunE2e)
#include "tst_editortestrun_e2e.moc"
