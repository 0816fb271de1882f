-- Two years (2025, 2026) of a province's ledger for timing the assessment, or the @years ending
-- with 2026 when the shell sets it (sqlite3 -cmd '.parameter set @years 4'): for each of the
-- stations already in the database and each month, 55 records: 18 proxy purchases, 6 proxy
-- sales, 16 convenience services, 10 inbound and 5 outbound parcels (6,000,000 records for
-- 5,000 stations). Every station in ten has a thin ledger (5 a month: 30 in a half year, below
-- R-VOLUME's 100). Late notices (R-PICKUP-NOTICE): one purchase in fifty is notified two days
-- after it arrived, one inbound parcel in forty the next day at noon, and one purchase in 397
-- has arrived and was never notified. Rows are written in date order, as a ledger grows.
-- Deterministic for a given set of stations. Written straight into the tables (no audit
-- entries): it is for timing reads only. bench/gen_province.sh runs it:
--   sqlite3 province.db < bench/province_ledger.sql
-- No ANALYZE: czstation never runs it, so the timed queries are planned as on a real database.
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE ledger_month AS
WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 12 * coalesce(@years, 2) - 1)
SELECT k, date(printf('%d-01-01', 2027 - coalesce(@years, 2)), printf('+%d months', k)) AS first FROM m;
CREATE TEMP TABLE slot AS
WITH RECURSIVE j(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM j WHERE n < 54) SELECT n FROM j;

-- (station, month, n): the n-th record of the station's month, on `day`; thin stations keep
-- n < 5. n % 10 chooses the kind: 0-2 purchase, 3 sale, 4-6 service, 7-8 parcel in, 9 out.
CREATE TEMP TABLE ledger_row AS
SELECT s.id AS station_id, sl.n AS n, date(m.first, printf('+%d days', (sl.n * 7 + s.id) % 28)) AS day
FROM station s, ledger_month m, slot sl
WHERE s.id % 10 <> 0 OR sl.n < 5
ORDER BY day, station_id, n;

INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone, item, quantity, price_fen,
                      fee_fen, platform, platform_order, paid_fen, ordered_on, arrived_at, notified_at, picked_up_on,
                      completed_on)
SELECT station_id, CASE WHEN unnotified THEN 'arrived' ELSE 'picked_up' END, day, '卓玛', '13900000002', '化肥', 1,
       12000, 200, '淘宝', printf('TB%d-%d-%s', station_id, n, day), 12000, day, day || 'T10:00:00',
       CASE WHEN unnotified THEN NULL
            WHEN (station_id + n) % 50 = 0 THEN date(day, '+2 days') || 'T15:00:00'
            ELSE day || 'T15:00:00' END,
       CASE WHEN unnotified THEN NULL ELSE date(day, '+2 days') END,
       CASE WHEN unnotified THEN NULL ELSE date(day, '+2 days') END
FROM (SELECT *, (station_id * 7 + n) % 397 = 0 AS unnotified FROM ledger_row WHERE n % 10 < 3);

INSERT INTO sale (station_id, status, recommended_on, product, category, producer_name, producer_phone, platform,
                  contacted_on, listed_on, sold_on, quantity_centi, unit, amount_fen, fee_fen, completed_on)
SELECT station_id, 'sold', day, '牦牛肉干', 'specialty', '扎西', '', '县电商平台', day, day, date(day, '+1 day'), 1000, '斤',
       80000, 500, date(day, '+1 day')
FROM ledger_row WHERE n % 10 = 3;

INSERT INTO service (station_id, status, served_on, kind, villager_name, villager_phone, amount_fen, fee_fen, note, completed_on)
SELECT station_id, 'done', day, 'electricity', '次仁', '', 5000, 0, '', day
FROM ledger_row WHERE n % 10 IN (4, 5, 6);

INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen,
                    pickup_code, arrived_at, notified_at, picked_up_at, completed_on)
SELECT station_id, 'in', 'picked_up', '邮政', printf('YZ%d-%d-%s', station_id, n, day), '央金', '', 0,
       printf('%d-%d', n, (station_id + n) % 1000),
       day || 'T09:00:00',
       CASE WHEN (station_id + n) % 40 = 0 THEN date(day, '+1 day') || 'T12:00:00' ELSE day || 'T11:00:00' END,
       date(day, '+1 day') || 'T16:00:00', date(day, '+1 day')
FROM ledger_row WHERE n % 10 IN (7, 8);

INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, destination,
                    fee_fen, accepted_on, dispatched_on, completed_on)
SELECT station_id, 'out', 'dispatched', '顺丰', printf('SF%d-%d-%s', station_id, n, day), '格桑', '', '拉萨', 1200,
       day, day, day
FROM ledger_row WHERE n % 10 = 9;
COMMIT;
