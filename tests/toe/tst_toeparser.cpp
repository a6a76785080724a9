// The parser on the tricky shapes of real AWSTOE documents: schemaVersion as float or string,
// every `if` form, loops, list vs map inputs, plain vs quoted scalars, and exact marks.
#include "core/toe/parser.h"

#include <QTest>

using namespace Kiln::Toe;

namespace {

Document parseOk(const std::string &yaml)
{
    ParseResult r = parseDocument(yaml, "t.yml");
    if (!r.document || hasErrors(r.diagnostics)) {
        for (const auto &d : r.diagnostics)
            qWarning("%s", d.toString().c_str());
    }
    if (!r.document)
        return {};
    return *r.document;
}

std::string step(const std::string &body)
{
    return "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: S\n" + body;
}

bool hasCode(const Diagnostics &ds, const std::string &code)
{
    for (const auto &d : ds)
        if (d.code == code)
            return true;
    return false;
}

} // namespace

class TestToeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaVersion_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("text");
        QTest::newRow("float") << "1.0" << "1.0";
        QTest::newRow("single-quoted") << "'1.0'" << "1.0";
        QTest::newRow("double-quoted") << "\"1.0\"" << "1.0";
        QTest::newRow("integer") << "1" << "1";
        QTest::newRow("other") << "2022-01-01" << "2022-01-01";
    }
    void schemaVersion()
    {
        QFETCH(QString, written);
        QFETCH(QString, text);
        const Document d = parseOk("schemaVersion: " + written.toStdString() + "\nphases: []\n");
        QVERIFY(d.hasSchemaVersion);
        QCOMPARE(QString::fromStdString(d.schemaVersion), text);
        QCOMPARE(d.schemaVersionMark.line, 1);
        QCOMPARE(d.schemaVersionMark.column, 16);
    }

    void topLevelAndVariables()
    {
        const Document d = parseOk("name: n\ndescription: d\nschemaVersion: 1.0\n"
                                   "parameters:\n"
                                   "  - Level:\n      type: string\n      default: 'high'\n"
                                   "      description: how much\n      allowedValues: [low, high]\n"
                                   "  - Required:\n      type: string\n"
                                   "constants:\n  - Const1:\n      type: string\n      value: v\n"
                                   "phases:\n  - name: build\n    steps: []\n");
        QCOMPARE(d.name, std::string("n"));
        QCOMPARE(d.description, std::string("d"));
        QCOMPARE(d.parameters.size(), std::size_t(2));
        QCOMPARE(d.parameters[0].name, std::string("Level"));
        QCOMPARE(d.parameters[0].defaultValue.value_or("?"), std::string("high"));
        QCOMPARE(d.parameters[0].allowedValues, (std::vector<std::string>{"low", "high"}));
        QCOMPARE(d.parameters[0].mark.line, 5);
        QCOMPARE(d.parameters[0].mark.column, 5);
        QVERIFY(!d.parameters[1].defaultValue); // must be supplied at run time
        QCOMPARE(d.constants.size(), std::size_t(1));
        QCOMPARE(d.constants[0].value, std::string("v"));
        QVERIFY(d.phasesIsList);
        QCOMPARE(d.phases.size(), std::size_t(1));
        QVERIFY(d.phase("build"));
    }

    void stepFieldsAndMarks()
    {
        const Document d = parseOk(step("        action: ExecuteBash\n        timeoutSeconds: -1\n"
                                        "        onFailure: Continue\n        maxAttempts: 3\n"
                                        "        inputs:\n          commands:\n            - echo 1\n            - 'echo 2'\n"));
        const Step &s = d.phases.at(0).steps.at(0);
        QCOMPARE(s.name, std::string("S"));
        QCOMPARE(s.nameMark.line, 5);
        QCOMPARE(s.nameMark.column, 15);
        QCOMPARE(s.action, std::string("ExecuteBash"));
        QCOMPARE(s.actionMark.line, 6);
        QCOMPARE(s.actionMark.column, 17);
        QCOMPARE(s.timeoutSeconds, -1);
        QVERIFY(s.timeoutSet);
        QCOMPARE(s.onFailure, OnFailure::Continue);
        QCOMPARE(s.maxAttempts, 3);
        QVERIFY(s.inputs && s.inputs->isMap());
        const Node *commands = s.inputs->find("commands");
        QVERIFY(commands && commands->isSequence());
        QCOMPARE(commands->items.size(), std::size_t(2));
        QVERIFY(commands->items[0].plain);
        QVERIFY(!commands->items[1].plain);
        QCOMPARE(commands->items[1].scalar, std::string("echo 2"));
        QCOMPARE(commands->items[1].mark.line, 13);
        QCOMPARE(commands->items[1].mark.column, 15);
        QCOMPARE(s.inputs->entries[0].keyMark.line, 11);
        QCOMPARE(s.inputs->entries[0].keyMark.column, 11);
    }

    void defaults()
    {
        const Document d = parseOk(step("        action: Reboot\n"));
        const Step &s = d.phases.at(0).steps.at(0);
        QCOMPARE(s.timeoutSeconds, 7200);
        QVERIFY(!s.timeoutSet);
        QCOMPARE(s.maxAttempts, 1);
        QCOMPARE(s.onFailure, OnFailure::Abort);
        QVERIFY(!s.inputs);
    }

    void listInputs()
    {
        const Document d = parseOk(step("        action: CreateFile\n        inputs:\n"
                                        "          - path: /a\n            content: x\n          - path: /b\n"));
        const Node &in = *d.phases[0].steps[0].inputs;
        QVERIFY(in.isSequence());
        QCOMPARE(in.items.size(), std::size_t(2));
        QCOMPARE(in.items[1].find("path")->scalar, std::string("/b"));
    }

    void unicodeColumnsAreCharacters()
    {
        const Document d = parseOk("description: 'Größe €'\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                   "      - name: Ünïcödé\n        action: ExecuteBash\n        inputs:\n"
                                   "          commands: ['é {{ build.Ünïcödé.outputs.stdout }}']\n");
        const Step &s = d.phases[0].steps[0];
        QCOMPARE(s.nameMark.column, 15);
        const Node &cmd = s.inputs->find("commands")->items[0];
        QCOMPARE(cmd.mark.column, 22);
        QCOMPARE(cmd.referenceMarks.size(), std::size_t(1));
        QCOMPARE(cmd.referenceMarks[0].column, 25); // "'é " is three characters, five bytes
    }

    void referenceMarksInBlockScalar()
    {
        const Document d = parseOk(step("        action: ExecuteBash\n        inputs:\n          commands:\n"
                                        "            - |\n              echo start\n"
                                        "              echo {{ build.A.outputs.stdout }} and {{ Other }}\n"));
        const Node &cmd = d.phases[0].steps[0].inputs->find("commands")->items[0];
        QVERIFY(!cmd.plain);
        QCOMPARE(cmd.referenceMarks.size(), std::size_t(2));
        QCOMPARE(cmd.referenceMarks[0].line, 11);
        QCOMPARE(cmd.referenceMarks[0].column, 20);
        QCOMPARE(cmd.referenceMarks[1].line, 11);
        QCOMPARE(cmd.referenceMarks[1].column, 53);
    }

    void conditionForms_data()
    {
        QTest::addColumn<QString>("ifYaml");
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("thenAction");
        QTest::addColumn<QString>("elseAction");
        QTest::newRow("map-with-else") << "{fileExists: '/etc/os-release', else: Abort}" << "fileExists" << 0 << "" << "Abort";
        QTest::newRow("value-before-operator") << "{value: '{{ X }}', stringEquals: 's3'}" << "stringEquals" << 0 << "" << "";
        QTest::newRow("list-of-one") << "[{stringEquals: a, value: b, then: Skip}]" << "stringEquals" << 0 << "Skip" << "";
        QTest::newRow("not-map-then-else-inside") << "{not: {binaryExists: tar, then: Execute, else: Skip}}" << "not" << 1 << "" << "";
        QTest::newRow("not-list") << "{not: [{fileExists: /x}], then: Skip}" << "not" << 1 << "Skip" << "";
        QTest::newRow("and-or-nested") << "{and: [{fileExists: /a}, {or: [{folderExists: /b}, {not: {binaryExists: c}}]}]}" << "and" << 3 << "" << "";
    }
    void conditionForms()
    {
        QFETCH(QString, ifYaml);
        QFETCH(QString, op);
        QFETCH(int, depth);
        QFETCH(QString, thenAction);
        QFETCH(QString, elseAction);
        const Document d = parseOk(step("        action: ExecuteBash\n        if: " + ifYaml.toStdString() +
                                        "\n        inputs:\n          commands: [echo]\n"));
        const Step &s = d.phases.at(0).steps.at(0);
        QVERIFY(s.condition);
        QCOMPARE(QString::fromStdString(s.condition->op), op);
        QCOMPARE(s.condition->depth(), depth);
        QCOMPARE(QString::fromStdString(s.condition->thenAction), thenAction);
        QCOMPARE(QString::fromStdString(s.condition->elseAction), elseAction);
        QCOMPARE(s.ifMark.line, 7);
    }

    void conditionOperands()
    {
        const Document d = parseOk(step("        action: Assert\n        inputs:\n"
                                        "          fileSHA256Equals: abc\n          path: /tmp/f\n"));
        const Step &s = d.phases[0].steps[0];
        QVERIFY(s.assertion);
        QCOMPARE(s.assertion->op, std::string("fileSHA256Equals"));
        QCOMPARE(s.assertion->operand.scalar, std::string("abc"));
        QVERIFY(s.assertion->path);
        QCOMPARE(s.assertion->path->scalar, std::string("/tmp/f"));
        QVERIFY(!s.assertion->value);

        const Document n = parseOk(step("        action: ExecuteBash\n        if:\n          not:\n            binaryExists: tar\n"
                                        "            then: Execute\n            else: Skip\n"
                                        "        inputs:\n          commands: [echo]\n"));
        const Condition &c = *n.phases[0].steps[0].condition;
        QCOMPARE(c.children.size(), std::size_t(1));
        QCOMPARE(c.children[0].op, std::string("binaryExists"));
        QCOMPARE(c.children[0].thenAction, std::string("Execute"));
        QCOMPARE(c.children[0].elseAction, std::string("Skip"));
        QCOMPARE(c.children[0].mark.line, 9);
        QCOMPARE(c.children[0].mark.column, 13);
        // then/else written inside the `not` apply to the whole expression.
        QCOMPARE(c.effectiveThen(), std::string("Execute"));
        QCOMPARE(c.effectiveElse(), std::string("Skip"));
        QCOMPARE(s.assertion->effectiveThen(), std::string("Execute")); // defaults
        QCOMPARE(s.assertion->effectiveElse(), std::string("Skip"));
    }

    void loops_data()
    {
        QTest::addColumn<QString>("loopYaml");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qlonglong>("iterations");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("for") << "{name: myFor, for: {start: 1, end: 9, updateBy: 2}}" << int(Loop::Kind::For) << "myFor" << 5LL << ",";
        QTest::newRow("for-down") << "{for: {start: 3, end: -3, updateBy: -3}}" << int(Loop::Kind::For) << "" << 3LL << ",";
        QTest::newRow("forEach-list") << "{forEach: [a, 'b', '{{ X }}']}" << int(Loop::Kind::ForEachList) << "" << -1LL << ",";
        QTest::newRow("forEach-delimited") << "{forEach: {list: 'a;b', delimiter: ';'}}" << int(Loop::Kind::ForEachDelimited) << "" << -1LL << ";";
        QTest::newRow("delimiter-escape-n") << "{forEach: {list: 'a', delimiter: '\\n'}}" << int(Loop::Kind::ForEachDelimited) << "" << -1LL << "\n";
        QTest::newRow("delimiter-real-tab") << "{forEach: {list: 'a', delimiter: \"\\t\"}}" << int(Loop::Kind::ForEachDelimited) << "" << -1LL << "\t";
        QTest::newRow("default-delimiter") << "{forEach: {list: 'a,b'}}" << int(Loop::Kind::ForEachDelimited) << "" << -1LL << ",";
    }
    void loops()
    {
        QFETCH(QString, loopYaml);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(qlonglong, iterations);
        QFETCH(QString, delimiter);
        const Document d = parseOk(step("        action: ExecuteBash\n        loop: " + loopYaml.toStdString() +
                                        "\n        inputs:\n          commands: [echo]\n"));
        const Step &s = d.phases.at(0).steps.at(0);
        QVERIFY(s.loop);
        QCOMPARE(int(s.loop->kind), kind);
        QCOMPARE(QString::fromStdString(s.loop->name), name);
        QCOMPARE(s.loop->iterationCount(), iterations);
        if (s.loop->kind == Loop::Kind::ForEachDelimited)
            QCOMPARE(QString::fromStdString(s.loop->delimiter), delimiter);
        if (s.loop->kind == Loop::Kind::ForEachList)
            QCOMPARE(s.loop->list.size(), std::size_t(3));
    }

    void endlessLoopCount()
    {
        Loop l;
        l.kind = Loop::Kind::For;
        l.start = 1;
        l.end = 5;
        l.updateBy = 0;
        QCOMPARE(l.iterationCount(), -1LL);
        l.updateBy = -1;
        QCOMPARE(l.iterationCount(), -1LL);
        l.start = LLONG_MIN;
        l.end = LLONG_MAX;
        l.updateBy = 1;
        QCOMPARE(l.iterationCount(), LLONG_MAX); // no overflow
    }

    void unquotedBracesAreRecovered()
    {
        ParseResult r = parseDocument(step("        action: ExecuteBash\n        inputs:\n          commands:\n"
                                           "            - {{ build.A.outputs.stdout }}\n"),
                                      "t.yml");
        QVERIFY(r.document);
        QVERIFY(hasCode(r.diagnostics, "unquoted-reference"));
        const Node &cmd = r.document->phases[0].steps[0].inputs->find("commands")->items[0];
        QVERIFY(cmd.isScalar());
        QCOMPARE(cmd.scalar, std::string("{{ build.A.outputs.stdout }}"));
        QCOMPARE(cmd.mark.line, 9);
        QCOMPARE(cmd.mark.column, 15);
    }

    void nullsAndAnchors()
    {
        const Document d = parseOk(step("        action: ExecuteBash\n        inputs:\n"
                                        "          commands: &c [echo a, ~, null, '']\n"
                                        "      - name: T\n        action: ExecuteBash\n        inputs:\n          commands: *c\n"));
        const Node &a = *d.phases[0].steps[0].inputs->find("commands");
        QCOMPARE(a.items.size(), std::size_t(4));
        QVERIFY(a.items[1].isNull());
        QVERIFY(a.items[2].isNull());
        QVERIFY(a.items[3].isScalar()); // quoted empty text is text
        const Node &b = *d.phases[0].steps[1].inputs->find("commands");
        QCOMPARE(b.items.size(), std::size_t(4));
        QCOMPARE(b.mark.line, 12);
    }

    void mergeKeys()
    {
        ParseResult r = parseDocument("schemaVersion: 1.0\n"
                                      "x-defaults: &defaults {action: ExecuteBash, onFailure: Continue, maxAttempts: 2}\n"
                                      "phases:\n  - name: build\n    steps:\n"
                                      "      - <<: *defaults\n        name: A\n        maxAttempts: 5\n"
                                      "        inputs: {commands: [echo]}\n",
                                      "t.yml");
        QVERIFY(r.document);
        const Step &s = r.document->phases.at(0).steps.at(0);
        QCOMPARE(s.action, std::string("ExecuteBash"));
        QCOMPARE(s.onFailure, OnFailure::Continue);
        QCOMPARE(s.maxAttempts, 5); // the step's own value wins
        for (const auto &d : r.diagnostics)
            QVERIFY2(d.code == "unknown-key", d.toString().c_str()); // only x-defaults
    }

    void shapeErrorsKeepTheDocument()
    {
        ParseResult r = parseDocument("schemaVersion: 1.0\nphases:\n  build:\n    steps: []\n", "t.yml");
        QVERIFY(r.document);
        QVERIFY(hasCode(r.diagnostics, "phases-not-list"));
        QVERIFY(!r.document->phasesIsList);

        ParseResult s = parseDocument("schemaVersion: 1.0\nphases: [\n", "t.yml");
        QVERIFY(!s.document);
        QVERIFY(hasCode(s.diagnostics, "yaml-syntax"));
        QVERIFY(s.diagnostics[0].location.mark.valid());

        ParseResult t = parseDocument("- a\n- b\n", "t.yml");
        QVERIFY(!t.document);
        QVERIFY(hasCode(t.diagnostics, "not-a-mapping"));
    }

    void unknownKeysWarn()
    {
        ParseResult r = parseDocument(step("        action: ExecuteBash\n        actoin: x\n        inputs: {commands: [a]}\n"), "t.yml");
        QVERIFY(r.document);
        QVERIFY(!hasErrors(r.diagnostics));
        QVERIFY(hasCode(r.diagnostics, "unknown-key"));
        QVERIFY(r.diagnostics[0].message.find("did you mean 'action'") != std::string::npos);
    }

    void parseConditionDirectly()
    {
        Diagnostics ds;
        Node n;
        n.kind = Node::Kind::Map;
        n.entries.push_back({"stringIsEmpty", {1, 1}, Node::makeScalar("", {1, 16})});
        const auto c = parseCondition(n, "x.yml", ds);
        QVERIFY(c);
        QCOMPARE(c->op, std::string("stringIsEmpty"));
        QVERIFY(ds.empty());
    }
};

QTEST_APPLESS_MAIN(TestToeParser)
#include "tst_toeparser.moc"
