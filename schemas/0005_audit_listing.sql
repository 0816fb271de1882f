-- czstation schema 5: indexes for listing the audit log by actor and by time, so that
-- `czstation audit --by NAME` and `--period P` read only the matching entries of a province's
-- log instead of all of it (SPEC.md section 6).
CREATE INDEX audit_entry_by_actor ON audit_entry (actor);
CREATE INDEX audit_entry_by_at ON audit_entry (at);
