-- czstation schema 1: stations from application to opening, and the audit log.
-- Dates are ISO 8601 text in the county's time zone ('2026-03-15'); money is integer fen;
-- areas are integer hundredths of a square metre (so 29.99 m² is 2999, compared exactly).

CREATE TABLE station (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  township       TEXT NOT NULL,
  village        TEXT NOT NULL,
  premises       TEXT NOT NULL CHECK (premises IN ('village_office', 'convenience_store', 'other')),
  area_centi_m2  INTEGER NOT NULL CHECK (area_centi_m2 >= 0),
  population     INTEGER NOT NULL CHECK (population >= 0),
  manager_name   TEXT NOT NULL,
  manager_phone  TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'applied'
                 CHECK (status IN ('applied', 'open', 'rectifying', 'closing', 'closed')),
  applied_on     TEXT NOT NULL,
  opened_on      TEXT,
  closed_on      TEXT
);
CREATE INDEX station_by_township ON station (township, status);
CREATE INDEX station_by_status ON station (status);

-- Every dated change of a station's status (Art. 15: the measures apply from opening).
CREATE TABLE station_event (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES station (id),
  happened_on TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX station_event_by_station ON station_event (station_id, happened_on);

-- Site checks against Art. 3 and 6; the latest (by date, then id) is the one that counts.
CREATE TABLE site_check (
  id            INTEGER PRIMARY KEY,
  station_id    INTEGER NOT NULL REFERENCES station (id),
  checked_on    TEXT NOT NULL,
  inspector     TEXT NOT NULL,
  area_centi_m2 INTEGER NOT NULL CHECK (area_centi_m2 >= 0),
  premises      TEXT NOT NULL CHECK (premises IN ('village_office', 'convenience_store', 'other')),
  population    INTEGER NOT NULL CHECK (population >= 0)
);
CREATE INDEX site_check_by_station ON site_check (station_id, checked_on);

CREATE TABLE site_check_item (
  id       INTEGER PRIMARY KEY,
  check_id INTEGER NOT NULL REFERENCES site_check (id),
  item     TEXT NOT NULL,
  passed   INTEGER NOT NULL CHECK (passed IN (0, 1)),
  note     TEXT NOT NULL DEFAULT '',
  UNIQUE (check_id, item)
);

-- Art. 7.2: signed with the e-commerce office and with the village committee.
CREATE TABLE agreement (
  id                   INTEGER PRIMARY KEY,
  station_id           INTEGER NOT NULL REFERENCES station (id),
  reference            TEXT NOT NULL,
  office_signed_on     TEXT,
  committee_signed_on  TEXT,
  UNIQUE (station_id, reference)
);

-- Art. 7.1: free training by the county centre. Hours in tenths.
CREATE TABLE training (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES station (id),
  trained_on  TEXT NOT NULL,
  deci_hours  INTEGER NOT NULL CHECK (deci_hours > 0),
  topic       TEXT NOT NULL
);
CREATE INDEX training_by_station ON training (station_id, trained_on);

-- Art. 14.4: what the centre issues, and recovers at exit.
CREATE TABLE equipment (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  kind         TEXT NOT NULL,
  serial       TEXT NOT NULL,
  issued_on    TEXT NOT NULL,
  recovered_on TEXT,
  UNIQUE (kind, serial)
);
CREATE INDEX equipment_by_station ON equipment (station_id);

CREATE TABLE platform_account (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  platform     TEXT NOT NULL,
  login        TEXT NOT NULL,
  role         TEXT NOT NULL,
  granted_on   TEXT NOT NULL,
  recovered_on TEXT,
  UNIQUE (platform, login)
);
CREATE INDEX platform_account_by_station ON platform_account (station_id);

-- The audit log: one entry per command that changed anything, chained by SHA-256 so that an
-- edit, insertion or deletion made outside czstation breaks the chain (czstation audit verify).
CREATE TABLE audit_entry (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,      -- UTC, 2026-03-15T08:30:00Z
  actor        TEXT NOT NULL,
  command      TEXT NOT NULL,      -- the command line, shell-quoted
  action       TEXT NOT NULL,      -- station.add, station.open, ...
  station_code TEXT,
  changes      TEXT NOT NULL,      -- JSON: [{"table":..,"id":..,"op":..,"row":{..}}, ...]
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX audit_entry_by_station ON audit_entry (station_code);

CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- The newest entry's id and hash, so that removing entries from the end is detected too.
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id   INTEGER NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
