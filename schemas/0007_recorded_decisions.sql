-- 0007: an applied assessment is the record (issue 9).
-- - A run keeps every finding it made (a quarter's run also holds its months' findings, even
--   when a monthly run recorded the same ones), its decisions per station, and per station
--   whether each rule judged it and, if not, why; so `assess show` prints it exactly.
-- - A period may hold several runs: an amendment supersedes the run in force (run_record), and
--   at most one run per period is in force.
-- - Equipment and platform accounts: a serial or login is unique among the items currently
--   issued, so a recovered item can be issued again (Art. 14.4).
-- Tables are rebuilt the SQLite way (create, copy, drop, rename) with the same ids and columns
-- first, so the audit log's row images still match; storage::migrate runs this with foreign
-- keys off and checks them before committing.

CREATE TABLE assessment_run_new (
  id       INTEGER PRIMARY KEY,
  period   TEXT NOT NULL,          -- '2026-05' or '2026Q2'
  kind     TEXT NOT NULL CHECK (kind IN ('month', 'quarter')),
  as_of    TEXT NOT NULL,          -- the "today" it was run with
  findings INTEGER NOT NULL
);
INSERT INTO assessment_run_new SELECT * FROM assessment_run;
DROP TABLE assessment_run;
ALTER TABLE assessment_run_new RENAME TO assessment_run;
CREATE INDEX assessment_run_by_period ON assessment_run (period);

-- When a run was recorded and whether an amendment superseded it (one row per run from 0007 on;
-- a separate table so the rows of earlier runs keep the images the audit log holds). At most
-- one run per period is in force (superseded_by IS NULL); assessment::record_run keeps it so.
CREATE TABLE run_record (
  id            INTEGER PRIMARY KEY REFERENCES assessment_run (id), -- the run's id
  applied_at    TEXT NOT NULL,                                      -- UTC time it was recorded
  superseded_by INTEGER REFERENCES assessment_run (id),
  reason        TEXT                                                -- an amendment's reason
);

CREATE TABLE finding_new (
  id         INTEGER PRIMARY KEY,
  run_id     INTEGER NOT NULL REFERENCES assessment_run (id),
  rule       TEXT NOT NULL,
  article    TEXT NOT NULL,
  duty       TEXT NOT NULL CHECK (duty IN ('station', 'centre')),
  station_id INTEGER NOT NULL REFERENCES station (id),
  period     TEXT NOT NULL,
  measured   INTEGER NOT NULL,
  threshold  INTEGER NOT NULL,
  message    TEXT NOT NULL,
  UNIQUE (run_id, rule, station_id, period)
);
INSERT INTO finding_new SELECT * FROM finding;
DROP TABLE finding;
ALTER TABLE finding_new RENAME TO finding;
CREATE INDEX finding_by_station ON finding (station_id, rule);
CREATE INDEX finding_by_period ON finding (period, rule);

-- A rectification order an amendment withdrew: the run that ordered it was superseded by one
-- that did not. The order's row stays, as the audit log holds it, ended where it began
-- (lifted_quarter = issued_quarter), so it never counts as in force.
CREATE TABLE rectification_withdrawal (
  id           INTEGER PRIMARY KEY REFERENCES rectification (id), -- the order's id
  run_id       INTEGER NOT NULL REFERENCES assessment_run (id),   -- the amending run
  withdrawn_on TEXT NOT NULL
);

-- What a quarter's run decided for each station with something to decide.
CREATE TABLE assessment_decision (
  id                           INTEGER PRIMARY KEY,
  run_id                       INTEGER NOT NULL REFERENCES assessment_run (id),
  station_id                   INTEGER NOT NULL REFERENCES station (id),
  half_year_volume             INTEGER NOT NULL,
  rectification_id             INTEGER REFERENCES rectification (id), -- the order in force before the quarter
  order_rectification          INTEGER NOT NULL,
  lift_rectification           INTEGER NOT NULL,
  quarters_without_improvement INTEGER NOT NULL,
  eligible_volume_termination  INTEGER NOT NULL,
  eligible_credit_termination  INTEGER NOT NULL,
  UNIQUE (run_id, station_id)
);

-- Whether each rule judged each station in a run, and if not, why (assessment::Judged).
CREATE TABLE assessment_station (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL REFERENCES assessment_run (id),
  station_id    INTEGER NOT NULL REFERENCES station (id),
  operated_days INTEGER NOT NULL,
  judged        TEXT NOT NULL, -- rule=reason pairs, ';'-separated, in rule order
  UNIQUE (run_id, station_id)
);

CREATE TABLE equipment_new (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  kind         TEXT NOT NULL,
  serial       TEXT NOT NULL,
  issued_on    TEXT NOT NULL,
  recovered_on TEXT
);
INSERT INTO equipment_new SELECT * FROM equipment;
DROP TABLE equipment;
ALTER TABLE equipment_new RENAME TO equipment;
CREATE INDEX equipment_by_station ON equipment (station_id);
CREATE UNIQUE INDEX equipment_issued ON equipment (kind, serial) WHERE recovered_on IS NULL;

CREATE TABLE platform_account_new (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  platform     TEXT NOT NULL,
  login        TEXT NOT NULL,
  role         TEXT NOT NULL,
  granted_on   TEXT NOT NULL,
  recovered_on TEXT
);
INSERT INTO platform_account_new SELECT * FROM platform_account;
DROP TABLE platform_account;
ALTER TABLE platform_account_new RENAME TO platform_account;
CREATE INDEX platform_account_by_station ON platform_account (station_id);
CREATE UNIQUE INDEX platform_account_granted ON platform_account (platform, login) WHERE recovered_on IS NULL;
