# Sourced by e2e.sh, measure-gui.sh and shoot.sh: a private Xvfb, the app's window, and keys.
# Needs xvfb, xdotool and x11-utils (scripts/setup.sh test installs them).

# start_xvfb [WxH]: starts Xvfb on a free display; sets DISPLAY and xvfb_pid. A display
# another server took at the same moment (its lock file), or a server that does not answer
# within 10 s, is given up and another display tried; after 5 tries it fails.
start_xvfb() {
  local size=${1:-1280x800} display n
  for _ in $(seq 5); do
    for _ in $(seq 50); do
      n=$((100 + RANDOM % 400))
      [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
    done
    display=:$n
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do
      if xdpyinfo -display "$display" >/dev/null 2>&1; then
        export DISPLAY=$display
        return 0
      fi
      kill -0 "$xvfb_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true
  done
  echo "start_xvfb: no X server would start" >&2
  return 1
}

# wait_window PID [NAME_REGEX]: waits up to 10 s for the app's visible window; sets wid.
# Fails when the app exits first or no window shows.
wait_window() {
  local pid=$1 name=${2:-Limber}
  wid=
  for _ in $(seq 500); do
    wid=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}

# press KEYS...: through XTEST to the focused window. winit reads the keyboard through
# XInput2, which ignores the synthetic events of `xdotool key --window`.
press() {
  xdotool windowfocus --sync "$wid" >/dev/null 2>&1 || true
  xdotool key --delay 80 "$@"
}

# click X Y: a left click at a point of the screen.
click() {
  xdotool mousemove --sync "$1" "$2" click 1
}
