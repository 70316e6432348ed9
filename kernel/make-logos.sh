#!/usr/bin/env bash
# Renders the launcher logos from logo-svg.svg. The PNGs are committed; run this only after
# changing the SVG. Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "make-logos: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 32 64; do
  rsvg-convert --width "$size" --height "$size" logo-svg.svg --output "logo-${size}x${size}.png"
done
