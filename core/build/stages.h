#pragma once
// The stages of a build (ARCHITECTURE.md, "One build, end to end"), each a small class run by
// BuildRunner in the build worker. They read the frozen plan from the BuildContext, record what
// they create in it (so cleanup always knows), and return a StageResult.
//
//   PrepareStage     CREATING: libvirt connection and pool, accelerator, base image in the pool
//                    (uploaded once, keyed by sha256), kernel/initrd volumes, the build VM's qcow2
//                    overlay and cidata seed (uploaded as a volume, so remote URIs work)
//   BuildStage       BUILDING: the build VM (build + validate phases, generalize, inventory,
//                    power off), then capture: the overlay becomes the image's volume
//   TestStage        TESTING: a fresh overlay on the new image, a seed with only test phases, a VM
//   (DistributeStage DISTRIBUTING: see distributestage.h)
// A component test runs PrepareStage and BuildStage with the component-test agent plan and
// keeps nothing.

#include "core/build/buildcontext.h"
#include "core/build/agentplan.h"

namespace Kiln::Core {

// The two volumes a VM boots from.
struct VmDisks {
    QString overlay;
    QString seed;
};

class PrepareStage
{
public:
    explicit PrepareStage(BuildContext &ctx) : m_ctx(ctx) {}
    StageResult run(const AgentPlan &buildPlan);

private:
    StageResult connect();
    StageResult chooseAccelerator();
    StageResult uploadBase();
    Result<QString> ensureFileVolume(const QString &what, const QString &path);

    BuildContext &m_ctx;
};

class BuildStage
{
public:
    explicit BuildStage(BuildContext &ctx) : m_ctx(ctx) {}
    // `plan` is the build plan (or the component-test plan); `capture` keeps the overlay as the
    // image's volume.
    StageResult run(const AgentPlan &plan, bool capture);

private:
    StageResult capture();

    BuildContext &m_ctx;
};

class TestStage
{
public:
    explicit TestStage(BuildContext &ctx) : m_ctx(ctx) {}
    StageResult run();

private:
    BuildContext &m_ctx;
};

// Makes a VM's qcow2 overlay on `backingVolume` and its seed volume; both are recorded in the
// context (the seed as temporary; the overlay as temporary unless `keepOverlay`).
Result<VmDisks> prepareVmDisks(BuildContext &ctx, const QString &nameStage, const QString &backingVolume,
                               const QString &backingFormat, const AgentPlan &plan, bool keepOverlay);

// The static kiln-agent put on every seed: $KILN_AGENT, else next to this program, in the build
// tree, or /usr/lib/kiln. Empty when none is found.
QString agentBinaryPath();

} // namespace Kiln::Core
