#!/usr/bin/env bash
# Debian packages the tests need: a virtual display and GTK 3 for SWT (plus xauth for xvfb-run) for the
# UI tests, and Neovim, the real editor NeovimClientTest runs as the language server's client.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq xvfb xauth libgtk-3-0 neovim >/dev/null
