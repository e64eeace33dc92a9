#!/usr/bin/env bash
# Measures the release app in a real window under Xvfb: time to the first frame (window
# shown), peak memory, CPU on a program page while idle, during a session, and in the
# library once the sound device rests.
#   scripts/measure-gui.sh [BINARY]          (ICED_BACKEND=tiny-skia to measure that renderer)
set -euo pipefail
bin=$(realpath "${1:-target/release/limber}")
data=$(mktemp -d)
. "$(dirname "$0")/x11.sh"
app=; xvfb_pid=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
start_xvfb 1280x800
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
# The sound server's CPU, when scripts/sound-check.sh runs one (SOUND_SERVER_PID), else 0.
server_ticks() { awk '{print $14 + $15}' "/proc/${SOUND_SERVER_PID:-0}/stat" 2>/dev/null || echo 0; }
cpu_over() { # seconds -> % of one core
  local a b; a=$(ticks); sleep "$1"; b=$(ticks)
  python3 -c "print(f'{100 * ($b - $a) / $(getconf CLK_TCK) / $1:.2f}')"
}
# The runner's warm-up, its safety rules accepted already (every built-in has them; the
# program page asks once per version): Return on its page starts the session.
version=$(sed -n 's/^version *= *\([0-9]*\).*/\1/p' "$(dirname "$0")/../programs/runner-warm-up.toml")
printf '[accepted_safety]\nrunner-warm-up = %s\n' "${version:-1}" >"$data/settings.toml"
t0=$(date +%s%N)
"$bin" --data-dir "$data" --lang en --program runner-warm-up >"$data/app.log" 2>&1 & app=$!
wait_window "$app" '^Limber$' || { echo "no window" >&2; tail "$data/app.log" >&2; exit 1; }
shown=$(( ($(date +%s%N) - t0) / 1000000 ))
# The first seconds render the program's phrases ahead (eSpeak NG): not idle yet.
sleep 10
idle=$(cpu_over 10)
press Return; sleep 2       # start
[ "$(xdotool getwindowname "$wid")" != "Limber" ] || { echo "measure-gui: the session did not start" >&2; exit 1; }
session=$(cpu_over 10)
peak=$(( $(awk '/VmHWM/{print $2}' "/proc/$app/status") / 1024 ))
# Left open in the library: after 30 s of quiet the sound device closes (Audio::allow_rest).
kill "$app"; wait "$app" 2>/dev/null || true
"$bin" --data-dir "$data" --lang en >"$data/app.log" 2>&1 & app=$!
wait_window "$app" '^Limber$' || { echo "no window" >&2; tail "$data/app.log" >&2; exit 1; }
sleep 35
server_before=$(server_ticks)
library=$(cpu_over 10)
server=$(python3 -c "print(f'{100 * ($(server_ticks) - $server_before) / $(getconf CLK_TCK) / 10:.2f}')")
echo "renderer ${ICED_BACKEND:-default}: window shown after ${shown} ms; peak memory ${peak} MB; CPU idle on a program page ${idle}%, during a session ${session}%, in the library after 35 s ${library}% (sound server ${server}%) of a core"
