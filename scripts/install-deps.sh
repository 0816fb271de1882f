#!/usr/bin/env bash
# Installs every Debian 12 package czstation needs to build, test and run its examples.
# Uses sudo only when not already root. Safe to run again: apt skips what is installed.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config          # the toolchain
  libcli11-dev libsqlitecpp-dev libsqlite3-dev libfmt-dev libtomlplusplus-dev doctest-dev
  libutf8proc-dev                           # NFC, Unicode categories and display widths
  libssl-dev                                # OpenSSL's libcrypto: the audit chain's SHA-256
  libxlsxwriter-dev                         # --format xlsx: Excel workbooks (lib/xlsx/)
  gettext                                   # msgfmt compiles po/*.po
  sqlite3                                   # tests and bench compare with the sqlite3 shell
  tzdata                                    # the county's time zone
  man-db groff-base                         # man -l renders the pages in tests
  jq                                        # end-to-end tests read JSON output
  clang-format                              # scripts/check-format.sh, a CI test
  ccache                                    # cheap rebuilds (optional for the build itself)
  zsh                                       # tests/e2e/test_completion.sh drives zsh completion
  python3-openpyxl                          # tests/e2e/test_xlsx.sh reads the workbooks back
  tmux                                      # tests/e2e/test_xlsx.sh sees tables as a terminal shows them
  dpkg-dev fakeroot lintian                 # tests/package/test_deb.sh: cpack -G DEB, lintian
  chromium fonts-noto-cjk poppler-utils     # tests/e2e/test_html.sh: --format html printed to PDF and PNG, read back
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
