-- 0010 (issue 15): a keyed chain, where the county wants one. With a key kept outside the
-- database (`init --audit-key`, `audit sign --key`), every entry carries an HMAC of its hash
-- and the head carries one of (last id, last hash): a user who can write the file but cannot
-- read the key can neither forge an entry nor cut entries from the end. Tables of their own,
-- not columns of audit_entry: a signature is added to entries written before the key existed,
-- and audit_entry is append-only.
CREATE TABLE audit_key (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  key_id    TEXT NOT NULL,   -- 16 hex digits naming the key (a MAC of a fixed text), never the key
  signed_at TEXT NOT NULL,   -- UTC, when the log was first signed
  head_mac  TEXT NOT NULL    -- HMAC of 'head:' || audit_head.last_id || ':' || audit_head.last_hash
);
-- A signed log stays signed: removing the key's row or changing which key signs it takes
-- dropping these triggers first, which `audit verify` reports.
CREATE TRIGGER audit_key_kept BEFORE DELETE ON audit_key
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_key_fixed BEFORE UPDATE OF key_id, signed_at ON audit_key
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE audit_mac (
  entry_id INTEGER PRIMARY KEY,  -- audit_entry.id
  mac      TEXT NOT NULL         -- HMAC of 'entry:' || audit_entry.hash
);
CREATE TRIGGER audit_mac_append_only_update BEFORE UPDATE ON audit_mac
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_mac_append_only_delete BEFORE DELETE ON audit_mac
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- The head of the chain an applied assessment saw (its entry and hash), printed with the run,
-- the overview and the evaluation so that the paper report anchors the log (issue 15).
CREATE TABLE run_chain_head (
  id       INTEGER PRIMARY KEY REFERENCES assessment_run (id),  -- the run
  entry_id INTEGER NOT NULL,
  hash     TEXT NOT NULL
);
