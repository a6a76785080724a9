#pragma once
// AgentEvent: one event of the agent protocol (guest kiln-agent → host), parsed by
// AgentEventParser from the JSON Lines stream. The full protocol, with an example line for every
// event, is docs/agent-protocol.md; the schema in short (protocol version 1):
//
//  Framing: UTF-8 JSON Lines on the virtio-serial port org.kiln.agent.0 — one JSON object per
//  line, ended by "\n", no raw newline inside (JSON escapes them); at most 4 MiB per line.
//  Every event has:
//    "event": string  — the type below
//    "seq":   integer ≥ 1 — 1 for the first event of a run, +1 for every event after it, and
//                        monotonic across reboots (the agent persists it with its position)
//    "t":     string  — RFC 3339 time with a zone, e.g. "2024-05-01T12:00:00.123Z"
//  Context fields, wherever a document/phase/step is concerned:
//    "document": string (component name), "documentIndex": integer ≥ 0 (position in the plan),
//    "phase": string, "step": string, "stepIndex": integer ≥ 0 (position in the phase)
//  Events:
//    agent.hello     protocol:int(=1) version:string boot:int(≥1) resumed:bool os:object
//    document.start  document documentIndex phases:[string]
//    document.end    document documentIndex status duration:number(s)
//    phase.start     document documentIndex phase
//    phase.end       document documentIndex phase status duration
//    step.start      document documentIndex phase step stepIndex action:string [iteration:int]
//    step.output     document documentIndex phase step stream:"stdout"|"stderr" chunk:string
//                    [iteration:int]   (chunk: UTF-8 text, any number of lines, may end mid-line)
//    step.end        document documentIndex phase step stepIndex status exitCode:int|null
//                    duration outputs:object [error:string] [iteration:int]
//    reboot          document documentIndex phase step reason:"exit-194"|"action"
//    inventory       os:object packageManager:"dpkg"|"rpm"|"apk"|"none"
//                    packages:[{name:string, version:string, arch?:string}]
//    run.end         status duration [error:string] [document documentIndex phase step
//                    exitCode — the failing step, when status is "failed"]
//  status: "success" | "failed" | "ignored" (failed, onFailure: Ignore) | "skipped" | "cancelled"
//  Unknown event types are kept (Type::Unknown, with `raw`); unknown fields are ignored.
//  Host → guest, same port: {"event":"cancel","t":"…"}.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiln::Core {

struct AgentEvent {
    enum class Type {
        Unknown, // a well-formed event of a type this Kiln does not know: see `name` and `raw`
        AgentHello,
        DocumentStart,
        DocumentEnd,
        PhaseStart,
        PhaseEnd,
        StepStart,
        StepOutput,
        StepEnd,
        Reboot,
        Inventory,
        RunEnd,
    };
    enum class Status { None, Success, Failed, Ignored, Skipped, Cancelled };
    enum class Stream { Stdout, Stderr };

    Type type = Type::Unknown;
    QString name;     // the "event" field as sent, e.g. "step.end"
    qint64 seq = 0;   // "seq"
    QDateTime time;   // "t"
    qint64 line = 0;  // line number in the event stream (1-based), for messages
    qint64 offset = 0; // byte offset of that line in the stream

    // Context: document.*, phase.*, step.*, reboot, and run.end on failure.
    QString document;
    int documentIndex = -1;
    QString phase;
    QString step;
    int stepIndex = -1;
    QString action;     // step.start: the action module, e.g. "ExecuteBash"
    int iteration = -1; // loop iteration of the step, -1 when the step has no loop

    // step.output
    Stream stream = Stream::Stdout;
    QString chunk;

    // *.end
    Status status = Status::None;
    std::optional<int> exitCode;
    double duration = 0; // seconds
    QJsonObject outputs; // step.end
    QString error;       // a failure message, when there is one

    // agent.hello
    int protocol = 0;
    QString agentVersion;
    int boot = 0;
    bool resumed = false;
    double uptime = 0; // seconds since the guest booted, 0 when not sent
    QJsonObject os; // agent.hello and inventory: /etc/os-release as key → value

    // document.start
    QStringList phases;

    // reboot
    QString reason;

    // inventory
    QString packageManager;
    QJsonArray packages;

    QJsonObject raw; // the whole event as received

    // The host → guest cancel request, one line ending in "\n", ready to write to the port.
    static QByteArray cancelLine(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // RFC 3339 UTC with milliseconds, as "t" is written: 2024-05-01T12:00:00.123Z.
    static QString formatTime(const QDateTime &time);

    static Type typeFromName(QStringView name);
    static QString typeName(Type type);
    static std::optional<Status> statusFromName(QStringView name);
    static QString statusName(Status status);
};

} // namespace Kiln::Core

Q_DECLARE_METATYPE(Kiln::Core::AgentEvent)
