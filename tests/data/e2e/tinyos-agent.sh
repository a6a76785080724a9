#!/bin/sh
# The stand-in kiln-agent of tests/e2e/tst_tinyosboot.cpp (busybox sh in tinyos): counts boots in a
# marker file on the root disk; the first boot reboots with reboot(RB_AUTOBOOT) (as kiln-agent
# does), the second powers off through busybox init. Each event is a JSON line on the agent port.
marker=/var/lib/kiln-e2e/boots
n=$(( $(cat $marker 2>/dev/null || echo 0) + 1 ))
mkdir -p /var/lib/kiln-e2e && echo $n > $marker && sync
seq=$(( (n - 1) * 3 ))
say() {
    seq=$((seq + 1))
    line="{\"seq\":$seq,$1}"
    echo "e2e-agent: $line"
    echo "$line" > "$KILN_AGENT_PORT"
}
say "\"event\":\"agent.hello\",\"boot\":$n,\"host\":\"$(hostname)\",\"cwd\":\"$(pwd)\",\"uptime\":$(cut -d' ' -f1 /proc/uptime)"
say "\"event\":\"seed\",\"plan\":$(cat "$KILN_SEED_DIR/kiln/plan.json"),\"documents\":\"$(ls "$KILN_SEED_DIR/kiln/documents" | tr '\n' ' ')\""
if [ $n -eq 1 ]; then
    say "\"event\":\"reboot\""
    sync
    reboot -f
else
    say "\"event\":\"run.end\",\"status\":\"success\""
    poweroff
fi
