-- 0013 (issue 14, Art. 8, 9): the ground a post was rejected on, and an index to count disputes
-- by day. Art. 12 refuses posts that break laws or trade rules (violations, which
-- R-POST-VIOLATIONS counts); Art. 9 also asks that published information be true and reliable
-- and in standard wording, and a post may be refused for that without being a violation. The
-- reason stays on the post (post.reason). A table of its own rather than a column of post: a new
-- column would change the image of every post the audit log already recorded. A rejected post
-- without a row here was rejected before grounds existed, when the only ground was a violation.
CREATE TABLE post_rejection (
  id      INTEGER PRIMARY KEY REFERENCES post (id),   -- the post's id
  ground  TEXT NOT NULL CHECK (ground = 'violation' OR ground = 'untrue' OR ground = 'nonstandard')
);

-- Art. 8: report disputes and the quarterly overview count disputes by kind for all stations of
-- a period at once; this index leads with the day a dispute was opened so that count reads only
-- the period's disputes (dispute_by_station leads with the station). An index changes no row image.
CREATE INDEX dispute_by_opened ON dispute (opened_on, station_id, kind);
