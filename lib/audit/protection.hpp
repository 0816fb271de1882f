#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// The append-only triggers of audit_entry (schemas/0001_init.sql) that make an UPDATE or DELETE
// of an entry fail, even from the sqlite3 shell: one finding per trigger that is missing or no
// longer says what the schema says, translated. Dropping them is not tampering in itself, but
// it is the first step of every edit of the log, so `audit verify` reports it. Any other trigger
// is reported too (czstation's schema has none): it could alter rows behind the commands' backs.
// Reads only.
std::vector<std::string> weakened_triggers(SQLite::Database& db);

} // namespace czs::audit
