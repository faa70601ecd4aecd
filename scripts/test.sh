#!/usr/bin/env bash
# The test command: installs system packages if missing, then runs the unit tests (no ../shared needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift test "$@"
