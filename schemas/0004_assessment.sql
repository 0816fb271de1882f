-- czstation schema 4: assessment runs and their findings, rectification orders, and exits.

-- An applied assessment of one month or quarter (a preliminary or unapplied run records
-- nothing). A period is applied once: applying it again records nothing new.
CREATE TABLE assessment_run (
  id       INTEGER PRIMARY KEY,
  period   TEXT NOT NULL UNIQUE,   -- '2026-05' or '2026Q2'
  kind     TEXT NOT NULL CHECK (kind IN ('month', 'quarter')),
  as_of    TEXT NOT NULL,          -- the "today" it was run with
  findings INTEGER NOT NULL
);

-- What a run found: rule, station, the period judged, measured value against threshold.
CREATE TABLE finding (
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
  UNIQUE (rule, station_id, period)
);
CREATE INDEX finding_by_run ON finding (run_id);
CREATE INDEX finding_by_station ON finding (station_id, rule);

-- R-VOLUME's rectification orders, followed at each applied quarter end until lifted.
CREATE TABLE rectification (
  id                           INTEGER PRIMARY KEY,
  station_id                   INTEGER NOT NULL REFERENCES station (id),
  issued_quarter               TEXT NOT NULL,
  issued_on                    TEXT NOT NULL,
  volume                       INTEGER NOT NULL,
  quarters_without_improvement INTEGER NOT NULL DEFAULT 0,
  followed_quarter             TEXT,  -- the last applied quarter that judged it
  lifted_quarter               TEXT,
  lifted_on                    TEXT
);
CREATE UNIQUE INDEX rectification_one_open ON rectification (station_id) WHERE lifted_quarter IS NULL;

-- Art. 14: an exit decided (status closing), completed when everything is recovered (closed).
CREATE TABLE closure (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL UNIQUE REFERENCES station (id),
  basis           TEXT NOT NULL CHECK (basis IN ('voluntary', 'negotiated', 'low_volume', 'bad_credit')),
  decided_on      TEXT NOT NULL,
  agreement_ref   TEXT,           -- R-EXIT-MIN: the negotiated agreement of an early exit
  eligibility_run INTEGER REFERENCES assessment_run (id),
  override_reason TEXT,           -- a termination decided without an eligible assessment
  completed_on    TEXT
);
