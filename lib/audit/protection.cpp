#include "audit/protection.hpp"

#include "i18n/translate.hpp"

#include <array>
#include <string_view>

#include <SQLiteCpp/Statement.h>

namespace czs::audit {

namespace {

struct Trigger
{
  std::string_view name;
  std::string_view sql; // as schemas/0001_init.sql creates it, white space folded
};

constexpr std::array<Trigger, 2> k_triggers{
    Trigger{"audit_entry_append_only_update", "CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON "
                                              "audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is "
                                              "append-only'); END"},
    Trigger{"audit_entry_append_only_delete", "CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON "
                                              "audit_entry BEGIN SELECT RAISE(ABORT, 'the audit log is "
                                              "append-only'); END"},
};

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
    } else if (folded(q.getColumn(0).getString()) != trigger.sql) {
      findings.push_back(trf("the append-only trigger {} was replaced by one that does not refuse every change "
                             "of an entry",
                             trigger.name));
    }
  }
  // czstation's schema has no other trigger: one planted with the sqlite3 shell can rewrite the
  // rows every later command writes before their audit images are taken, so the chain would
  // record the altered rows as if the command had written them.
  SQLite::Statement foreign(db, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name NOT IN (?, ?) ORDER BY name");
  foreign.bind(1, std::string(k_triggers[0].name));
  foreign.bind(2, std::string(k_triggers[1].name));
  while (foreign.executeStep()) {
    findings.push_back(trf("the trigger {} on table {} is not czstation's: it can change what every later command "
                           "writes; find out who made it and what it changed, then drop it",
                           foreign.getColumn(0).getString(), foreign.getColumn(1).getString()));
  }
  return findings;
}

} // namespace czs::audit
