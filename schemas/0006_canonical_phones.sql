-- 0006: every stored phone number in its one form (text::canonical_phone: a mobile as its 11
-- digits, a landline as 0891-6823456). The rewrite needs the form's rules, which live in C++
-- (lib/text/input_identifiers.cpp), and an audit entry, which SQL cannot chain; so this step
-- only queues it. audit::run_pending_steps does it in one audited transaction the next time a
-- command opens the database, and removes its row in the same transaction.
CREATE TABLE audit_pending_step (
  name TEXT PRIMARY KEY
);
INSERT INTO audit_pending_step (name) VALUES ('canonical_phones');
