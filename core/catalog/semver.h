#pragma once
// Semantic versions of catalog resources: the user-set `x.y.z` (SemVer) and the patterns that
// references use to pick the newest match (VersionPattern: `1.2.3`, `1.2.x`, `1.x.x`, `x.x.x`).
// Ordering is numeric (1.10.0 > 1.9.0). The build number that Kiln assigns is not part of these
// types: see Reference and the row types.

#include "core/result.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Kiln::Core {

struct SemVer {
    int major = 0;
    int minor = 0;
    int patch = 0;

    static constexpr int maxPart = 999999999;

    // "1.2.3": three decimal numbers without leading zeros, each 0..999999999. No wildcards.
    static Result<SemVer> parse(QStringView text);
    QString toString() const;

    friend auto operator<=>(const SemVer &, const SemVer &) = default;
    friend bool operator==(const SemVer &, const SemVer &) = default;
};

// A version with optional wildcards. A wildcard may only be followed by wildcards, so the valid
// forms are 1.2.3, 1.2.x, 1.x.x and x.x.x.
struct VersionPattern {
    std::optional<int> major;
    std::optional<int> minor;
    std::optional<int> patch;

    static Result<VersionPattern> parse(QStringView text);
    static VersionPattern any() { return {}; }
    static VersionPattern exactly(const SemVer &v) { return {v.major, v.minor, v.patch}; }

    bool isExact() const { return patch.has_value(); }
    bool isAny() const { return !major.has_value(); }
    bool matches(const SemVer &v) const;
    QString toString() const; // "1.x.x"

    friend bool operator==(const VersionPattern &, const VersionPattern &) = default;
};

} // namespace Kiln::Core
