#include "agentevent.h"

#include <QJsonDocument>

#include <array>
#include <utility>

namespace Kiln::Core {

namespace {

const std::array<std::pair<AgentEvent::Type, const char16_t *>, 11> kTypes{{
    {AgentEvent::Type::AgentHello, u"agent.hello"},
    {AgentEvent::Type::DocumentStart, u"document.start"},
    {AgentEvent::Type::DocumentEnd, u"document.end"},
    {AgentEvent::Type::PhaseStart, u"phase.start"},
    {AgentEvent::Type::PhaseEnd, u"phase.end"},
    {AgentEvent::Type::StepStart, u"step.start"},
    {AgentEvent::Type::StepOutput, u"step.output"},
    {AgentEvent::Type::StepEnd, u"step.end"},
    {AgentEvent::Type::Reboot, u"reboot"},
    {AgentEvent::Type::Inventory, u"inventory"},
    {AgentEvent::Type::RunEnd, u"run.end"},
}};

const std::array<std::pair<AgentEvent::Status, const char16_t *>, 5> kStatuses{{
    {AgentEvent::Status::Success, u"success"},
    {AgentEvent::Status::Failed, u"failed"},
    {AgentEvent::Status::Ignored, u"ignored"},
    {AgentEvent::Status::Skipped, u"skipped"},
    {AgentEvent::Status::Cancelled, u"cancelled"},
}};

} // namespace

QString AgentEvent::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray AgentEvent::cancelLine(const QDateTime &now)
{
    QJsonObject cancel;
    cancel.insert(QLatin1String("event"), QStringLiteral("cancel"));
    cancel.insert(QLatin1String("t"), formatTime(now));
    return QJsonDocument(cancel).toJson(QJsonDocument::Compact) + '\n';
}

AgentEvent::Type AgentEvent::typeFromName(QStringView name)
{
    for (const auto &[type, text] : kTypes) {
        if (name == QStringView(text))
            return type;
    }
    return Type::Unknown;
}

QString AgentEvent::typeName(Type type)
{
    for (const auto &[t, text] : kTypes) {
        if (t == type)
            return QString::fromUtf16(text);
    }
    return QString();
}

std::optional<AgentEvent::Status> AgentEvent::statusFromName(QStringView name)
{
    for (const auto &[status, text] : kStatuses) {
        if (name == QStringView(text))
            return status;
    }
    return std::nullopt;
}

QString AgentEvent::statusName(Status status)
{
    for (const auto &[s, text] : kStatuses) {
        if (s == status)
            return QString::fromUtf16(text);
    }
    return QString();
}

} // namespace Kiln::Core
