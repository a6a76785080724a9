#!/usr/bin/env bash
# Head to head (issue 7 item 4): the same customization script on the same base disk (the
# debian-cloud fixture), done by each tool on this machine in one run. Prints a table: wall time
# (median of N), peak RSS of the orchestrating processes, output image size; then Kiln's time per
# stage (boot, steps, generalization, host work, orchestration share) and the issue's ratios.
#
#   KILNCTL=BUILD/app/kilnctl/kilnctl tests/bench/peers/run.sh [--runs N] [--only TOOL[,TOOL…]] [WORKDIR]
#   (TOOL: kiln-build, kiln-build+test, kiln (both), packer, virt-customize)
#
# Peers: Packer (Debian's packer 1.6.6, qemu builder, disk_image, TCG, SSH over user-mode NAT,
# cidata CD made by cd_files/cd_label) and virt-customize --run (libguestfs, direct backend,
# force_tcg); Kiln (`kilnctl pipeline start --follow`, tests off and on; KILN_AGENT must point at a
# static kiln-agent when kilnctl is not installed next to one). Not a test: nothing is asserted
# beyond "the tool succeeded and the image holds the script's marker file" (read with debugfs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../../.." && pwd)
RUNS=3
ONLY=
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    -*) echo "usage: $0 [--runs N] [--only TOOL[,TOOL…]] [WORKDIR]  (TOOL: kiln-build, kiln-build+test, kiln, packer, virt-customize)" >&2; exit 2 ;;
    *) break ;;
  esac
done
WORK=${1:-$(mktemp -d /var/tmp/kiln-peers.XXXXXX)}
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
FIXTURE=${KILN_FIXTURES_DIR:-/var/tmp/kiln-fixtures}/debian-cloud
"$SRC/tests/fixtures/debian-cloud/build.sh" "$FIXTURE" >&2
BASE=$FIXTURE/debian-cloud.qcow2
SCRIPT=$HERE/customize.sh
GENERALIZE=$SRC/core/build/seed/generalize.sh
RESULTS=$WORK/results.tsv
KILN_BUILDS=$WORK/kiln-builds.tsv
: >"$RESULTS"; : >"$KILN_BUILDS"

# tree_rss PID: summed RSS (KiB) of PID and its descendants, without the VMs (qemu-system-*):
# the memory of the orchestrating processes (packer and its plugins, virt-customize, kilnctl).
tree_rss() {
  ps -e -o pid=,ppid=,rss=,comm= | awk -v root="$1" '
    { pid[NR]=$1; ppid[NR]=$2; rss[NR]=$3; comm[NR]=$4 }
    END { inside[root]=1; changed=1
          while (changed) { changed=0
            for (i=1;i<=NR;i++) if (!(pid[i] in inside) && (ppid[i] in inside)) { inside[pid[i]]=1; changed=1 } }
          for (i=1;i<=NR;i++) if ((pid[i] in inside) && comm[i] !~ /^qemu-system/) sum+=rss[i]
          print sum+0 }'
}

# Like-for-like CPU scheduling: libvirtd (without systemd) runs Kiln's VMs in the cgroup-v1 group
# /machine, which as a whole weighs as much as one process of the root group. Packer's qemu and
# libguestfs' appliance would otherwise run in the caller's group, one full share per vCPU thread,
# and on a loaded machine win the CPU from every libvirt VM (RESULTS.md, round 2). PEERS_CGROUP
# (default: a group "kiln-peers" next to libvirt's VMs when /machine exists; "none" disables it)
# puts the peers in a sibling of the libvirt VMs' groups.
PEERS_CGROUP=${PEERS_CGROUP:-}
if [ -z "$PEERS_CGROUP" ] && [ -d /sys/fs/cgroup/cpu/machine ]; then PEERS_CGROUP=/sys/fs/cgroup/cpu/machine/kiln-peers; fi
[ "$PEERS_CGROUP" = none ] && PEERS_CGROUP=
if [ -n "$PEERS_CGROUP" ]; then mkdir -p "$PEERS_CGROUP" || PEERS_CGROUP=; fi
# "${IN_PEERS_CGROUP[@]}" CMD…: runs CMD inside PEERS_CGROUP (its children inherit the group).
IN_PEERS_CGROUP=()
[ -z "$PEERS_CGROUP" ] || IN_PEERS_CGROUP=(sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$PEERS_CGROUP")

# measure NAME RUN OUTPUT_IMAGE CMD…: wall time; peak RSS of the orchestrating process tree
# (sampled every 0.2 s, VMs excluded; plus the trees of processes matching EXTRA_RSS_PATTERN) and
# of the largest process including the VM (GNU time). OUTPUT_IMAGE "" leaves the size to the caller.
measure() {
  local name=$1 run=$2 image=$3; shift 3
  local tlog=$WORK/$name.$run.time t0 t1 pid peak=0 cur rc=0
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$tlog" "$@" >"$WORK/$name.$run.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    cur=$(tree_rss "$pid")
    if [ -n "${EXTRA_RSS_PATTERN:-}" ]; then
      for p in $(pgrep -f -- "$EXTRA_RSS_PATTERN" || true); do cur=$((cur + $(tree_rss "$p"))); done
    fi
    [ "$cur" -gt "$peak" ] && peak=$cur
    sleep 0.2
  done
  wait "$pid" || rc=$?
  t1=$(date +%s.%N)
  if [ $rc -ne 0 ]; then
    echo "$name run $run FAILED ($rc); log: $WORK/$name.$run.log" >&2; tail -20 "$WORK/$name.$run.log" >&2
    return 1
  fi
  local size=-; [ -z "$image" ] || size=$(stat -c %s "$image")
  # GNU time's largest process includes the VM only when the VM is a child (packer's qemu,
  # libguestfs' appliance); Kiln's VMs are libvirtd's children: "-".
  local rss_all; rss_all=$(tail -1 "$tlog"); [ -z "${EXTRA_RSS_PATTERN:-}" ] || rss_all=-
  printf '%s\t%s\t%.1f\t%s\t%s\t%s\n' "$name" "$run" "$(echo "$t1 - $t0" | bc)" "$peak" "$rss_all" "$size" >>"$RESULTS"
}

check_marker() { # IMAGE: the customization's marker must be in the output image (read offline with
  # debugfs from a raw copy: the fixture is a whole-disk ext4; virt-cat would boot an appliance)
  local raw; raw=$(mktemp "$WORK/check.XXXXXX.raw")
  qemu-img convert -O raw "$1" "$raw"
  if debugfs -R "cat /etc/kiln-peer-marker" "$raw" 2>/dev/null | grep -q '^customized at'; then rm -f "$raw"
  else rm -f "$raw"; echo "marker missing in $1" >&2; return 1; fi
}

run_packer() {
  local run=$1 dir=$WORK/packer.$run
  rm -rf "$dir"; mkdir -p "$dir/seed"
  ssh-keygen -q -t ed25519 -N '' -f "$dir/id_ed25519"
  printf 'instance-id: packer-%s-%s\nlocal-hostname: debian-cloud\n' "$$" "$run" >"$dir/seed/meta-data"
  cat >"$dir/seed/user-data" <<EOF
#cloud-config
users:
  - name: packer
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    shell: /bin/sh
    lock_passwd: true
    ssh_authorized_keys: [ "$(cat "$dir/id_ed25519.pub")" ]
EOF
  # PACKER_CACHE_DIR: packer copies or hashes iso_url into its cache; keep it per run.
  measure packer "$run" "$dir/out/debian-cloud-packer.qcow2" \
    "${IN_PEERS_CGROUP[@]}" env PACKER_CACHE_DIR="$dir/cache" CHECKPOINT_DISABLE=1 PACKER_LOG="${PACKER_LOG:-}" \
    packer build -color=false \
      -var "base_image=$BASE" -var "kernel=$FIXTURE/vmlinuz" -var "initrd=$FIXTURE/initrd.img" \
      -var "cmdline=$(cat "$FIXTURE/cmdline")" -var "seed_dir=$dir/seed" -var "ssh_key=$dir/id_ed25519" \
      -var "script=$SCRIPT" -var "generalize=$GENERALIZE" -var "output_dir=$dir/out" \
      -var "console_log=$dir/console.log" -var "use_backing_file=${PACKER_USE_BACKING_FILE:-true}" \
      "$HERE/packer/debian-cloud.json"
  check_marker "$dir/out/debian-cloud-packer.qcow2"
}

run_virt_customize() {
  local run=$1 dir=$WORK/virt-customize.$run
  rm -rf "$dir"; mkdir -p "$dir"
  # Same shape as Kiln's and Packer's outputs: an overlay on the base (virt-customize edits in place).
  qemu-img create -q -f qcow2 -F qcow2 -b "$BASE" "$dir/debian-cloud-vc.qcow2"
  measure virt-customize "$run" "$dir/debian-cloud-vc.qcow2" \
    "${IN_PEERS_CGROUP[@]}" env LIBGUESTFS_BACKEND=direct LIBGUESTFS_BACKEND_SETTINGS=force_tcg \
    virt-customize -a "$dir/debian-cloud-vc.qcow2" --run "$SCRIPT"
  check_marker "$dir/debian-cloud-vc.qcow2"
}

# Kiln: one KILN_HOME per run of this script; the base is imported once (not timed, like the
# peers' base file that exists before they start). Infrastructure as Packer's VM: TCG, 2 vCPUs,
# 1 GiB; no NIC (customize.sh needs none). Two pipelines on one recipe: tests off (build only: the
# row to compare with Packer) and tests on (build + a test VM booted from the new image). No
# distribution: the output is the image's volume in the pool (a qcow2 without backing file).
KILN_HOME_DIR=$WORK/kiln-home
KILN_POOL=${KILN_PEERS_POOL:-kiln-peers}
KILN_URI=${KILN_PEERS_URI:-qemu:///system}
KILNCTL=${KILNCTL:-$SRC/build/app/kilnctl/kilnctl}
kctl() { KILN_HOME=$KILN_HOME_DIR "$KILNCTL" "$@"; }

kiln_setup() {
  [ -e "$KILN_HOME_DIR/.peers-ready" ] && return 0
  [ -x "$KILNCTL" ] || { echo "kiln: no kilnctl at $KILNCTL (set KILNCTL)" >&2; return 1; }
  rm -rf "$KILN_HOME_DIR"; mkdir -p "$KILN_HOME_DIR"
  kctl image import --file "$BASE" --name debian-cloud --version 1.0.0 \
    --kernel "$FIXTURE/vmlinuz" --initrd "$FIXTURE/initrd.img" --cmdline "$(cat "$FIXTURE/cmdline")" >&2
  # The component runs customize.sh verbatim (one ExecuteBash step); its test phase checks it.
  { cat <<'YAML'
name: peer-customize
description: The head-to-head's customization (tests/bench/peers/customize.sh)
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Customize
        action: ExecuteBash
        inputs:
          commands:
            - |
YAML
    sed 's/^/              /' "$SCRIPT"
    cat <<'YAML'
  - name: test
    steps:
      - name: Customized
        action: ExecuteBash
        inputs:
          commands:
            - grep -q '^customized at' /etc/kiln-peer-marker
            - id kilnpeer
            - grep -qx 'answer=42' /etc/kiln-peer/app.conf
YAML
  } >"$WORK/peer-customize.yml"
  kctl component create --file "$WORK/peer-customize.yml" --name peer-customize --version 1.0.0 --type build >&2
  cat >"$WORK/kiln-resources.yml" <<YAML
kind: InfrastructureConfiguration
name: peers
uri: "$KILN_URI"
vcpus: 2
memoryMiB: 1024
accelerator: tcg
network: none
storagePool: "$KILN_POOL"
timeouts:
  build: 3600
  test: 3600
---
kind: ImageRecipe
name: peers
version: 1.0.0
parentImage: debian-cloud@1.x.x
components:
  - component: peer-customize@1.x.x
---
kind: ImagePipeline
name: peers-build
recipe: peers@1.x.x
infrastructure: peers
tests: false
---
kind: ImagePipeline
name: peers-test
recipe: peers@1.x.x
infrastructure: peers
tests: true
YAML
  kctl apply -f "$WORK/kiln-resources.yml" >&2
  : >"$KILN_HOME_DIR/.peers-ready"
}

# run_kiln NAME PIPELINE RUN: `kilnctl pipeline start PIPELINE --follow`, timed like the peers. The
# build worker is detached from kilnctl (not in its process tree): measure samples it by its
# command line. The output's size is the image volume's file in the pool.
run_kiln() {
  local name=$1 pipeline=$2 run=$3
  kiln_setup || return 1
  local before id
  before=$(kctl --output json build list | python3 -c 'import json,sys; print(max([b["id"] for b in json.load(sys.stdin)] or [0]))')
  EXTRA_RSS_PATTERN="--home $KILN_HOME_DIR build-worker" \
    measure "$name" "$run" "" env KILN_HOME="$KILN_HOME_DIR" "$KILNCTL" pipeline start "$pipeline" --follow || return 1
  id=$((before + 1))
  kctl --output json build get "$id" >"$WORK/$name.$run.build.json"
  local image pool vol path
  image=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["image"])' "$WORK/$name.$run.build.json")
  kctl --output json image get "$image" >"$WORK/$name.$run.image.json"
  read -r pool vol < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["pool"], d["volume"])' "$WORK/$name.$run.image.json")
  path=$(virsh -q -c "$KILN_URI" vol-path --pool "$pool" "$vol")
  sed -i "\$s|\t-\$|\t$(stat -c %s "$path")|" "$RESULTS"
  printf '%s\t%s\t%s\t%s\n' "$name" "$run" "$WORK/$name.$run.build.json" "$KILN_HOME_DIR/logs/build-$id" >>"$KILN_BUILDS"
  local rc=0
  check_marker "$path" || rc=1
  # Measured and checked: the image leaves the catalog and its volume the pool (the base volume
  # stays: the next run finds it by its sha256).
  kctl image delete "$image" --yes >/dev/null 2>&1 || true
  virsh -q -c "$KILN_URI" vol-delete --pool "$pool" "$vol" >/dev/null 2>&1 || true
  return $rc
}

# Interleaved (run 1 of every tool, then run 2, …): a change of load on the shared machine then
# hits every tool alike instead of one tool's runs.
for run in $(seq 1 "$RUNS"); do
  for tool in kiln-build packer kiln-build+test virt-customize; do
    if [ -n "$ONLY" ]; then # a comma-separated list; "kiln" selects both Kiln rows
      selected=0
      for o in ${ONLY//,/ }; do
        if [ "$o" = "$tool" ] || { [ "$o" = kiln ] && [ "${tool#kiln}" != "$tool" ]; }; then selected=1; fi
      done
      [ $selected = 1 ] || continue
    fi
    echo "== $tool run $run/$RUNS ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    case $tool in
      packer) run_packer "$run" ;;
      virt-customize) run_virt_customize "$run" ;;
      kiln-build) run_kiln kiln-build peers-build "$run" ;;
      kiln-build+test) run_kiln kiln-build+test peers-test "$run" ;;
    esac || echo "$tool run $run FAILED" >&2
  done
done

python3 - "$RESULTS" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for ln in open(sys.argv[1]):
    name, run, wall, rss, rss_all, size = ln.split("\t")
    rows[name].append((float(wall), int(rss), int(rss_all) if rss_all != "-" else None, int(size)))
print(f"{'tool':<16} {'runs':>4} {'wall median s':>14} {'min s':>7} {'max s':>7} {'orchestrator MiB':>17} {'with VM MiB':>12} {'image MiB':>10}")
for name, r in rows.items():
    walls = [x[0] for x in r]
    print(f"{name:<16} {len(r):>4} {statistics.median(walls):>14.1f} {min(walls):>7.1f} {max(walls):>7.1f} "
          f"{max(x[1] for x in r) / 1024:>17.1f} {(f'{max(x[2] for x in r) / 1024:.1f}' if r[0][2] is not None else '-'):>12} "
          f"{statistics.median(x[3] for x in r) / 1048576:>10.1f}")
PY

# Kiln's time per stage, from the catalog's stage rows and the agent's events (guest clock for
# differences within one VM; uptime at hello for the boot):
#   boot       VM start (worker.log, host clock) → the agent's hello (guest clock = host clock:
#              the RTC), plus reboot → hello again
#   steps      the steps' own time (step.end durations)
#   ci wait    the generalization waiting for the guest's cloud-init to finish its first boot
#              (generalize.sh's "waited N s for cloud-init", else last step's end → the console's
#              "finished … Up N seconds"); Packer's run of the same generalize.sh waits the same way
#   generalize the rest of last step's end → run.end: generalize.sh itself, the package inventory
#   poweroff   run.end → the VM stopped (worker.log): the guest's shutdown
#   host       the rest: disks and seed, upload, VM start, plan delivery, capture, export
#   orchestration = stage − boot − steps (the issue's definition) and its share of the stage;
#   "Kiln own" = orchestration − ci wait − poweroff: what Kiln itself spends (generalization,
#   inventory, host work), counting cloud-init's first boot and the shutdown as the guest's.
[ -s "$KILN_BUILDS" ] && python3 - "$KILN_BUILDS" <<'PY'
import json, os, sys, datetime, re
def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
def events(path):
    try:
        return [json.loads(l) for l in open(path) if l.strip()]
    except FileNotFoundError:
        return []
print()
print(f"{'kiln run':<20} {'stage':<13} {'wall s':>7} {'boot s':>7} {'steps s':>8} {'ci wait':>8} {'generalize s':>13} {'poweroff':>9} {'host s':>7} "
      f"{'orchestration':>15} {'Kiln own':>15}")
for line in open(sys.argv[1]):
    name, run, build_json, logdir = line.rstrip("\n").split("\t")
    b = json.load(open(build_json))
    total = tot_orch = tot_own = 0.0
    for st in b.get("stages", []):
        stage = st["stage"]
        wall = (ts(st["finishedAt"]) - ts(st["startedAt"])) if st.get("finishedAt") else float("nan")
        ev = events(f"{logdir}/events.jsonl" if stage == "BUILDING" else f"{logdir}/test-events.jsonl") if stage in ("BUILDING", "TESTING") else []
        boot = steps = gen = poweroff = 0.0
        last_reboot = None
        # Host clock of the VM's start and stop (worker.log); the guest's clock (events' "t") is
        # the host's (RTC at boot), so the first boot is measured from the VM's start, firmware
        # and kernel loading included, as a user waits for it.
        started = stopped = None
        for wl in open(f"{logdir}/worker.log", errors="replace"):
            f = wl.split(None, 2)
            if len(f) == 3 and f[1] == stage:
                if re.match(r"VM \S+ started", f[2]):
                    started = ts(f[0])
                elif re.match(r"\w+ VM finished|tests (passed|failed)", f[2]):
                    stopped = ts(f[0])
        for e in ev:
            k = e.get("event")
            if k == "agent.hello":
                if last_reboot is not None:
                    boot += ts(e["t"]) - last_reboot
                elif started is not None:
                    boot += ts(e["t"]) - started
                else:
                    boot += e.get("uptime", 0.0)
                last_reboot = None
            elif k == "reboot":
                last_reboot = ts(e["t"])
            elif k == "step.end":
                steps += e.get("duration", 0.0)
        ends = [ts(e["t"]) for e in ev if e.get("event") == "step.end"]
        runend = [ts(e["t"]) for e in ev if e.get("event") == "run.end"]
        hellos = [e for e in ev if e.get("event") == "agent.hello"]
        ciwait = 0.0
        if runend and stopped is not None:
            poweroff = max(0.0, stopped - runend[-1])
        if ends and runend:
            gen = runend[-1] - ends[-1]
            # cloud-init's "finished … Up N seconds" on the console, on the guest clock of the last
            # boot (its hello carries both clocks): the part of the generalization that waited.
            console = f"{logdir}/console.log" if stage == "BUILDING" else f"{logdir}/test-console.log"
            try:
                ups = re.findall(rb"Cloud-init v\. [^\n]* finished at [^\n]*Up ([0-9.]+) seconds", open(console, "rb").read())
            except FileNotFoundError:
                ups = []
            # A build VM skips cloud-init's final stage (no "finished" line): generalize.sh says
            # how long it waited for cloud-init's init stage instead.
            waited = re.findall(rb"kiln-generalize: waited ([0-9]+) s for cloud-init", open(console, "rb").read()) \
                if os.path.exists(console) else []
            if waited:
                ciwait = min(gen, float(waited[-1]))
            elif ups and hellos and "uptime" in hellos[-1]:
                finished = ts(hellos[-1]["t"]) - hellos[-1]["uptime"] + float(ups[-1])
                ciwait = min(gen, max(0.0, finished - ends[-1]))
        host = wall - boot - steps - gen - poweroff
        orch = wall - boot - steps
        own = orch - ciwait - poweroff
        total += wall; tot_orch += orch; tot_own += own
        print(f"{name + ' #' + run:<20} {stage:<13} {wall:>7.1f} {boot:>7.1f} {steps:>8.1f} {ciwait:>8.1f} {gen - ciwait:>13.1f} {poweroff:>9.1f} {host:>7.1f} "
              f"{orch:>7.1f} ({100 * orch / wall if wall else 0:>3.0f} %) {own:>7.1f} ({100 * own / wall if wall else 0:>3.0f} %)")
    print(f"{name + ' #' + run:<20} {'whole build':<13} {total:>7.1f} {'':>7} {'':>8} {'':>8} {'':>13} {'':>9} {'':>7} "
          f"{tot_orch:>7.1f} ({100 * tot_orch / total if total else 0:>3.0f} %) {tot_own:>7.1f} ({100 * tot_own / total if total else 0:>3.0f} %)")
PY

# The speed goals of issue 7 as ratios of medians from this run.
python3 - "$RESULTS" <<'PY'
import statistics, sys, collections
w = collections.defaultdict(list)
for ln in open(sys.argv[1]):
    f = ln.split("\t"); w[f[0]].append(float(f[2]))
m = {k: statistics.median(v) for k, v in w.items()}
print()
if "packer" in m and "kiln-build" in m:
    print(f"Kiln build-only / Packer build:          {m['kiln-build'] / m['packer']:.2f}  (goal <= 1.0)")
if "packer" in m and "kiln-build+test" in m:
    print(f"Kiln build+test / Packer build:          {m['kiln-build+test'] / m['packer']:.2f}  (goal <= 2.0)")
if "virt-customize" in m and "kiln-build" in m:
    print(f"Kiln build-only / virt-customize:        {m['kiln-build'] / m['virt-customize']:.2f}  (no goal: it never boots the image)")
PY
