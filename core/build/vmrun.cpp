#include "vmrun.h"

#include "core/build/buildtr.h"
#include "core/virt/domainstream.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

constexpr int kTickMs = 2000;           // re-check interval while waiting
constexpr int kPortClosedGraceMs = 20000; // the agent's port closed this long (not rebooting): it died
constexpr int kPowerOffWaitMs = 60000;  // run.end → the guest powers itself off
constexpr int kCancelGraceMs = 2000;    // cancel → the agent powers off, else destroy

// The `state` of the agent channel in a live domain XML ("connected", "disconnected", or empty
// when libvirt does not report it).
QString channelState(const QString &xml, const QString &channel)
{
    QXmlStreamReader r(xml);
    bool inChannel = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"channel")
            inChannel = true;
        else if (r.isEndElement() && r.name() == u"channel")
            inChannel = false;
        else if (inChannel && r.isStartElement() && r.name() == u"target"
                 && r.attributes().value(u"name"_s) == channel)
            return r.attributes().value(u"state"_s).toString();
    }
    return {};
}

} // namespace

VmRun::VmRun(BuildContext &ctx, VmRequest request, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_req(std::move(request))
    , m_session(ctx, m_req.stage, m_req.agentPlan)
{
    VirtConnection *conn = m_ctx.connection.get();
    connect(conn, &VirtConnection::connectionLost, this, [this](const QString &reason) {
        m_connectionLost = true;
        m_connectionError = reason;
        m_ctx.journal.warning(BuildTr::tr("lost the connection to libvirt: %1").arg(reason));
    });
    connect(conn, &VirtConnection::connectionRestored, this, [this] {
        m_ctx.journal.info(BuildTr::tr("reconnected to libvirt"));
    });
}

VmRun::~VmRun()
{
    if (m_channel)
        m_channel->close();
    if (m_console)
        m_console->close();
}

int VmRun::reconnectTimeoutSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("KILN_RECONNECT_TIMEOUT", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

int VmRun::bootTimeoutSeconds(int stageTimeoutSeconds)
{
    bool ok = false;
    int boot = qEnvironmentVariableIntValue("KILN_BOOT_TIMEOUT", &ok);
    if (!ok || boot <= 0)
        boot = 600;
    return stageTimeoutSeconds > 0 ? qMin(boot, stageTimeoutSeconds) : boot;
}

StageResult VmRun::run()
{
    if (auto opened = m_session.open(); !opened)
        return StageResult::failed(m_req.stage, opened.error().message);
    m_stageDeadline = BuildContext::deadline(m_req.timeoutSeconds);
    StageResult result = start();
    if (result.isOk())
        result = follow();
    // Whatever happened, no VM of ours is left running unless it is kept for inspection.
    if (m_created && !m_stopped && !m_kept)
        stopVm(false);
    finishSession(result.kind == StageResult::Kind::Cancelled ? BuildTr::tr("cancelled") : BuildTr::tr("the VM stopped"),
                  result.kind == StageResult::Kind::Cancelled);
    return result;
}

DomainSpec makeDomainSpec(const BuildPlan &plan, Accelerator accelerator, const VmDiskSet &disks,
                          const QString &resourceBuildId, const QString &nameStage)
{
    const PlanInfrastructure &infra = plan.infrastructure;
    DomainSpec spec;
    spec.name = ResourceName::make(resourceBuildId, nameStage);
    spec.accelerator = accelerator;
    spec.vcpus = infra.vcpus;
    spec.memoryMiB = infra.memoryMiB;
    spec.kernel = disks.kernel;
    spec.initrd = disks.kernel.isEmpty() ? QString() : disks.initrd;
    spec.cmdline = disks.kernel.isEmpty() ? QString() : plan.base.kernelCmdline;
    spec.disk = {disks.pool, disks.disk};
    spec.seed = {disks.pool, disks.seed};
    spec.userNetwork = infra.network == NetworkMode::User;
    spec.tag = DomainTag::forThisProcess(resourceBuildId, nameStage);
    return spec;
}

StageResult VmRun::start()
{
    const VmDiskSet disks{m_ctx.plan.infrastructure.storagePool, m_req.disk, m_req.seed, m_ctx.kernelPath, m_ctx.initrdPath};
    const DomainSpec spec = makeDomainSpec(m_ctx.plan, m_ctx.accelerator.accelerator, disks, m_ctx.resourceBuildId(),
                                           m_req.nameStage);
    m_domain = spec.name;

    QElapsedTimer clock;
    clock.start();
    VirtDomains domains(m_ctx.connection.get());
    const Waiter waiter = m_ctx.waiter();
    auto created = domains.createTransient(spec, true);
    if (waiter.wait(created, QDeadlineTimer(120000)) != Waiter::Outcome::Done) {
        // The create may still land: make sure it does not outlive us.
        Waiter().wait(created, QDeadlineTimer(30000));
        m_created = created.isFinished() && created.resultCount() > 0 && created.result().has_value();
        return m_ctx.cancel.isCancelled() ? cancelled() : failure(BuildTr::tr("libvirt did not start the VM within 120 s"), false);
    }
    if (!created.result())
        return StageResult::failed(m_req.stage, BuildTr::tr("Cannot start the VM: %1").arg(created.result().error().message));
    m_created = true;
    m_stoppedFuture = domains.whenStopped(m_domain);
    if (auto attached = attachStreams(); !attached)
        return failure(attached.error().message, false);
    auto resumed = domains.resume(m_domain);
    if (waiter.wait(resumed, QDeadlineTimer(60000)) != Waiter::Outcome::Done)
        return m_ctx.cancel.isCancelled() ? cancelled() : failure(BuildTr::tr("libvirt did not resume the VM"), false);
    if (!resumed.result())
        return failure(BuildTr::tr("Cannot resume the VM: %1").arg(resumed.result().error().message), false);
    m_bootClock.start();
    m_ctx.journal.timed(BuildTr::tr("VM %1 started (%2, %3 vCPU, %4 MiB)")
                            .arg(m_domain, acceleratorName(spec.accelerator))
                            .arg(spec.vcpus)
                            .arg(spec.memoryMiB),
                        clock);
    return StageResult::ok();
}

Result<void> VmRun::attachStreams()
{
    const Waiter waiter;
    auto channel = DomainStream::openChannel(m_ctx.connection.get(), m_domain, DomainSpec::defaultAgentChannel(),
                                             m_session.eventsSink());
    auto console = DomainStream::openConsole(m_ctx.connection.get(), m_domain, m_session.consoleSink());
    waiter.wait(channel, QDeadlineTimer(30000));
    waiter.wait(console, QDeadlineTimer(30000));
    if (!channel.isFinished() || !channel.result())
        return fail(BuildTr::tr("Cannot open the agent channel of VM %1: %2")
                        .arg(m_domain, channel.isFinished() ? channel.result().error().message : BuildTr::tr("no answer")));
    m_channel = *channel.result();
    m_session.setChannel(m_channel);
    if (console.isFinished() && console.result())
        m_console = *console.result();
    else // the console is a second log; the build can go on without it
        m_ctx.journal.warning(BuildTr::tr("Cannot open the serial console of VM %1: %2")
                                  .arg(m_domain, console.isFinished() ? console.result().error().message : BuildTr::tr("no answer")));
    return {};
}

StageResult VmRun::follow()
{
    const StepTracker &tracker = m_session.tracker();
    const int bootSeconds = bootTimeoutSeconds(m_req.timeoutSeconds);
    QDeadlineTimer helloDeadline(qint64(bootSeconds) * 1000);
    QDeadlineTimer nextPoll(kTickMs);
    const Waiter waiter = m_ctx.waiter();
    for (;;) {
        const QDeadlineTimer tick(kTickMs);
        const auto channelEnded = [this] { return m_channel && !m_channel->isOpen(); };
        const auto outcome = waiter.until(
            [&] {
                return m_stoppedFuture.isFinished() || tracker.runEnded() || tracker.boots() > m_hellosNoted || channelEnded()
                    || m_connectionLost
                    || m_session.diskWriteFailed()
                    || (tracker.boots() <= tracker.reboots() && helloDeadline.hasExpired()) || m_stageDeadline.hasExpired();
            },
            tick);
        m_session.drain();
        noteHellos();
        if (outcome == Waiter::Outcome::Cancelled)
            return cancelled();
        if (m_session.diskWriteFailed())
            return failure(BuildTr::tr("Cannot write the build logs: %1\nFree space on that disk (or point KILN_HOME at a "
                                       "disk with room), then start the build again.")
                               .arg(m_session.writeError()),
                           false);
        if (tracker.runEnded())
            return afterRunEnd();
        if (m_stoppedFuture.isFinished()) {
            m_stopped = true;
            waiter.sleep(200); // the last bytes of the channel may still be on their way
            m_session.drain();
            if (tracker.runEnded())
                return afterRunEnd();
            if (!tracker.helloSeen())
                return failure(BuildTr::tr("The VM stopped before the agent said hello (see the console below)"), true);
            return failure(BuildTr::tr("The VM stopped before the agent finished, while running %1").arg(tracker.position()),
                           true);
        }
        // Waiting for a hello: the first boot, or the boot after a reboot the agent asked for.
        if (tracker.boots() <= tracker.reboots()) {
            if (m_rebootsSeen != tracker.reboots()) {
                m_rebootsSeen = tracker.reboots();
                m_bootClock.start();
                helloDeadline = QDeadlineTimer(qint64(bootSeconds) * 1000);
                m_ctx.journal.info(BuildTr::tr("the guest reboots (reboot %1); waiting for the agent").arg(m_rebootsSeen));
            } else if (helloDeadline.hasExpired()) {
                return failure(tracker.reboots() == 0
                                   ? BuildTr::tr("The agent did not say hello within %1 s of the VM's start (see the console below)").arg(bootSeconds)
                                   : BuildTr::tr("The agent did not come back within %1 s after reboot %2 (see the console below)")
                                         .arg(bootSeconds)
                                         .arg(tracker.reboots()),
                               true);
            }
        }
        if (m_stageDeadline.hasExpired())
            return failure(BuildTr::tr("%1 timed out after %2 s while running %3")
                               .arg(m_req.stage)
                               .arg(m_req.timeoutSeconds)
                               .arg(tracker.position().isEmpty() ? BuildTr::tr("the VM") : tracker.position()),
                           true);
        // A lost connection takes its streams along, even when no stream event says so: re-attach.
        if ((channelEnded() || m_connectionLost) && !recoverStreams())
            return failure(m_connectionLost ? BuildTr::tr("Lost the connection to libvirt and could not reconnect within %1 s: %2")
                                                  .arg(reconnectTimeoutSeconds())
                                                  .arg(m_connectionError)
                                            : BuildTr::tr("The agent channel of VM %1 closed unexpectedly").arg(m_domain),
                           true);
        if (nextPoll.hasExpired()) {
            nextPoll = QDeadlineTimer(kTickMs);
            pollChannelState();
            if (m_portClosed && tracker.boots() > tracker.reboots() && m_portClosedSince.hasExpired())
                return failure(BuildTr::tr("The agent stopped while running %1: its channel has been closed for %2 s")
                                   .arg(tracker.position().isEmpty() ? BuildTr::tr("its plan") : tracker.position())
                                   .arg(kPortClosedGraceMs / 1000),
                               true);
        }
    }
}

// Where a VM's time goes, in the worker log: how long each boot took to reach the agent.
void VmRun::noteHellos()
{
    const StepTracker &tracker = m_session.tracker();
    if (tracker.boots() <= m_hellosNoted)
        return;
    m_hellosNoted = tracker.boots();
    const double uptime = tracker.lastHelloUptime();
    const QString boot = m_hellosNoted == 1 ? BuildTr::tr("the agent said hello") : BuildTr::tr("the agent said hello again (boot %1)").arg(m_hellosNoted);
    m_ctx.journal.timed(uptime > 0 ? BuildTr::tr("%1 at the guest's uptime %2 s").arg(boot, QString::number(uptime, 'f', 2)) : boot,
                        m_bootClock);
}

void VmRun::pollChannelState()
{
    if (m_xmlPoll.isValid() && !m_xmlPoll.isFinished())
        return;
    if (m_xmlPoll.isValid() && m_xmlPoll.resultCount() > 0 && m_xmlPoll.result()) {
        const QString state = channelState(*m_xmlPoll.result(), DomainSpec::defaultAgentChannel());
        const bool closed = state == u"disconnected";
        // Events arriving mean the agent lives (an agent may open the port per write).
        const qint64 bytes = m_session.eventBytes();
        if ((closed && !m_portClosed) || bytes != m_eventBytesAtPoll)
            m_portClosedSince = QDeadlineTimer(kPortClosedGraceMs);
        m_eventBytesAtPoll = bytes;
        m_portClosed = closed;
    }
    m_xmlPoll = VirtDomains(m_ctx.connection.get()).xmlDescription(m_domain);
}

bool VmRun::recoverStreams()
{
    const Waiter waiter = m_ctx.waiter();
    // A channel that ends while the VM is about to stop is normal: give the stop event a moment.
    if (waiter.until([this] { return m_stoppedFuture.isFinished(); }, QDeadlineTimer(3000)) == Waiter::Outcome::Done)
        return true;
    if (m_ctx.cancel.isCancelled())
        return true; // the caller's next check handles it
    if (m_connectionLost)
        m_ctx.journal.warning(BuildTr::tr("waiting up to %1 s for libvirt to come back, then re-attaching to VM %2")
                                  .arg(reconnectTimeoutSeconds())
                                  .arg(m_domain));
    else
        m_ctx.journal.warning(BuildTr::tr("the agent channel of VM %1 closed while the VM runs; re-attaching").arg(m_domain));
    if (waiter.until([this] { return m_ctx.connection->isOpen() || m_stoppedFuture.isFinished(); },
                     QDeadlineTimer(qint64(reconnectTimeoutSeconds()) * 1000))
        != Waiter::Outcome::Done)
        return m_ctx.cancel.isCancelled();
    if (m_stoppedFuture.isFinished())
        return true;
    // The old streams belong to the connection that went away: close them before re-attaching.
    if (m_channel)
        m_channel->close();
    if (m_console)
        m_console->close();
    m_console.reset();
    // libvirt may take a moment to answer again after a restart.
    for (int attempt = 0; attempt < 10 && !m_ctx.cancel.isCancelled(); ++attempt) {
        if (auto attached = attachStreams(); attached) {
            m_connectionLost = false;
            m_ctx.journal.info(BuildTr::tr("re-attached to the agent channel and console of VM %1").arg(m_domain));
            return true;
        } else if (attempt == 9) {
            m_connectionError = attached.error().message;
        }
        waiter.sleep(1000);
    }
    return m_ctx.cancel.isCancelled();
}

StageResult VmRun::afterRunEnd()
{
    const StepTracker &tracker = m_session.tracker();
    const AgentEvent::Status status = tracker.runStatus();
    const bool keepRunning = m_req.agentPlan.keepRunning;
    const Waiter waiter; // the run is over: finish it even when a cancel arrives now
    if (status != AgentEvent::Status::Success && keepRunning && m_req.keepOnFailure) {
        m_session.drain();
        return failure(tracker.failure() ? tracker.failure()->message : BuildTr::tr("the run failed"), false);
    }
    QElapsedTimer sinceRunEnd;
    sinceRunEnd.start();
    if (keepRunning) // the agent leaves the VM running (keep-on-failure plans): shut it down now
        (void)VirtDomains(m_ctx.connection.get()).shutdown(m_domain);
    if (m_req.diskDiscarded && !keepRunning) {
        // Nothing of this VM is kept: the events up to run.end are in, and the guest's own
        // poweroff (quiesce, ACPI, QEMU's exit) would only add a second or more to the stage.
        m_session.drain();
        stopVm(false);
    }
    if (waiter.until([this] { return m_stoppedFuture.isFinished(); }, QDeadlineTimer(kPowerOffWaitMs)) != Waiter::Outcome::Done) {
        m_ctx.journal.warning(BuildTr::tr("VM %1 did not power off %2 s after the run ended; pressing its power button")
                                  .arg(m_domain)
                                  .arg(kPowerOffWaitMs / 1000));
        (void)VirtDomains(m_ctx.connection.get()).shutdown(m_domain);
        if (waiter.until([this] { return m_stoppedFuture.isFinished(); }, QDeadlineTimer(20000)) != Waiter::Outcome::Done) {
            m_ctx.journal.warning(BuildTr::tr("VM %1 ignored the power button; destroying it").arg(m_domain));
            stopVm(false);
        }
    }
    m_stopped = true;
    m_ctx.journal.timed(m_req.diskDiscarded ? BuildTr::tr("the run ended (%1); VM %2 destroyed").arg(AgentEvent::statusName(status), m_domain)
                                            : BuildTr::tr("the run ended (%1); VM %2 powered off").arg(AgentEvent::statusName(status), m_domain),
                        sinceRunEnd);
    // The console's last lines may still be on their way: the streams end with the VM.
    const auto streamOpen = [](const std::shared_ptr<DomainStream> &s) { return s && s->isOpen(); };
    waiter.until([&] { return !streamOpen(m_console) && !streamOpen(m_channel); }, QDeadlineTimer(100));
    m_session.drain();
    switch (status) {
    case AgentEvent::Status::Success:
        return StageResult::ok();
    case AgentEvent::Status::Cancelled:
        if (m_ctx.cancel.isCancelled())
            return cancelled();
        return failure(BuildTr::tr("The agent cancelled the run"), false);
    default:
        return failure(tracker.failure() ? tracker.failure()->message : BuildTr::tr("The agent reported a failed run"), false);
    }
}

StageResult VmRun::failure(const QString &message, bool withConsole)
{
    m_session.drain();
    FailureContext f;
    f.stage = m_req.stage;
    // The failed step, else the step that was running (the agent or the VM went away in it).
    auto where = m_session.tracker().failure();
    if (!where)
        where = m_session.tracker().runningStep();
    if (where) {
        f.component = where->component;
        f.phase = where->phase;
        f.step = where->step;
        f.exitCode = where->exitCode;
    }
    f.message = message;
    const QStringList recent = m_session.recentLines();
    f.logTail = withConsole || recent.isEmpty() ? m_session.consoleTail(50) : recent;
    if (m_created && !m_stopped) {
        if (m_req.keepOnFailure) {
            m_kept = true;
            m_ctx.keptDomains << m_domain;
            m_ctx.journal.info(BuildTr::tr("keeping VM %1 for inspection (keep-VM-on-failure): virsh -c %2 console %1")
                                   .arg(m_domain, m_ctx.plan.infrastructure.uri));
        } else {
            stopVm(false);
        }
    }
    return StageResult::failed(f);
}

StageResult VmRun::cancelled()
{
    if (m_created && !m_stopped) {
        m_session.cancel();
        const Waiter waiter; // this wait is part of the cancel itself
        if (waiter.until([this] { return m_stoppedFuture.isFinished(); }, QDeadlineTimer(kCancelGraceMs)) == Waiter::Outcome::Done)
            m_stopped = true;
        else
            stopVm(false);
    }
    m_session.drain();
    return StageResult::cancelled();
}

void VmRun::stopVm(bool graceful)
{
    VirtDomains domains(m_ctx.connection.get());
    if (graceful)
        (void)domains.shutdown(m_domain);
    auto destroyed = domains.destroy(m_domain);
    if (Waiter().wait(destroyed, QDeadlineTimer(10000)) != Waiter::Outcome::Done || !destroyed.result())
        m_ctx.journal.warning(BuildTr::tr("Cannot destroy VM %1: %2")
                                  .arg(m_domain, destroyed.isFinished() ? destroyed.result().error().message : BuildTr::tr("no answer")));
    m_stopped = true;
}

void VmRun::finishSession(const QString &why, bool cancelled)
{
    if (m_channel)
        m_channel->close();
    if (m_console)
        m_console->close();
    m_session.finish(why, cancelled);
}

} // namespace Kiln::Core
