#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080. The page served IS the single file,
# also written to dist/incident-navi.html (the copy to put on a USB stick or attach to a mail).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo "==> trunk build --release"
trunk build --release
echo "==> single file: dist/incident-navi.html"
echo "==> serving http://127.0.0.1:8080 (Ctrl+C to stop)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
