#!/usr/bin/env bash
# Real sound, measured: a private PulseAudio with a null sink, ALSA's default device routed to
# it through the pulse plugin (the usual route on a desktop), and its monitor recorded while
# the release binary plays. Checked by scripts/sound_check.py against `--events jsonl`:
#   1. a session with speech: one burst per cue event within 60 ms of its t_ms, speech where
#      the say events are, and nothing else;
#   2. 30 starts of a short program: each audible from its first cue, each cue heard once;
#   3. the app's window under Xvfb with keys (scripts/measure-gui.sh), with this sound server.
#   scripts/sound-check.sh [BINARY]          (default target/release/limber)
# SOUND_CHECK_PARTS="session starts gui" picks the parts; SOUND_CHECK_RUNS=30 the starts;
# SOUND_CHECK_LANGS="nl en" the languages of part 1 (each session takes about 2.3 minutes).
# Needs pulseaudio, pulseaudio-utils, libasound2-plugins, espeak-ng (scripts/setup.sh test).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-target/release/limber}")
runs=${SOUND_CHECK_RUNS:-30}
parts=${SOUND_CHECK_PARTS:-session starts gui}
langs=${SOUND_CHECK_LANGS:-nl en}
part() { case " $parts " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
work=$(mktemp -d)
pulse=; recorder=
cleanup() {
  [ -n "$recorder" ] && kill "$recorder" 2>/dev/null
  [ -n "$pulse" ] && kill "$pulse" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "sound-check: FAILED: $*" >&2; [ -f "$work/pulse.log" ] && tail -5 "$work/pulse.log" >&2; exit 1; }

# A home of its own: the sound server's socket, and an .asoundrc that sends ALSA's default
# device to it. The user's own files are never touched.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
export PULSE_SERVER="unix:$XDG_RUNTIME_DIR/pulse/native"
printf 'pcm.!default { type pulse }\nctl.!default { type pulse }\n' > "$HOME/.asoundrc"
pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --log-target=stderr \
  --load="module-native-protocol-unix auth-anonymous=1" \
  --load="module-null-sink sink_name=check rate=48000 channels=1 norewinds=1" \
  --load="module-always-sink" >"$work/pulse.log" 2>&1 & pulse=$!
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || fail "PulseAudio did not start"
pactl set-default-sink check

# record OUT: starts recording the sink's monitor; sets recorder, and launch_ms: where in the
# recording the program under test is started. parec takes from 0.1 to over 1 s to connect on
# a busy machine, so the recording is seen to grow before the lead_ms of silence begins, and
# launch_ms is read from the file's length at the launch rather than assumed.
lead_ms=1500
record() {
  parec --latency-msec=20 -d check.monitor --format=s16le --rate=48000 --channels=1 >"$1" &
  recorder=$!
  for _ in $(seq 100); do [ -s "$1" ] && break; sleep 0.05; done
  [ -s "$1" ] || fail "parec records nothing"
  sleep "$(awk -v ms="$lead_ms" 'BEGIN { print ms / 1000 }')"
  launch_ms=$(( $(stat -c %s "$1") / 96 ))  # 48000 16-bit samples a second: 96 bytes a ms
}
stop_recording() { sleep 0.3; kill "$recorder"; wait "$recorder" 2>/dev/null || true; recorder=; }

# 1. A session with speech: every kind of cue and phrase (format 2's relax, rounds and
#    alternating sides too), with room for the phrases.
cat >"$work/speech.toml" <<'TOML'
format = 2
id = "sound-check"
title = { en = "Sound check", nl = "Geluidscontrole" }
[defaults]
get_ready = 8
rest = 8
set_rest = 6
switch_sides = 4
countdown = 3
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = { en = "Plank", nl = "Plank" }
  duration = 20
  cues = [{ at = 4, text = { en = "Breathe on", nl = "Adem door" } }]
  [[block.exercise]]
  id = "side"
  name = { en = "Side plank", nl = "Zijplank" }
  duration = 6
  sides = "both"
  [[block.exercise]]
  id = "bridge"
  name = { en = "Bridge", nl = "Bruggetje" }
  reps = 2
  seconds_per_rep = 4
  sets = 2
# Format 2: a circuit of two rounds with a hold on alternating sides (relax, round, sides).
[[block]]
kind = "strength"
rounds = 2
round_rest = 8
  [[block.exercise]]
  id = "bird-dog"
  name = { en = "Bird dog", nl = "Vogelhond" }
  reps = 1
  hold = 8
  relax = 2
  sides = "alternate"
TOML
for lang in $langs; do
  part session || break
  record "$work/speech-$lang.raw"
  "$bin" --data-dir "$work/data" --lang "$lang" run "$work/speech.toml" --events jsonl \
    --no-checkin </dev/null >"$work/speech-$lang.jsonl" 2>"$work/speech-$lang.err" \
    || fail "limber run ($lang) failed: $(cat "$work/speech-$lang.err")"
  stop_recording
  grep -q '"kind":"say"' "$work/speech-$lang.jsonl" || fail "no say events ($lang): is espeak-ng installed?"
  result=$(python3 "$here/sound_check.py" session "$work/speech-$lang.raw" "$work/speech-$lang.jsonl") \
    || fail "the session's sound ($lang) does not match its events"
  echo "sound-check: session ($lang): $result"
done

# 2. Thirty starts of a short program, beeps only: each must be heard from its first cue.
cat >"$work/short.toml" <<'TOML'
format = 1
id = "sound-start"
title = "Sound start"
[defaults]
get_ready = 2
countdown = 1
[[block]]
  [[block.exercise]]
  id = "hold"
  name = "Hold"
  duration = 2
TOML
silent=0
part starts || runs=0
for n in $(seq "$runs"); do
  record "$work/start.raw"
  "$bin" --data-dir "$work/data" --lang en run "$work/short.toml" --events jsonl --no-checkin \
    --no-voice </dev/null >"$work/start.jsonl" 2>"$work/start.err" || fail "run $n failed"
  stop_recording
  if ! python3 "$here/sound_check.py" start "$work/start.raw" "$work/start.jsonl" "$launch_ms" \
      >"$work/start.figures" 2>"$work/start.problems"; then
    silent=$((silent + 1))
    echo "sound-check: start $n: $(head -3 "$work/start.problems" | tr '\n' ';')" >&2
  fi
  cat "$work/start.figures" >>"$work/starts.figures"
done
if part starts && [ "$runs" -gt 0 ]; then
  echo "sound-check: $((runs - silent)) of $runs starts heard from the first cue, each cue once;" \
    "$(python3 "$here/sound_check.py" summary "$work/starts.figures")"
fi
[ "$silent" -eq 0 ] || fail "$silent of $runs starts were not heard right"

# 3. The app's window under Xvfb, driven by keys, with this sound server.
if part gui; then SOUND_SERVER_PID=$pulse "$here/measure-gui.sh" "$bin"; fi
echo "sound-check: ok"
