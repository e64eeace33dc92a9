#!/usr/bin/env bash
# Renders the app icon's PNG sizes from its drawing, assets/icons/nl.limber.Limber.svg, into
# the hicolor layout under assets/icons/hicolor/ (committed: building Limber never needs
# this). Run it after changing the drawing. Needs rsvg-convert (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
id=nl.limber.Limber
for size in 16 24 32 48 64 128 256 512; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "assets/icons/$id.svg" --output "$dir/$id.png"
done
echo "render-icons: wrote $(ls assets/icons/hicolor | tr '\n' ' ')"
