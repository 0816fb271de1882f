#pragma once

#include "audit/audit_key.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// Whether the database's audit log is signed, and with which key (schemas/0010_keyed_chain.sql).
struct Signing
{
  bool keyed = false;
  std::string key_id;    // 16 hex digits, empty when not keyed
  std::string signed_at; // UTC, when the log was first signed
};

// Reads only; a database without the key table (below schema 10) is unsigned.
Signing signing(SQLite::Database& db);

// Signs entry `id` (whose chain hash is `hash`, now the head) and moves the head's signature to
// it. Call in the transaction that writes the entry, after audit_head was moved.
void sign_entry(SQLite::Database& db, const AuditKey& key, std::int64_t id, const std::string& hash);

// Signs every entry already in the log, and its head, with `key`, in the caller's transaction
// (the caller verified the log first: a signature vouches for what it signs). Throws
// Error(bad_data) when the log is already signed (with this key or another).
void sign_log(SQLite::Database& db, const AuditKey& key, const std::string& at);

// What a check of the signatures found wrong: the first entry (or the head, entry = last id + 1)
// whose signature is missing or does not match `key`, translated.
struct SignatureProblem
{
  std::int64_t entry = 0;
  std::string message;
};

// Checks every entry's signature and the head's against `key`, in one pass in entry order.
// Call after the chain itself verified (each entry's hash is then the recomputed one). Reads only.
std::optional<SignatureProblem> check_signatures(SQLite::Database& db, const AuditKey& key);

} // namespace czs::audit
