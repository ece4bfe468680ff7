#!/usr/bin/env bash
# Set up policykb on a fresh machine: Python venv in .venv with the package
# (editable), the Debian packages for CJK fonts and OCR (tesseract-ocr,
# tesseract-ocr-chi-sim) and, with --test, the test tools plus Chromium for the
# browser test. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
log=$(mktemp)
extra=""
[ "$want_test" = 1 ] && extra="[test]"
echo "installing policykb$extra into .venv (log: $log)" >&2
if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".$extra"; } >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "pip install failed; full log in $log" >&2
  exit 1
fi

# Debian packages: CJK fonts for charts and Tesseract with its simplified-Chinese
# model for scanned notices (always), Chromium for the browser test.
need=()
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || need+=(tesseract-ocr-chi-sim)
if [ "$want_test" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
if [ "${#need[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
  else
    echo "note: could not install ${need[*]} (not Debian/root); charts may lack Chinese glyphs, scans (.png/.jpg/.tif, PDFs without text) cannot be read and the browser test will be skipped" >&2
  fi
fi
