#!/usr/bin/env bash
# Set up policykb on a fresh machine: Python venv in .venv with the package
# (editable), the Debian packages it uses (CJK fonts; LibreOffice to read .doc
# and .wps; Tesseract with its simplified-Chinese model to read scans) and,
# with --test, the test tools plus Chromium for the browser test. Safe to re-run.
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

# Debian packages: CJK fonts for charts, LibreOffice (headless, no GUI) to
# read .doc/.wps and Tesseract with its simplified-Chinese model to read scans
# (always), Chromium for the browser test.
need=()
# grep without -q reads all of fc-list: with -q it exits at the first match, fc-list dies of SIGPIPE
# and pipefail calls the font missing (the set-up then re-ran apt-get every time)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -x chi_sim >/dev/null || need+=(tesseract-ocr-chi-sim)
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
    echo "note: could not install ${need[*]} (not Debian/root); charts may lack Chinese glyphs, .doc/.wps files need LibreOffice, scans (.png/.jpg/.tif, PDFs without text) need Tesseract, and tests that need these are skipped" >&2
  fi
fi
