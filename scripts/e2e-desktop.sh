#!/usr/bin/env bash
# End-to-end on a desktop: the real binary under Xvfb, on a session bus of its own
# (dbus-run-session) with a real notification daemon (dunst). Checks that
#   1. the window's X11 WM_CLASS is the desktop file's id (docks group it under Limber);
#   2. `limber remind --now` shows the reminder, and dunst's action on it opens Limber on
#      that program;
#   3. `limber FILE` opens the app on the import of a .limber bundle.
# Usage: scripts/e2e-desktop.sh [BINARY]   (default target/release/limber)
# Leaves screenshots in target/e2e/: notification.png, reminder-start.png, bundle-import.png.
# Needs xvfb, xdotool, x11-utils, imagemagick, dbus-daemon and dunst (scripts/setup.sh test).
set -euo pipefail
if [ -z "${LIMBER_E2E_BUS:-}" ]; then
  exec env LIMBER_E2E_BUS=1 dbus-run-session -- "$0" "$@"
fi
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/limber}")
out=$(realpath -m target/e2e)
mkdir -p "$out"
data=$(mktemp -d)
. scripts/x11.sh
app=; xvfb_pid=; dunst_pid=; remind=
cleanup() {
  for pid in $app $remind $dunst_pid $xvfb_pid; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$data"
}
trap cleanup EXIT
fail() { echo "e2e-desktop: FAILED: $*" >&2; for log in "$data"/*.log; do echo "== $log" >&2; tail -5 "$log" >&2; done; exit 1; }

mkdir -p "$data/programs" "$data/share/fonts"
cp assets/fonts/*.otf "$data/share/fonts/"
export XDG_DATA_HOME=$data/share      # dunst finds Inter there, as the app's own text
cat > "$data/programs/knee.toml" <<'TOML'
format = 1
id = "knee-week-1"
title = { en = "Knee, week 1", nl = "Knie, week 1" }
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  reps = 10
  seconds_per_rep = 4
  sets = 2
  [[block.exercise]]
  id = "wall-sit"
  name = "Wall sit"
  duration = 30
TOML
cat > "$data/settings.toml" <<'TOML'
[reminders]
when = "days"
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
time = "18:30"
TOML
cat > "$data/dunstrc" <<EOF
[global]
    font = Inter 12
    width = 440
    origin = top-right
    offset = 24x24
    padding = 14
    horizontal_padding = 16
    frame_width = 2
    frame_color = "#c9482a"
    corner_radius = 12
    icon_position = left
    min_icon_size = 48
    max_icon_size = 48
    icon_path = $PWD/assets/icons/hicolor/48x48/apps
    markup = full
    format = "<b>%s</b>\n%b"
    show_indicators = yes
[urgency_normal]
    background = "#ffffff"
    foreground = "#1f2933"
    timeout = 0
EOF

start_xvfb 1280x800
# A desktop's background, so the notification shows as it would over one.
xsetroot -solid '#3b4a5a' 2>/dev/null || true
dunst -config "$data/dunstrc" >"$data/dunst.log" 2>&1 & dunst_pid=$!
for _ in $(seq 100); do dunstctl is-paused >/dev/null 2>&1 && break; sleep 0.05; done
dunstctl is-paused >/dev/null 2>&1 || fail "dunst did not start"

# 1. The window is Limber's, by the desktop file's id.
"$bin" --data-dir "$data" --lang en >"$data/app.log" 2>&1 & app=$!
wait_window "$app" '^Limber$' || fail "no window"
class=$(xprop -id "$wid" WM_CLASS)
[ "$class" = 'WM_CLASS(STRING) = "nl.limber.Limber", "nl.limber.Limber"' ] || fail "WM_CLASS is $class"
echo "e2e-desktop: $class"
kill "$app"; wait "$app" 2>/dev/null || true; app=

# 2. The reminder, as dunst shows it, and its action.
"$bin" --data-dir "$data" --lang en remind --now >"$data/remind.log" 2>&1 & remind=$!
for _ in $(seq 200); do [ "$(dunstctl count displayed)" = 1 ] && break; sleep 0.05; done
[ "$(dunstctl count displayed)" = 1 ] || fail "no notification on show"
grep -q "Reminder: Today: Knee, week 1 — " "$data/remind.log" || fail "the reminder said: $(cat "$data/remind.log")"
sleep 0.5
import -window root "$out/notification.png"
dunstctl action 0
for _ in $(seq 200); do kill -0 "$remind" 2>/dev/null || break; sleep 0.05; done
wait "$remind" || fail "limber remind failed"
remind=
grep -q "Starting knee-week-1." "$data/remind.log" || fail "Start did nothing: $(cat "$data/remind.log")"
app=$(pgrep -f -- "--program knee-week-1" | head -1 || true)
[ -n "$app" ] || fail "no app was started on the program"
wait_window "$app" '^Limber$' || fail "the app started by the reminder shows no window"
sleep 1
import -window root "$out/reminder-start.png"
kill "$app"; wait "$app" 2>/dev/null || true; app=
echo "e2e-desktop: the reminder showed in dunst, and its action opened Limber on knee-week-1"

# 3. A bundle opened with Limber, as a file manager does.
"$bin" --data-dir "$data" bundle knee-week-1 --out "$data/knee.limber" >/dev/null
other=$data/other
"$bin" --data-dir "$other" --lang en "$data/knee.limber" >"$data/open.log" 2>&1 & app=$!
# The import runs as the app starts; on a busy machine that can take a while.
for _ in $(seq 600); do [ -f "$other/programs/knee-week-1.toml" ] && break; kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
[ -f "$other/programs/knee-week-1.toml" ] || fail "limber FILE did not import the bundle"
wait_window "$app" '^Limber$' || fail "no window for limber FILE"
sleep 1
import -window root "$out/bundle-import.png"
echo "e2e-desktop: ok; screenshots in $out"
