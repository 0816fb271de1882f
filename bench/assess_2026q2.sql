-- The findings of `czstation --as-of 2026-07-01 assess --period 2026Q2` with the default rules
-- (SPEC.md section 4), written by hand for the sqlite3 shell, to time the engine against
-- (bench/assess_vs_sqlite3.sh). It reads the same facts over the same indexes: per month of the
-- quarter, inspections, approved non-duplicate posts decided by the as-of day, violations in the
-- month and since opening, the stock-take, late pickup notices (R-FEE is skipped: the default
-- fee schedule is empty); per quarter, reached callbacks, the half-year ledger volume of every
-- kind, overdue serious credit incidents and rectification orders in force. Each fact is read
-- once for the whole quarter and split by month. Prints one line per finding:
-- station|period|rule|measured|threshold.
--   sqlite3 province.db < bench/assess_2026q2.sql
.bail on
BEGIN;
CREATE TEMP TABLE mon (label TEXT, first TEXT, last TEXT, total INTEGER);
INSERT INTO mon VALUES ('2026-04', '2026-04-01', '2026-04-30', 30), ('2026-05', '2026-05-01', '2026-05-31', 31),
                       ('2026-06', '2026-06-01', '2026-06-30', 30);

-- Stations and their operating days in each month: from the opening to the day before the
-- exit was decided (the first move to closing); months with none are left out.
CREATE TEMP TABLE sm AS
SELECT l.id, l.code, l.opened_on, l.exit_on, m.label, m.last, m.total,
       CAST(julianday(min(m.last, coalesce(date(l.exit_on, '-1 day'), m.last))) - julianday(max(l.opened_on, m.first))
            AS INTEGER) + 1 AS days
FROM (SELECT s.id, s.code, s.opened_on,
             (SELECT min(e.happened_on) FROM station_event e WHERE e.station_id = s.id AND e.to_status = 'closing') AS exit_on
      FROM station s WHERE s.opened_on IS NOT NULL AND s.opened_on <= '2026-06-30') l, mon m;
DELETE FROM sm WHERE days <= 0;

CREATE TEMP TABLE inspections AS
SELECT station_id, substr(inspected_on, 1, 7) AS label, count(*) AS n FROM inspection INDEXED BY inspection_by_period
WHERE inspected_on BETWEEN '2026-04-01' AND '2026-06-30' GROUP BY 1, 2;

CREATE TEMP TABLE posts AS
SELECT station_id, substr(submitted_on, 1, 7) AS label, count(*) AS n FROM post INDEXED BY post_counted_by_period
WHERE status = 'approved' AND duplicate_of IS NULL AND submitted_on BETWEEN '2026-04-01' AND '2026-06-30'
  AND decided_on <= '2026-07-01'
GROUP BY 1, 2;

-- Violations by decision date: in each month, and since opening up to each month's end.
CREATE TEMP TABLE violations AS
SELECT station_id,
       sum(decided_on BETWEEN '2026-04-01' AND '2026-04-30') AS m4, sum(decided_on <= '2026-04-30') AS w4,
       sum(decided_on BETWEEN '2026-05-01' AND '2026-05-31') AS m5, sum(decided_on <= '2026-05-31') AS w5,
       sum(decided_on BETWEEN '2026-06-01' AND '2026-06-30') AS m6, count(*) AS w6
FROM post INDEXED BY post_violation_by_decision
WHERE status = 'rejected' AND decided_on <= '2026-06-30' GROUP BY station_id;

CREATE TEMP TABLE stocktakes AS
SELECT station_id, month AS label, closed_on IS NOT NULL AS closed, coalesce(matched, 0) AS matched
FROM stocktake INDEXED BY stocktake_by_period WHERE month BETWEEN '2026-04' AND '2026-06';

-- Arrivals notified more than 24 hours later, or not notified by the start of the as-of day:
-- the quarter's range of the indexes of late or unnotified arrivals (schema 0017), named by
-- their WHERE (without them, as before 0017, the tables are read whole).
CREATE TEMP TABLE late AS
SELECT station_id, substr(arrived_at, 1, 7) AS label, count(*) AS n
FROM (SELECT station_id, arrived_at, notified_at FROM purchase
      WHERE arrived_at >= '2026-04-01' AND arrived_at < '2026-06-30U'
        AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1))
      UNION ALL
      SELECT station_id, arrived_at, notified_at FROM parcel
      WHERE direction = 'in' AND arrived_at >= '2026-04-01' AND arrived_at < '2026-06-30U'
        AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1)))
WHERE unixepoch(coalesce(notified_at, '2026-07-01T00:00:00')) - unixepoch(arrived_at) > 24 * 3600
GROUP BY 1, 2;

-- The ledger of the half year ending with the quarter, every kind: a range per station.
CREATE TEMP TABLE volume AS
SELECT s.id AS station_id,
       (SELECT count(*) FROM purchase WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
       (SELECT count(*) FROM sale WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
       (SELECT count(*) FROM service WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
       (SELECT count(*) FROM parcel WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') AS n
FROM (SELECT DISTINCT id FROM sm) s;

CREATE TEMP TABLE callbacks AS
SELECT station_id, sum(reached) AS reached FROM callback INDEXED BY callback_by_period WHERE quarter = '2026Q2'
GROUP BY station_id;

-- Serious incidents not corrected within 30 days of happening whose grace ended by the quarter's
-- end, and either ended in the quarter or stayed uncorrected past its first day; measured in days
-- the longest stayed uncorrected, to its correction or the quarter's end.
CREATE TEMP TABLE credit AS
SELECT station_id, count(*) AS n,
       max(julianday(min(coalesce(corrected_on, '2026-06-30'), '2026-06-30')) - julianday(happened_on)) AS days
FROM credit_incident INDEXED BY credit_incident_serious
WHERE serious = 1 AND happened_on <= '2026-05-31'
  AND (corrected_on IS NULL OR corrected_on > date(happened_on, '+30 days'))
  AND (date(happened_on, '+30 days') >= '2026-04-01' OR corrected_on IS NULL OR corrected_on > '2026-04-01')
GROUP BY station_id;

-- Orders in force, not yet judged at this quarter's end.
CREATE TEMP TABLE orders AS
SELECT r.station_id, r.quarters_without_improvement AS qwi FROM rectification r JOIN station s ON s.id = r.station_id
WHERE r.lifted_quarter IS NULL AND s.status IN ('open', 'rectifying')
  AND coalesce(r.followed_quarter, r.issued_quarter) < '2026Q2';

CREATE TEMP TABLE month_facts AS
SELECT sm.code, sm.label, sm.last, sm.opened_on, sm.exit_on,
       CASE WHEN sm.days >= sm.total THEN 2 ELSE (2 * sm.days + sm.total - 1) / sm.total END AS inspections_due,
       CASE WHEN sm.days >= sm.total THEN 15 ELSE (15 * sm.days + sm.total - 1) / sm.total END AS posts_due,
       coalesce(i.n, 0) AS inspections, coalesce(p.n, 0) AS posts,
       coalesce(CASE sm.label WHEN '2026-04' THEN v.m4 WHEN '2026-05' THEN v.m5 ELSE v.m6 END, 0) AS violations,
       coalesce(CASE sm.label WHEN '2026-04' THEN v.w4 WHEN '2026-05' THEN v.w5 ELSE v.w6 END, 0) AS violations_window,
       k.closed, k.matched, coalesce(l.n, 0) AS late
FROM sm
LEFT JOIN inspections i ON i.station_id = sm.id AND i.label = sm.label
LEFT JOIN posts p ON p.station_id = sm.id AND p.label = sm.label
LEFT JOIN violations v ON v.station_id = sm.id
LEFT JOIN stocktakes k ON k.station_id = sm.id AND k.label = sm.label
LEFT JOIN late l ON l.station_id = sm.id AND l.label = sm.label;

CREATE TEMP TABLE quarter_facts AS
SELECT l.code, l.opened_on, l.exit_on, coalesce(c.reached, 0) AS reached, coalesce(v.n, 0) AS volume,
       coalesce(cr.n, 0) AS credit, cr.days AS credit_days, o.qwi
FROM (SELECT DISTINCT id, code, opened_on, exit_on FROM sm) l
LEFT JOIN callbacks c ON c.station_id = l.id
LEFT JOIN volume v ON v.station_id = l.id
LEFT JOIN credit cr ON cr.station_id = l.id
LEFT JOIN orders o ON o.station_id = l.id;

SELECT code, period, rule, measured, threshold FROM (
  SELECT code, label AS period, 'R-INSPECT-FREQ' AS rule, inspections AS measured, inspections_due AS threshold
  FROM month_facts WHERE inspections < inspections_due
  UNION ALL
  SELECT code, label, 'R-POST-QUOTA', posts, posts_due FROM month_facts WHERE posts < posts_due
  UNION ALL
  SELECT code, label, 'R-POST-VIOLATIONS', violations_window, 3 FROM month_facts
  WHERE violations > 0 AND violations_window >= 3
  UNION ALL
  SELECT code, label, 'R-STOCKTAKE', 0, 1 FROM month_facts
  WHERE opened_on <= last AND (exit_on IS NULL OR last < exit_on) AND (closed IS NULL OR closed = 0 OR matched = 0)
  UNION ALL
  SELECT code, label, 'R-PICKUP-NOTICE', late, 0 FROM month_facts WHERE late > 0
  UNION ALL
  SELECT code, '2026Q2', 'R-CALLBACK', reached, 1 FROM quarter_facts
  WHERE (exit_on IS NULL OR exit_on > '2026-06-30') AND reached < 1
  UNION ALL
  SELECT code, '2026Q2', 'R-TERMINATE-VOLUME', qwi + 1, 3 FROM quarter_facts
  WHERE qwi IS NOT NULL AND volume < 100 AND qwi + 1 >= 3
  UNION ALL
  -- Six months open by the quarter's end. SQLite rolls 31 August + 1 month over to 1 October
  -- where the engine stops at 30 September: they differ only for an opening on a 29th to 31st
  -- six months before, and the province's stations opened in 2024.
  SELECT code, '2026Q2', 'R-VOLUME', volume, 100 FROM quarter_facts
  WHERE (exit_on IS NULL OR exit_on > '2026-06-30') AND date(opened_on, '+6 months') <= '2026-07-01' AND volume < 100
  UNION ALL
  SELECT code, '2026Q2', 'R-TERMINATE-CREDIT', CAST(credit_days AS INTEGER), 30 FROM quarter_facts WHERE credit > 0)
ORDER BY code, period, rule;
COMMIT;
