#pragma once

#include "audit/audit_key.hpp"
#include "audit/audited_transaction.hpp"

#include <cstdint>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// Signs the whole audit log with `key` from a verified state (issue 15): in one write
// transaction, verifies the log (chain, head, every row, protection), then signs every entry and
// the head, and appends an `audit.sign` entry naming the key id, itself signed. From then on
// every command signs its entry and needs the key. Returns the number of entries signed. Throws
// Error(bad_data) when the log does not verify (what failed) or is already signed.
std::int64_t sign_verified_log(SQLite::Database& db, const AuditContext& who, const AuditKey& key);

} // namespace czs::audit
