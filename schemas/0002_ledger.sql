-- czstation schema 2: the service ledger (台账, Art. 4, 5, 8, 10, 13, 14.2): proxy purchases,
-- proxy sales, convenience services, parcels and purchase disputes.
-- Each record carries its station, its status and, once it is complete, the day it completed
-- (completed_on): what lib/ledger/ledger.cpp counts as the ledger. completed_on is NULL until
-- then. One index per table on (station_id, completed_on) serves both jobs: a station's records
-- for listings (NULLs sort first), and its ledger over a date range for counting, one indexed
-- query per station (or for every station). A second index per table would cost a bulk import
-- a sixth of its time.
-- Checks on a set of values are written as OR chains, not IN lists: SQLite builds an ephemeral
-- table for an IN list of more than two values on every row it checks, which made a bulk
-- import twice as slow.
-- Dates are 'YYYY-MM-DD'; times that R-PICKUP-NOTICE measures are 'YYYY-MM-DDTHH:MM:SS'.
-- Money is integer fen. Villagers' names and phones are private (Art. 13): stored in clear,
-- masked in every listing.

-- Art. 5.1: requested → ordered (paid) → arrived → notified → picked_up; cancelled before
-- arrival; returned or sent back for an exchange after it.
CREATE TABLE purchase (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL REFERENCES station (id),
  status          TEXT NOT NULL CHECK (status = 'requested' OR status = 'ordered' OR status = 'arrived' OR status = 'notified' OR status = 'picked_up' OR status = 'exchanging' OR status = 'returned' OR status = 'cancelled'),
  requested_on    TEXT NOT NULL,
  villager_name   TEXT NOT NULL,
  villager_phone  TEXT NOT NULL,
  item            TEXT NOT NULL,
  quantity        INTEGER NOT NULL CHECK (quantity > 0),
  price_fen       INTEGER NOT NULL CHECK (price_fen >= 0),  -- unit price asked
  fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),    -- the station's service fee
  platform        TEXT,
  platform_order  TEXT,
  paid_fen        INTEGER CHECK (paid_fen >= 0),
  ordered_on      TEXT,
  arrived_at      TEXT,
  notified_at     TEXT,
  picked_up_on    TEXT,
  exchanged_on    TEXT,                                     -- the latest exchange
  closed_on       TEXT,                                     -- returned or cancelled on
  close_reason    TEXT,
  completed_on    TEXT
);
CREATE INDEX purchase_by_station ON purchase (station_id, completed_on);

-- Goods sent back for an exchange: the dates of the goods that went back, so the history of
-- a purchase stays whole after the replacement arrives.
CREATE TABLE purchase_exchange (
  id            INTEGER PRIMARY KEY,
  purchase_id   INTEGER NOT NULL REFERENCES purchase (id),
  exchanged_on  TEXT NOT NULL,
  reason        TEXT NOT NULL,
  arrived_at    TEXT,
  notified_at   TEXT,
  picked_up_on  TEXT
);
CREATE INDEX purchase_exchange_by_purchase ON purchase_exchange (purchase_id);

-- Art. 4.3, 8: a dispute over a purchase: open → negotiating and/or referred → resolved.
CREATE TABLE dispute (
  id             INTEGER PRIMARY KEY,
  purchase_id    INTEGER NOT NULL REFERENCES purchase (id),
  station_id     INTEGER NOT NULL REFERENCES station (id),
  status         TEXT NOT NULL CHECK (status = 'open' OR status = 'negotiating' OR status = 'referred' OR status = 'resolved'),
  kind           TEXT NOT NULL CHECK (kind = 'counterfeit' OR kind = 'spoiled' OR kind = 'damaged' OR kind = 'late' OR kind = 'other'),
  description    TEXT NOT NULL,
  opened_on      TEXT NOT NULL,
  negotiated_on  TEXT,
  referred_on    TEXT,
  department     TEXT,
  resolved_on    TEXT,
  outcome        TEXT
);
CREATE INDEX dispute_by_purchase ON dispute (purchase_id);
CREATE INDEX dispute_by_station ON dispute (station_id, opened_on);

-- Art. 4.4, 5.2: recommended → in_contact → listed → sold, or withdrawn.
CREATE TABLE sale (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL REFERENCES station (id),
  status          TEXT NOT NULL CHECK (status = 'recommended' OR status = 'in_contact' OR status = 'listed' OR status = 'sold' OR status = 'withdrawn'),
  recommended_on  TEXT NOT NULL,
  product         TEXT NOT NULL,
  category        TEXT NOT NULL CHECK (category = 'farm' OR category = 'sideline' OR category = 'specialty' OR category = 'tourism'),
  producer_name   TEXT NOT NULL,
  producer_phone  TEXT NOT NULL,                            -- '' when not known
  platform        TEXT NOT NULL,
  contacted_on    TEXT,
  listed_on       TEXT,
  sold_on         TEXT,
  quantity_centi  INTEGER CHECK (quantity_centi > 0),       -- hundredths of a unit
  unit            TEXT,
  amount_fen      INTEGER CHECK (amount_fen >= 0),
  fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),
  withdrawn_on    TEXT,
  withdraw_reason TEXT,
  completed_on    TEXT
);
CREATE INDEX sale_by_station ON sale (station_id, completed_on);

-- Art. 4.5: a convenience service, complete when recorded.
CREATE TABLE service (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL REFERENCES station (id),
  status          TEXT NOT NULL CHECK (status = 'done'),
  served_on       TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind = 'water' OR kind = 'electricity' OR kind = 'broadband' OR kind = 'phone' OR kind = 'finance' OR kind = 'ticket' OR kind = 'hotel' OR kind = 'medical' OR kind = 'information'),
  villager_name   TEXT NOT NULL,
  villager_phone  TEXT NOT NULL,                            -- '' when not given
  amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
  fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),
  note            TEXT NOT NULL,
  completed_on    TEXT
);
CREATE INDEX service_by_station ON service (station_id, completed_on);

-- Art. 4.2: inbound (arrived → notified → picked_up, or returned unclaimed) and outbound
-- (accepted → dispatched) parcels. A tracking number is unique at its carrier; a pickup code
-- is unique among the station's parcels still waiting.
CREATE TABLE parcel (
  id              INTEGER PRIMARY KEY,
  station_id      INTEGER NOT NULL REFERENCES station (id),
  direction       TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out'),
  status          TEXT NOT NULL CHECK (status = 'arrived' OR status = 'notified' OR status = 'picked_up' OR status = 'returned' OR status = 'accepted' OR status = 'dispatched'),
  carrier         TEXT NOT NULL,
  tracking_no     TEXT NOT NULL,
  person_name     TEXT NOT NULL,                            -- recipient (in) or sender (out)
  person_phone    TEXT NOT NULL,                            -- '' when not given
  destination     TEXT,                                     -- outbound only
  fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),
  pickup_code     TEXT,                                     -- inbound only
  arrived_at      TEXT,
  notified_at     TEXT,
  picked_up_at    TEXT,
  returned_on     TEXT,
  return_reason   TEXT,
  accepted_on     TEXT,
  dispatched_on   TEXT,
  completed_on    TEXT,
  UNIQUE (carrier, tracking_no)
);
CREATE INDEX parcel_by_station ON parcel (station_id, completed_on, direction);
CREATE UNIQUE INDEX parcel_waiting_code ON parcel (station_id, pickup_code)
  WHERE status IN ('arrived', 'notified');
CREATE INDEX parcel_waiting ON parcel (station_id, arrived_at) WHERE status IN ('arrived', 'notified');

-- Bulk imports are logged as one audit entry per file (its SHA-256, the table, the id range and
-- a digest of the rows) rather than one image per row. This index of those ranges lets a later
-- change to an imported row find, cheaply, that it must also log the row's image before it.
CREATE TABLE audit_import (
  entry_id    INTEGER PRIMARY KEY REFERENCES audit_entry (id),
  table_name  TEXT NOT NULL,
  first_id    INTEGER NOT NULL,
  last_id     INTEGER NOT NULL
);
CREATE INDEX audit_import_by_range ON audit_import (table_name, first_id);
