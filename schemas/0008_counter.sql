-- 0008 (issue 14): parcels at the counter.
-- A parcel collected without a notice recorded before it: its notice is recorded at the pickup
-- time and flagged here, so R-PICKUP-NOTICE (Art. 5.1, 8) and `parcel show` say the notice was
-- given at the counter. A table of its own rather than a column of parcel: a new column would
-- change the image of every parcel the audit log already recorded.
CREATE TABLE parcel_notice_at_pickup (
  id              INTEGER PRIMARY KEY REFERENCES parcel (id),  -- the parcel's number
  recorded_at     TEXT NOT NULL                                -- the pickup time, YYYY-MM-DDTHH:MM:SS
);

-- `parcel find TRACKING` looks a number up at every carrier and station: the unique
-- (carrier, tracking_no) index cannot serve a lookup without the carrier.
CREATE INDEX parcel_tracking ON parcel (tracking_no);
