// The fast YAML reader (core/toe/yamlfastpath.h) must be invisible: for every text it accepts it
// must emit exactly libyaml's events (values, styles, start and end marks), and it must refuse
// every text libyaml rejects. Checked on the whole AWSTOE corpus, every YAML file under
// tests/data, generated documents like the benchmark's, and a table of tricky snippets; the
// documents the speed goal is about must actually take the fast path.
#include "core/toe/sourcetext.h"
#include "core/toe/yamlfastpath.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <string>
#include <vector>

using namespace Kiln::Toe;

namespace {

std::string describe(const yaml_event_t &e)
{
    std::string s;
    const auto markText = [](const yaml_mark_t &m) { return std::to_string(m.line) + ":" + std::to_string(m.column); };
    switch (e.type) {
    case YAML_DOCUMENT_START_EVENT: return "DOC";
    case YAML_STREAM_END_EVENT: return "END";
    case YAML_SCALAR_EVENT:
        s = "SCALAR style=" + std::to_string(e.data.scalar.style) + " [" +
            std::string(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length) + "]" +
            (e.data.scalar.tag ? " tag" : "") + (e.data.scalar.anchor ? " anchor" : "");
        break;
    case YAML_SEQUENCE_START_EVENT:
        s = "SEQ style=" + std::to_string(e.data.sequence_start.style) + (e.data.sequence_start.tag ? " tag" : "") +
            (e.data.sequence_start.anchor ? " anchor" : "");
        break;
    case YAML_MAPPING_START_EVENT:
        s = "MAP style=" + std::to_string(e.data.mapping_start.style) + (e.data.mapping_start.tag ? " tag" : "") +
            (e.data.mapping_start.anchor ? " anchor" : "");
        break;
    case YAML_SEQUENCE_END_EVENT: s = "SEQ-END"; break;
    case YAML_MAPPING_END_EVENT: s = "MAP-END"; break;
    case YAML_ALIAS_EVENT: s = "ALIAS"; break;
    default: return {};
    }
    // Collection starts are used by their start mark only, ends by their end mark only.
    if (e.type == YAML_SEQUENCE_START_EVENT || e.type == YAML_MAPPING_START_EVENT)
        return s + " @" + markText(e.start_mark);
    if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT)
        return s + " @" + markText(e.end_mark);
    return s + " @" + markText(e.start_mark) + "-" + markText(e.end_mark);
}

struct Recorder final : Detail::YamlEventHandler {
    std::vector<std::string> events;
    bool handle(const yaml_event_t &e) override
    {
        events.push_back(describe(e));
        return true;
    }
};

// libyaml's events for the first document; false on a syntax error.
bool libyamlEvents(std::string_view text, std::vector<std::string> &events)
{
    yaml_parser_t p;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
    bool ok = true;
    int documents = 0;
    for (;;) {
        yaml_event_t e;
        if (!yaml_parser_parse(&p, &e)) {
            ok = false;
            break;
        }
        const yaml_event_type_t type = e.type;
        const std::string d = describe(e);
        yaml_event_delete(&e);
        if (type == YAML_DOCUMENT_START_EVENT && ++documents > 1)
            break;
        if (!d.empty())
            events.push_back(d);
        if (type == YAML_STREAM_END_EVENT)
            break;
    }
    yaml_parser_delete(&p);
    return ok;
}

std::string generated(int steps)
{
    std::string d = "name: bench\ndescription: generated\nschemaVersion: 1.0\nparameters:\n"
                    "  - Greeting:\n      type: string\n      default: hello\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < steps; ++i) {
        const std::string n = std::to_string(i), prev = "{{ build.Step" + std::to_string(i > 0 ? i - 1 : 0) + ".outputs.stdout }}";
        d += "      - name: Step" + n + "\n";
        switch (i % 4) {
        case 0:
            d += "        action: ExecuteBash\n        onFailure: Continue\n        inputs:\n          commands:\n"
                 "            - echo '{{ Greeting }}' " + n + "\n            - echo \"" + prev + "\"\n";
            break;
        case 1:
            d += "        action: ExecuteBash\n        loop:\n          name: l" + n + "\n          forEach: [a, b, c]\n"
                 "        inputs:\n          commands:\n            - |\n              echo {{ loop.value }}\n\n"
                 "              echo " + prev + "\n";
            break;
        case 2:
            d += "        action: CreateFile\n        if:\n          and:\n            - fileExists: /etc/os-release\n"
                 "            - not: {stringIsEmpty: '" + prev + "'}\n        inputs:\n"
                 "          - path: '/tmp/f" + n + "'\n            content: x # comment\n            permissions: '0644'\n";
            break;
        default:
            d += "        action: ExecuteBinary\n        inputs:\n          path: /bin/echo\n"
                 "          arguments: ['{{ build.Step" + std::to_string(i - 1) + ".inputs[0].path }}', \"b\", c d]\n";
            break;
        }
    }
    return d;
}

} // namespace

class TstYamlFastPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equivalence_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("mustBeFast");
        int files = 0;
        const QString corpus = QStringLiteral(KILN_SHARED_DIR "/awstoe/corpus");
        for (const QString &root : {corpus, QStringLiteral(KILN_TEST_DATA_DIR)}) {
            QDirIterator it(root, {QStringLiteral("*.yml"), QStringLiteral("*.yaml"), QStringLiteral("*.txt")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                QTest::newRow(qPrintable(QDir(root).relativeFilePath(f.fileName()))) << f.readAll() << false;
                ++files;
            }
        }
        QVERIFY2(files > 300, "the corpus and tests/data should give hundreds of YAML files");
        QTest::newRow("generated 400 steps") << QByteArray::fromStdString(generated(400)) << true;
        QTest::newRow("generated, no final break") << QByteArray::fromStdString(generated(3) + "x: y") << true;
        QTest::newRow("generated, literal at the end") << QByteArray::fromStdString(generated(2)) << true;
        const char *snippets[][2] = {
            {"a: 1\n", "1"},
            {"a: 1", "1"},
            {"a:\nb:\n", "1"},
            {"a:", "1"},
            {"a:\n  - x\n  -\n  - y\n", "1"},
            {"a:\n  -\n", "1"},
            {"- a\n- b: c\n  d: e\n-\n  f: g\n", "1"},
            {"a:   spaced value   # comment\nb: x#y\n", "1"},
            {"a: 'it''s'\nb: \"q\"\nc: ''\n", "1"},
            {"a: [ ]\nb: {}\nc: [x , 'y',\"z\"]\nd: {k: v, l: 'm', n: \"o\"}\n", "1"},
            {"a: |\n  one\n\n  two\n   three\n\n\nb: 1\n", "1"},
            {"a: |-\n  one\n\nb: 1\n", "1"},
            {"a: |+\n  one\n\n\nb: 1\n", "1"},
            {"a: |\n  one\n  # not a comment\n# a comment\nb: 1\n", "1"},
            {"a: |\n  one\n       \n    \n  two\n", "1"},
            {"a: |\n  one", "1"},
            {"a: |\n  one\n", "1"},
            {"a:\n  b:\n    c: |\n      deep\n  d: 2\ne: 3\n", "1"},
            {"- |\n  x\n- y\n", "1"},
            {"a:\n  - name: x\n    v: |\n      text\n\n  - name: y\n", "1"},
            {"# head\n\na: 1 # c\n   # indented comment\nb: 2\n# tail\n", "1"},
            {"a:\n    value on next line\nb: 1\n", "1"},
            {"  a: 1\n  b: 2\n", "1"},
            {"a: b\nb: a\na: dup\n", "1"},
            {"a: -x\nb: x - y\nc: http://x:80/\n", "1"},
            {"a: {{ X }}\n", ""},
            {"a: 1\n# trailing", ""},
            {"a:\n    b: 1\n  # trailing", ""},
            {"a:\n  b: 1\n   ", ""},
            {"a: b: c\n", ""},
            {"a: x\n  y\n", ""},
            {"a:\n- x\n- y\n", ""},
            {"- - x\n", ""},
            {"a: &x 1\nb: *x\n", ""},
            {"a: !Sub x\n", ""},
            {"a: >\n  folded\n", ""},
            {"a: |2\n   x\n", ""},
            {"a: \"esc\\n\"\n", ""},
            {"a: 'multi\n  line'\n", ""},
            {"a: [x,\n  y]\n", ""},
            {"a: [x, y,]\n", ""},
            {"a:\tb\n", ""},
            {"a: 1\r\nb: 2\r\n", ""},
            {"---\na: 1\n", ""},
            {"a: 1\n---\nb: 2\n", ""},
            {"a: 1\n  b: 2\n", ""},
            {"a: 1\n b: 2\n", ""},
            {"a: 'x' y\n", ""},
            {"'a': 1\n", ""},
            {"a: |\n\n  x\n", "1"},
            {"a: |\n  \n  x\n", ""},
            {"a: |\nb: 1\n", ""},
            {"a:\n  - x\n  y: 1\n", ""},
            {"- a\nb: 1\n", ""},
            {"a\nb: 1\n", ""},
            {"a: [b: c]\n", ""},
            {"a: @x\n", ""},
            {"a: 1\nb: [\n", ""},
            {"a: 'unclosed\n", ""},
            {"", ""},
            {"# only a comment\n", ""},
            {"scalar\n", ""},
        };
        int i = 0;
        for (const auto &s : snippets)
            QTest::newRow(qPrintable(QStringLiteral("snippet %1").arg(++i))) << QByteArray(s[0]) << (s[1][0] == '1');
    }

    void equivalence()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, mustBeFast);
        SourceText source;
        Diagnostics diagnostics;
        if (!source.prepare(std::string_view(text.constData(), text.size()), "t.yml", diagnostics) || !source.ascii())
            QSKIP("not ASCII YAML text: always read by libyaml");
        std::vector<std::string> expected;
        const bool libyamlOk = libyamlEvents(source.text(), expected);
        Recorder fast;
        const bool fastOk = Detail::readYamlFast(source.text(), fast);
        if (mustBeFast)
            QVERIFY2(fastOk, "this text must take the fast path");
        if (!fastOk)
            return;
        QVERIFY2(libyamlOk, "the fast reader accepted text that libyaml rejects");
        for (std::size_t k = 0; k < std::min(expected.size(), fast.events.size()); ++k)
            if (expected[k] != fast.events[k])
                QFAIL(qPrintable(QStringLiteral("event %1: libyaml %2, fast %3")
                                     .arg(k)
                                     .arg(QString::fromStdString(expected[k]), QString::fromStdString(fast.events[k]))));
        QCOMPARE(fast.events.size(), expected.size());
    }

    // The speed of issue 2 comes from the fast path: real documents must take it.
    void corpusTakesTheFastPath()
    {
        int fast = 0, total = 0;
        for (const char *sub : {"/valid", "/invalid"}) {
            const QDir dir(QStringLiteral(KILN_SHARED_DIR "/awstoe/corpus") + QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray text = f.readAll();
                SourceText source;
                Diagnostics diagnostics;
                ++total;
                Recorder r;
                if (source.prepare(std::string_view(text.constData(), text.size()), "t.yml", diagnostics) &&
                    source.ascii() && Detail::readYamlFast(source.text(), r))
                    ++fast;
            }
        }
        if (total == 0)
            QSKIP("the AWSTOE corpus is not available");
        qInfo("%d of %d corpus documents take the fast path", fast, total);
        QVERIFY2(fast * 2 > total, "most corpus documents should take the fast path");
    }
};

QTEST_GUILESS_MAIN(TstYamlFastPath)
#include "tst_yamlfastpath.moc"
