-- 0015 (issue 9): the rules an applied run was decided with, as a rules file without comments
-- (rules::canonical_rules_text). A rerun of an applied period uses them, so that only changed
-- records make a difference, and says apart when the rules in force differ from the run's. A
-- table of its own: a new column of assessment_run would change the image of every run the
-- audit log already recorded. Runs applied before 0015 have no row (the rules in force stand in).
CREATE TABLE run_rules (
  id    INTEGER PRIMARY KEY REFERENCES assessment_run (id), -- the run's id
  rules TEXT NOT NULL
);
