#!/usr/bin/env bash
# Installs what building, running and testing Limber needs on Debian or Ubuntu, and nothing
# that is already there. Usage: scripts/setup.sh [build|test]
#   build: the C libraries the audio crate links against (pkg-config, ALSA headers) and the
#          voice of the spoken cues (espeak-ng, loaded at run time: the build needs no headers)
#   test:  build + what the end-to-end test uses (Xvfb, xdotool, xdpyinfo, ImageMagick, sqlite3),
#          libfaketime for the date runs, a sound server for the real-sound check (PulseAudio,
#          its tools, ALSA's pulse plugin, and python3 for its analysis), poppler-utils and
#          qpdf to read the PDFs back, and for the desktop parts: a session bus and a
#          notification daemon (dbus-daemon, dunst), systemd-analyze (systemd), the validators
#          (desktop-file-utils, appstream), GLib's file types (shared-mime-info,
#          libglib2.0-bin) and what cargo-deb runs (dpkg-dev)
set -euo pipefail
want=(pkg-config libasound2-dev espeak-ng)
if [ "${1:-build}" = test ]; then
  want+=(xvfb xdotool x11-utils imagemagick sqlite3 faketime poppler-utils qpdf)
  want+=(pulseaudio pulseaudio-utils libasound2-plugins python3)
  want+=(dbus-daemon dunst systemd desktop-file-utils appstream shared-mime-info libglib2.0-bin dpkg-dev)
fi
missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found. Install Rust first: https://rustup.rs (then run this again)." >&2
  exit 1
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
