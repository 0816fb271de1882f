#include "audit/audited_transaction.hpp"

#include "audit/chain.hpp"
#include "audit/row_image.hpp"
#include "text/json.hpp"

#include <ctime>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

std::string utc_now()
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

AuditedTransaction::AuditedTransaction(SQLite::Database& db, AuditContext context, std::string action)
  : m_db(db),
    m_tx(db, SQLite::TransactionBehavior::IMMEDIATE),
    m_context(std::move(context)),
    m_action(std::move(action))
{
}

const std::string& AuditedTransaction::image_statement(std::string_view table)
{
  auto it = m_image_sql.find(std::string(table));
  if (it == m_image_sql.end()) {
    std::string sql = fmt::format("SELECT {} FROM \"{}\" WHERE id = ?",
                                  row_image_expression(m_db, table), table);
    it = m_image_sql.emplace(std::string(table), std::move(sql)).first;
  }
  return it->second;
}

void AuditedTransaction::record(std::string_view table, std::int64_t id, std::string_view op)
{
  SQLite::Statement query(m_db, image_statement(table));
  query.bind(1, static_cast<std::int64_t>(id));
  text::JsonWriter entry;
  entry.begin_object().key("table").value(table).key("id").value(id).key("op").value(op);
  entry.key("row");
  if (query.executeStep()) {
    entry.raw(query.getColumn(0).getString());
  } else {
    entry.null();
  }
  entry.end_object();
  if (!m_changes.empty()) {
    m_changes.push_back(',');
  }
  m_changes += entry.str();
}

void AuditedTransaction::note(std::string_view op, std::string_view what)
{
  text::JsonWriter entry;
  entry.begin_object().key("op").value(op).key("what").value(what).end_object();
  if (!m_changes.empty()) {
    m_changes.push_back(',');
  }
  m_changes += entry.str();
}

void AuditedTransaction::commit()
{
  if (!m_changes.empty()) {
    SQLite::Statement head(m_db, "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
    head.executeStep();
    EntryFields entry;
    entry.id = head.getColumn(0).getInt64() + 1;
    const std::string prev_hash = head.getColumn(1).getString();
    entry.at = utc_now();
    entry.actor = m_context.actor;
    entry.command = m_context.command;
    entry.action = m_action;
    entry.station_code = m_station_code;
    entry.changes = "[" + m_changes + "]";
    const std::string hash = entry_hash(prev_hash, entry);

    SQLite::Statement insert(m_db, "INSERT INTO audit_entry (id, at, actor, command, action, "
                                   "station_code, changes, prev_hash, hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<std::int64_t>(entry.id));
    insert.bind(2, entry.at);
    insert.bind(3, entry.actor);
    insert.bind(4, entry.command);
    insert.bind(5, entry.action);
    if (entry.station_code.empty()) {
      insert.bind(6);
    } else {
      insert.bind(6, entry.station_code);
    }
    insert.bind(7, entry.changes);
    insert.bind(8, prev_hash);
    insert.bind(9, hash);
    insert.exec();

    SQLite::Statement update(m_db, "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1");
    update.bind(1, static_cast<std::int64_t>(entry.id));
    update.bind(2, hash);
    update.exec();
  }
  m_tx.commit();
}

} // namespace czs::audit
