#!/usr/bin/env bash
# Runs each cargo-fuzz target in fuzz/ for SECONDS (default 60) and prints its executions.
# Needs a nightly toolchain; without one (or without cargo-fuzz, which it then installs) it
# says so. Exit 1 when a target finds a crash: the input is under fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz: no nightly toolchain; skipped (rustup toolchain install nightly)"
    exit 0
fi
# A debug build of the tool (it only drives cargo): a fraction of the release build time.
command -v cargo-fuzz >/dev/null || cargo install --locked --debug cargo-fuzz
cargo +nightly fuzz build -O
# Seeds, once: the built-in programs and the hostile fixtures (a picture's first byte says
# whether it is read as SVG).
seed() { [ -n "$(ls -A "corpus/$1" 2>/dev/null)" ] && return 1; mkdir -p "corpus/$1"; }
if seed program; then cp ../programs/*.toml ../tests/fixtures/hostile/programs/* corpus/program/; fi
if seed settings; then cp ../tests/fixtures/hostile/settings/* corpus/settings/; fi
if seed history_import; then cp ../tests/fixtures/hostile/imports/* corpus/history_import/; fi
if seed picture; then
    for file in ../tests/fixtures/hostile/pictures/*; do
        case "$file" in *.svg) kind='\001' ;; *) kind='\000' ;; esac
        { printf "$kind"; cat "$file"; } >"corpus/picture/$(basename "$file")"
    done
fi
failed=0
for target in $(cargo +nightly fuzz list); do
    log="$(mktemp)"
    if cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        >"$log" 2>&1; then
        status=ok
    else
        status=CRASH
        failed=1
        # The finding, not cargo-fuzz's own backtrace: the panic or sanitizer report, the
        # saved input, and the input itself (small ones) so a CI log is enough to replay it.
        grep -E -A12 "panicked at|==[0-9]+==ERROR|deadly signal|ERROR: libFuzzer" "$log" | head -60
        artifact="$(grep -o "artifacts/$target/[A-Za-z0-9_-]*" "$log" | head -1 || true)"
        if [ -n "$artifact" ] && [ -f "$artifact" ]; then
            echo "fuzz: $target: input $artifact ($(stat -c %s "$artifact") bytes), base64:"
            head -c 4096 "$artifact" | base64 -w 0
            echo
        fi
    fi
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    echo "fuzz: $target: $status, $runs runs in ${seconds} s"
    rm -f "$log"
done
exit "$failed"
