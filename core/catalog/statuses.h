#pragma once
// The life cycles of images, builds and build steps, with their names as stored in the catalog
// and shown to users, and the rules for which status changes are allowed.
//
// Image:  PENDING → CREATING → BUILDING → TESTING → DISTRIBUTING → AVAILABLE
//         (forward only; stages may be skipped, e.g. no tests), any of these → FAILED | CANCELLED;
//         AVAILABLE ⇄ DEPRECATED, AVAILABLE|DEPRECATED ⇄ DISABLED; everything but an in-progress
//         image → DELETED (final). Never back into a build stage (no AVAILABLE → BUILDING).
// Build:  PENDING → CREATING → BUILDING → TESTING → DISTRIBUTING → SUCCEEDED, any running state
//         → FAILED | CANCELLED; the three outcomes are final.

#include "core/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Kiln::Core {

enum class ImageStatus {
    Pending,
    Creating,
    Building,
    Testing,
    Distributing,
    Available,
    Failed,
    Cancelled,
    Deprecated,
    Disabled,
    Deleted,
};

QString imageStatusName(ImageStatus status);                 // "AVAILABLE"
std::optional<ImageStatus> parseImageStatus(QStringView text); // case-insensitive
bool isInProgress(ImageStatus status); // PENDING … DISTRIBUTING
// Ok, or an error that names both statuses and says why the change is not allowed.
Result<void> checkTransition(ImageStatus from, ImageStatus to);

enum class BuildState {
    Pending,
    Creating,
    Building,
    Testing,
    Distributing,
    Succeeded,
    Failed,
    Cancelled,
};

QString buildStateName(BuildState state);                   // "BUILDING"
std::optional<BuildState> parseBuildState(QStringView text);
bool isFinal(BuildState state); // SUCCEEDED | FAILED | CANCELLED
Result<void> checkTransition(BuildState from, BuildState to);

enum class StepStatus { Running, Success, Failed, Skipped, Ignored, Cancelled };

QString stepStatusName(StepStatus status); // "success" (AWSTOE spelling: lower case)
std::optional<StepStatus> parseStepStatus(QStringView text);

} // namespace Kiln::Core
