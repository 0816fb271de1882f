-- czstation schema 3: oversight by the county centre. Inspections (Art. 10), monthly
-- stock-takes (Art. 11), posts on the content platform (Art. 12), quarterly callbacks
-- (Art. 14.2) and credit incidents (Art. 14.3).
--
-- The rules engine asks, for ALL stations of one calendar month or quarter at once, how many
-- of each record a station has; every such question is one range scan over an index that leads
-- with the period column and carries station_id (the *_by_period indexes below), so it reads
-- only that period's entries whatever the size of the province.

-- Art. 10: a visit with the checklist of Art. 3, 4 and 6, the problems found and their
-- follow-up. followup_by is a deadline (may lie in the future); followup_on is when it was done.
CREATE TABLE inspection (
  id            INTEGER PRIMARY KEY,
  station_id    INTEGER NOT NULL REFERENCES station (id),
  inspected_on  TEXT NOT NULL,
  inspector     TEXT NOT NULL,
  problems      TEXT NOT NULL DEFAULT '',
  followup_by   TEXT,
  followup_on   TEXT,
  followup_note TEXT NOT NULL DEFAULT '',
  CHECK (followup_by IS NULL OR followup_by >= inspected_on),
  CHECK (followup_on IS NULL OR followup_on >= inspected_on)
);
CREATE INDEX inspection_by_station ON inspection (station_id, inspected_on);
CREATE INDEX inspection_by_period ON inspection (inspected_on, station_id);
CREATE INDEX inspection_followup_open ON inspection (followup_by) WHERE followup_by IS NOT NULL AND followup_on IS NULL;

CREATE TABLE inspection_item (
  id            INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspection (id),
  item          TEXT NOT NULL,
  passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
  note          TEXT NOT NULL DEFAULT '',
  UNIQUE (inspection_id, item)
);

-- Art. 11: one count per station and calendar month ('2026-03'). Lines are editable while the
-- stock-take is open; closing freezes them as the snapshot and records whether books and stock
-- matched. Quantities are hundredths of the line's unit (12.5 kg is 1250).
CREATE TABLE stocktake (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES station (id),
  month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  counted_on  TEXT NOT NULL,
  counter     TEXT NOT NULL,
  closed_on   TEXT,
  matched     INTEGER CHECK (matched IN (0, 1)),
  CHECK ((closed_on IS NULL) = (matched IS NULL)),
  UNIQUE (station_id, month)
);
CREATE INDEX stocktake_by_period ON stocktake (month, station_id, closed_on, matched);

CREATE TABLE stocktake_line (
  id            INTEGER PRIMARY KEY,
  stocktake_id  INTEGER NOT NULL REFERENCES stocktake (id),
  item          TEXT NOT NULL,
  unit          TEXT NOT NULL DEFAULT '',
  book_centi    INTEGER NOT NULL CHECK (book_centi >= 0),
  counted_centi INTEGER NOT NULL CHECK (counted_centi >= 0),
  reason        TEXT NOT NULL DEFAULT '',
  UNIQUE (stocktake_id, item)
);

-- Art. 14.2: the centre's phone call to a station, for a calendar quarter ('2026Q3'). More than
-- one call per quarter happens when the first did not reach the station.
CREATE TABLE callback (
  id         INTEGER PRIMARY KEY,
  station_id INTEGER NOT NULL REFERENCES station (id),
  quarter    TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
  called_on  TEXT NOT NULL,
  caller     TEXT NOT NULL,
  reached    INTEGER NOT NULL CHECK (reached IN (0, 1)),
  reported   TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX callback_by_station ON callback (station_id, quarter);
CREATE INDEX callback_by_period ON callback (quarter, station_id, reached);

-- Art. 12: a post as submitted to the content platform, and the centre's decision on it.
-- dup_key is the SHA-256 of the post's normalised text (title and body); duplicate_of names the
-- first post of the same station and month with that key. flagged lists the banned words found
-- at submission (empty: none). platform_ref is the platform's own id of an imported post.
CREATE TABLE post (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  submitted_on TEXT NOT NULL,
  title        TEXT NOT NULL,
  body         TEXT NOT NULL,
  dup_key      TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES post (id),
  flagged      TEXT NOT NULL DEFAULT '',
  platform_ref TEXT UNIQUE,
  status       TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
  decided_on   TEXT,
  decided_by   TEXT,
  reason       TEXT NOT NULL DEFAULT '',
  CHECK ((status = 'submitted') = (decided_on IS NULL)),
  CHECK (status <> 'rejected' OR reason <> ''),
  CHECK (decided_on IS NULL OR decided_on >= submitted_on)
);
CREATE INDEX post_by_station ON post (station_id, submitted_on);
CREATE INDEX post_by_key ON post (station_id, dup_key, submitted_on);
CREATE INDEX post_by_period ON post (submitted_on, station_id);
-- R-POST-QUOTA counts these; R-POST-VIOLATIONS counts rejections by the date of the decision.
-- The partial indexes repeat the columns of their WHERE so that the queries naming them are
-- answered from the index alone (SQLite does not infer those columns from the WHERE).
CREATE INDEX post_counted_by_period ON post (submitted_on, station_id, decided_on, status, duplicate_of)
  WHERE status = 'approved' AND duplicate_of IS NULL;
CREATE INDEX post_violation_by_decision ON post (decided_on, station_id, status) WHERE status = 'rejected';

-- Art. 14.3: bad credit of a station's staff; serious ones not corrected within the grace
-- period make the station eligible for termination (R-TERMINATE-CREDIT).
CREATE TABLE credit_incident (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL REFERENCES station (id),
  happened_on     TEXT NOT NULL,
  serious         INTEGER NOT NULL CHECK (serious IN (0, 1)),
  description     TEXT NOT NULL,
  corrected_on    TEXT,
  correction_note TEXT NOT NULL DEFAULT '',
  CHECK (corrected_on IS NULL OR corrected_on >= happened_on)
);
CREATE INDEX credit_incident_by_station ON credit_incident (station_id, happened_on);
CREATE INDEX credit_incident_serious ON credit_incident (happened_on, station_id, corrected_on, serious) WHERE serious = 1;
