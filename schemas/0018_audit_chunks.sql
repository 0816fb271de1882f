-- czstation schema 18: the changes of a large audit entry, in chunks (issue 12). A command that
-- changes many rows (a million posts imported, an assessment applied with 50,000 findings) writes
-- its change records as it goes, about 64 KiB at a time, rather than holding them all in one
-- string. The entry's own `changes` is then one record {"op":"chunks","chunks":N,"records":M,
-- "digest":D}, where D chains the chunks' text in order (lib/audit/chunk_chain.hpp): the entry's
-- hash, and the audit key's signature of it, cover every byte of every chunk, so a chunk edited,
-- added or removed breaks the entry as an edited `changes` would. Entries written before stay as
-- they are, and every entry small enough keeps its changes inline.
CREATE TABLE audit_chunk (
  entry_id INTEGER NOT NULL, -- audit_entry.id (written in the same transaction, just after its chunks)
  seq      INTEGER NOT NULL, -- 1, 2, ... in the order written
  changes  TEXT NOT NULL,    -- a JSON array of change records, as audit_entry.changes holds them
  PRIMARY KEY (entry_id, seq)
);
CREATE TRIGGER audit_chunk_append_only_update BEFORE UPDATE ON audit_chunk
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_chunk_append_only_delete BEFORE DELETE ON audit_chunk
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
