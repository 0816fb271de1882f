-- 0019 (issue 13): the reason of a station's status change in both languages czstation speaks.
-- The reason was stored as one sentence in the language of the clerk who applied the run,
-- opened the station or decided its exit, so `register show` under --lang zh read English.
-- A table of its own, as 0016 did for findings: a new column of station_event would change the
-- image of every status change the audit log already recorded. Changes recorded before 0019
-- have no row (their one sentence stands for both languages). IF NOT EXISTS: the test of a
-- database of schema 10 migrating to the latest keeps this table, whose rows its audit log
-- already recorded (tests/e2e/test_goods_info.sh).
CREATE TABLE IF NOT EXISTS station_event_reason (
  id INTEGER PRIMARY KEY REFERENCES station_event (id), -- the status change's id
  en TEXT NOT NULL,
  zh TEXT NOT NULL
);
