-- 0011 (issue 14): daily activity on the content platform (Art. 12: station staff log in to the
-- platform daily). One row per station and day it was active, whatever the number of logins
-- that day: several logins count once, and importing the same login log again adds nothing.
-- source says where the day came from: 'import' (the platform's login log) or 'hand' (recorded
-- by a clerk, e.g. from a screenshot). first_login is the earliest login time of the day known
-- when the day was recorded ('09:05:00'), NULL when only the day is known. recorded_by is the
-- clerk; the audit log has when.
CREATE TABLE platform_login (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES station (id),
  day         TEXT NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('import', 'hand')),
  first_login TEXT CHECK (first_login IS NULL OR first_login GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  recorded_by TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT ''
);
-- A station's days (listings, and the uniqueness of a day).
CREATE UNIQUE INDEX platform_login_by_station ON platform_login (station_id, day);
-- R-DAILY-LOGIN and the monthly evaluation count the days of ALL stations of one month at once:
-- a range scan over the month's entries, as the *_by_period indexes of schema 3.
CREATE INDEX platform_login_by_period ON platform_login (day, station_id);
