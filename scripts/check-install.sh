#!/usr/bin/env bash
# Installs Limber into a temporary DESTDIR as a package would (PREFIX=/usr), lists what was
# installed, runs desktop-file-validate and appstreamcli on it, checks that the icon, the
# file types and the window's app id agree with the desktop file, then uninstalls and checks
# that nothing is left. Usage: scripts/check-install.sh  (after `cargo build --release`;
# needs desktop-file-utils and appstream: scripts/setup.sh test)
set -euo pipefail
cd "$(dirname "$0")/.."
id=nl.limber.Limber
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
fail() { echo "check-install: FAILED: $*" >&2; exit 1; }

make --no-print-directory install DESTDIR="$stage" PREFIX=/usr >/dev/null
echo "check-install: installed into DESTDIR=$stage, PREFIX=/usr:"
(cd "$stage" && find . -type f | sed 's|^\./|  /|' | sort)
expected="usr/bin/limber
usr/share/applications/$id.desktop
usr/share/icons/hicolor/128x128/apps/$id.png
usr/share/icons/hicolor/16x16/apps/$id.png
usr/share/icons/hicolor/24x24/apps/$id.png
usr/share/icons/hicolor/256x256/apps/$id.png
usr/share/icons/hicolor/32x32/apps/$id.png
usr/share/icons/hicolor/48x48/apps/$id.png
usr/share/icons/hicolor/512x512/apps/$id.png
usr/share/icons/hicolor/64x64/apps/$id.png
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/metainfo/$id.metainfo.xml
usr/share/mime/packages/$id.xml"
[ "$(cd "$stage" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)" = "$(echo "$expected" | LC_ALL=C sort)" ] \
  || fail "the installed files are not the expected ones"

desktop="$stage/usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx "Exec=/usr/bin/limber %f" "$desktop" || fail "Exec does not name the installed binary"
grep -qx "StartupWMClass=$id" "$desktop" || fail "StartupWMClass is not the app id"
grep -qx "Icon=$id" "$desktop" || fail "Icon is not the app id"
grep -q "^MimeType=.*application/x-limber-bundle;" "$desktop" || fail "bundles are not registered"
grep -q "^MimeType=.*application/x-limber-program;" "$desktop" || fail "program files are not registered"
! grep -q "^MimeType=.*application/toml;" "$desktop" || fail "the desktop file claims every TOML file"
appstreamcli validate --no-net --explain "$stage/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
# The whole tree: the metainfo's launchable finds the desktop file, the icon is found.
appstreamcli validate-tree --no-net "$stage/usr" || fail "appstreamcli validate-tree"
for size in 16 24 32 48 64 128 256 512; do
  got=$(identify -format '%wx%h' "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
  [ "$got" = "${size}x${size}" ] || fail "the ${size}px icon is $got"
done

# The file types, as GLib (GNOME's Files) sees them with the installed definitions and menu
# entry: a .limber file and a Limber program open in Limber; any other TOML file is plain TOML,
# and Limber does not become its default app (even where no app claims TOML itself).
xdg=$(mktemp -d)
mkdir -p "$xdg/mime/packages" "$xdg/applications" "$xdg/config"
cp /usr/share/mime/packages/freedesktop.org.xml "$stage/usr/share/mime/packages/$id.xml" "$xdg/mime/packages/"
update-mime-database "$xdg/mime" >/dev/null 2>&1
# GLib hides a menu entry whose program is missing: point it at the staged binary.
sed "s|^Exec=/usr/bin/limber |Exec=$stage/usr/bin/limber |" "$desktop" > "$xdg/applications/$id.desktop"
update-desktop-database "$xdg/applications"
printf 'PK\005\006%018d' 0 > "$xdg/shared.limber"
printf '# From the practice\nformat = 1\nid = "knee"\ntitle = "Knee"\n[[block]]\n' > "$xdg/knee.toml"
printf '[package]\nname = "not-a-program"\n' > "$xdg/Cargo.toml"
in_xdg() { XDG_DATA_HOME=$xdg XDG_DATA_DIRS=$xdg XDG_CONFIG_HOME=$xdg/config XDG_CONFIG_DIRS=$xdg/config "$@" 2>/dev/null; }
kind() { in_xdg gio info -a standard::content-type "$1" | awk '/content-type/ {print $2}'; }
default_for() { in_xdg gio mime "$1" | sed -n 's/^Default application for .*: //p'; }
[ "$(kind "$xdg/shared.limber")" = application/x-limber-bundle ] || fail "a .limber file is $(kind "$xdg/shared.limber")"
[ "$(kind "$xdg/knee.toml")" = application/x-limber-program ] || fail "a program is $(kind "$xdg/knee.toml")"
[ "$(kind "$xdg/Cargo.toml")" = application/toml ] || fail "another TOML file is $(kind "$xdg/Cargo.toml")"
[ "$(default_for application/x-limber-bundle)" = "$id.desktop" ] || fail "bundles do not open in Limber"
[ "$(default_for application/x-limber-program)" = "$id.desktop" ] || fail "programs do not open in Limber"
[ -z "$(default_for application/toml)" ] || fail "Limber became the default for every TOML file"
rm -rf "$xdg"
echo "check-install: a .limber file and a program open in Limber; other TOML files are left alone"

make --no-print-directory uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null
left=$(cd "$stage" && find . -mindepth 1)
[ -z "$left" ] || fail "uninstall left: $left"
echo "check-install: ok (both validators pass; uninstall leaves nothing)"
