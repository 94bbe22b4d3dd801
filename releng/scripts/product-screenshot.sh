#!/usr/bin/env bash
# Smoke test of the materialised product: starts ./workbench on the samples under a private Xvfb
# display, waits until the workbench window is up and the sample article is open, writes a
# screenshot to target/screenshots/workbench-product.png and stops the workbench again.
# Needs xvfb, x11-utils (xwininfo) and imagemagick (import).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out="$top/target/screenshots"
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$wb" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true' EXIT
export DISPLAY=$display
rm -rf "$top/target/screenshot-workspace"
"$top/workbench" --workspace "$top/target/screenshot-workspace" >"$top/target/workbench-product.log" 2>&1 &
wb=$!
for _ in $(seq 1 120); do
    if xwininfo -root -tree 2>/dev/null | grep -q "us-china-talks"; then
        break
    fi
    kill -0 "$wb" 2>/dev/null || { echo "product-screenshot: the workbench exited; see target/workbench-product.log" >&2; exit 1; }
    sleep 1
done
xwininfo -root -tree | grep -q "us-china-talks" || { echo "product-screenshot: no window with the sample article after 120 s" >&2; exit 1; }
sleep 8 # let the first check paint its annotations
import -window root "$out/workbench-product.png"
echo "product-screenshot: $out/workbench-product.png"
