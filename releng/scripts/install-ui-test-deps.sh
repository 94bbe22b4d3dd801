#!/usr/bin/env bash
# Debian packages the UI tests need: a virtual display and GTK 3 for SWT (plus xauth for xvfb-run).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq xvfb xauth libgtk-3-0 >/dev/null
