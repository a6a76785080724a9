// The agent's parts that do not need a run: the virtio port lookup, UTF-8 chunking, os-release
// and package-manager output parsing, plan parsing.
#include "inventory.h"
#include "plan.h"
#include "port.h"
#include "utf8.h"

#include "core/toe/executionstate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Agent;

namespace {

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestAgentParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtioPortByName()
    {
        QTemporaryDir sysfs;
        QVERIFY(write(sysfs.filePath(QStringLiteral("vport0p1/name")), "org.qemu.guest_agent.0\n"));
        QVERIFY(write(sysfs.filePath(QStringLiteral("vport1p2/name")), "org.kiln.agent.0\n"));
        QVERIFY(write(sysfs.filePath(QStringLiteral("vport1p3/name")), ""));
        QCOMPARE(findVirtioPortByName("org.kiln.agent.0", sysfs.path().toStdString()), std::string("/dev/vport1p2"));
        QCOMPARE(findVirtioPortByName("org.other.0", sysfs.path().toStdString()), std::string());
        QCOMPARE(findVirtioPortByName("org.kiln.agent.0", "/nonexistent"), std::string());
    }

    void utf8Chunks_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("consumed");
        QTest::newRow("ascii") << QByteArray("hello") << 100 << false << QByteArray("hello") << 5;
        QTest::newRow("limit") << QByteArray("hello") << 3 << false << QByteArray("hel") << 3;
        QTest::newRow("incomplete tail kept") << QByteArray("ab\xc3") << 100 << false << QByteArray("ab") << 2;
        QTest::newRow("incomplete tail final") << QByteArray("ab\xc3") << 100 << true << QByteArray("ab\xef\xbf\xbd") << 3;
        QTest::newRow("4-byte incomplete") << QByteArray("\xf0\x9f\x98") << 100 << false << QByteArray() << 0;
        QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x98\x80!") << 100 << false << QByteArray("\xf0\x9f\x98\x80!") << 5;
        QTest::newRow("no split char at limit") << QByteArray("a\xc3\xa9") << 2 << false << QByteArray("a") << 1;
        QTest::newRow("invalid byte") << QByteArray("a\xff" "b") << 100 << false << QByteArray("a\xef\xbf\xbd" "b") << 3;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 100 << false << QByteArray("\xef\xbf\xbd\xef\xbf\xbd") << 2;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 100 << false
                                   << QByteArray("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd") << 3;
        QTest::newRow("replacement needs room") << QByteArray("a\xff") << 3 << false << QByteArray("a") << 1;
    }

    void utf8Chunks()
    {
        QFETCH(QByteArray, in);
        QFETCH(int, max);
        QFETCH(bool, final);
        QFETCH(QByteArray, out);
        QFETCH(int, consumed);
        std::string text;
        const size_t used = appendSanitizedUtf8(text, std::string_view(in.constData(), size_t(in.size())), size_t(max), final);
        QCOMPARE(QByteArray::fromStdString(text), out);
        QCOMPARE(int(used), consumed);
    }

    void osRelease()
    {
        const auto os = parseOsRelease("# comment\nNAME=\"Debian GNU/Linux\"\nID=debian\nVERSION_ID='12'\n"
                                       "PRETTY_NAME=\"Quote \\\" and \\$dollar\"\n  BAD LINE\nEMPTY=\n");
        QCOMPARE(os.at("NAME"), std::string("Debian GNU/Linux"));
        QCOMPARE(os.at("ID"), std::string("debian"));
        QCOMPARE(os.at("VERSION_ID"), std::string("12"));
        QCOMPARE(os.at("PRETTY_NAME"), std::string("Quote \" and $dollar"));
        QCOMPARE(os.at("EMPTY"), std::string());
        QCOMPARE(os.size(), size_t(5));
    }

    void packageManagers()
    {
        auto dpkg = parseDpkgQuery("zlib1g\t1:1.2.13.dfsg-1\tamd64\tii \nbash\t5.2.15-2+b2\tamd64\tii \n"
                                   "removed\t1.0\tamd64\trc \nlibc6\t2.36-9\ti386\thi \n");
        QCOMPARE(dpkg.size(), size_t(3));
        QCOMPARE(dpkg[0].name, std::string("bash"));
        QCOMPARE(dpkg[1].name, std::string("libc6"));
        QCOMPARE(dpkg[1].arch, std::string("i386"));
        QCOMPARE(dpkg[2].version, std::string("1:1.2.13.dfsg-1"));
        auto rpm = parseRpmQuery("bash\t5.1.8-6.el9\tx86_64\ngpg-pubkey\tfd431d51-4ae0493b\t(none)\nkernel\t1:5.14-1\tx86_64\n");
        QCOMPARE(rpm.size(), size_t(3));
        QCOMPARE(rpm[1].name, std::string("gpg-pubkey"));
        QCOMPARE(rpm[1].arch, std::string());
        QCOMPARE(rpm[2].version, std::string("1:5.14-1"));
        auto apk = parseApkInfo("musl-1.2.4-r2\nca-certificates-bundle-20230506-r0\nlibssl3-3.1.4-r1\n");
        QCOMPARE(apk.size(), size_t(3));
        QCOMPARE(apk[0].name, std::string("ca-certificates-bundle"));
        QCOMPARE(apk[0].version, std::string("20230506-r0"));
        QCOMPARE(apk[1].name, std::string("libssl3"));
        QCOMPARE(apk[1].version, std::string("3.1.4-r1"));
        QCOMPARE(apk[2].name, std::string("musl"));
    }

    void planDefaultsAndPaths()
    {
        auto plan = parsePlan(R"({"version":1,"planId":"b42-build","documents":[
            {"file":"documents/00-a.yml","name":"a","parameters":{"N":3,"B":true,"S":"x"}},
            {"file":"/abs/b.yml","name":"b","phases":["test"]}]})",
                              "/run/kiln/seed/kiln/plan.json");
        QVERIFY2(plan, plan ? "" : plan.error().message.c_str());
        QCOMPARE(plan->documents[0].path, std::string("/run/kiln/seed/kiln/documents/00-a.yml"));
        QCOMPARE(plan->documents[1].path, std::string("/abs/b.yml"));
        QCOMPARE(plan->documents[0].parameters.at("N"), std::string("3"));
        QCOMPARE(plan->documents[0].parameters.at("B"), std::string("true"));
        QVERIFY(plan->documents[0].phases.empty());
        QCOMPARE(plan->documents[1].phases, std::vector<std::string>{"test"});
        QCOMPARE(plan->stateDirectory, std::string("/var/lib/kiln/state"));
        QCOMPARE(plan->shutdown, std::string("poweroff"));
        QCOMPARE(plan->maxReboots, 10);
        QVERIFY(!plan->generalize);
    }

    void executionStateKeepsPerDocumentPhases()
    {
        // The agent gives each plan document its own phases; they must survive the state file.
        Kiln::Toe::ExecutionState state;
        state.request.documents.push_back({"/seed/kiln/documents/a.yml", std::nullopt, {{"P", "1"}}, {"build", "validate"}});
        state.request.documents.push_back({"/seed/kiln/documents/b.yml", std::nullopt, {}, {}});
        state.position = {{1, 0, 2}};
        state.rerunStep = false;
        auto back = Kiln::Toe::ExecutionState::fromJson(state.toJson());
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(back->request.documents[0].phases, (std::vector<std::string>{"build", "validate"}));
        QVERIFY(back->request.documents[1].phases.empty());
        QCOMPARE(back->request.documents[0].parameters.at("P"), std::string("1"));
        QCOMPARE(back->position[0].step, size_t(2));
        QVERIFY(!back->rerunStep);
    }

    void planErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not object") << QStringLiteral("[1]") << QStringLiteral("must be a JSON object");
        QTest::newRow("planId") << QStringLiteral(R"({"documents":[{"file":"a","name":"a"}]})") << QStringLiteral("planId is missing");
        QTest::newRow("planId chars") << QStringLiteral(R"({"planId":"../x","documents":[{"file":"a","name":"a"}]})")
                                      << QStringLiteral("may hold only letters");
        QTest::newRow("stage") << QStringLiteral(R"({"planId":"p","stage":"deploy","documents":[{"file":"a","name":"a"}]})")
                               << QStringLiteral("stage must be");
        QTest::newRow("relative dir") << QStringLiteral(R"({"planId":"p","logDirectory":"logs","documents":[{"file":"a","name":"a"}]})")
                                      << QStringLiteral("logDirectory must be an absolute path");
        QTest::newRow("maxReboots") << QStringLiteral(R"({"planId":"p","maxReboots":-1,"documents":[{"file":"a","name":"a"}]})")
                                    << QStringLiteral("maxReboots must be an integer from 0");
        QTest::newRow("shutdown") << QStringLiteral(R"({"planId":"p","shutdown":"halt","documents":[{"file":"a","name":"a"}]})")
                                  << QStringLiteral("shutdown must be");
        QTest::newRow("phases") << QStringLiteral(R"({"planId":"p","documents":[{"file":"a","name":"a","phases":[1]}]})")
                                << QStringLiteral("documents[0].phases[0] must be a phase name");
        QTest::newRow("parameter") << QStringLiteral(R"({"planId":"p","documents":[{"file":"a","name":"a","parameters":{"X":[1]}}]})")
                                   << QStringLiteral("documents[0].parameters.X must be a string");
    }

    void planErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto plan = parsePlan(json.toStdString(), "plan.json");
        QVERIFY(!plan);
        QVERIFY2(QString::fromStdString(plan.error().message).contains(message), plan.error().message.c_str());
        QVERIFY(plan.error().message.rfind("plan.json", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentParts)
#include "tst_agentparts.moc"
