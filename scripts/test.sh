#!/usr/bin/env bash
# The README's second command (and CI's): installs what is needed, builds czstation with
# AddressSanitizer and UBSan and warnings as errors, and runs every unit and end-to-end test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
build_dir=$here/build-test
BUILD_DIR=$build_dir BUILD_TYPE=Debug "$here/scripts/build.sh" -DCZSTATION_SANITIZE=ON -DCZSTATION_DEV=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)"
