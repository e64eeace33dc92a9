#!/usr/bin/env bash
# Builds the Debian package with cargo-deb, installs it with dpkg -i, runs `limber --help`
# from PATH and validates what it installed, then removes it with dpkg -r and checks that the
# system is as it was: the same files (outside dpkg's own records, logs and caches) and no
# trace of Limber in the desktop's caches. Needs root (or sudo) and cargo-deb
# (`cargo install --locked cargo-deb`). Usage: scripts/check-deb.sh [CARGO-DEB OPTIONS]
# (`--no-build` packages the release binary already in target/release).
set -euo pipefail
cd "$(dirname "$0")/.."
id=nl.limber.Limber
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
command -v cargo-deb >/dev/null || fail "cargo-deb is missing: cargo install --locked cargo-deb"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
if dpkg-query -W -f='${Status}' limber 2>/dev/null | grep -q "install ok installed"; then
  fail "a limber package is installed already; remove it first (dpkg -r limber)"
fi

deb=$(cargo deb --quiet "$@" 2>/dev/null | tail -1)
[ -f "$deb" ] || deb=$(ls -t target/debian/limber_*.deb | head -1)
echo "check-deb: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --contents "$deb" | awk '{print "  " $6}'

# Where a package may put files (dpkg's own records, logs and caches left out): walking all
# of / took minutes on a machine with a large build tree, these take a second.
snapshot() {
  find /usr /etc /opt /var/lib /srv -xdev \( -path /var/lib/dpkg -o -path /var/lib/apt \) -prune \
    -o -print 2>/dev/null | LC_ALL=C sort
}
before=$(mktemp); after=$(mktemp)
trap 'rm -f "$before" "$after"' EXIT
snapshot > "$before"

$sudo dpkg -i "$deb" >/dev/null
trap '$sudo dpkg -r limber >/dev/null 2>&1 || true; rm -f "$before" "$after"' EXIT
[ "$(command -v limber)" = /usr/bin/limber ] || fail "limber is not on PATH as /usr/bin/limber: $(command -v limber || echo none)"
(cd / && limber --help) | grep -q "Usage: limber" || fail "limber --help"
desktop-file-validate /usr/share/applications/$id.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml || fail "appstreamcli validate"
[ -f /usr/share/icons/hicolor/scalable/apps/$id.svg ] || fail "no icon"
echo "check-deb: installed; limber --help runs from PATH; the validators pass"

$sudo dpkg -r limber >/dev/null
trap 'rm -f "$before" "$after"' EXIT
status=$(dpkg-query -W -f='${Status}' limber 2>/dev/null || true)
case $status in "" | "unknown ok not-installed" | "deinstall ok not-installed") ;; *) fail "dpkg still knows limber: $status" ;; esac
snapshot > "$after"
diff "$before" "$after" || fail "dpkg -r left the files above different"
! grep -rls "limber" /usr/share/applications/mimeinfo.cache /usr/share/mime/application 2>/dev/null \
  || fail "the desktop's caches still name Limber"
echo "check-deb: ok (removed without a trace)"
