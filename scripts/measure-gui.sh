#!/usr/bin/env bash
# Measures the release app in a real window under Xvfb: time to the first frame (window
# shown), peak memory, CPU on the library screen while idle and during a session.
#   scripts/measure-gui.sh [BINARY]          (ICED_BACKEND=tiny-skia to measure that renderer)
set -euo pipefail
bin=$(realpath "${1:-target/release/limber}")
data=$(mktemp -d)
disp=:$((200 + RANDOM % 50))
app=; xvfb=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$disp" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$disp
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
cpu_over() { # seconds -> % of one core
  local a b; a=$(ticks); sleep "$1"; b=$(ticks)
  python3 -c "print(f'{100 * ($b - $a) / $(getconf CLK_TCK) / $1:.2f}')"
}
t0=$(date +%s%N)
"$bin" --data-dir "$data" --lang en >"$data/app.log" 2>&1 & app=$!
wid=
for _ in $(seq 1000); do
  wid=$(xdotool search --onlyvisible --name '^Limber$' 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.005
done
[ -n "$wid" ] || { echo "no window" >&2; tail "$data/app.log" >&2; exit 1; }
shown=$(( ($(date +%s%N) - t0) / 1000000 ))
sleep 2
idle=$(cpu_over 10)
# Keys through XTEST to the focused window (winit ignores synthetic per-window events).
xdotool windowfocus --sync "$wid" >/dev/null 2>&1 || true
xdotool key 2; sleep 0.5          # the runner's warm-up (the first program asks for its safety rules)
xdotool key Return; sleep 2
[ "$(xdotool getwindowname "$wid")" != "Limber" ] || { echo "measure-gui: the session did not start" >&2; exit 1; }
session=$(cpu_over 10)
peak=$(( $(awk '/VmHWM/{print $2}' "/proc/$app/status") / 1024 ))
echo "renderer ${ICED_BACKEND:-default}: window shown after ${shown} ms; peak memory ${peak} MB; CPU idle on the library ${idle}%, during a session ${session}% of a core"
