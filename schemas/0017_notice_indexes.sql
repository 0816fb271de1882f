-- 0017 (issue 12): R-PICKUP-NOTICE (Art. 5.1, 8) reads only the period's arrivals that may be
-- late. Arrival had no index, so the check read every purchase and inbound parcel ever recorded:
-- half of a quarterly assessment's time on a province, and growing with the years of history.
-- These partial indexes hold only the arrivals not notified within 24 hours: not notified (yet),
-- or notified more than 24 hours after arriving, or at a time SQLite cannot read (the exact check
-- is lib/ledger/checks.cpp). A purchase notified in time, as most are, has no entry: an index of
-- every arrival made a bulk import of 300,000 purchases (bench/gen_ledger_csv.sh) take a fifth
-- more CPU time (median of 7 rounds; a quarter more at the best), these 5-8%, within the noise of
-- a shared machine. A notice limit under 24 hours (rules: pickup.notice_hours) cannot use them
-- and reads the tables whole as before. The query repeats each WHERE word for word
-- (ledger::notice_query): that is how SQLite knows its rows are all in the index.
CREATE INDEX purchase_notice_late ON purchase (arrived_at, station_id, notified_at)
  WHERE arrived_at IS NOT NULL
    AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1));
CREATE INDEX parcel_notice_late ON parcel (arrived_at, station_id, notified_at, direction)
  WHERE direction = 'in' AND arrived_at IS NOT NULL
    AND (notified_at IS NULL OR coalesce(unixepoch(notified_at) - unixepoch(arrived_at) > 86400, 1));
