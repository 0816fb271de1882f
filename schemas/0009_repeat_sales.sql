-- 0009 (issue 14): a listed product sells many times (Art. 5.2). The first sale stays on the
-- sale record (sold_on, quantity, amount, fee); each further sale is a row here, in the ledger
-- on its day (completed_on, the same day as sold_on) like the first, until the product is
-- delisted. Tables of their own rather than columns of sale: a new column would change the
-- image of every sale the audit log already recorded.
CREATE TABLE sale_repeat (
  id              INTEGER PRIMARY KEY,
  sale_id         INTEGER NOT NULL REFERENCES sale (id),
  station_id      INTEGER NOT NULL REFERENCES station (id),
  sold_on         TEXT NOT NULL,
  quantity_centi  INTEGER NOT NULL CHECK (quantity_centi > 0),
  unit            TEXT NOT NULL,
  amount_fen      INTEGER NOT NULL CHECK (amount_fen >= 0),
  fee_fen         INTEGER NOT NULL CHECK (fee_fen >= 0),
  completed_on    TEXT NOT NULL
);
-- The ledger counts by (station_id, completed_on), as for every ledger table.
CREATE INDEX sale_repeat_by_station ON sale_repeat (station_id, completed_on);
CREATE INDEX sale_repeat_by_sale ON sale_repeat (sale_id);

-- A sold product taken off the platform: no further sales are recorded.
CREATE TABLE sale_delisting (
  id              INTEGER PRIMARY KEY REFERENCES sale (id),   -- the sale's number
  delisted_on     TEXT NOT NULL,
  reason          TEXT NOT NULL
);
