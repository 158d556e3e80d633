#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, and says what it does.
# Idempotent: a second run installs nothing. Sourced by tools/serve.sh and tools/test.sh.
# Versions are the ones verified on this kind of machine (see ARCHITECTURE.md "Toolchain").
set -euo pipefail

TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml and [tools] in Trunk.toml.
WASM_BINDGEN_VERSION=0.2.130

cd "$(dirname "${BASH_SOURCE[0]}")/.."
say() { printf '==> %s\n' "$*"; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

missing_apt=()
command -v chromium >/dev/null || missing_apt+=(chromium)
command -v chromedriver >/dev/null || missing_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || missing_apt+=(firefox-esr)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing_apt+=(fonts-noto-cjk)
# pdfinfo/pdftoppm: the export test reads the printed PDF back.
command -v pdfinfo >/dev/null || missing_apt+=(poppler-utils)
# WebKit (Safari's engine) for the smoke test: its WebDriver and a virtual X server.
command -v WebKitWebDriver >/dev/null || missing_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing_apt+=(xvfb)
command -v node >/dev/null || missing_apt+=(nodejs)
command -v npm >/dev/null || missing_apt+=(npm)
command -v python3 >/dev/null || missing_apt+=(python3)
# xz packs the single file (LZMA); its decoder travels in the page (tools/lzma.mjs).
command -v xz >/dev/null || missing_apt+=(xz-utils)
if [ ${#missing_apt[@]} -gt 0 ]; then
  say "apt-get install ${missing_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing_apt[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "cargo install trunk@$TRUNK_VERSION (about 6 minutes)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

# No --locked: wasm-bindgen-cli 0.2.130's lockfile names a webpki-roots the registry does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli@$WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# wasm-opt from binaryen@132 (Debian's 108 cannot read Rust 1.95's wasm) and the test tools.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
   || [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/terser ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (binaryen, terser, playwright-core, puppeteer-core, axe-core)"
  npm ci --no-audit --no-fund --silent
fi
