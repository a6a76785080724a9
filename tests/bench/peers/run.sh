#!/usr/bin/env bash
# Head to head (issue 7 item 4), DRAFT: the same customization script on the same base disk
# (the debian-cloud fixture), done by each tool on this machine in one run. Prints a table:
# wall time (median of N), peak RSS of the orchestrating process, output image size.
#
#   tests/bench/peers/run.sh [--runs N] [--only packer|virt-customize|kiln] [WORKDIR]
#
# Peers: Packer (Debian's packer 1.6.6, qemu builder, disk_image, TCG, SSH over user-mode NAT,
# cidata CD made by cd_files/cd_label) and virt-customize --run (libguestfs, direct backend,
# force_tcg). Kiln's rows need `kilnctl pipeline start` (the pipeline runner): until it exists the
# Kiln rows are skipped with a note. Not a test: nothing is asserted beyond "the tool succeeded and
# the image holds the script's marker file".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../../.." && pwd)
RUNS=3
ONLY=
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    -*) echo "usage: $0 [--runs N] [--only packer|virt-customize|kiln] [WORKDIR]" >&2; exit 2 ;;
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
: >"$RESULTS"

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

# measure NAME RUN OUTPUT_IMAGE CMD…: wall time; peak RSS of the orchestrating process tree
# (sampled every 0.2 s, VMs excluded) and of the whole tree with the VMs (GNU time: largest child).
measure() {
  local name=$1 run=$2 image=$3; shift 3
  local tlog=$WORK/$name.$run.time t0 t1 pid peak=0 cur rc=0
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$tlog" "$@" >"$WORK/$name.$run.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    cur=$(tree_rss "$pid"); [ "$cur" -gt "$peak" ] && peak=$cur
    sleep 0.2
  done
  wait "$pid" || rc=$?
  t1=$(date +%s.%N)
  if [ $rc -ne 0 ]; then
    echo "$name run $run FAILED ($rc); log: $WORK/$name.$run.log" >&2; tail -20 "$WORK/$name.$run.log" >&2
    return 1
  fi
  local size; size=$(stat -c %s "$image")
  printf '%s\t%s\t%.1f\t%s\t%s\t%s\n' "$name" "$run" "$(echo "$t1 - $t0" | bc)" "$peak" "$(tail -1 "$tlog")" "$size" >>"$RESULTS"
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
    env PACKER_CACHE_DIR="$dir/cache" CHECKPOINT_DISABLE=1 PACKER_LOG="${PACKER_LOG:-}" \
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
    env LIBGUESTFS_BACKEND=direct LIBGUESTFS_BACKEND_SETTINGS=force_tcg \
    virt-customize -a "$dir/debian-cloud-vc.qcow2" --run "$SCRIPT"
  check_marker "$dir/debian-cloud-vc.qcow2"
}

run_kiln() {
  local kilnctl=${KILNCTL:-$SRC/build/app/kilnctl/kilnctl}
  if ! [ -x "$kilnctl" ] || ! "$kilnctl" pipeline --help >/dev/null 2>&1; then
    echo "kiln: skipped (no kilnctl with 'pipeline start' at $kilnctl)" >&2; return 0
  fi
  echo "kiln: TODO(issue 7 item 4): import $BASE, create the component from $SCRIPT, run the pipeline with tests off and on" >&2
}

for tool in packer virt-customize kiln; do
  [ -z "$ONLY" ] || [ "$ONLY" = "$tool" ] || continue
  for run in $(seq 1 "$RUNS"); do
    echo "== $tool run $run/$RUNS (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    case $tool in
      packer) run_packer "$run" ;;
      virt-customize) run_virt_customize "$run" ;;
      kiln) run_kiln "$run"; break ;;
    esac
  done
done

python3 - "$RESULTS" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for ln in open(sys.argv[1]):
    name, run, wall, rss, rss_all, size = ln.split("\t")
    rows[name].append((float(wall), int(rss), int(rss_all), int(size)))
print(f"{'tool':<16} {'runs':>4} {'wall median s':>14} {'min s':>7} {'max s':>7} {'orchestrator MiB':>17} {'with VM MiB':>12} {'image MiB':>10}")
for name, r in rows.items():
    walls = [x[0] for x in r]
    print(f"{name:<16} {len(r):>4} {statistics.median(walls):>14.1f} {min(walls):>7.1f} {max(walls):>7.1f} "
          f"{max(x[1] for x in r) / 1024:>17.1f} {max(x[2] for x in r) / 1024:>12.1f} {statistics.median(x[3] for x in r) / 1048576:>10.1f}")
PY
