#pragma once
// References to versioned catalog resources (components, images, recipes), in every form users
// write them:
//   kiln:component/hello/1.0.0/2    exactly build 2 of 1.0.0
//   kiln:component/hello/1.0.0      the newest build of 1.0.0
//   kiln:component/hello/1.x.x      the newest 1.*.* (also 1.2.x, x.x.x)
//   kiln:component/hello            the newest of any version
//   hello@1.x.x  hello@1.0.0  hello@1.0.0/2   shorthand
//   hello                           bare name = hello@x.x.x
// Parsing is pure; resolving a reference against the catalog is done by the repositories.

#include "core/catalog/semver.h"

#include <QString>

namespace Kiln::Core {

enum class ResourceType { Component, Image, Recipe };

QString resourceTypeName(ResourceType type); // "component" | "image" | "recipe"

// Names of every catalog resource: 1–128 characters from [A-Za-z0-9._-], starting with a letter or
// digit. `what` names the field in the error ("component name").
Result<void> validateName(QStringView name, const QString &what);

struct Reference {
    ResourceType type = ResourceType::Component;
    QString name;
    VersionPattern version; // any() for a bare name
    int build = 0;          // 0 = the newest build; only with an exact version

    // `expected` is the kind of resource the caller needs: a `kiln:` reference of another type is
    // an error that says so; the shorthand forms take it as their type.
    static Result<Reference> parse(QStringView text, ResourceType expected);

    static Reference exact(ResourceType type, const QString &name, const SemVer &version, int build);

    bool isExact() const { return version.isExact() && build > 0; }
    QString toString() const;      // canonical "kiln:<type>/<name>[/<version>[/<build>]]"
    QString toShortString() const; // "name@1.x.x", "name@1.0.0/2", or "name" for x.x.x

    friend bool operator==(const Reference &, const Reference &) = default;
};

// "kiln:<type>/<name>/<x.y.z>/<build>"
QString formatReference(ResourceType type, const QString &name, const SemVer &version, int build);

} // namespace Kiln::Core
