#pragma once
// DomainTag: who made a domain — build id, stage, owner process and host, creation time — stored
// in the domain's <metadata> under Kiln's XML namespace. It lets Kiln find (and clean up)
// domains left behind by a crashed run, even when their names were changed by hand.

#include <QString>

#include <optional>

namespace Kiln::Core {

struct DomainTag {
    // The namespace of <kiln:build …/> in <metadata> (virDomainGetMetadata needs it).
    static QString namespaceUri();
    static QString prefix() { return QStringLiteral("kiln"); }

    QString buildId;
    QString stage;
    qint64 ownerPid = 0;
    QString ownerHost;
    QString created; // RFC 3339, UTC

    bool isNull() const { return buildId.isEmpty() && stage.isEmpty(); }
    // Filled with this process's pid, the host name and the current time.
    static DomainTag forThisProcess(const QString &buildId, const QString &stage);
    // Parses the element returned by virDomainGetMetadata(…, VIR_DOMAIN_METADATA_ELEMENT, ns).
    static std::optional<DomainTag> fromMetadataXml(const QString &xml);
    // True when the owner ran on this host and that process no longer exists.
    bool ownerIsGone() const;
};

} // namespace Kiln::Core
