#include "audit/pending_steps.hpp"

#include "text/input_fields.hpp"

#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

namespace czs::audit {

namespace {

struct PhoneColumn
{
  const char* table;
  const char* column;
};

// Every column that stores a phone number.
constexpr PhoneColumn k_phone_columns[] = {
    {"station", "manager_phone"},  {"purchase", "villager_phone"}, {"sale", "producer_phone"},
    {"service", "villager_phone"}, {"parcel", "person_phone"},
};

void canonical_phones(AuditedTransaction& tx)
{
  SQLite::Database& db = tx.db();
  for (const auto& [table, column] : k_phone_columns) {
    std::vector<std::pair<std::int64_t, std::string>> changes;
    SQLite::Statement rows(db, std::string("SELECT id, ") + column + " FROM " + table + " WHERE " + column + " <> ''");
    while (rows.executeStep()) {
      const std::string stored = rows.getColumn(1).getString();
      std::string canonical = text::canonical_phone(stored);
      if (canonical != stored) {
        changes.emplace_back(rows.getColumn(0).getInt64(), std::move(canonical));
      }
    }
    SQLite::Statement update(db, std::string("UPDATE ") + table + " SET " + column + " = ? WHERE id = ?");
    for (const auto& [id, phone] : changes) {
      tx.updating(table, id);
      update.reset();
      update.bind(1, phone);
      update.bind(2, id);
      update.exec();
      tx.updated(table, id);
    }
  }
}

} // namespace

void run_pending_steps(SQLite::Database& db, const AuditContext& who)
{
  if (!db.tableExists("audit_pending_step")) {
    return;
  }
  std::vector<std::string> pending;
  SQLite::Statement names(db, "SELECT name FROM audit_pending_step ORDER BY name");
  while (names.executeStep()) {
    pending.push_back(names.getColumn(0).getString());
  }
  for (const auto& name : pending) {
    AuditedTransaction tx(db, who, "migrate." + name);
    if (name == "canonical_phones") {
      canonical_phones(tx);
    }
    SQLite::Statement done(db, "DELETE FROM audit_pending_step WHERE name = ?");
    done.bind(1, name);
    done.exec();
    tx.commit();
  }
}

} // namespace czs::audit
