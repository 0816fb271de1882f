#pragma once

#include "audit/audited_transaction.hpp"

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// Runs the data steps schema migrations queued in audit_pending_step (0006: stored phone numbers
// brought to text::canonical_phone's form), each in its own audited transaction that also removes
// it from the queue, so every changed row is in the audit log and a step runs exactly once.
// Does nothing when nothing is queued.
void run_pending_steps(SQLite::Database& db, const AuditContext& who);

} // namespace czs::audit
