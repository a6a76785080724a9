#include "statuses.h"

#include "db.h"

#include <array>

namespace Kiln::Core {

using Internal::Tr;

namespace {

constexpr std::array<std::pair<ImageStatus, const char *>, 11> kImageStatuses{{
    {ImageStatus::Pending, "PENDING"},
    {ImageStatus::Creating, "CREATING"},
    {ImageStatus::Building, "BUILDING"},
    {ImageStatus::Testing, "TESTING"},
    {ImageStatus::Distributing, "DISTRIBUTING"},
    {ImageStatus::Available, "AVAILABLE"},
    {ImageStatus::Failed, "FAILED"},
    {ImageStatus::Cancelled, "CANCELLED"},
    {ImageStatus::Deprecated, "DEPRECATED"},
    {ImageStatus::Disabled, "DISABLED"},
    {ImageStatus::Deleted, "DELETED"},
}};

constexpr std::array<std::pair<BuildState, const char *>, 8> kBuildStates{{
    {BuildState::Pending, "PENDING"},
    {BuildState::Creating, "CREATING"},
    {BuildState::Building, "BUILDING"},
    {BuildState::Testing, "TESTING"},
    {BuildState::Distributing, "DISTRIBUTING"},
    {BuildState::Succeeded, "SUCCEEDED"},
    {BuildState::Failed, "FAILED"},
    {BuildState::Cancelled, "CANCELLED"},
}};

constexpr std::array<std::pair<StepStatus, const char *>, 6> kStepStatuses{{
    {StepStatus::Running, "running"},
    {StepStatus::Success, "success"},
    {StepStatus::Failed, "failed"},
    {StepStatus::Skipped, "skipped"},
    {StepStatus::Ignored, "ignored"},
    {StepStatus::Cancelled, "cancelled"},
}};

template <class E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, n] : table)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

template <class E, size_t N>
std::optional<E> parseOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    for (const auto &[v, n] : table)
        if (text.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

// Position in the build pipeline: stages only move forward.
int stageOrder(ImageStatus s)
{
    switch (s) {
    case ImageStatus::Pending: return 0;
    case ImageStatus::Creating: return 1;
    case ImageStatus::Building: return 2;
    case ImageStatus::Testing: return 3;
    case ImageStatus::Distributing: return 4;
    case ImageStatus::Available: return 5;
    default: return -1;
    }
}

int stageOrder(BuildState s)
{
    switch (s) {
    case BuildState::Pending: return 0;
    case BuildState::Creating: return 1;
    case BuildState::Building: return 2;
    case BuildState::Testing: return 3;
    case BuildState::Distributing: return 4;
    case BuildState::Succeeded: return 5;
    default: return -1;
    }
}

} // namespace

QString imageStatusName(ImageStatus status) { return nameOf(kImageStatuses, status); }
std::optional<ImageStatus> parseImageStatus(QStringView text) { return parseOf(kImageStatuses, text); }
QString buildStateName(BuildState state) { return nameOf(kBuildStates, state); }
std::optional<BuildState> parseBuildState(QStringView text) { return parseOf(kBuildStates, text); }
QString stepStatusName(StepStatus status) { return nameOf(kStepStatuses, status); }
std::optional<StepStatus> parseStepStatus(QStringView text) { return parseOf(kStepStatuses, text); }

bool isInProgress(ImageStatus s) { return stageOrder(s) >= 0 && s != ImageStatus::Available; }

bool isFinal(BuildState s)
{
    return s == BuildState::Succeeded || s == BuildState::Failed || s == BuildState::Cancelled;
}

Result<void> checkTransition(ImageStatus from, ImageStatus to)
{
    auto refuse = [&](const QString &why) -> Result<void> {
        return fail(Tr::tr("an image cannot go from %1 to %2: %3").arg(imageStatusName(from), imageStatusName(to), why),
                    QStringLiteral("invalid-transition"));
    };
    if (from == to)
        return refuse(Tr::tr("it already is %1").arg(imageStatusName(to)));
    if (from == ImageStatus::Deleted)
        return refuse(Tr::tr("a deleted image stays deleted"));
    if (isInProgress(from)) {
        if (to == ImageStatus::Failed || to == ImageStatus::Cancelled)
            return {};
        if (stageOrder(to) > stageOrder(from))
            return {};
        if (stageOrder(to) >= 0)
            return refuse(Tr::tr("build stages only move forward"));
        return refuse(Tr::tr("its build is still running; cancel the build first"));
    }
    // Finished images never re-enter a build stage: a new build makes a new image.
    if (stageOrder(to) >= 0 && to != ImageStatus::Available)
        return refuse(Tr::tr("a finished image never goes back into a build; run the pipeline again for a new build"));
    switch (from) {
    case ImageStatus::Available:
        if (to == ImageStatus::Deprecated || to == ImageStatus::Disabled || to == ImageStatus::Deleted)
            return {};
        break;
    case ImageStatus::Deprecated:
        if (to == ImageStatus::Available || to == ImageStatus::Disabled || to == ImageStatus::Deleted)
            return {};
        break;
    case ImageStatus::Disabled:
        if (to == ImageStatus::Available || to == ImageStatus::Deprecated || to == ImageStatus::Deleted)
            return {};
        break;
    case ImageStatus::Failed:
    case ImageStatus::Cancelled:
        if (to == ImageStatus::Deleted)
            return {};
        return refuse(Tr::tr("a %1 image can only be deleted").arg(imageStatusName(from)));
    default:
        break;
    }
    return refuse(Tr::tr("not an allowed life cycle change"));
}

Result<void> checkTransition(BuildState from, BuildState to)
{
    auto refuse = [&](const QString &why) -> Result<void> {
        return fail(Tr::tr("a build cannot go from %1 to %2: %3").arg(buildStateName(from), buildStateName(to), why),
                    QStringLiteral("invalid-transition"));
    };
    if (isFinal(from))
        return refuse(Tr::tr("the build has finished"));
    if (from == to)
        return refuse(Tr::tr("it already is %1").arg(buildStateName(to)));
    if (to == BuildState::Failed || to == BuildState::Cancelled)
        return {};
    if (stageOrder(to) > stageOrder(from))
        return {};
    return refuse(Tr::tr("build stages only move forward"));
}

} // namespace Kiln::Core
