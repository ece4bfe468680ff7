#!/usr/bin/env bash
# Set up, build db/policy.db from corpus/ and serve it on http://127.0.0.1:8001/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/policykb serve "$@"
