<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionIcons</name>
    <message>
        <source>Run programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads and uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentTemplates</name>
    <message>
        <source>Build component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs and configures software: build and validate phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the finished image: a test phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from scratch with one empty build phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Check the URI&apos;s spelling. Examples: qemu:///session, qemu:///system, qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libvirt has no driver for that URI. Install libvirt-daemon-system and qemu-system-x86, and check the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that &quot;ssh HOST&quot; works without a password prompt (use a key) and that libvirt is installed and running on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user may not use this URI. Use qemu:///session, or add yourself to the &quot;libvirt&quot; group and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirtd is not running. Start it: &quot;sudo systemctl start libvirtd&quot;, or without systemd &quot;virtlogd -d; libvirtd -d&quot; (Kiln&apos;s scripts/daemons.sh does this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon or the remote host does not answer. Check that libvirtd is running and not stuck, and the network to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URI, and that libvirtd is installed and running where it points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>%1: %2 is outside %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty item in the list &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the step in &quot;%2&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the range &quot;%2&quot; runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is empty: enter a cron expression such as &quot;0 3 * * *&quot; (every day at 03:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A cron expression has 5 fields (minute hour day-of-month month day-of-week); this one has %n.</source>
        <translation>
            <numerusform>A cron expression has 5 fields (minute hour day-of-month month day-of-week); this one has %n.</numerusform>
            <numerusform>A cron expression has 5 fields (minute hour day-of-month month day-of-week); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule never runs: no month in it has such a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::AgentEventFormatter</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 resumed after a reboot (boot %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 started (boot %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Component %1 (phases: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[iteration %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 with exit code %4 after %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component %1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Rebooting the guest for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Rebooting the guest for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package inventory: %1 packages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run succeeded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent event &quot;%1&quot; (not known to this version of Kiln)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::AgentEventParser</name>
    <message>
        <source>a line longer than %1 bytes was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event stream ended in the middle of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent event stream, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent restarted its event numbering (seq %1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agent event is missing (seq %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agent events are missing (seq %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON event (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON event (not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object without an &quot;event&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::Build</name>
    <message>
        <source>%1 bytes of agent events were not parsed live (they are in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the build worker: kilnctl was not found (install Kiln, or set KILN_KILNCTL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the log folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the build worker %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 has already finished (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another build worker holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build plan is damaged: field &apos;%1&apos; of %2 is missing or has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build plan has version %1; this Kiln reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 of pipeline %2: image %3 from %4 on %5 (%6 components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component test %1: %2 (phases %3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the package inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is AVAILABLE (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component test passed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build cancelled during %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for inspection: VM %1 with its disks; remove them with: kilnctl build cleanup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 temporary volume(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build failed in %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last log lines:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (SIGINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build worker %1 started for build %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked interrupted build %1 as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed leftovers of crashed runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download the image volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download the base volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3 bytes, sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use pool %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1 to pool %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded %1 to pool %2 on %3 (sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1/SHA256SUMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1/metadata.json: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free space in %1 (builds need room for overlays and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free space in %1: less than 5 GiB left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirtd running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtlogd running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that libvirtd runs on the remote host and that ssh reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage pool writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virsh -c %1 pool-destroy %2; virsh -c %1 pool-undefine %2  (Kiln recreates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to pool %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free disk in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: builds run under TCG (emulation, several times slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable virtualization in the firmware and load kvm_intel or kvm_amd (modprobe kvm_intel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KVM guest answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM is present but a KVM guest did not run (%1): builds use TCG; set accelerator: tcg in your infrastructure configurations to skip the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest agent present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiln-agent was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninja -C build kiln-agent (or install Kiln; KILN_AGENT=PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free disk in the Kiln home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1 for leftovers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list leftovers on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build worker (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no build worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (%1 had stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: no build worker started within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: %1 stopped during %2 before the build finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 is still running (%2); cancel it first: kilnctl build cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of base image %1 is missing: %2. Import the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image %1 has no disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image %1 is volume %2 in pool %3 on %4, but infrastructure %5 builds in pool %6 on %7. Use an infrastructure with that URI and pool, or export the image to a directory and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value for parameter &apos;%2&apos; (--parameters %2=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos; (it declares: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: recipe %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: parent image %2 of recipe %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: infrastructure %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: recipe %2 has no components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1: distribution %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a component reference or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrastructure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos; (build, validate or test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1 is disabled; enable it to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the image row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another build that uploads the same image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the VM&apos;s disk (an overlay on %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent (kiln-agent) was not found. Build it (ninja kiln-agent), install Kiln, or point KILN_AGENT at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start building the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso did not finish within 120 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload the seed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VM disks ready: overlay %2 on %3, seed %4 (%5 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to libvirt at %1: %2. Is libvirtd running? Run &apos;kilnctl doctor&apos; (or scripts/daemons.sh) to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use storage pool %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1, pool %2 at %3 (%4 MiB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage pool %1 has only %2 MiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerator auto → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of base image %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded the %1 as volume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put base image %1 into pool %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded base image %1 as volume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1 is already volume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build VM finished: %1 boot(s), OS %2, %3 packages (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot capture the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured volume %1 (%2 bytes of changes, sha256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests passed (%1 documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reported a failed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started again before it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed with exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for a reboot (exit code 194); runs again after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooted the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended before this step did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Is it installed? (scripts/deps.sh installs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to libvirt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnected to libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt did not start the VM within 120 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt did not resume the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 started (%2, %3 vCPU, %4 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the agent channel of VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the serial console of VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM stopped before the agent said hello (see the console below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM stopped before the agent finished, while running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest reboots (reboot %1); waiting for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not say hello within %1 s of the VM&apos;s start (see the console below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not come back within %1 s after reboot %2 (see the console below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out after %2 s while running %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to libvirt and could not reconnect within %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent channel of VM %1 closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent stopped while running %1: its channel has been closed for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent channel of VM %1 closed while the VM runs; re-attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-attached to the agent channel and console of VM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 did not power off %2 s after the run ended; pressing its power button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 ignored the power button; destroying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cancelled the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reported a failed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping VM %1 for inspection (keep-VM-on-failure): virsh -c %2 console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot destroy VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left on the disk of %1 while writing %2 (%3 free there): %4
Free space in %1, or choose another target directory in distribution configuration %5, then start the pipeline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free disk for exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the build logs: %1
Free space on that disk (or point KILN_HOME at a disk with room), then start the build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said hello again (boot %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the guest&apos;s uptime %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting up to %1 s for libvirt to come back, then re-attaching to VM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended (%1); VM %2 destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended (%1); VM %2 powered off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::ImageImporter</name>
    <message>
        <source>this importer already ran; use a new ImageImporter per import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::LogFeed</name>
    <message>
        <source>[… %1 bytes skipped, see full log]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The log file was truncated or replaced: following it from its start]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::LogSink</name>
    <message>
        <source>The log %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Core::SeedBuilder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kiln-agent binary given for the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kiln-agent binary %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kiln-agent binary %1 is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build plan for the seed is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid instance id &quot;%1&quot;: use up to 128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid host name &quot;%1&quot;: use up to 63 letters, digits or &apos;-&apos;, not at either end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid document file name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, ending in .yml or .yaml (at most 200 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two documents are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the seed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the seed %1: xorriso is not installed (apt-get install xorriso, or run scripts/deps.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a staging folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a staging folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the seed %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the seed %1: xorriso did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xorriso failed (%1) building the seed %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ActionHelp</name>
    <message>
        <source>Place the cursor in a step to see what its action does. The action modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;inputs&lt;/b&gt; is a list: each entry is one operation with the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;inputs&lt;/b&gt; is one condition, written like a step&apos;s &lt;code&gt;if&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step may leave out &lt;code&gt;inputs&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an output in a later step as &lt;code&gt;{{ phase.step.outputs.name }}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All action modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ActionPalette</name>
    <message>
        <source>&lt;b&gt;Action modules&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step of the selected action module after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be edited visually right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::AddStepDialog</name>
    <message>
        <source>Add a %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build (new phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step starts with a sample condition; edit it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action has no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One operation; add more later in the step form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start of the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase already has a step named %1; step names are unique in a phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the required inputs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildEstimate</name>
    <message>
        <source>Took %1 (usually %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet: the time left is estimated once a build of this pipeline has succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from the median of %n successful build(s)</source>
        <translation>
            <numerusform>from the median of %n successful build</numerusform>
            <numerusform>from the median of %n successful builds</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a build worker. A build usually takes %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate: no successful build has run the stage %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taking longer than usual (usually %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taking longer than usual (usually %2); about %3 after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildHistoryChart</name>
    <message>
        <source>No builds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished builds of %1 yet: the chart fills as builds end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Success rate %1 % (%2 of %n build(s))</source>
        <translation>
            <numerusform>Success rate %1 % (%2 of %n build)</numerusform>
            <numerusform>Success rate %1 % (%2 of %n builds)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage durations of the last %n build(s) of %1</source>
        <translation>
            <numerusform>Stage durations of the last %n build of %1</numerusform>
            <numerusform>Stage durations of the last %n builds of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildModel</name>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildMonitor</name>
    <message>
        <source>Cancel build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the build (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the pipeline again (a new build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step to show its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the components&apos; steps print, with Kiln&apos;s step milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s serial console: boot messages and anything the guest prints there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build worker&apos;s log: stages, timings, warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage durations and success rate of this pipeline&apos;s builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline&apos;s builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component test has no pipeline history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builds of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1: component test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1: test of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &lt;a href=&quot;image:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1, waiting for its build worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel requested: the worker stops at the next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build was cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build log %1 does not exist (it was removed, or the build never started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build VM: agent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build VM: serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test VM: agent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test VM: serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log files left for this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel build #%1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build worker stops its VM, removes the build&apos;s temporary disks and marks the image CANCELLED. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling build #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 could not be cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested: the build worker stops at the next safe point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a new build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildMonitorPanel</name>
    <message>
        <source>Build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds yet.
Run a pipeline (Pipelines ▸ Run, or Create and run in the wizard) and follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildRerun</name>
    <message>
        <source>Build #%1 has no pipeline to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component test cannot be run again: its plan is unreadable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildStepModel</name>
    <message>
        <source>Component and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, phase %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>loop iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (iteration %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildView</name>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a log to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1: component test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested; the build stops at the next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a build worker to pick this build up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildsPanel</name>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in build monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a build to see its stages, steps, failure and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds yet.
Run a pipeline to build an image; every run is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the newest %n build(s); scroll down for older ones</source>
        <translation>
            <numerusform>the newest %n build; scroll down for older ones</numerusform>
            <numerusform>the newest %n builds; scroll down for older ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::CloseGuard</name>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) still running:</source>
        <translation>
            <numerusform>%n build still running:</numerusform>
            <numerusform>%n builds still running:</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each build runs in its own build worker and goes on when Kiln closes; reopen Kiln (or run &quot;kilnctl build logs --follow ID&quot;) to follow it again. Or cancel them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel builds and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every build was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These builds could not be cancelled and keep running:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentCatalogModel</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentDetails</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build component (runs while the image is built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test component (runs on the finished image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentEditor</name>
    <message>
        <source>untitled.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the step; Ctrl+Z moves it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the step; Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not a component document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2. The outline shows the part before line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2. The outline shows the last readable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The outline shows the last readable version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Large document (%1 MB): folding and completion while typing are off (Ctrl+Space still completes); it is checked in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML cannot be read; fix it in the text before adding steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the step; Ctrl+Z removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentEditorPanel</name>
    <message>
        <source>Component documents (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New component from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a component file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this document in the catalog as a new component version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this document on a base image in a throwaway VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Write a component&lt;/h3&gt;&lt;p&gt;Components are AWSTOE YAML documents: phases of steps that install, configure or test software in an image. Edit the text with completion and live checks, or the outline and forms beside it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open component &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an AWSTOE YAML file in the component editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save component &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled-%1.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you do not save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; “New version” stores your changes as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this content; nothing new was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentImportDialog</name>
    <message>
        <source>Import component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AWSTOE component document (.yml, .yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: taken from the document when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component documents (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the component file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; that is not a component document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating and storing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentSelection</name>
    <message>
        <source>Components in the catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a component (or a version of it) to add it to the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this recipe, in the order they run (drag to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exact version (1.2.3) or a wildcard that picks the newest match: 1.2.x, 1.x.x, x.x.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (* = required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add components from the catalog on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1 now; a wildcard picks the newest match when a build starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the document gives no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parameter %2 is required; give it a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentsPanel</name>
    <message>
        <source>Build and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store an AWSTOE YAML document in the catalog as a new component version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a component version to see its document and compare it with other versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No components yet.
Components are AWSTOE YAML documents that install, configure or test software in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this content; nothing new was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes and images that use this version keep Kiln from deleting it; you will be told which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ConnectionIndicator</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln builds images through libvirt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to check the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DetailsPage</name>
    <message>
        <source>Pipeline details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pipeline and say when it runs. A pipeline builds an image from a recipe, tests it and distributes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; starts with a letter or digit; at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what this pipeline produces and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual: I start builds myself (Run, or kilnctl pipeline start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;schedule (cron expression):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0 3 * * 1  (Mondays at 03:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;test stage: boot the new image in a fresh VM and run the test components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name for the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a pipeline called &quot;%1&quot; already exists. Choose another name, or delete that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DiffView</name>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n line(s) added</source>
        <translation>
            <numerusform>From %1 to %2: %n line added</numerusform>
            <numerusform>From %1 to %2: %n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionModel</name>
    <message>
        <source>directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where finished images are written, and in which formats. Every image also stays in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write finished images out (otherwise they stay in the catalog only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the infrastructure&apos;s URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression applies to directory targets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write SHA256SUMS next to the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write images to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a configuration called &quot;%1&quot; already exists. Choose it under Configuration, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: add at least one, or untick &quot;Write finished images out&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory must be a full path, like /home/you/images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be written (no permission on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution configurations are created in the pipeline wizard or with kilnctl apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a distribution configuration to see where its images go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distribution configurations yet.
They say where finished images are written and in which formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete distribution configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln refuses while a pipeline uses it, and tells you which. Files already written stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::FailurePanel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open VM console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the kept VM&apos;s screen in virt-viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects the failed step and shows its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open full log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the build&apos;s log file; the arrow lists every log of this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the pipeline again (a new build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 failed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build worker recorded no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the VM this build kept for inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build&apos;s VM was removed. To inspect it next time, turn on &quot;Keep the VM when a build fails&quot; in the pipeline&apos;s infrastructure configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM of this build is left (it was removed, for example with &quot;kilnctl build cleanup&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 was kept for inspection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its serial console in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is shut off; start it first: virsh -c %1 start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for the kept VM on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::FindBar</name>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageCatalogModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageDetails</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components, exactly as built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search packages by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a log to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built by Kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in pool %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (imported images are not inspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (imported base image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package inventory: Kiln records it when it builds an image, not for imported ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 packages match &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (QEMU, compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (any hypervisor, full size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmdk (VMware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vhdx (Hyper-V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image&apos;s disk is a libvirt volume (%1 in pool %2), not a file here. Export it with a distribution configuration, which can write to a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting with qemu-img…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img could not be started. Install it (Debian: apt install qemu-utils) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageImportDialog</name>
    <message>
        <source>Import image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk file: qcow2, raw, vmdk or vhdx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. debian-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot a kernel directly (for images without a boot loader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file where it is (do not copy it into Kiln&apos;s disk folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vhdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disk file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initrd file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and computing the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImagesPanel</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system id from /etc/os-release, e.g. debian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a disk file as a base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the image but mark it as not recommended: wildcard references skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbid building on this image until it is enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a deprecated or disabled image available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image version to see its status, lineage, packages and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet.
Import a base image (a qcow2, raw, vmdk or vhdx disk) to build on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image version(s)</source>
        <translation>
            <numerusform>%n image version</numerusform>
            <numerusform>%n image versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already in the catalog with the same content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deprecated? (optional, shown with the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it disabled? (optional, shown with the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its disk file %1 will be removed. The catalog keeps a record of the image for lineage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog keeps a record of the image for lineage; files Kiln does not own are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructureModel</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructurePage</name>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the build and test VMs run, and how big they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system for another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s disk size (kept in the recipe); 0 keeps the base image&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: KVM when it works, else TCG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvm: hardware virtualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcg: software emulation (slow, works everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the VM has no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: NAT to the outside (downloads work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the VM when a build fails, to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing needs Kiln&apos;s libvirt layer, which this build does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk size is part of the recipe; the existing recipe keeps its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a libvirt URI first, e.g. qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a configuration called &quot;%1&quot; already exists. Choose it under Configuration, or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI: &quot;%1&quot; is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructurePanel</name>
    <message>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure configurations are created in the pipeline wizard or with kilnctl apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an infrastructure configuration to see where its build VMs run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infrastructure configurations yet.
They say where build VMs run: the libvirt URI, vCPUs, memory and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (KVM when it works, else TCG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no network in the build VM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-mode NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep VM on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: a failed build&apos;s VM stays for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete infrastructure configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln refuses while a pipeline uses it, and tells you which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InputsForm</name>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::IssueModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::IssuesDock</name>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every issue from the list (they come back when their producer reports them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an issue to jump to where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::KeptVm</name>
    <message>
        <source>virt-viewer is not installed. Install it to see the VM&apos;s screen: sudo apt install virt-viewer (Fedora: sudo dnf install virt-viewer). Meanwhile, its serial console works in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-viewer could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ListDetailPanel</name>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::LogSearchBar</name>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::LogView</name>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the first error in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open full log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the complete log file (the view keeps only the newest lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep showing the newest output (scrolling up stops following)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the oldest %1 only in the full log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a pipeline with its recipe, infrastructure and distribution in a wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store an AWSTOE component document in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a disk file as a base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import component…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::MainWindow</name>
    <message>
        <source>Kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kiln %1&lt;/h3&gt;&lt;p&gt;Build, test and version virtual machine images locally, the way EC2 Image Builder does in the cloud: AWSTOE components applied to a base image in real libvirt/QEMU machines, every image kept in a local catalog with its lineage.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::NewVersionDialog</name>
    <message>
        <source>New component version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the document as a new version in the catalog, where recipes can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the document&apos;s description when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the component a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the latest version of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested 1.0.0: the first version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is identical to %1; storing it again returns that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested %1 (latest is %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating and storing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::OutlineModel</name>
    <message>
        <source>(phase without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %n step(s)</source>
        <translation>
            <numerusform>Phase %1: %n step</numerusform>
            <numerusform>Phase %1: %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>(step without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines %1–%2 · drag to move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::OutlinePanel</name>
    <message>
        <source>&lt;b&gt;Outline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phase (build, validate or test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelineModel</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelineWizard</name>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create everything, then start the first build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pipeline and what it needs; run it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created. Starting the first build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline was created, but its build did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelinesPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a build of the selected pipeline now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent builds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a build to open it in the build monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pipeline to see its settings and recent builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet.
A pipeline builds, tests and distributes an image from a recipe. The wizard walks you through everything it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n pipeline</numerusform>
            <numerusform>%n pipelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the image stays in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the test stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual (run it yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1 of %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pipeline %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its recipe, configurations, images and past builds stay in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default libvirt URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the libvirt connection when Kiln starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder must be a full path, like /home/you/kiln-images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipeCatalogModel</name>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipeDetails</name>
    <message>
        <source>Components, in build order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipePage</name>
    <message>
        <source>Image recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe says what the image is made of: a base image and the components applied to it, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic version x.y.z; Kiln adds the build number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a qcow2, raw, vmdk or vhdx disk as a new base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading base images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet: import one from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newest available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no recipes in the catalog yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; it is now the base image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe: choose one, or create a new recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name for the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image: choose one from the catalog, or import a disk file with &quot;Import from a file…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: still checking the versions; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: add at least one build component from the catalog (double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipesPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes are created in the pipeline wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recipe version to see its base image, components and YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image recipes yet.
A recipe is a base image plus the components to apply, in order. Create one with the pipeline wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipe matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines and images that use this recipe keep Kiln from deleting it; you will be told which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image recipes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every choice. Create stores the pipeline and what it needs in the catalog, in one step; Create and run also starts its first build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (next: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep VM on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: images stay in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Everything is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first: go Back to the page concerned.</source>
        <translation>
            <numerusform>%n problem must be fixed first: go Back to the page concerned.</numerusform>
            <numerusform>%n problems must be fixed first: go Back to the page concerned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RunningBuildsIndicator</name>
    <message>
        <source>No builds running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the build monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) running</source>
        <translation>
            <numerusform>%n build running</numerusform>
            <numerusform>%n builds running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StageLogPane</name>
    <message>
        <source>VM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 was removed. The lines below are what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 for this build: its stage did not run, or the file was removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StageTimeline</name>
    <message>
        <source>usually %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StepForm</name>
    <message>
        <source>Select a step in the outline to edit it here, or add one with “Add step”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in its phase; other steps refer to it as {{ phase.name.outputs… }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: stop, the document fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: run the rest, still fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore: run the rest, succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7200 s (default); -1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action takes a list of operations; edit one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operation to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the shown operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to edit its inputs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assert&apos;s inputs are a condition (like a step&apos;s “if”); edit them in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation 1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These inputs should be a list of operations (“- path: …”); fix them in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These inputs should be a mapping (“key: value”); fix them in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition (if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step also has %1. &lt;a href=&quot;#text&quot;&gt;Edit it in the text&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StepStatusStyle</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::TestRunPanel</name>
    <message>
        <source>&lt;b&gt;Test run&lt;/b&gt; on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base image the throwaway VM boots from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the images from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this phase of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the test run (a running test goes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this document&apos;s phases in a VM that is removed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No available image: import one in Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the document has no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The document has %n error(s); fix them before a test run (see the Issues dock).</source>
        <translation>
            <numerusform>The document has %n error; fix it before a test run (see the Issues dock).</numerusform>
            <numerusform>The document has %n errors; fix them before a test run (see the Issues dock).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a base image (import one in Images first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value for the parameter %1: it has no default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one phase to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the test document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a throwaway VM from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test run did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1: waiting for the VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test run cannot be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1: starting the VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1: running %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1 succeeded in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run %1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling test run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::TimelineStages</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::VersionCompare</name>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only version: there is nothing to compare it with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::VisualEdits</name>
    <message>
        <source>The document is still being checked; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML cannot be read (%1); fix it in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed while the edit was prepared; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KilnCatalog</name>
    <message>
        <source>no build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 has already finished (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no build step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kiln home folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was closed before this change was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: the document could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid component document (%n error(s)):
%2</source>
        <translation>
            <numerusform>%1 is not a valid component document (%n error):
%2</numerusform>
            <numerusform>%1 is not a valid component document (%n errors):
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no component with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component platform &apos;%1&apos; is not supported: Kiln builds Linux images (platform Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the component document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (built with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (refers to it as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 cannot be deleted: it is still used by %2. Delete or change those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available: install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is busy: another Kiln process kept it locked for more than 5 seconds. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the catalog %1 is full (%2). Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the catalog %1: input/output error (%2). Is the disk full or failing? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or not a Kiln catalog (%2). Restore a backup, or move the file away to start a new catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 (%2). Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip-compressed file; decompress it first (gunzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an xz-compressed file; decompress it first (unxz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zstd-compressed file; decompress it first (unzstd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bzip2-compressed file; decompress it first (bunzip2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive; extract the disk image from it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive; extract the disk image from it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tar archive; extract the disk image from it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program (ELF executable), not a disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img sees only unstructured (&apos;raw&apos;) data, and Kiln accepts raw data as a disk only when it is a non-empty whole number of 512-byte sectors that is not text, an archive or a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a disk image: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a disk image: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a disk image: %2. Its %3 bytes are not a whole number of 512-byte sectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a disk image: %2. It looks like a text file (no zero bytes in its first %3 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run qemu-img (%1); install qemu-utils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu-img info %1 did not finish within 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable disk image: qemu-img says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; disk image; Kiln imports qcow2, raw, vmdk and vhdx. Convert it first, e.g. qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 overlay on the backing file %3; import a standalone disk instead (flatten it with qemu-img convert -O %2 %1 flat.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multi-file vmdk (its data is in %2); convert it to one file first: qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: qemu-img reports no virtual size; the image is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read kernel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no distribution configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution %1 has no targets; add a directory or a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets[%1]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory must be an absolute path, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression &apos;%1&apos; is only possible for directory targets (a pool volume must be a usable disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats is empty; choose from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown compression &apos;%1&apos;; choose from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution configuration %1 cannot be deleted: it is used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the permissions, or choose another home with --home DIR or KILN_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed: %2. Is the disk full? Free space, or import with --in-place to register the file where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 failed: %2. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was cancelled; nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the download to %1 failed: %2. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1 failed: %2; nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1 failed: HTTP status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a disk file or a URL to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sha256 must be 64 hexadecimal digits, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only https:// URLs can be imported (http:// only from this machine, for tests), because a disk image is code you will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing from a URL needs the image&apos;s sha256 (--sha256) to check the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--in-place applies to local files, not URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct kernel boot needs both a kernel and an initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel command line needs a kernel and an initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initrd %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download of %1 has sha256 %2, not the expected %3; it was discarded and nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download of %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the copy into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sha256 %2, not the expected %3; nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2 and cannot be used to build%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is AVAILABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2: its disk can no longer change (images are immutable once built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2: its inventory can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2: its build is still running; cancel the build first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 cannot be deleted while builds use it as their base: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no infrastructure configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrastructure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri &apos;%1&apos; is not a libvirt URI (e.g. qemu:///session, qemu:///system, qemu+ssh://host/system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcpus must be between 1 and 256, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memoryMiB must be between 64 and 4194304, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts are seconds, 0 for no limit; they cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrastructure configuration %1 cannot be deleted: it is used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is not an SQLite database. Kiln left it untouched; move it away or choose another --home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is another application&apos;s SQLite database (application id 0x%2). Kiln left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Kiln (schema version %2; this Kiln knows versions up to %3). Upgrade Kiln, or use another --home. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is an SQLite database of another program. Kiln left it untouched; move it away or choose another --home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 could not be switched to WAL journaling (it reports &apos;%2&apos;); is it on a network file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the catalog %1 to schema version %2 (%3) failed; it was left at version %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image pipeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule &apos;%1&apos; is neither &apos;manual&apos; nor a cron expression of 5 fields (minute hour day-of-month month day-of-week, e.g. &apos;0 3 * * 1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule &apos;%1&apos;: the %2 field &apos;%3&apos; is not valid (allowed: *, */n, numbers %4-%5, ranges a-b, lists a,b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrastructure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1 cannot be deleted while its builds are running (%2); cancel them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 matches %2%3 (%4 has %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipe with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diskSizeGiB must be between 1 and 65536 (or 0 to keep the parent image&apos;s size), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workingDirectory must be an absolute path in the guest, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1 has no components; add at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentImage is missing: name the base image, e.g. tinyos@1.x.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentImage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentImage %1 does not match a usable image yet (%2); builds fail until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 has no parameter &apos;%2&apos; (it declares: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 needs a value for parameter &apos;%2&apos; (it has no default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (built from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline %1 (recipe: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1 cannot be deleted: it is still used by %2. Delete or change those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2…&apos; is %3 characters long; at most 128 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; must start with a letter or a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; contains &apos;%3&apos;; use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: the build number &apos;%2&apos; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; is not of the form kiln:&lt;type&gt;/&lt;name&gt;[/&lt;x.y.z&gt;[/&lt;build&gt;]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: unknown resource type &apos;%2&apos; (component, image or recipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; has type &apos;%2&apos;, but type &apos;%3&apos; is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name in reference &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: a build number needs an exact version (like 1.0.0/2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is defined twice; the first is at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied (%n problem(s)).</source>
        <translation>
            <numerusform>Nothing was applied (%n problem).</numerusform>
            <numerusform>Nothing was applied (%n problems).</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named &apos;%1&apos; to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keys must be plain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos; (known fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text value, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;components&apos; must be a list of {component: REF, parameters: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;component&apos; and optional &apos;parameters&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.parameters must be a mapping of name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;component&apos; reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;timeouts&apos; must map stages (create, build, test, distribute) to seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;targets&apos; must be a list of {directory: PATH} or {pool: NAME, uri: URI} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;directory&apos; or &apos;pool&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;formats&apos; must be a list such as [qcow2, raw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;directory&apos; or &apos;pool&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;uri&apos; only goes with a &apos;pool&apos; target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource document must be a mapping that starts with &apos;kind:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no &apos;kind&apos;; use ImageRecipe, InfrastructureConfiguration, DistributionConfiguration or ImagePipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the required field &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: no resource documents found (each needs &apos;kind:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a resource file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number is missing; write three numbers like 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 part &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number has a leading zero; write %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number is larger than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is empty; write three numbers like 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos; must have three parts, major.minor.patch (like 1.0.0), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: wildcards (&apos;x&apos;) are allowed in references, not in the version of a new resource; write three numbers like 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: a wildcard &apos;x&apos; may only be followed by wildcards, because the newest match is found from the major number down; the %2 part is &apos;x&apos; but the %3 part is fixed. Write e.g. &apos;%4&apos;, or give every number before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image cannot go from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted image stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build stages only move forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its build is still running; cancel the build first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finished image never goes back into a build; run the pipeline again for a new build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 image can only be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an allowed life cycle change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a build cannot go from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel image (no bzImage, arm64 Image or ELF vmlinux header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1 failed: the server sent %2 of %3 bytes; nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image list page is either after a row or at an offset, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCreator</name>
    <message>
        <source>pipeline wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already exists: if the content differs, Kiln stores it as build %3 of that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe has no build component: the image will be a copy of its base image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests are on but the recipe has no test component: only the build components&apos; test phases run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test to %1 failed: builds fail until libvirt is reachable there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With kvm, builds fail on machines where KVM is missing or unusable; auto falls back to TCG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotDriver</name>
    <message>
        <source>unknown action &apos;ExecuteBsh&apos;; did you mean &apos;ExecuteBash&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &apos;Unused&apos; is never referenced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The catalog was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kiln cannot open its catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog at %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What you can do: choose another folder for Kiln&apos;s data, or quit, move the file away (Kiln then starts with an empty catalog) and start Kiln again. To always use another folder, start Kiln with --home DIR or set KILN_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Kiln&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build, test and version VM images locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Kiln&apos;s catalog, disks and logs in &lt;dir&gt; (default: $KILN_HOME, else the user data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of every main screen to &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
