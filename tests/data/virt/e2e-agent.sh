#!/bin/sh
# e2e agent: one read-write descriptor on the port for the whole run, so nothing the host sends
# between two opens is dropped.
exec 3<>"$KILN_AGENT_PORT"
echo '{"seq":1,"event":"agent.hello"}' >&3
read -r line <&3
echo "{\"seq\":2,\"event\":\"echo\",\"got\":\"$line\"}" >&3
i=3
while [ $i -le @LINES@ ]; do
    echo "{\"seq\":$i,\"event\":\"step.output\"}"
    i=$((i + 1))
done >&3
echo "e2e-agent: done, powering off"
exec 3>&-
sync
poweroff -f
