#!/usr/bin/env bash
# Runs every test: native core tests, component/storage tests in headless Chromium
# (wasm-bindgen-test), end-to-end tests of the built single file opened from file:// in Chromium,
# Firefox ESR and WebKit, and the benchmark once in its quick mode.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export CHROMEDRIVER=/usr/bin/chromedriver

echo "==> 1/5 native: cargo test, and the page's packing and split (node --test tools/packing.test.mjs tools/split.test.mjs)"
cargo test
node --test tools/packing.test.mjs tools/split.test.mjs

echo "==> 2/5 browser components: cargo test --target wasm32-unknown-unknown (headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

echo "==> 3/5 end to end in Chromium: trunk build --release, then Playwright on file://"
trunk build --release
node --test --test-concurrency=1 tests/e2e/

echo "==> 4/5 end to end in Firefox ESR: the same suite (tests/e2e/firefox-shim.mjs over puppeteer-core)"
# (firefox.test.mjs and webkit.test.mjs launch their own browsers and ran in step 3.)
E2E_BROWSER=firefox node --test --test-concurrency=1 \
  $(ls tests/e2e/*.test.mjs | grep -v -e firefox.test.mjs -e webkit.test.mjs)

echo "==> 5/5 benchmark, quick mode: it runs, and the single file is within its byte budget"
node tools/bench.mjs --quick
