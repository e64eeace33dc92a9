#!/usr/bin/env python3
"""Checks a recording of Limber's sound against the events `limber run --events jsonl` printed.

    sound_check.py session REC.raw EVENTS.jsonl     one session: bursts, speech, nothing else
    sound_check.py start REC.raw EVENTS.jsonl MS    one start: audible from the first cue,
                                                    which came within 3 s of MS (the launch)
    sound_check.py summary FIGURES                  the figures of many starts (one JSON a
                                                    line, as `start` prints them) in a line

REC.raw is what `parec --format=s16le --rate=48000 --channels=1` recorded from the null sink's
monitor. The recording is cut into bursts (sound above -40 dBFS, gaps under 40 ms merged).
Every cue event must start exactly one burst within 60 ms of its t_ms (the recording is
aligned on the offset that explains the most cues, see `align`), no cue burst may run past its sound's end (nothing overlaps it),
every say event must be speech (sound over most of its length, starting within 60 ms), and
every burst must belong to a cue or a say event (nothing else). Pure Python: no numpy.
"""

import bisect
import json
import sys
from array import array

RATE = 48_000
FRAME = 120  # 2.5 ms
THRESHOLD = 328  # -40 dBFS of 16-bit full scale
MERGE_MS = 40
TOLERANCE_MS = 60
# How long each cue's sound lasts (src/audio/synth.rs), in ms.
CUE_MS = {
    "get_ready": 800, "countdown": 150, "go": 750, "halfway": 500, "switch_sides": 900,
    "rest": 1000, "rep": 60, "form": 700, "finished": 1000, "round": 750, "relax": 1000,
}


def bursts(path):
    samples = array("h")
    with open(path, "rb") as f:
        samples.frombytes(f.read())
    frames = []
    for i in range(0, len(samples) - FRAME + 1, FRAME):
        chunk = samples[i:i + FRAME]
        frames.append(max(max(chunk), -min(chunk)))
    ms = FRAME * 1000 / RATE
    out = []  # [start_ms, end_ms, peak]
    for n, peak in enumerate(frames):
        if peak < THRESHOLD:
            continue
        t = n * ms
        if out and t - out[-1][1] <= MERGE_MS:
            out[-1][1] = t + ms
            out[-1][2] = max(out[-1][2], peak)
        else:
            out.append([t, t + ms, peak])
    loud = [p >= THRESHOLD for p in frames]
    return out, loud, ms, len(samples) * 1000 / RATE


def expected(events_path):
    cues, says = [], []
    for line in open(events_path):
        event = json.loads(line)
        if event["kind"] == "cue":
            cues.append((event["t_ms"], event["cue"]))
        elif event["kind"] == "say":
            says.append((event["t_ms"], event["length_ms"], event["text"]))
    return cues, says


def nearest_error(starts, at):
    """How far the burst start nearest to `at` is from it (`starts` sorted), or None."""
    i = bisect.bisect_left(starts, at)
    near = [starts[j] - at for j in (i - 1, i) if 0 <= j < len(starts)]
    return min(near, key=abs) if near else None


def align(cue_times, starts):
    """Where the events' clock starts in the recording: the offset under which the most cues
    start a burst within TOLERANCE_MS, and of those the one with the smallest errors.

    Every cue and burst propose an offset; each is refined to the median error of the cues it
    explains. Votes counted in 5 ms bins picked wrong ones: t_ms jitters by a few ms (the
    loop wakes a little late), which spreads the right offset's votes over three bins, while
    with cues a second apart an offset one cue off explains all cues but one."""
    starts = sorted(starts)
    candidates = sorted({round(b - t, 1) for t in cue_times for b in starts})
    best_key, best = None, 0.0
    for guess in candidates:
        errors = [nearest_error(starts, t + guess) for t in cue_times]
        matched = sorted(e for e in errors if e is not None and abs(e) <= TOLERANCE_MS)
        if not matched:
            continue
        offset = guess + matched[len(matched) // 2]
        errors = [nearest_error(starts, t + offset) for t in cue_times]
        matched = [abs(e) for e in errors if e is not None and abs(e) <= TOLERANCE_MS]
        key = (len(matched), -sum(matched), -offset)
        if best_key is None or key > best_key:
            best_key, best = key, offset
    return best


def check(rec, events, launch_ms=None):
    found, loud, frame_ms, total_ms = bursts(rec)
    cues, says = expected(events)
    problems = []
    if not cues:
        return ["no cue events"], {}
    if not found:
        return ["the recording is silent"], {}
    offset = align([t for t, _ in cues], [b[0] for b in found])
    first_error = found[0][0] - offset - cues[0][0]
    if abs(first_error) > TOLERANCE_MS:
        problems.append(f"the first sound is {first_error:.0f} ms off the first cue")
    if launch_ms is not None and not (launch_ms <= found[0][0] <= launch_ms + 3000):
        problems.append(f"first sound at {found[0][0]:.0f} ms, launched at {launch_ms} ms")
    used = set()
    errors = []
    for t, cue in cues:
        near = [i for i, b in enumerate(found) if abs(b[0] - offset - t) <= TOLERANCE_MS]
        if len(near) != 1:
            problems.append(f"cue {cue} at {t} ms: {len(near)} bursts start within {TOLERANCE_MS} ms")
            continue
        b = found[near[0]]
        used.add(near[0])
        errors.append(b[0] - offset - t)
        end = t + CUE_MS.get(cue, 1000)
        if b[1] - offset > end + TOLERANCE_MS:
            problems.append(f"cue {cue} at {t} ms runs on to {b[1] - offset:.0f} ms (ends {end})")
    speech_errors = []
    for t, length, text in says:
        start = [i for i, b in enumerate(found) if abs(b[0] - offset - t) <= TOLERANCE_MS]
        if len(start) != 1:
            problems.append(f"say {text!r} at {t} ms: {len(start)} bursts start there")
        else:
            speech_errors.append(found[start[0]][0] - offset - t)
        inside = [i for i, b in enumerate(found)
                  if t - TOLERANCE_MS <= b[0] - offset <= t + length + TOLERANCE_MS]
        used.update(inside)
        first = int((t + offset) / frame_ms)
        last = int((t + offset + length) / frame_ms)
        share = sum(loud[first:last]) / max(1, last - first)
        if share < 0.4:
            problems.append(f"say {text!r} at {t} ms: sound in only {share:.0%} of it")
    for i, b in enumerate(found):
        if i not in used:
            problems.append(f"unexplained sound at {b[0] - offset:.0f}..{b[1] - offset:.0f} ms")
    errors.sort()
    figures = {
        "cues": len(cues), "says": len(says), "bursts": len(found),
        "onset_error_ms_median": errors[len(errors) // 2] if errors else None,
        "onset_error_ms_worst": max(errors, key=abs) if errors else None,
        "speech_error_ms_worst": max(speech_errors, key=abs) if speech_errors else None,
        "first_cue_error_ms": first_error,
        "first_sound_ms": found[0][0], "recorded_ms": total_ms,
    }
    return problems, figures


def summary(path):
    """The first cue's error and the onset errors over many starts, in one line."""
    runs = [json.loads(line) for line in open(path) if line.strip()]
    firsts = sorted(r["first_cue_error_ms"] for r in runs if r.get("first_cue_error_ms") is not None)
    worsts = [r["onset_error_ms_worst"] for r in runs if r.get("onset_error_ms_worst") is not None]
    medians = sorted(r["onset_error_ms_median"] for r in runs
                     if r.get("onset_error_ms_median") is not None)
    if not firsts or not worsts:
        return "no figures"
    return (f"first cue off by {firsts[len(firsts) // 2]:.1f} ms (median), "
            f"{max(firsts, key=abs):.1f} ms (worst); onsets off by "
            f"{medians[len(medians) // 2]:.1f} ms (median), {max(worsts, key=abs):.1f} ms (worst)")


def main():
    if sys.argv[1:2] == ["summary"]:
        print(summary(sys.argv[2]))
        return
    mode, rec, events = sys.argv[1:4]
    launch = int(sys.argv[4]) if mode == "start" else None
    problems, figures = check(rec, events, launch)
    print(json.dumps(figures))
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
