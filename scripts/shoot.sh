#!/usr/bin/env bash
# Screenshots of Limber in a real window under Xvfb, with keys pressed between them.
#   scripts/shoot.sh OUT.png [-w SECONDS] [-s WxH] [-k "KEYS" | -c X,Y]... -- COMMAND [ARGS...]
# Writes OUT.png, then OUT-1.png after the first -k (keys) or -c (a click), and so on. Keys go through XTEST to the
# focused window (see scripts/x11.sh). Needs xvfb, xdotool, x11-utils and imagemagick.
set -u
out=$1; shift
wait=1 size=1280x800 keys=()
while [ $# -gt 0 ]; do
  case $1 in
    -w) wait=$2; shift 2;; -k) keys+=("$2"); shift 2;; -c) keys+=("click:$2"); shift 2;; -s) size=$2; shift 2;;
    --) shift; break;; *) echo "shoot: unknown option $1" >&2; exit 2;;
  esac
done
tmp=$(mktemp -d)
. "$(dirname "$0")/x11.sh"
apid=; xvfb_pid=
trap 'kill $apid 2>/dev/null; kill $xvfb_pid 2>/dev/null; rm -rf "$tmp"' EXIT
start_xvfb "$size"
"$@" >"$tmp/app.log" 2>&1 & apid=$!
wait_window "$apid" || { echo "shoot: no window; the app said:" >&2; tail -5 "$tmp/app.log" >&2; exit 1; }
# There is no window manager: the window keeps its own size and place unless told, so a
# small screen would show only part of a larger window. Make it the screen.
xdotool windowmove "$wid" 0 0 windowsize "$wid" "${size%x*}" "${size#*x}" >/dev/null 2>&1 || true
sleep "$wait"
import -window root "$out"
n=0
for k in "${keys[@]}"; do
  n=$((n + 1))
  if [ "${k#click:}" != "$k" ]; then
    xy=${k#click:}; click "${xy%,*}" "${xy#*,}"
  else
    # shellcheck disable=SC2086
    press $k
  fi
  sleep "$wait"
  import -window root "${out%.png}-$n.png" && echo "wrote ${out%.png}-$n.png (after: $k)"
done
