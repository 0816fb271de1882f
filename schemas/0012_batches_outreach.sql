-- 0012 (issue 14): stations are built in batches and phases (Art. 2.2), and each promotes its
-- services, e-commerce news and online safety to the villagers (Art. 4.1).

-- A station's construction batch (建设批次) and phase, one row per station, set at registration
-- or later (a change is an audited update of the row). A table of its own rather than columns
-- of station: a new column would change the image of every station the audit log already
-- recorded, and `audit verify` would take every old station for an edited one.
CREATE TABLE station_batch (
  id          INTEGER PRIMARY KEY REFERENCES station (id),   -- the station's id
  batch       TEXT NOT NULL CHECK (batch <> ''),
  phase       INTEGER CHECK (phase IS NULL OR phase > 0),
  set_on      TEXT NOT NULL
);
-- Listings filter by batch (station_id IN (SELECT id ... WHERE batch = ?)).
CREATE INDEX station_batch_by_batch ON station_batch (batch, id);

-- One outreach activity a station held for villagers (Art. 4.1): publicity of its services,
-- training in e-commerce, or a talk on online safety.
CREATE TABLE outreach (
  id           INTEGER PRIMARY KEY,
  station_id   INTEGER NOT NULL REFERENCES station (id),
  held_on      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('publicity', 'training', 'online_safety')),
  topic        TEXT NOT NULL CHECK (topic <> ''),
  attendees    INTEGER NOT NULL CHECK (attendees > 0)
);
-- (When it was recorded, and by whom, is in its audit entry.)
-- The evaluation and the overview count a period's activities per station.
CREATE INDEX outreach_by_station ON outreach (station_id, held_on);
-- The overview counts the county's activities of a quarter.
CREATE INDEX outreach_by_day ON outreach (held_on);
