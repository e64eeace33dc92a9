#!/usr/bin/env bash
# Measures the cue sounds: play-to-output latency (printed by the bench itself) and the
# medians of criterion's render and mix benchmarks. Usage: scripts/measure-audio.sh [filter]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo bench --bench audio -- "$@" 2>/dev/null | grep -E '^latency/' || true
for estimates in "$target"/criterion/render/*/new/estimates.json \
                 "$target"/criterion/mix/*/new/estimates.json; do
  [ -f "$estimates" ] || continue
  name="${estimates#"$target"/criterion/}"
  name="${name%/new/estimates.json}"
  median_ns=$(sed -E 's/.*"median":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.e+-]+).*/\1/' "$estimates")
  awk -v n="$name" -v m="$median_ns" 'BEGIN { printf "%-28s median %10.1f us\n", n, m / 1000 }'
done
