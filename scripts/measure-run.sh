#!/usr/bin/env bash
# Times `limber run` on the release binary: how close each step starts to its planned moment,
# and how much CPU the runner uses. Optionally with the machine made busy.
#   scripts/measure-run.sh [BINARY] [--busy]
# Prints: steps, median and worst step-start error (ms), CPU % of one core.
set -euo pipefail
bin=$(realpath "${1:-target/release/limber}")
busy=${2:-}
work=$(mktemp -d)
hogs=()
cleanup() { for p in "${hogs[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cat > "$work/timing.toml" <<'TOML'
format = 1
id = "timing"
title = "Timing"
[defaults]
get_ready = 3
rest = 2
set_rest = 2
switch_sides = 2
countdown = 3
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "hold"
  name = "Hold"
  duration = 5
  sets = 3
  [[block.exercise]]
  id = "side"
  name = "Side"
  duration = 4
  sides = "both"
  cues = [{ at = 2, text = "Breathe" }]
  [[block.exercise]]
  id = "paced"
  name = "Paced"
  reps = 4
  seconds_per_rep = 1
TOML
if [ "$busy" = "--busy" ]; then
  for _ in $(seq "$(nproc)"); do (while :; do :; done) & hogs+=($!); done
fi
/usr/bin/time -f "%U %S %e" -o "$work/time" \
  "$bin" --data-dir "$work/data" run "$work/timing.toml" --events jsonl --mute --no-checkin \
  </dev/null >"$work/events.jsonl"
python3 - "$work/events.jsonl" "$work/time" "$busy" <<'PY'
import json, sys, statistics
events = [json.loads(l) for l in open(sys.argv[1])]
starts = [e for e in events if e["kind"] == "step_started"]
errors = [abs(e["t_ms"] - 1000 * e["planned_offset_s"]) for e in starts]
user, system, elapsed = map(float, open(sys.argv[2]).read().split())
print(f"limber run{' (busy machine)' if sys.argv[3] else ''}: {len(starts)} steps, "
      f"step-start error median {statistics.median(errors):.1f} ms, worst {max(errors):.1f} ms; "
      f"CPU {100 * (user + system) / elapsed:.2f}% of a core over {elapsed:.1f} s")
PY
