// Hostile and broken input: malformed YAML, wrong types everywhere, huge and deeply nested
// documents, binary junk, empty files, YAML streams with several documents, unreadable files.
// Always a located diagnostic; never a crash or a hang (the test's timeout catches hangs).
#include "core/toe/validator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Toe;

namespace {

const char *kGood = "schemaVersion: 1.0\n"
                    "phases:\n"
                    "  - name: build\n"
                    "    steps:\n"
                    "      - name: Hello\n"
                    "        action: ExecuteBash\n"
                    "        timeoutSeconds: 60\n"
                    "        onFailure: Abort\n"
                    "        maxAttempts: 1\n"
                    "        loop:\n"
                    "          forEach: [a, b]\n"
                    "        if:\n"
                    "          fileExists: /etc/os-release\n"
                    "        inputs:\n"
                    "          commands:\n"
                    "            - echo hello\n";

bool hasLocatedError(const ValidationResult &r)
{
    for (const auto &d : r.diagnostics)
        if (d.severity == Severity::Error && d.location.mark.valid() && !d.message.empty() && !d.code.empty())
            return true;
    return false;
}

std::string replaceLine(const std::string &text, const std::string &from, const std::string &to)
{
    std::string out = text;
    const auto at = out.find(from);
    if (at != std::string::npos)
        out.replace(at, from.size(), to);
    return out;
}

} // namespace

class TestToeBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodBaseline()
    {
        const ValidationResult r = validateText(kGood, "good.yml");
        QVERIFY(r.ok());
        QVERIFY(r.diagnostics.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("unclosed-flow") << QByteArray("schemaVersion: 1.0\nphases: [\n") << "yaml-syntax";
        QTest::newRow("unclosed-quote") << QByteArray("schemaVersion: '1.0\nphases: []\n") << "yaml-syntax";
        QTest::newRow("tab-indent") << QByteArray("schemaVersion: 1.0\nphases:\n\t- name: build\n") << "yaml-syntax";
        QTest::newRow("bad-indent") << QByteArray("schemaVersion: 1.0\n phases: []\n") << "yaml-syntax";
        QTest::newRow("colon-in-value") << QByteArray("schemaVersion: 1.0\nname: a: b\nphases: []\n") << "yaml-syntax";
        QTest::newRow("unknown-escape") << QByteArray("schemaVersion: 1.0\nname: \"C:\\Temp\"\nphases: []\n") << "yaml-syntax";
        QTest::newRow("braces-with-text") << QByteArray("schemaVersion: 1.0\nname: {{ X }} more\nphases: []\n") << "yaml-syntax";
        QTest::newRow("undefined-alias") << QByteArray("schemaVersion: 1.0\nphases: *nope\n") << "unknown-anchor";
        QTest::newRow("empty") << QByteArray("") << "empty-document";
        QTest::newRow("comments-only") << QByteArray("# nothing here\n\n") << "empty-document";
        QTest::newRow("document-marker-only") << QByteArray("---\n") << "empty-document";
        QTest::newRow("scalar-top") << QByteArray("just text\n") << "not-a-mapping";
        QTest::newRow("list-top") << QByteArray("- a\n- b\n") << "not-a-mapping";
        QTest::newRow("nul-byte") << QByteArray("schemaVersion: 1.0\0\nphases: []\n", 31) << "binary-file";
        QTest::newRow("invalid-utf8") << QByteArray("name: \xC3\x28\n") << "invalid-utf8";
        QTest::newRow("overlong-utf8") << QByteArray("name: \xC0\xAF\n") << "invalid-utf8";
        QTest::newRow("control-char") << QByteArray("name: a\x01z\n") << "control-character";
        QTest::newRow("utf32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << "unsupported-encoding";
        QTest::newRow("utf16-odd") << QByteArray("\xFF\xFE" "a", 3) << "invalid-encoding";
        QTest::newRow("deep-flow-100k") << QByteArray(100000, '[') << "too-deep";
        QTest::newRow("deep-flow-maps") << QByteArray(100000, '{') << "too-deep";
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        const ValidationResult r = validateText(std::string_view(text.constData(), std::size_t(text.size())), "bad.yml");
        QVERIFY(!r.ok());
        QVERIFY(hasLocatedError(r));
        bool found = false;
        for (const auto &d : r.diagnostics)
            found = found || QString::fromStdString(d.code) == code;
        QVERIFY2(found, qPrintable(QStringLiteral("no '%1' in: %2").arg(code, QString::fromStdString(r.diagnostics.at(0).toString()))));
    }

    // Every scalar field replaced by a list, a mapping, a number or nothing: a located error (or, for
    // free-text fields, a located warning) and never a crash.
    void wrongTypes_data()
    {
        QTest::addColumn<QString>("line");
        const char *lines[] = {"schemaVersion: 1.0", "phases:", "  - name: build", "    steps:", "      - name: Hello",
                               "        action: ExecuteBash", "        timeoutSeconds: 60", "        onFailure: Abort",
                               "        maxAttempts: 1", "          forEach: [a, b]", "          fileExists: /etc/os-release",
                               "          commands:"};
        for (const char *l : lines)
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void wrongTypes()
    {
        QFETCH(QString, line);
        const std::string original = line.toStdString();
        const std::string key = original.substr(0, original.find(':') + 1);
        int rejected = 0;
        for (const char *replacement : {" [1, 2]", " {a: b}", " 12345678901234567890", " ~", " ''"}) {
            const std::string text = replaceLine(kGood, original + "\n", key + replacement + "\n");
            const ValidationResult r = validateText(text, "types.yml");
            for (const auto &d : r.diagnostics)
                QVERIFY2(d.location.mark.valid(), (key + replacement + " -> " + d.toString()).c_str());
            rejected += r.diagnostics.empty() ? 0 : 1;
        }
        // A list and a mapping are wrong for every one of these fields.
        QVERIFY2(rejected >= 2, original.c_str());
    }

    void tenMegabytes()
    {
        std::string text = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";
        int i = 0;
        while (text.size() < 10u * 1024u * 1024u) {
            text += "      - name: Step" + std::to_string(i) + "\n        action: ExecuteBash\n        inputs:\n"
                    "          commands:\n            - echo " + std::string(64, 'x') +
                    (i > 0 ? " {{ build.Step" + std::to_string(i - 1) + ".outputs.stdout }}\n" : std::string("\n"));
            ++i;
        }
        text += "      - name: Broken\n        action: ExecuteBash\n        timeoutSeconds: 0\n        inputs: {commands: [x]}\n";
        QElapsedTimer t;
        t.start();
        const ValidationResult r = validateText(text, "big.yml");
        qInfo("10 MB, %d steps: %lld ms", i, t.elapsed());
        QVERIFY(r.document);
        QCOMPARE(r.document->phases.at(0).steps.size(), std::size_t(i + 1));
        QCOMPARE(errorCount(r.diagnostics), 1); // only the last step's timeoutSeconds: 0
        QCOMPARE(r.diagnostics.at(0).code, std::string("bad-timeout"));
    }

    void deepBlockNesting()
    {
        std::string text = "a:\n";
        for (int i = 1; i < 5000; ++i)
            text += std::string(std::size_t(i), ' ') + "b:\n";
        const ValidationResult r = validateText(text, "deep.yml");
        QVERIFY(hasLocatedError(r));
        QCOMPARE(r.diagnostics.at(0).code, std::string("too-deep"));
    }

    void aliasBomb()
    {
        std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c) {
            text += std::string(1, c) + ": &" + c + " [";
            for (int i = 0; i < 10; ++i)
                text += std::string(i ? ", *" : "*") + char(c - 1);
            text += "]\n";
        }
        QElapsedTimer t;
        t.start();
        const ValidationResult r = validateText(text, "bomb.yml");
        QVERIFY(hasLocatedError(r));
        QCOMPARE(r.diagnostics.at(0).code, std::string("too-many-nodes"));
        QVERIFY(t.elapsed() < 20000);
    }

    void hugeMapAndManyBraces()
    {
        std::string map = "schemaVersion: 1.0\nphases: []\n";
        for (int i = 0; i < 100000; ++i)
            map += "k" + std::to_string(i) + ": v\n";
        map += "k5: again\n";
        const ValidationResult r = validateText(map, "keys.yml");
        QVERIFY(hasLocatedError(r)); // no-phases and the duplicate key, found without quadratic work

        std::string braces = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n"
                             "        action: ExecuteBash\n        inputs:\n          commands:\n            - '";
        for (int i = 0; i < 200000; ++i)
            braces += "{{";
        braces += " x }}'\n";
        const ValidationResult b = validateText(braces, "braces.yml");
        QVERIFY(b.document);
        QVERIFY(!b.diagnostics.empty());
    }

    // Shapes that would make a naive validator quadratic (the ctest timeout is the judge).
    void noQuadraticBlowUp()
    {
        std::string many = "schemaVersion: 1.0\nparameters:\n";
        for (int i = 0; i < 20000; ++i)
            many += "  - Param" + std::to_string(i) + ":\n      type: string\n      default: x\n";
        many += "phases:\n  - name: build\n    steps:\n      - name: A\n        action: ExecuteBash\n"
                "        inputs:\n          commands:\n";
        for (int i = 0; i < 20000; ++i)
            many += "            - echo {{ Unknown" + std::to_string(i) + " }} {{ build.Nope" + std::to_string(i) +
                    ".outputs.stdout }}\n";
        const ValidationResult r = validateText(many, "many.yml");
        QCOMPARE(errorCount(r.diagnostics), 20000);
        QCOMPARE(warningCount(r.diagnostics), 20000);

        // One long line of non-ASCII text with many references: columns are counted in characters.
        std::string line = "schemaVersion: 1.0\nconstants: [{Xyz: {type: string, value: v}}]\n"
                           "phases: [{name: build, steps: [{name: A, action: ExecuteBash, inputs: {commands: [";
        for (int i = 0; i < 50000; ++i)
            line += "'é {{ Xyz }}', ";
        line += "'é {{ Nope }}']}}]}]\n";
        const ValidationResult l = validateText(line, "line.yml");
        QCOMPARE(errorCount(l.diagnostics), 1);
        QCOMPARE(l.diagnostics[0].location.mark.line, 3);
        QCOMPARE(l.diagnostics[0].location.mark.column, 82 + 50000 * 15 + 3 + 1); // prefix, items, "'é ", 1-based
    }

    void binaryJunk()
    {
        QRandomGenerator rng(20240501);
        for (int round = 0; round < 200; ++round) {
            std::string junk(std::size_t(rng.bounded(1, 4096)), '\0');
            for (auto &c : junk)
                c = char(rng.bounded(256));
            const ValidationResult r = validateText(junk, "junk.bin");
            QVERIFY(!r.ok());
            QVERIFY(hasLocatedError(r));
        }
    }

    void severalDocuments()
    {
        const std::string text = std::string(kGood) + "---\nschemaVersion: 1.0\n---\nbroken: [\n";
        const ValidationResult r = validateText(text, "multi.yml");
        QVERIFY(r.ok()); // the first document is used, as AWSTOE does
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(r.diagnostics[0].code, std::string("multiple-documents"));
        QCOMPARE(r.diagnostics[0].location.mark.line, 17);
    }

    void utf16File()
    {
        std::string utf16 = "\xFF\xFE";
        for (char c : std::string(kGood)) {
            utf16 += c;
            utf16 += '\0';
        }
        const ValidationResult r = validateText(utf16, "utf16.yml");
        QVERIFY(r.ok());
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(r.diagnostics[0].code, std::string("utf16-file"));
    }

    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto codeOf = [](const ValidationResult &r) { return r.diagnostics.empty() ? std::string() : r.diagnostics[0].code; };
        QCOMPARE(codeOf(validateFile((dir.path() + QStringLiteral("/missing.yml")).toStdString())), std::string("file-not-found"));
        QCOMPARE(codeOf(validateFile(dir.path().toStdString())), std::string("not-a-file"));
        QCOMPARE(codeOf(validateFile("/dev/null")), std::string("not-a-file"));
        const QString sparse = dir.path() + QStringLiteral("/huge.yml");
        {
            QFile f(sparse);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(kMaxDocumentBytes) + 1)); // sparse: no disk used
        }
        QCOMPARE(codeOf(validateFile(sparse.toStdString())), std::string("file-too-large"));
        const QString good = dir.path() + QStringLiteral("/good.yml");
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kGood);
        }
        const ValidationResult ok = validateFile(good.toStdString());
        QVERIFY(ok.ok());
        QCOMPARE(ok.document->file, good.toStdString());
        if (geteuid() != 0) { // root reads anything
            QFile::setPermissions(good, QFileDevice::Permissions());
            QCOMPARE(codeOf(validateFile(good.toStdString())), std::string("unreadable-file"));
        }
    }
};

QTEST_APPLESS_MAIN(TestToeBadInput)
#include "tst_toebadinput.moc"
