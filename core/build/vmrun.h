#pragma once
// VmRun: one build, test or component-test VM from start to stop, inside the build worker.
//   start the transient domain paused → attach the agent channel and the serial console (nothing
//   printed early is lost) → resume → wait for the agent's hello (boot timeout) → follow the run
//   until run.end and the guest's own power-off (stage timeout) → the outcome.
// Faults it turns into a clear failure instead of a hang: the VM stops before the agent says
// hello (console tail), the agent never says hello, the agent dies mid-step (its virtio port
// closes and stays closed), the stage timeout, libvirtd going away (reconnect, re-attach the
// streams, or fail with the reason), a log file that cannot be written (full disk).
// Cancel: the agent is told, the VM gets 2 s to power off, then it is destroyed.

#include "core/build/agentsession.h"
#include "core/build/buildcontext.h"
#include "core/virt/domainspec.h"

#include <QElapsedTimer>
#include <QObject>

namespace Kiln::Core {

struct VmRequest {
    QString stage;        // "BUILDING" | "TESTING" (log files, step rows)
    QString nameStage;    // short stage in resource names: "build" | "test" | "trial"
    AgentPlan agentPlan;
    QString disk;         // overlay volume
    QString seed;         // seed volume
    int timeoutSeconds = 0;
    bool keepOnFailure = false;
    // The disk is thrown away after the run (a test VM, a component's trial run): once the agent's
    // run.end is in, the VM is destroyed at once instead of waiting for the guest's poweroff.
    bool diskDiscarded = false;
};

// The VM of a stage as libvirt gets it: direct kernel boot when the base image has a kernel
// (kernel/initrd are volume paths on the hypervisor), the overlay as vda, the seed as vdb, ACPI,
// the agent channel, the serial console, a user-mode NIC only when the infrastructure asks, and
// Kiln's tag (build id and stage) in the metadata.
struct VmDiskSet {
    QString pool;
    QString disk;
    QString seed;
    QString kernel;
    QString initrd;
};
DomainSpec makeDomainSpec(const BuildPlan &plan, Accelerator accelerator, const VmDiskSet &disks,
                          const QString &resourceBuildId, const QString &nameStage);

class VmRun : public QObject
{
    Q_OBJECT
public:
    VmRun(BuildContext &ctx, VmRequest request, QObject *parent = nullptr);
    ~VmRun() override;

    StageResult run();

    const StepTracker &tracker() const { return m_session.tracker(); }
    QString domainName() const { return m_domain; }
    bool vmKept() const { return m_kept; }

    // Seconds to wait for the agent's hello (boot), bounded by the stage timeout:
    // $KILN_BOOT_TIMEOUT, else 600. (A cloud image's first boot under TCG takes 1–2 min on an idle
    // host and over 4 min on a busy one before cloud-init starts the agent; a base image that
    // does not boot usually stops or resets long before, and is reported then.)
    static int bootTimeoutSeconds(int stageTimeoutSeconds);
    // Seconds a lost libvirt connection may take to come back before the stage fails (the
    // daemon restarted or crashed): $KILN_RECONNECT_TIMEOUT, else 60.
    static int reconnectTimeoutSeconds();

private:
    enum class Wait { Hello, RunEnd };
    StageResult start();
    StageResult follow();
    StageResult afterRunEnd();
    StageResult failure(const QString &message, bool withConsole);
    StageResult cancelled();
    Result<void> attachStreams();
    bool recoverStreams();
    void pollChannelState();
    void stopVm(bool graceful);
    void finishSession(const QString &why, bool cancelled);
    void noteHellos();

    BuildContext &m_ctx;
    VmRequest m_req;
    AgentSession m_session;
    QString m_domain;
    bool m_created = false;
    bool m_stopped = false;
    bool m_kept = false;
    QFuture<Result<int>> m_stoppedFuture;
    std::shared_ptr<DomainStream> m_channel;
    std::shared_ptr<DomainStream> m_console;
    QDeadlineTimer m_stageDeadline;
    bool m_connectionLost = false;
    QString m_connectionError;
    bool m_portClosed = false;      // the guest's end of the agent port is closed
    QDeadlineTimer m_portClosedSince;
    qint64 m_eventBytesAtPoll = -1;
    int m_rebootsSeen = 0;
    int m_hellosNoted = 0;
    QElapsedTimer m_bootClock; // since the VM started, or since the reboot the agent asked for
    QFuture<Result<QString>> m_xmlPoll;
};

} // namespace Kiln::Core
