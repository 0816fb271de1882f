-- A province's oversight records for timing the per-period queries of
-- lib/oversight/period_counts.hpp and the rules engine: for every station already in the
-- database (bench/gen_stations.sh makes them), two years (2025, 2026; or the @years ending with
-- 2026 when the shell sets it: sqlite3 -cmd '.parameter set @years 4') of inspections (2 a
-- month), posts (16 a month, 3% duplicates, 2% rejected, 8% pending), stock-takes (one a month,
-- 3 lines, one in ten not matching the books), callbacks (1.1 a quarter) and credit incidents.
-- Deterministic for a given set of stations. Written straight into the tables (no audit
-- entries): it is for timing reads only. bench/gen_province.sh runs it:
--   bench/gen_stations.sh czstation province.db 5000 && sqlite3 province.db < bench/oversight/province.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE month_ AS
WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 12 * coalesce(@years, 2) - 1),
start(d) AS (SELECT printf('%d-01-01', 2027 - coalesce(@years, 2)))
SELECT k, date(d, printf('+%d months', k)) AS first, strftime('%Y-%m', date(d, printf('+%d months', k))) AS label
FROM m, start;

INSERT INTO inspection (station_id, inspected_on, inspector)
SELECT s.id, date(m.first, printf('+%d days', v.d + (s.id % 5))), '次仁'
FROM station s, month_ m, (SELECT 6 AS d UNION ALL SELECT 19) v;

-- r = (s.id * 7919 + m.k * 104729 + p.j * 31) % 100: a per-row spread from 0 to 99.
WITH RECURSIVE p(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM p WHERE j < 15),
rows_(station_id, day, k, j, r) AS (
  SELECT s.id, (p.j * 7 + s.id) % 28, m.k, p.j, (s.id * 7919 + m.k * 104729 + p.j * 31) % 100
  FROM station s, month_ m, p)
INSERT INTO post (station_id, submitted_on, title, body, dup_key, duplicate_of, status, decided_on, decided_by, reason)
SELECT station_id, date(m.first, printf('+%d days', day)), '标题', '内容',
       printf('%032x', (station_id * 12 * coalesce(@years, 2) + k) * 16 + j),
       CASE WHEN (station_id * 13 + k * 7 + j * 3) % 100 < 3 THEN 1 END,
       CASE WHEN r < 90 THEN 'approved' WHEN r < 92 THEN 'rejected' ELSE 'submitted' END,
       CASE WHEN r < 92 THEN date(m.first, printf('+%d days', day + 2)) END,
       CASE WHEN r < 92 THEN '审核员' END,
       CASE WHEN r >= 90 AND r < 92 THEN '违规' ELSE '' END
FROM rows_ JOIN month_ m USING (k);

INSERT INTO stocktake (station_id, month, counted_on, counter, closed_on, matched)
SELECT s.id, m.label, date(m.first, '+1 month', '-1 day'), '卓玛', date(m.first, '+1 month'),
       CASE WHEN (s.id * 31 + m.k * 17) % 10 = 0 THEN 0 ELSE 1 END
FROM station s, month_ m;
INSERT INTO stocktake_line (stocktake_id, item, unit, book_centi, counted_centi, reason)
SELECT k.id, v.item, '件', 1000, 1000, '' FROM stocktake k, (SELECT '油' AS item UNION ALL SELECT '米' UNION ALL SELECT '盐') v;

INSERT INTO callback (station_id, quarter, called_on, caller, reached)
SELECT s.id, strftime('%Y', m.first) || 'Q' || ((CAST(strftime('%m', m.first) AS INTEGER) + 2) / 3),
       date(m.first, '+1 month', '+14 days'), '拉巴', CASE WHEN s.id % 10 = 0 THEN 0 ELSE 1 END
FROM station s, month_ m WHERE m.k % 3 = 0;
INSERT INTO callback (station_id, quarter, called_on, caller, reached)
SELECT station_id, quarter, date(called_on, '+1 day'), '拉巴', 1 FROM callback WHERE reached = 0;

INSERT INTO credit_incident (station_id, happened_on, serious, description, corrected_on)
SELECT s.id, date(m.first, printf('+%d days', (s.id * 37) % (350 * coalesce(@years, 2)))), s.id % 2, '拖欠货款',
       CASE WHEN s.id % 4 = 1 THEN NULL
            ELSE date(m.first, printf('+%d days', (s.id * 37) % (350 * coalesce(@years, 2)) + 20 + s.id % 30)) END
FROM station s, month_ m WHERE s.id % 3 = 0 AND m.k = 0;
COMMIT;
