#!/usr/bin/env bash
# Set up with the test tools, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
# one worker per core (pytest-xdist): the suite took 15.5 min in one process on the 2-core machine, 12 min on two;
# pass -n 0 to run in one process (for --pdb, or to read output in order)
exec .venv/bin/python -m pytest -n auto "$@"
