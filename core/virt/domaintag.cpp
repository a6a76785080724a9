#include "domaintag.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QXmlStreamReader>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

QString DomainTag::namespaceUri()
{
    return u"https://kiln.dev/xmlns/libvirt/domain/1"_s;
}

DomainTag DomainTag::forThisProcess(const QString &buildId, const QString &stage)
{
    DomainTag tag;
    tag.buildId = buildId;
    tag.stage = stage;
    tag.ownerPid = QCoreApplication::applicationPid();
    tag.ownerHost = QSysInfo::machineHostName();
    tag.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return tag;
}

std::optional<DomainTag> DomainTag::fromMetadataXml(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() != u"build")
            return std::nullopt;
        const QXmlStreamAttributes a = reader.attributes();
        DomainTag tag;
        tag.buildId = a.value(QLatin1StringView("id")).toString();
        tag.stage = a.value(QLatin1StringView("stage")).toString();
        tag.ownerPid = a.value(QLatin1StringView("pid")).toLongLong();
        tag.ownerHost = a.value(QLatin1StringView("host")).toString();
        tag.created = a.value(QLatin1StringView("created")).toString();
        return tag;
    }
    return std::nullopt;
}

bool DomainTag::ownerIsGone() const
{
    if (ownerHost != QSysInfo::machineHostName() || ownerPid <= 0)
        return false;
    return ::kill(pid_t(ownerPid), 0) != 0 && errno == ESRCH;
}

} // namespace Kiln::Core
