#!/usr/bin/env bash
# Screenshots of Limber in a real window under Xvfb, with keys pressed between them.
#   scripts/shoot.sh OUT.png [-w SECONDS] [-s WxH] [-k "KEYS"]... -- COMMAND [ARGS...]
# Writes OUT.png, then OUT-1.png after the first -k, and so on. Keys go through XTEST to the
# focused window (winit reads keyboard input through XInput2, which ignores the synthetic
# events `xdotool key --window` sends). Needs xvfb, xdotool, x11-utils and imagemagick.
set -u
out=$1; shift
wait=1 size=1280x800 keys=()
while [ $# -gt 0 ]; do
  case $1 in
    -w) wait=$2; shift 2;; -k) keys+=("$2"); shift 2;; -s) size=$2; shift 2;;
    --) shift; break;; *) echo "shoot: unknown option $1" >&2; exit 2;;
  esac
done
tmp=$(mktemp -d)
disp=:$((300 + RANDOM % 100))
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xpid=$!
apid=
trap 'kill $apid 2>/dev/null; kill $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do xdpyinfo -display "$disp" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$disp
"$@" >"$tmp/app.log" 2>&1 & apid=$!
wid=
for _ in $(seq 500); do
  wid=$(xdotool search --onlyvisible --name 'Limber' 2>/dev/null | head -1)
  [ -n "$wid" ] && break
  kill -0 "$apid" 2>/dev/null || break
  sleep 0.02
done
[ -n "$wid" ] || { echo "shoot: no window; the app said:" >&2; tail -5 "$tmp/app.log" >&2; exit 1; }
sleep "$wait"
import -window root "$out"
n=0
for k in "${keys[@]}"; do
  n=$((n + 1))
  xdotool windowfocus --sync "$wid" 2>/dev/null
  # shellcheck disable=SC2086
  xdotool key --delay 80 $k
  sleep "$wait"
  import -window root "${out%.png}-$n.png" && echo "wrote ${out%.png}-$n.png (after: $k)"
done
