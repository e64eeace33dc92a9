#!/usr/bin/env bash
# End-to-end: the real binary in a real window under Xvfb, driven by xdotool through a short
# program with the keyboard only; then the session must be in the history.
#   scripts/e2e.sh [BINARY]          (default target/release/limber)
# Leaves a screenshot in target/e2e/ and prints time to window and peak memory.
set -euo pipefail
bin=$(realpath "${1:-target/release/limber}")
out=$(realpath -m target/e2e)
mkdir -p "$out"
data=$(mktemp -d)
. "$(dirname "$0")/x11.sh"
app=; xvfb_pid=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
fail() { echo "e2e: FAILED: $*" >&2; [ -f "$data/app.log" ] && tail -20 "$data/app.log" >&2; exit 1; }

mkdir -p "$data/programs"
cat > "$data/programs/e2e-short.toml" <<'TOML'
format = 1
id = "aaa-e2e-short"
title = { en = "E2E short", nl = "E2E kort" }
[defaults]
get_ready = 2
rest = 2
countdown = 1
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = "Plank"
  duration = 3
  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  reps = 2
  seconds_per_rep = 2
TOML

start_xvfb 1280x800
t0=$(date +%s%N)
"$bin" --data-dir "$data" --lang en >"$data/app.log" 2>&1 & app=$!
wait_window "$app" '^Limber$' || fail "no window within 10 s (or the app exited)"
echo "e2e: window shown after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
sleep 1
key() { press "$@"; sleep 0.4; }
import -window root "$out/library.png"
key 1                      # open the first program (the user's own come first)
import -window root "$out/program.png"
key Return                 # start
sleep 1
key space                  # pause
import -window root "$out/paused.png"
key space                  # resume
sleep 1
import -window root "$out/session.png"
key Right                  # skip the rest of this step
sleep 9                    # the rest of the program runs by itself
import -window root "$out/summary.png"
key Return                 # save the summary
sleep 0.5
import -window root "$out/history.png"
echo "e2e: peak memory $(( $(awk '/VmHWM/{print $2}' /proc/$app/status) / 1024 )) MB"
kill "$app"; wait "$app" 2>/dev/null || true; app=

history=$("$bin" --data-dir "$data" history --json)
echo "$history" | grep -q '"aaa-e2e-short"' || fail "the session is not in the history: $history"
echo "$history" | grep -q '"completed"\|"partial"' || fail "the session has no final status: $history"
echo "e2e: ok, session found in the history; screenshots in $out"
