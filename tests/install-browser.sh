#!/usr/bin/env bash
# Installs what the console's browser tests need (Debian): the chromium package (Playwright drives /usr/bin/chromium;
# Playwright's own browser download is never used) and a CJK font so pages and screenshots show Chinese.
# Idempotent: installs only what is missing. Without root (or sudo) it says so and exits 0; the browser tests then skip.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browser tests: chromium and a CJK font are installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "browser tests: cannot install ${missing[*]} (needs root); browser tests will be skipped" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
  || { "${run[@]}" apt-get update >/dev/null 2>&1 && "${run[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; } \
  || { echo "browser tests: apt-get install ${missing[*]} failed; browser tests will be skipped" >&2; exit 0; }
echo "browser tests: installed ${missing[*]}"
