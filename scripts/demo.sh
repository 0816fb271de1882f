#!/usr/bin/env bash
# The README's first command: installs what is needed, builds czstation, loads the example
# county into the default database (the XDG data directory, unless $CZSTATION_DB says
# otherwise) and runs the main job on it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
BUILD_DIR=$here/build "$here/scripts/build.sh"
czstation=$here/build/cmd/czstation
"$here/examples/county/load.sh" "$czstation"
echo "== stations of the example county ==" >&2
"$czstation" register list
