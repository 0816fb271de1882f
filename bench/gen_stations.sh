#!/usr/bin/env bash
# Generates a synthetic province's stations into a czstation database: N stations (default
# 5,000) across townships of 10, each with a passing site check and its items, an agreement,
# a training session, two items of equipment, two platform accounts and an opening event.
# Rows are written with the sqlite3 shell, bypassing czstation (so `audit verify` does not
# cover them): this is for timing, not for use. The stations are set up in January of YEAR
# (default 2024) and open from February to May of it.
#
#   bench/gen_stations.sh CZSTATION_BIN DB [N] [YEAR]
set -euo pipefail
bin=$1
db=$2
n=${3:-5000}
y=${4:-2024}
rm -f "$db" "$db-wal" "$db-shm"
"$bin" --db "$db" --quiet init
sqlite3 "$db" <<SQL
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $n)
INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population,
                     manager_name, manager_phone, status, applied_on, opened_on)
SELECT i, printf('PV-%05d', i), printf('第%d村电商服务站', i), printf('第%d乡', (i - 1) / 10 + 1),
       printf('第%d村', i), CASE i % 3 WHEN 0 THEN 'village_office' WHEN 1 THEN 'convenience_store' ELSE 'other' END,
       3000 + (i * 37) % 6000, 200 + (i * 53) % 2000, '卓玛', printf('139%08d', i), 'open',
       '$y-01-02', date('$y-02-01', printf('+%d days', i % 120))
FROM seq;
INSERT INTO station_event (station_id, happened_on, from_status, to_status, reason)
SELECT id, opened_on, 'applied', 'open', 'plaque hung and station opened (Art. 15)' FROM station;
INSERT INTO site_check (id, station_id, checked_on, inspector, area_centi_m2, premises, population)
SELECT id, id, '$y-01-10', '次仁', area_centi_m2, premises, population FROM station;
WITH items(item) AS (VALUES ('premises'), ('smart-plaque-hung'), ('smart-plaque-prominent'),
  ('smart-plaque-outdoors'), ('smart-plaque-not-below'), ('smart-plaque-unobstructed'),
  ('demo-plaque-above-door'), ('hygiene'), ('computer'), ('internet'), ('posters'))
INSERT INTO site_check_item (check_id, item, passed, note) SELECT c.id, items.item, 1, '' FROM site_check c, items;
INSERT INTO agreement (station_id, reference, office_signed_on, committee_signed_on)
SELECT id, printf('XY-%05d', id), '$y-01-15', '$y-01-16' FROM station;
INSERT INTO training (station_id, trained_on, deci_hours, topic) SELECT id, '$y-01-12', 80, '代购流程' FROM station;
INSERT INTO equipment (station_id, kind, serial, issued_on)
SELECT id, '电脑', printf('PC-%05d', id), '$y-01-20' FROM station UNION ALL
SELECT id, '打印机', printf('PR-%05d', id), '$y-01-20' FROM station;
INSERT INTO platform_account (station_id, platform, login, role, granted_on)
SELECT id, '县内容管理平台', printf('pv-%05d', id), '发布员', '$y-01-20' FROM station UNION ALL
SELECT id, '县电商交易平台', printf('shop-pv-%05d', id), '代购代销', '$y-01-20' FROM station;
COMMIT;
SQL
echo "generated $n stations in $db" >&2
