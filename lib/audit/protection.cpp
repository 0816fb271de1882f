#include "audit/protection.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <SQLiteCpp/Statement.h>

namespace czs::audit {

namespace {

struct Trigger
{
  std::string_view name;
  std::string_view sql; // what it fires on, as the schema says it, white space folded
};

constexpr std::string_view k_raise = "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";

// The log's triggers as schemas/0001_init.sql, 0010_keyed_chain.sql and 0018_audit_chunks.sql
// create them: the head of each statement here, the common body in k_raise.
constexpr std::array<Trigger, 8> k_triggers{
    Trigger{"audit_entry_append_only_update", "BEFORE UPDATE ON audit_entry"},
    Trigger{"audit_entry_append_only_delete", "BEFORE DELETE ON audit_entry"},
    Trigger{"audit_key_kept", "BEFORE DELETE ON audit_key"},
    Trigger{"audit_key_fixed", "BEFORE UPDATE OF key_id, signed_at ON audit_key"},
    Trigger{"audit_mac_append_only_update", "BEFORE UPDATE ON audit_mac"},
    Trigger{"audit_mac_append_only_delete", "BEFORE DELETE ON audit_mac"},
    Trigger{"audit_chunk_append_only_update", "BEFORE UPDATE ON audit_chunk"},
    Trigger{"audit_chunk_append_only_delete", "BEFORE DELETE ON audit_chunk"},
};

std::string expected_sql(const Trigger& t)
{
  return "CREATE TRIGGER " + std::string(t.name) + " " + std::string(t.sql) + " " + std::string(k_raise);
}

// SQLite keeps a trigger's text as it was written: the comparison ignores line breaks and runs
// of spaces, not words.
std::string folded(std::string_view sql)
{
  std::string out;
  for (const char c : sql) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += c;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ';')) {
    out.pop_back();
  }
  return out;
}

} // namespace

std::vector<std::string> weakened_triggers(SQLite::Database& db)
{
  std::vector<std::string> findings;
  SQLite::Statement q(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
  for (const auto& trigger : k_triggers) {
    q.reset();
    q.bind(1, std::string(trigger.name));
    if (!q.executeStep()) {
      findings.push_back(trf("the append-only trigger {} is missing: entries can be edited or deleted with the "
                             "sqlite3 shell without an error",
                             trigger.name));
    } else if (folded(q.getColumn(0).getString()) != folded(expected_sql(trigger))) {
      findings.push_back(trf("the append-only trigger {} was replaced by one that does not refuse every change "
                             "of an entry",
                             trigger.name));
    }
  }
  // czstation's schema has no other trigger: one planted with the sqlite3 shell can rewrite the
  // rows every later command writes before their audit images are taken, so the chain would
  // record the altered rows as if the command had written them.
  SQLite::Statement foreign(db, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
  while (foreign.executeStep()) {
    const std::string name = foreign.getColumn(0).getString();
    if (std::any_of(k_triggers.begin(), k_triggers.end(), [&](const Trigger& t) { return t.name == name; })) {
      continue;
    }
    findings.push_back(trf("the trigger {} on table {} is not czstation's: it can change what every later command "
                           "writes; find out who made it and what it changed, then drop it",
                           foreign.getColumn(0).getString(), foreign.getColumn(1).getString()));
  }
  return findings;
}

} // namespace czs::audit
