#!/usr/bin/env bash
# Runs every test: native core tests, component/storage tests in headless Chromium
# (wasm-bindgen-test), then end-to-end tests of the built single file opened from file://.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export CHROMEDRIVER=/usr/bin/chromedriver

echo "==> 1/3 native: cargo test"
cargo test

echo "==> 2/3 browser components: cargo test --target wasm32-unknown-unknown (headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

echo "==> 3/3 end to end: trunk build --release, then Playwright on file://"
trunk build --release
node --test --test-concurrency=1 tests/e2e/
