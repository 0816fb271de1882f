-- The index ranges `czstation --as-of 2026-07-01 assess --period 2026Q2` cannot do without, each
-- read once and counted, for bench/all.sh to time the engine against (issue 12: at most 2x): the
-- stations and their exits; the quarter's inspections, posts counted and posts rejected,
-- stock-takes, platform logins, callbacks and serious credit incidents (from 30 days before it:
-- the default grace); the half year's ledger of every kind, a range per station; and the quarter's
-- arrivals in the indexes of late or unnotified notices (schema 0017). Whatever the engine reads
-- beyond these (violations since each station's opening, the judgement, the output) is its cost.
--   sqlite3 province.db < bench/assess_ranges_2026q2.sql
.bail on
BEGIN;
SELECT count(*), sum((SELECT min(e.happened_on) FROM station_event e WHERE e.station_id = s.id AND e.to_status = 'closing')
                     IS NOT NULL)
FROM station s WHERE s.opened_on <= '2026-06-30';
SELECT count(*) FROM inspection INDEXED BY inspection_by_period WHERE inspected_on BETWEEN '2026-04-01' AND '2026-06-30';
SELECT count(*) FROM post INDEXED BY post_counted_by_period
WHERE status = 'approved' AND duplicate_of IS NULL AND submitted_on BETWEEN '2026-04-01' AND '2026-06-30';
SELECT count(*) FROM post INDEXED BY post_violation_by_decision
WHERE status = 'rejected' AND decided_on BETWEEN '2026-04-01' AND '2026-06-30';
SELECT count(*) FROM stocktake INDEXED BY stocktake_by_period WHERE month BETWEEN '2026-04' AND '2026-06';
SELECT count(*) FROM platform_login INDEXED BY platform_login_by_period WHERE day BETWEEN '2026-04-01' AND '2026-06-30';
SELECT count(*) FROM callback INDEXED BY callback_by_period WHERE quarter = '2026Q2';
SELECT count(*) FROM credit_incident INDEXED BY credit_incident_serious
WHERE serious = 1 AND happened_on BETWEEN '2026-03-02' AND '2026-06-30';
SELECT sum((SELECT count(*) FROM purchase WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
           (SELECT count(*) FROM sale WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
           (SELECT count(*) FROM sale_repeat WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
           (SELECT count(*) FROM service WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30') +
           (SELECT count(*) FROM parcel WHERE station_id = s.id AND completed_on BETWEEN '2026-01-01' AND '2026-06-30'))
FROM station s;
SELECT count(*) FROM purchase INDEXED BY purchase_notice_late
WHERE arrived_at >= '2026-04-01' AND arrived_at < '2026-06-30U'
  AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1));
SELECT count(*) FROM parcel INDEXED BY parcel_notice_late
WHERE direction = 'in' AND arrived_at >= '2026-04-01' AND arrived_at < '2026-06-30U'
  AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1));
COMMIT;
