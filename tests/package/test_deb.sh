#!/usr/bin/env bash
# The Debian package: builds czstation for /usr in its own build directory, makes the .deb with
# CPack, checks it with lintian (no errors), installs it with `apt-get install ./czstation_*.deb`
# and runs the installed czstation --version, man czstation and the installed cron job under
# env -i; then removes the package. Needs root and apt-get (CI); a full build, so it carries
# the ctest label "package": `ctest -LE package` skips it locally.
set -uo pipefail
src=${CZSTATION_SOURCE_DIR:?set CZSTATION_SOURCE_DIR}
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "skipped: installing a .deb needs root and apt-get"
  exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/czstation-deb.XXXXXX")
failed=0
fail() { echo "FAIL $*" >&2; failed=$((failed + 1)); }
build=${CZSTATION_DEB_BUILD_DIR:-$src/build-deb}

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$src} CCACHE_NOHASHDIR=true
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DCZSTATION_DEB=ON \
  -DCZSTATION_TESTS=OFF >"$T/cmake.log" 2>&1 || { cat "$T/cmake.log"; exit 1; }
ninja -C "$build" >"$T/build.log" 2>&1 || { tail -30 "$T/build.log"; exit 1; }
rm -f "$build"/czstation_*.deb
(cd "$build" && cpack -G DEB >"$T/cpack.log" 2>&1) || { cat "$T/cpack.log"; exit 1; }
deb=$(ls "$build"/czstation_*.deb)
echo "built $deb"

echo "== lintian $(basename "$deb") =="
lintian --tag-display-limit 0 "$deb" | tee "$T/lintian.txt"
grep -q '^E:' "$T/lintian.txt" && fail "lintian reports errors"

dpkg-deb -c "$deb" >"$T/contents"
for f in ./usr/bin/czstation ./usr/share/man/man1/czstation.1.gz ./usr/share/man/man5/czstation-rules.5.gz \
  ./usr/share/bash-completion/completions/czstation ./usr/share/zsh/vendor-completions/_czstation \
  ./usr/share/locale/zh_CN/LC_MESSAGES/czstation.mo ./usr/share/doc/czstation/rules.toml \
  ./usr/share/doc/czstation/copyright ./usr/share/doc/czstation/examples/cron/czstation.cron \
  ./usr/share/doc/czstation/examples/reports/overdue-parcels.sh ./etc/czstation/config.toml; do
  grep -qF " $f" "$T/contents" || fail "the package lacks $f"
done

apt-get install -y "$deb" >"$T/apt.log" 2>&1 || { cat "$T/apt.log"; fail "apt-get install failed"; }
[ "$(env -i /usr/bin/czstation --version)" = "czstation 0.1.0" ] || fail "czstation --version"
env -i MANPAGER=cat MANWIDTH=80 man czstation 2>&1 | grep -c "czstation" >/dev/null || fail "man czstation"
env -i MANPAGER=cat man czstation-backup >/dev/null 2>&1 || fail "man czstation-backup"
grep -qF '/usr/share/czstation/cron/assess-previous.sh quarter' /usr/share/czstation/cron/czstation.cron ||
  fail "the installed crontab does not name the installed job"

# The cron job as installed, in cron's environment, on a small database.
db=$T/county.db
cz() { env -i CZSTATION_DB="$db" /usr/bin/czstation --as-of 2026-10-01 --quiet "$@"; }
cz init && cz register add --code CN-KD-001 --name 卡达村电商服务站 --township 卡达乡 --village 卡达村 \
  --premises village_office --area 45 --population 800 --manager 卓玛 --phone 13900000002 --date 2026-01-05 ||
  fail "could not set up a database with the installed czstation"
env -i CZSTATION_DB="$db" AS_OF=2026-10-01 /usr/share/czstation/cron/assess-previous.sh quarter >"$T/cron.out" 2>&1
rc=$?
[ "$rc" -eq 0 ] || { cat "$T/cron.out"; fail "the installed quarterly cron job exited $rc"; }
[ "$(sqlite3 "$db" "SELECT count(*) FROM assessment_run WHERE period = '2026Q3'")" = 1 ] || fail "no run recorded"

apt-get remove -y czstation >/dev/null 2>&1 || fail "apt-get remove failed"
if [ "$failed" -eq 0 ]; then rm -rf "$T"; else echo "kept $T" >&2; fi
echo "test_deb: $failed failed"
[ "$failed" -eq 0 ]
