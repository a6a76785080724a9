// `{{ }}` references (find, classify, substitute) and the action-module / operator registries.
#include "core/toe/actions.h"
#include "core/toe/operators.h"
#include "core/toe/references.h"

#include <QTest>

#include <set>

using namespace Kiln::Toe;

class TestToeReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        using K = Reference::Kind;
        QTest::newRow("variable") << " MyParam " << int(K::Variable) << "MyParam" << "" << "" << "" << 0;
        QTest::newRow("variable-dash") << "my-param_1" << int(K::Variable) << "my-param_1" << "" << "" << "" << 0;
        QTest::newRow("output") << "build.Get.outputs.stdout" << int(K::StepOutput) << "" << "build" << "Get" << "stdout" << 0;
        QTest::newRow("nested-output") << "build.Doc.outputs.detailedOutput.status" << int(K::StepOutput) << "" << "build" << "Doc" << "detailedOutput.status" << 0;
        QTest::newRow("input") << "validate.S.inputs.path" << int(K::StepInput) << "" << "validate" << "S" << "path" << 0;
        QTest::newRow("input-indexed") << "build.Download.inputs[12].destination" << int(K::StepInputIndexed) << "" << "build" << "Download" << "destination" << 12;
        QTest::newRow("loop-index") << "loop.index" << int(K::LoopIndex) << "" << "" << "" << "" << 0;
        QTest::newRow("loop-value") << "\tloop.value\n" << int(K::LoopValue) << "" << "" << "" << "" << 0;
        QTest::newRow("named-loop") << "myLoop.value" << int(K::NamedLoopValue) << "myLoop" << "" << "" << "" << 0;
        QTest::newRow("named-loop-index") << "myLoop.index" << int(K::NamedLoopIndex) << "myLoop" << "" << "" << "" << 0;
        QTest::newRow("empty") << "  " << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("go-template") << ".State.Running" << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("two-parts") << "a.b" << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("three-parts") << "build.S.outputs" << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("bad-section") << "build.S.output.stdout" << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("bad-index") << "build.S.inputs[x].path" << int(K::Invalid) << "" << "" << "" << "" << 0;
        QTest::newRow("spaces-inside") << "a b" << int(K::Invalid) << "" << "" << "" << "" << 0;
    }
    void classify()
    {
        QFETCH(QString, expression);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, phase);
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(int, index);
        const Reference r = parseReference(expression.toStdString());
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(QString::fromStdString(r.expression), expression.trimmed());
        QCOMPARE(QString::fromStdString(r.name), name);
        QCOMPARE(QString::fromStdString(r.phase), phase);
        QCOMPARE(QString::fromStdString(r.step), step);
        QCOMPARE(QString::fromStdString(r.field), field);
        QCOMPARE(int(r.index), index);
    }

    void find()
    {
        const std::string text = "a {{ X }} b {{build.S.outputs.stdout}}{{ {{ Y }} }} {{ open";
        const auto refs = findReferences(text);
        QCOMPARE(refs.size(), std::size_t(3));
        QCOMPARE(refs[0].begin, std::size_t(2));
        QCOMPARE(refs[0].end, std::size_t(9));
        QCOMPARE(refs[0].expression, std::string("X"));
        QCOMPARE(refs[1].kind, Reference::Kind::StepOutput);
        QCOMPARE(text.substr(refs[1].begin, refs[1].end - refs[1].begin), std::string("{{build.S.outputs.stdout}}"));
        QCOMPARE(refs[2].expression, std::string("Y")); // the innermost opening wins
        QCOMPARE(findUnclosedReference(text).value_or(0), text.find("{{ open"));
        QVERIFY(!findUnclosedReference("{{ a }} }}"));
        QVERIFY(findReferences("no braces { } here").empty());
    }

    void substitute()
    {
        const auto resolve = [](const Reference &r) -> std::optional<std::string> {
            if (r.kind == Reference::Kind::Variable && r.name == "Name")
                return std::string("world");
            return std::nullopt;
        };
        QCOMPARE(substituteReferences("hello {{ Name }}, {{Name}}!", resolve), std::string("hello world, world!"));
        // Unresolved references (loop outside a loop, unknown) stay literally.
        QCOMPARE(substituteReferences("{{ loop.value }} {{ Name }}", resolve), std::string("{{ loop.value }} world"));
        QCOMPARE(substituteReferences("", resolve), std::string());
    }

    void variableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "Abc" << true;
        QTest::newRow("dash-underscore-digits") << "a-b_9" << true;
        QTest::newRow("too-short") << "ab" << false;
        QTest::newRow("128") << QString(128, u'x') << true;
        QTest::newRow("129") << QString(129, u'x') << false;
        QTest::newRow("dot") << "a.bc" << false;
        QTest::newRow("space") << "a bc" << false;
    }
    void variableNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidVariableName(name.toStdString()), valid);
    }

    void actionRegistry()
    {
        // SPEC §7: exactly these 30 modules.
        const std::set<std::string> expected = {
            "AppendFile", "Assert", "CopyFile", "CopyFolder", "CreateFile", "CreateFolder", "CreateSymlink",
            "DeleteFile", "DeleteFolder", "ExecuteBash", "ExecuteBinary", "ExecuteDocument", "ExecutePowerShell",
            "InstallMSI", "ListFiles", "MoveFile", "MoveFolder", "ReadFile", "Reboot", "S3Download", "S3Upload",
            "SetFileEncoding", "SetFileOwner", "SetFilePermissions", "SetFolderOwner", "SetFolderPermissions",
            "SetRegistry", "UninstallMSI", "UpdateOS", "WebDownload"};
        std::set<std::string> names;
        for (const auto &a : actionModules()) {
            names.insert(std::string(a.name));
            QVERIFY2(!a.summary.empty() && !a.details.empty(), std::string(a.name).c_str());
            for (const auto &f : a.inputs)
                QVERIFY2(!f.description.empty(), std::string(f.name).c_str());
        }
        QCOMPARE(names, expected);
        QCOMPARE(actionModules().size(), std::size_t(30));

        const ActionInfo *bash = findAction("ExecuteBash");
        QVERIFY(bash);
        QCOMPARE(bash->shape, InputShape::Map);
        QVERIFY(bash->input("commands") && bash->input("commands")->required);
        QVERIFY(bash->output("stdout"));
        QVERIFY(bash->runsOn(PlatformLinux) && !bash->runsOn(PlatformWindows));
        QCOMPARE(findAction("CreateFile")->shape, InputShape::List);
        QCOMPARE(findAction("Assert")->shape, InputShape::Expression);
        QVERIFY(findAction("Reboot")->inputsOptional && findAction("UpdateOS")->inputsOptional);
        QVERIFY(!findAction("ExecutePowerShell")->runsOn(PlatformLinux));
        QVERIFY(!findAction("executebash")); // case-sensitive, as AWSTOE
        QCOMPARE(platformNames(PlatformAll), std::string("Linux, Windows and macOS"));
    }

    void operatorRegistry()
    {
        QCOMPARE(conditionOperators().size(), std::size_t(23));
        QVERIFY(findOperator("stringEquals")->needsValue);
        QVERIFY(!findOperator("fileExists")->needsValue);
        QVERIFY(findOperator("fileMD5Equals")->needsPath);
        QCOMPARE(findOperator("not")->kind, OperatorInfo::Kind::Logical);
        QVERIFY(!findOperator("stringequals"));
    }
};

QTEST_APPLESS_MAIN(TestToeReferences)
#include "tst_toereferences.moc"
