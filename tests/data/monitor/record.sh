#!/usr/bin/env bash
# tests/data/monitor/record.sh HOME BUILD_ID CASE_DIR
# Copies a real build (run with kilnctl pipeline start against tinyos, see README.md) into a
# recording: build.json (the catalog's view: `kilnctl build get --output json` plus the frozen
# plan, which that command leaves out) and the log files the build worker wrote.
set -euo pipefail
HOME_DIR=${1:?usage: record.sh HOME BUILD_ID CASE_DIR}
ID=${2:?build id}
OUT=${3:?case dir}
KILNCTL=${KILNCTL:-kilnctl}
mkdir -p "$OUT"
"$KILNCTL" --home "$HOME_DIR" --output json build get "$ID" > "$OUT/build.json.tmp"
python3 - "$HOME_DIR/catalog.db" "$ID" "$OUT/build.json.tmp" "$OUT/build.json" <<'PY'
import json, sqlite3, sys
db, bid, src, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
build = json.load(open(src))
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
build["plan"] = json.loads(con.execute("select plan from builds where id = ?", (bid,)).fetchone()[0])
build.pop("logs", None)  # absolute paths of the recording machine
build.pop("workerPid", None)
json.dump(build, open(dst, "w"), indent=1, ensure_ascii=False, sort_keys=True)
PY
rm "$OUT/build.json.tmp"
for f in events.jsonl console.log test-events.jsonl test-console.log worker.log; do
  [ -f "$HOME_DIR/logs/build-$ID/$f" ] && cp "$HOME_DIR/logs/build-$ID/$f" "$OUT/$f"
done
ls -l "$OUT"
