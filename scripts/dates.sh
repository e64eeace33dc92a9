#!/usr/bin/env bash
# Runs the test suite with the wall clock moved by libfaketime to dates where date code
# breaks: a year's end in ISO week 53, inside a daylight-saving gap, and a leap day late in
# the evening, each in its own time zone (02:30 does not exist in Amsterdam that night: the
# offset names the moment, which the zone shows as 03:30). The monotonic clock stays real, so timers keep
# working. Usage: scripts/dates.sh  (needs `faketime`: apt-get install faketime)
#
# Doctests are left out (there are none): rustdoc waits forever under libfaketime.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "dates: faketime missing: apt-get install faketime" >&2; exit 2; }
export FAKETIME_DONT_FAKE_MONOTONIC=1 ICED_TEST_BACKEND=tiny-skia
cargo test --lib --bins --tests --no-run --quiet
for moment in "UTC|2027-01-01 00:00:30" "Europe/Amsterdam|2027-03-28 02:30:00 +0100" \
  "America/New_York|2028-02-29 23:59:00"; do
  zone=${moment%%|*} when=${moment#*|}
  echo "dates: the whole suite at $when in $zone"
  TZ=$zone faketime "$when" cargo test --lib --bins --tests --quiet
done
