#!/bin/sh
# A stand-in kiln-agent (busybox sh, tinyos) for exercising the host side of the protocol without
# the real agent: it says hello, "runs" every document of the plan with one step per phase whose
# output is a few lines, reports an empty inventory when asked, ends the run and powers off.
# Markers in a document's name change what it does: "fail" fails its first step (exit 3),
# "silent" exits without run.end (the agent dies), "reboot" reboots once with exit 194.
port="$KILN_AGENT_PORT"
plan="$KILN_SEED_DIR/kiln/plan.json"
state=/var/lib/kiln-standin
mkdir -p $state
seq=$(cat $state/seq 2>/dev/null || echo 0)
boot=$(( $(cat $state/boot 2>/dev/null || echo 0) + 1 ))
echo $boot > $state/boot
now() { date -u +%Y-%m-%dT%H:%M:%S.000Z; }
say() {
    seq=$((seq + 1))
    echo "{\"event\":\"$1\",\"seq\":$seq,\"t\":\"$(now)\"$2}" > "$port"
    echo $seq > $state/seq
}
resumed=false; [ $boot -gt 1 ] && resumed=true
say agent.hello ",\"protocol\":1,\"version\":\"standin\",\"boot\":$boot,\"resumed\":$resumed,\"os\":{\"ID\":\"tinyos\",\"PRETTY_NAME\":\"tinyos 1\"}"
names=$(grep '"name":' "$plan" | sed 's/.*"name": *"\([^"]*\)".*/\1/')
phasesets=$(tr -d '\n ' < "$plan" | grep -o '"phases":\[[^]]*\]' | sed 's/"phases":\[//; s/\]//; s/"//g')
i=0
status=success
for name in $names; do
    phases=$(echo "$phasesets" | sed -n "$((i + 1))p" | tr ',' ' ')
    ctx="\"document\":\"$name\",\"documentIndex\":$i"
    say document.start ",$ctx,\"phases\":[]"
    for phase in $phases; do
        say phase.start ",$ctx,\"phase\":\"$phase\""
        step="StandIn"
        say step.start ",$ctx,\"phase\":\"$phase\",\"step\":\"$step\",\"stepIndex\":0,\"action\":\"ExecuteBash\""
        say step.output ",$ctx,\"phase\":\"$phase\",\"step\":\"$step\",\"stream\":\"stdout\",\"chunk\":\"hello from $name $phase\\nline two\\n\""
        case "$name" in
        *reboot*)
            if [ $boot -eq 1 ]; then
                say reboot ",$ctx,\"phase\":\"$phase\",\"step\":\"$step\",\"reason\":\"exit-194\""
                sync; reboot -f
                sleep 60
            fi ;;
        *silent*) exit 9 ;;
        esac
        case "$name" in
        *fail*)
            say step.end ",$ctx,\"phase\":\"$phase\",\"step\":\"$step\",\"stepIndex\":0,\"status\":\"failed\",\"exitCode\":3,\"duration\":0.1,\"error\":\"stand-in failure\""
            say phase.end ",$ctx,\"phase\":\"$phase\",\"status\":\"failed\",\"duration\":0.1"
            status=failed; break ;;
        *)
            say step.end ",$ctx,\"phase\":\"$phase\",\"step\":\"$step\",\"stepIndex\":0,\"status\":\"success\",\"exitCode\":0,\"duration\":0.1"
            say phase.end ",$ctx,\"phase\":\"$phase\",\"status\":\"success\",\"duration\":0.1" ;;
        esac
    done
    say document.end ",$ctx,\"status\":\"$status\",\"duration\":0.2"
    [ $status = failed ] && break
    i=$((i + 1))
done
if grep -q '"inventory": true' "$plan" && [ $status = success ]; then
    say inventory ",\"os\":{\"ID\":\"tinyos\",\"VERSION_ID\":\"1\"},\"packageManager\":\"none\",\"packages\":[]"
fi
if [ $status = success ]; then
    rm -rf $state
    say run.end ",\"status\":\"success\",\"duration\":1"
else
    say run.end ",\"status\":\"failed\",\"duration\":1,\"document\":\"$name\",\"documentIndex\":$i,\"phase\":\"$phase\",\"step\":\"StandIn\",\"exitCode\":3,\"error\":\"step StandIn failed\""
    rm -rf $state
fi
sync
poweroff -f
