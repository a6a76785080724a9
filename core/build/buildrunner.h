#pragma once
// BuildRunner: the build's state machine, run by the build worker process.
//
//   PENDING → CREATING → BUILDING → TESTING → DISTRIBUTING → SUCCEEDED (image AVAILABLE)
//                 └──────────┴──────────┴───────────┴──→ FAILED | CANCELLED
//
// Each transition is written to the catalog (build state + image status, with stage timings)
// before the stage runs; each stage is its own class (stages.h, distributestage.h). On failure
// the failure context (stage, component, phase, step, exit code, message, last log lines) is
// recorded; on success the OS information and package inventory go to the image. Whatever the
// outcome, temporary volumes are removed — also after a cancel, within seconds — and the build
// VM's overlay is kept only as the new image's volume (or with a VM kept for inspection).
// A component test runs CREATING and BUILDING with the component's phases and keeps nothing.

#include "core/build/buildcontext.h"

#include <QObject>

namespace Kiln::Core {

class BuildRunner : public QObject
{
    Q_OBJECT
public:
    explicit BuildRunner(BuildContext &ctx, QObject *parent = nullptr);

    // Runs the whole build; returns its final state.
    BuildState run();

private:
    StageResult stage(BuildState state, ImageStatus imageStatus, const std::function<StageResult()> &body);
    BuildState succeed();
    BuildState failed(const StageResult &result);
    BuildState cancelled();
    void cleanup(bool keepImageVolume);
    void logFailure(const FailureContext &f);

    BuildContext &m_ctx;
    QString m_stage = QStringLiteral("PENDING");
};

} // namespace Kiln::Core
