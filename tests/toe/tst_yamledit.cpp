// The visual editor's engine (core/toe/yamledit.h, yamlemit.h, completion.h, versionbump.h):
// golden folders tests/data/editor/<case>/{input.yml, edit.txt, expected.yml} — each edit must
// produce exactly the expected text, leaving every other byte (comments, blank lines, quoting)
// alone; quoting rules; completion in context; version bump suggestions; examples that validate.
#include "editscript.h"

#include "core/toe/completion.h"
#include "core/toe/parser.h"
#include "core/toe/validator.h"
#include "core/toe/versionbump.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace Kiln::Toe;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::string str(const QByteArray &b) { return std::string(b.constData(), static_cast<std::size_t>(b.size())); }

// Text with a '|' marking the cursor → lines and the cursor's line and byte column.
struct Cursor {
    std::shared_ptr<std::string> text; // the views below point into it
    std::vector<std::string_view> lines;
    std::size_t line = 0, column = 0;
};

Cursor withCursor(const char *marked)
{
    Cursor c;
    c.text = std::make_shared<std::string>(marked);
    std::string &text = *c.text;
    const std::size_t at = text.find('|');
    text.erase(at, 1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            if (at >= start && at <= i) {
                c.line = c.lines.size();
                c.column = at - start;
            }
            c.lines.emplace_back(std::string_view(text).substr(start, i - start));
            start = i + 1;
        }
    }
    return c;
}

QStringList texts(const std::vector<CompletionItem> &items)
{
    QStringList out;
    for (const auto &i : items)
        out << QString::fromStdString(i.text);
    return out;
}

} // namespace

class TestYamlEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void quoting_data();
    void quoting();
    void emittedScalarsReadBack();
    void refusals();
    void outline();
    void completion_data();
    void completion();
    void stepActionUnderCursor();
    void versionBump_data();
    void versionBump();
    void examplesValidate();
};

void TestYamlEdit::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(KILN_TEST_DATA_DIR "/editor"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 20);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

void TestYamlEdit::golden()
{
    QFETCH(QString, dir);
    const std::string input = str(readFile(dir + QStringLiteral("/input.yml")));
    const std::string expected = str(readFile(dir + QStringLiteral("/expected.yml")));
    const QByteArray script = readFile(dir + QStringLiteral("/edit.txt")).trimmed();
    const auto op = Kiln::Test::parseEditOp(str(script));
    QVERIFY2(op, script.constData());
    auto doc = ComponentText::load(input);
    QVERIFY2(doc, doc ? "" : doc.error().message.c_str());
    auto edits = Kiln::Test::runEditOp(*doc, *op);
    QVERIFY2(edits, edits ? "" : edits.error().toString().c_str());
    QCOMPARE(QString::fromStdString(applyEdits(input, *edits)), QString::fromStdString(expected));
    // Minimal: the bytes before the first and after the last replaced range are untouched, and
    // the edited document still loads.
    QVERIFY(!edits->empty());
    QCOMPARE(expected.substr(0, edits->front().begin), input.substr(0, edits->front().begin));
    const std::size_t tail = input.size() - edits->back().end;
    QCOMPARE(expected.substr(expected.size() - tail), input.substr(edits->back().end));
    auto reloaded = ComponentText::load(expected);
    QVERIFY2(reloaded, reloaded ? "" : reloaded.error().message.c_str());
}

void TestYamlEdit::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Install nginx" << false << "Install nginx";
    QTest::newRow("number as text") << "1.0" << false << "'1.0'";
    QTest::newRow("number typed") << "30" << true << "30";
    QTest::newRow("octal mode") << "0755" << false << "'0755'";
    QTest::newRow("yes") << "yes" << false << "'yes'";
    QTest::newRow("colon space") << "Welcome: home" << false << "'Welcome: home'";
    QTest::newRow("reference first") << "{{ Name }}" << false << "'{{ Name }}'";
    QTest::newRow("reference inside") << "echo {{ Name }}" << false << "echo {{ Name }}";
    QTest::newRow("comment") << "a #b" << false << "'a #b'";
    QTest::newRow("quote") << "it's" << false << "it's";
    QTest::newRow("leading quote") << "'x'" << false << "'''x'''";
    QTest::newRow("dash item") << "- x" << false << "'- x'";
    QTest::newRow("option") << "-y" << false << "-y";
    QTest::newRow("empty") << "" << false << "''";
    QTest::newRow("tab") << "a\tb" << false << "\"a\\tb\"";
    QTest::newRow("newline") << "a\nb" << false << "\"a\\nb\"";
    QTest::newRow("trailing space") << "x " << false << "'x '";
}

void TestYamlEdit::quoting()
{
    QFETCH(QString, text);
    QFETCH(bool, typed);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(quoteScalar(text.toStdString(), typed)), expected);
}

// Whatever the emitter writes, YAML reads back as the same string.
void TestYamlEdit::emittedScalarsReadBack()
{
    const std::vector<std::string> samples = {"plain", "1.0", "true", "null", "~", "Welcome: home", "{{ A }}", "a #b",
                                              "it's", "\"q\"", "- x", "?", ":", "", " x", "x ", "a\tb", "line1\nline2\n",
                                              "no newline\nat end", "two\n\n", "@at", "`tick`", "%pct", "*star", "&amp",
                                              "!bang", "|pipe", ">gt", "[a]", "{a}", "#hash", "Grüße ✓", "0x1F", "1e3",
                                              ".inf", "2024-01-02", "---", "...", "a: b: c"};
    for (const std::string &s : samples) {
        const Node value = yamlText(s);
        const std::string doc = "key:" + emitEntryValue(value, 0, YamlStyle{}) + "\nlist:\n  -" +
                                emitEntryValue(value, 2, YamlStyle{}) + "\n";
        auto loaded = loadYaml(doc, "t.yml");
        QVERIFY2(loaded.root, doc.c_str());
        const Node *k = loaded.root->find("key");
        QVERIFY2(k && k->isScalar(), doc.c_str());
        QCOMPARE(QString::fromStdString(k->scalar), QString::fromStdString(s));
        const Node *l = loaded.root->find("list");
        QVERIFY2(l && l->isSequence() && l->items.size() == 1 && l->items[0].isScalar(), doc.c_str());
        QCOMPARE(QString::fromStdString(l->items[0].scalar), QString::fromStdString(s));
    }
}

void TestYamlEdit::refusals()
{
    auto doc = ComponentText::load("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - {name: A, action: Reboot}\n");
    QVERIFY(doc);
    auto r = doc->setStepField({0, 0}, "onFailure", yamlText("Ignore"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.find("flow style") != std::string::npos, r.error().message.c_str());
    QCOMPARE(r.error().location.mark.line, 5);
    QVERIFY(!doc->removeStep({0, 3}));
    QVERIFY(!doc->moveStep({2, 0}, 0, 0));
    auto bad = ComponentText::load("phases: [\n");
    QVERIFY(!bad);
    QVERIFY(bad.error().location.mark.valid());
    auto notMap = ComponentText::load("- a\n- b\n");
    QVERIFY(!notMap);
    auto phasesMap = ComponentText::load("phases:\n  build: {}\n");
    QVERIFY(phasesMap);
    auto ins = phasesMap->insertStep(0, 0, newStepNode(*findAction("Reboot"), "R"));
    QVERIFY(!ins);
    QVERIFY2(ins.error().message.find("not a list") != std::string::npos, ins.error().message.c_str());
}

void TestYamlEdit::outline()
{
    const std::string text = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      # c\n      - name: A\n"
                             "        action: ExecuteBash\n        inputs:\n          commands:\n            - x\n"
                             "      - name: B\n        action: Reboot\n  - name: test\n    steps: []\n";
    auto doc = ComponentText::load(text);
    QVERIFY(doc);
    const auto o = doc->outline();
    QCOMPARE(o.size(), std::size_t(2));
    QCOMPARE(o[0].name, std::string("build"));
    QCOMPARE(o[0].steps.size(), std::size_t(2));
    QCOMPARE(o[0].steps[0].name, std::string("A"));
    QCOMPARE(o[0].steps[0].action, std::string("ExecuteBash"));
    QCOMPARE(o[0].steps[0].firstLine, 6);
    QCOMPARE(o[0].steps[0].lastLine, 10);
    QCOMPARE(o[0].steps[1].firstLine, 11);
    QCOMPARE(o[1].name, std::string("test"));
    QVERIFY(o[1].steps.empty());
    const auto range = doc->stepRange({0, 1});
    QVERIFY(range);
    QCOMPARE(text.substr(range->first, 7), std::string("- name:"));
}

void TestYamlEdit::completion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QString step = QStringLiteral("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n");
    QTest::newRow("top-level keys") << QStringLiteral("schemaVersion: 1.0\nph|") << QStringList{"phases"}
                                    << QStringList{"parameters", "schemaVersion", "steps"};
    QTest::newRow("phase names") << QStringLiteral("phases:\n  - name: |") << QStringList{"build", "validate", "test"}
                                 << QStringList{"ExecuteBash"};
    QTest::newRow("action names") << step + "      - name: A\n        action: |"
                                  << QStringList{"ExecuteBash", "CreateFile", "Reboot", "UpdateOS"} << QStringList{"build"};
    QTest::newRow("action prefix") << step + "      - name: A\n        action: Exec|"
                                   << QStringList{"ExecuteBash", "ExecuteBinary", "ExecuteDocument"}
                                   << QStringList{"CreateFile"};
    QTest::newRow("step keys without present ones")
        << step + "      - name: A\n        action: ExecuteBash\n        |" << QStringList{"inputs", "onFailure", "loop", "if"}
        << QStringList{"name", "action", "phases"};
    QTest::newRow("inputs of the step's action")
        << step + "      - name: A\n        action: WebDownload\n        inputs:\n          - |"
        << QStringList{"source", "destination", "checksum", "overwrite"} << QStringList{"commands", "path"};
    QTest::newRow("inputs when action comes later")
        << step + "      - name: A\n        inputs:\n          |\n        action: ExecuteBash\n" << QStringList{"commands"}
        << QStringList{"source"};
    QTest::newRow("map inputs minus present")
        << step + "      - name: A\n        action: ExecuteBinary\n        inputs:\n          path: /bin/true\n          |"
        << QStringList{"arguments"} << QStringList{"path", "commands"};
    QTest::newRow("onFailure values") << step + "      - name: A\n        onFailure: |"
                                      << QStringList{"Abort", "Continue", "Ignore"} << QStringList{"ExecuteBash"};
    QTest::newRow("allowed input values")
        << step + "      - name: A\n        action: WebDownload\n        inputs:\n          - algorithm: |"
        << QStringList{"SHA256", "MD5"} << QStringList{};
    QTest::newRow("boolean input") << step + "      - name: A\n        action: CopyFile\n        inputs:\n          - overwrite: |"
                                   << QStringList{"true", "false"} << QStringList{};
    QTest::newRow("loop keys") << step + "      - name: A\n        loop:\n          |" << QStringList{"for", "forEach", "name"}
                               << QStringList{"start"};
    QTest::newRow("for keys") << step + "      - name: A\n        loop:\n          for:\n            |"
                              << QStringList{"start", "end", "updateBy"} << QStringList{"forEach"};
    QTest::newRow("if operators") << step + "      - name: A\n        if:\n          |"
                                  << QStringList{"fileExists", "stringEquals", "and", "not", "then", "else"}
                                  << QStringList{"commands"};
    QTest::newRow("nested logical") << step + "      - name: A\n        if:\n          and:\n            - |"
                                    << QStringList{"numberLessThan", "or"} << QStringList{};
    QTest::newRow("then values") << step + "      - name: A\n        if:\n          fileExists: /x\n          else: |"
                                 << QStringList{"Execute", "Skip", "Abort"} << QStringList{};
    QTest::newRow("assert inputs") << step + "      - name: A\n        action: Assert\n        inputs:\n          |"
                                   << QStringList{"stringEquals", "and"} << QStringList{"commands"};
    QTest::newRow("parameter keys") << QStringLiteral("parameters:\n  - Version:\n      |")
                                    << QStringList{"type", "default", "description"} << QStringList{"value"};
    QTest::newRow("inside a command") << step + "      - name: A\n        action: ExecuteBash\n        inputs:\n          commands:\n            - ech|"
                                      << QStringList{} << QStringList{"commands", "echo"};
    QTest::newRow("inside a block") << step + "      - name: A\n        action: ExecuteBash\n        inputs:\n          commands:\n            - |\n              na|"
                                    << QStringList{} << QStringList{"name"};
    QTest::newRow("in a comment") << QStringLiteral("# ph|") << QStringList{} << QStringList{"phases"};
    QTest::newRow("reference") << QStringLiteral("phases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n"
                                                 "        inputs:\n          commands:\n            - echo '{{ lo|")
                               << QStringList{"loop.index", "loop.value"} << QStringList{};
}

void TestYamlEdit::completion()
{
    QFETCH(QString, text);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const std::string marked = text.toStdString();
    const Cursor c = withCursor(marked.c_str());
    const auto got = texts(completions(completionContext(c.lines, c.line, c.column)));
    for (const QString &p : present)
        QVERIFY2(got.contains(p), qPrintable(p + QStringLiteral(" missing from ") + got.join(u',')));
    for (const QString &a : absent)
        QVERIFY2(!got.contains(a), qPrintable(a + QStringLiteral(" should not be in ") + got.join(u',')));
}

void TestYamlEdit::stepActionUnderCursor()
{
    const std::string text = "phases:\n  - name: build\n    steps:\n      - name: A\n        action: CreateFile\n"
                             "        inputs:\n          - path: /x\n            content: |\n              hello\n\n"
                             "      - name: B\n        action: Reboot\nconstants: []\n";
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            lines.emplace_back(std::string_view(text).substr(start, i - start));
            start = i + 1;
        }
    QCOMPARE(actionAt(lines, 3), std::string("CreateFile"));
    QCOMPARE(actionAt(lines, 6), std::string("CreateFile"));
    QCOMPARE(actionAt(lines, 8), std::string("CreateFile")); // inside the block scalar
    QCOMPARE(actionAt(lines, 10), std::string("Reboot"));
    QCOMPARE(actionAt(lines, 0), std::string());
    QCOMPARE(actionAt(lines, 12), std::string());
}

void TestYamlEdit::versionBump_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("bump");
    const QString base = QStringLiteral("schemaVersion: 1.0\n%1phases:\n  - name: build\n    steps:\n"
                                        "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                                        "          commands: [%2]\n%3");
    const QString stepB = QStringLiteral("      - name: B\n        action: Reboot\n");
    const QString param = QStringLiteral("parameters:\n  - P:\n      type: string\n%1");
    QTest::newRow("identical") << base.arg("", "echo a", "") << base.arg("", "echo a", "") << int(VersionBump::None);
    QTest::newRow("command changed") << base.arg("", "echo a", "") << base.arg("", "echo b", "") << int(VersionBump::Patch);
    QTest::newRow("step added") << base.arg("", "echo a", "") << base.arg("", "echo a", stepB) << int(VersionBump::Minor);
    QTest::newRow("step removed") << base.arg("", "echo a", stepB) << base.arg("", "echo a", "") << int(VersionBump::Minor);
    QTest::newRow("optional parameter added")
        << base.arg("", "echo a", "") << base.arg(param.arg("      default: x\n"), "echo a", "") << int(VersionBump::Minor);
    QTest::newRow("required parameter added")
        << base.arg("", "echo a", "") << base.arg(param.arg(""), "echo a", "") << int(VersionBump::Major);
    QTest::newRow("parameter removed")
        << base.arg(param.arg("      default: x\n"), "echo a", "") << base.arg("", "echo a", "") << int(VersionBump::Major);
}

void TestYamlEdit::versionBump()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, bump);
    const std::string a = before.toStdString(), b = after.toStdString();
    const auto pa = parseDocument(a, "a.yml");
    const auto pb = parseDocument(b, "b.yml");
    QVERIFY(pa.document && pb.document);
    const BumpSuggestion s = suggestVersionBump(a, &*pa.document, b, &*pb.document);
    QCOMPARE(int(s.bump), bump);
    QVERIFY(!s.reason.empty());
}

// The help panel's example and the palette's new step are real YAML the validator accepts.
void TestYamlEdit::examplesValidate()
{
    for (const ActionInfo &a : actionModules()) {
        const std::string example = exampleStepYaml(a);
        std::string indented;
        std::size_t start = 0;
        while (start < example.size()) {
            const std::size_t end = example.find('\n', start);
            indented += "      " + example.substr(start, end - start + 1);
            start = end + 1;
        }
        const std::string doc = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n" + indented;
        const auto r = validateText(doc, std::string(a.name) + ".yml");
        QVERIFY2(r.document, doc.c_str());
        for (const auto &d : r.diagnostics)
            QVERIFY2(d.severity != Severity::Error, (d.toString() + "\n" + doc).c_str());
        auto text = ComponentText::load("schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n");
        QVERIFY(text);
        auto edits = text->insertStep(0, 0, newStepNode(a, "New"));
        QVERIFY(edits);
        const auto inserted = parseDocument(applyEdits(text->text(), *edits), "n.yml");
        QVERIFY(inserted.document && inserted.document->phases.size() == 1);
        QCOMPARE(inserted.document->phases[0].steps.at(0).action, std::string(a.name));
    }
}

QTEST_GUILESS_MAIN(TestYamlEdit)
#include "tst_yamledit.moc"
