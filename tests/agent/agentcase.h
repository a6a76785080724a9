#pragma once
// What the kiln-agent host tests share: a case folder per test function holding kiln/plan.json,
// kiln/documents/*.yml, the agent's work/logs/state folders and the fake host's socket; builders
// for component documents; and the checks every event stream must pass.

#include "agentharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace KilnTest {

struct Doc {
    QString name;
    QByteArray yaml;
    QStringList phases;
    QJsonObject parameters;
};

// An ExecuteBash step (commands as one block).
inline QByteArray bashStep(const QByteArray &name, const QByteArray &script, const QByteArray &extra = {})
{
    QByteArray indented;
    for (const QByteArray &line : script.split('\n'))
        indented += "              " + line + "\n";
    return "      - name: " + name + "\n        action: ExecuteBash\n" + extra + "        inputs:\n          commands:\n"
           + "            - |\n" + indented;
}

inline QByteArray document(const QByteArray &name, const QList<QPair<QByteArray, QByteArray>> &phases,
                    const QByteArray &parameters = {})
{
    QByteArray y = "name: " + name + "\nschemaVersion: 1.0\n" + parameters + "phases:\n";
    for (const auto &[phase, steps] : phases)
        y += "  - name: " + phase + "\n    steps:\n" + steps;
    return y;
}


class AgentCase
{
protected:
    std::unique_ptr<QTemporaryDir> m_case;
    QString m_plan;
    QString m_port;

    QString path(const QString &rel) const { return m_case->filePath(rel); }

    // Writes kiln/plan.json and kiln/documents/*.yml in the case folder.
    void makePlan(const QList<Doc> &docs, const QJsonObject &overrides = {})
    {
        QJsonArray documents;
        int i = 0;
        for (const Doc &d : docs) {
            const QString file = QStringLiteral("documents/%1-%2.yml").arg(i++, 2, 10, QLatin1Char('0')).arg(d.name);
            QVERIFY(writeFile(path(QStringLiteral("kiln/") + file), d.yaml));
            QJsonObject o{{QStringLiteral("file"), file},
                          {QStringLiteral("name"), d.name},
                          {QStringLiteral("ref"), QStringLiteral("kiln:component/%1/1.0.0/1").arg(d.name)},
                          {QStringLiteral("parameters"), d.parameters}};
            if (!d.phases.isEmpty())
                o.insert(QStringLiteral("phases"), QJsonArray::fromStringList(d.phases));
            documents.append(o);
        }
        QJsonObject plan{{QStringLiteral("version"), 1},
                         {QStringLiteral("planId"), QStringLiteral("test-plan-1")},
                         {QStringLiteral("buildId"), QStringLiteral("7")},
                         {QStringLiteral("stage"), QStringLiteral("build")},
                         {QStringLiteral("documents"), documents},
                         {QStringLiteral("workingDirectory"), path(QStringLiteral("work"))},
                         {QStringLiteral("logDirectory"), path(QStringLiteral("logs"))},
                         {QStringLiteral("stateDirectory"), path(QStringLiteral("state"))},
                         {QStringLiteral("generalize"), false},
                         {QStringLiteral("inventory"), false},
                         {QStringLiteral("shutdown"), QStringLiteral("poweroff")},
                         {QStringLiteral("maxReboots"), 10}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            plan.insert(it.key(), it.value());
        QVERIFY(writeFile(m_plan, QJsonDocument(plan).toJson()));
    }

    // Every event parsed, none malformed, seq 1, 2, 3… without gap or duplicate (use CHECK_STREAM).
    void checkStream(const FakeHost &host, qint64 firstSeq = 1)
    {
        QVERIFY2(host.issues.isEmpty(), qPrintable(host.issuesText()));
        QVERIFY(!host.events.isEmpty());
        for (int i = 0; i < host.events.size(); ++i)
            QCOMPARE(host.events[i].seq, firstSeq + i);
        QCOMPARE(host.parser.duplicates(), 0);
        QCOMPARE(host.parser.missingEvents(), 0);
    }

    QJsonObject stateFile() const
    {
        return QJsonDocument::fromJson(readFile(path(QStringLiteral("state/test-plan-1.json")))).object();
    }

    void initCase()
    {
        m_case = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/kiln-agent-test-XXXXXX"));
        QVERIFY(m_case->isValid());
        m_plan = path(QStringLiteral("kiln/plan.json"));
        m_port = path(QStringLiteral("host.sock"));
    }
};

} // namespace KilnTest

// checkStream(), returning from the test function when it failed.
#define CHECK_STREAM(...)                                                                                              \
    do {                                                                                                               \
        checkStream(__VA_ARGS__);                                                                                      \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
