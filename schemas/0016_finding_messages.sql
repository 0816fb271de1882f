-- 0016 (issue 13): a recorded finding's sentence in both languages czstation speaks. The
-- sentence was stored as text in the language of the clerk who applied the run, so a Chinese
-- evaluation sheet of a run applied under --lang en read English. A table of its own: a new
-- column of finding would change the image of every finding the audit log already recorded.
-- Findings recorded before 0016 have no row (their one sentence stands for both languages).
CREATE TABLE finding_message (
  id INTEGER PRIMARY KEY REFERENCES finding (id), -- the finding's id
  en TEXT NOT NULL,
  zh TEXT NOT NULL
);
