#!/bin/sh
# bench_virt's guest side: says hello on the agent port, then answers every line the host sends
# with "pong <line>" at once, until "quit"; then powers off.
exec 3<>"$KILN_AGENT_PORT"
echo '{"seq":1,"event":"agent.hello"}' >&3
while read -r line <&3; do
    [ "$line" = quit ] && break
    echo "pong $line" >&3
done
exec 3>&-
sync
poweroff -f
