#pragma once
// ResourceName: the names Kiln gives libvirt domains and volumes. Every temporary resource of a
// build is called kiln-build-<build id>-<stage>-<random>[suffix], so two builds never clash and
// leftovers of a crashed run can be recognised (and mapped back to their build) by name alone —
// volumes have no metadata element. Base images are base-<first 16 hex of sha256>.qcow2.

#include <QString>

#include <optional>

namespace Kiln::Core {

struct ResourceTag {
    QString buildId;
    QString stage;
};

class ResourceName
{
public:
    // kiln-build-42-build-3fa9c1 (+ suffix such as ".qcow2"). Characters outside
    // [A-Za-z0-9_] in buildId/stage become '_'.
    static QString make(const QString &buildId, const QString &stage, const QString &suffix = {});
    // The build id and stage of a name made by make(); nullopt for any other name.
    static std::optional<ResourceTag> parse(const QString &name);
    // base-<sha256 prefix>.qcow2 (sha256 as 64 hex characters).
    static QString baseVolume(const QString &sha256Hex, const QString &suffix = QStringLiteral(".qcow2"));
    static bool isBaseVolume(const QString &name);
    static QString sanitize(const QString &part);
};

} // namespace Kiln::Core
