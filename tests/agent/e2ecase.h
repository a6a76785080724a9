#pragma once
// The build stage both VM end-to-end tests run (tinyos, debian-cloud): one component that writes
// a file, exits 194 once (the reboot must resume at that step), validates after the reboot; the
// plan asks for generalization and the inventory. Checked offline afterwards: the file is in
// the disk, the agent's state is not, the file system is clean.

#include "agentharness.h"
#include "vmharness.h"

#include "core/build/seedbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace KilnTest {

inline const QByteArray &rebootComponent()
{
    static const QByteArray yaml = R"YAML(name: e2e-hello
description: writes a file, asks for a reboot once, validates after it
schemaVersion: 1.0
parameters:
  - Message:
      type: string
phases:
  - name: build
    steps:
      - name: WriteFile
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ Message }}" > /etc/kiln-e2e.txt
            - echo "wrote /etc/kiln-e2e.txt on $(hostname)"
      - name: RebootOnce
        action: ExecuteBash
        inputs:
          commands:
            - |
              if [ -e /etc/kiln-e2e-rebooted ]; then
                echo "resumed after the reboot"
              else
                touch /etc/kiln-e2e-rebooted
                echo "asking for a reboot"
                exit 194
              fi
  - name: validate
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - test -s /etc/kiln-e2e.txt && echo validated
)YAML";
    return yaml;
}

inline const char *rebootComponentMessage() { return "built by kiln-agent e2e"; }

inline QByteArray rebootPlan(const QString &planId)
{
    const QJsonObject plan{
        {QStringLiteral("version"), 1},
        {QStringLiteral("planId"), planId},
        {QStringLiteral("buildId"), QStringLiteral("e2e")},
        {QStringLiteral("stage"), QStringLiteral("build")},
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("documents/00-e2e-hello.yml")},
                                {QStringLiteral("name"), QStringLiteral("e2e-hello")},
                                {QStringLiteral("ref"), QStringLiteral("kiln:component/e2e-hello/1.0.0/1")},
                                {QStringLiteral("phases"), QJsonArray{QStringLiteral("build"), QStringLiteral("validate")}},
                                {QStringLiteral("parameters"),
                                 QJsonObject{{QStringLiteral("Message"), QString::fromLatin1(rebootComponentMessage())}}}}}},
        {QStringLiteral("workingDirectory"), QStringLiteral("/var/lib/kiln/work")},
        {QStringLiteral("logDirectory"), QStringLiteral("/var/lib/kiln/logs")},
        {QStringLiteral("stateDirectory"), QStringLiteral("/var/lib/kiln/state")},
        {QStringLiteral("generalize"), true},
        {QStringLiteral("inventory"), true},
        {QStringLiteral("shutdown"), QStringLiteral("poweroff")},
        {QStringLiteral("maxReboots"), 3}};
    return QJsonDocument(plan).toJson();
}

// The events of that run, in order (every step prints one line, so one output event each).
inline QStringList rebootRunEvents()
{
    return {QStringLiteral("agent.hello"), QStringLiteral("document.start"), QStringLiteral("phase.start"),
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("reboot"),
            QStringLiteral("agent.hello"), QStringLiteral("step.start"), QStringLiteral("step.output"),
            QStringLiteral("step.end"), QStringLiteral("phase.end"), QStringLiteral("phase.start"),
            QStringLiteral("step.start"), QStringLiteral("step.output"), QStringLiteral("step.end"),
            QStringLiteral("phase.end"), QStringLiteral("document.end"), QStringLiteral("inventory"),
            QStringLiteral("run.end")};
}

// A debugfs command on a raw image ("cat /etc/x", "ls -p /var/lib").
inline QByteArray debugfs(const QString &raw, const QString &request)
{
    return command(QStringLiteral("debugfs"), {QStringLiteral("-R"), request, raw}).output;
}

} // namespace KilnTest
