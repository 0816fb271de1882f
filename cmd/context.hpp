#pragma once

#include "access.hpp"
#include "audit/audited_transaction.hpp"
#include "output.hpp"
#include "period/date.hpp"
#include "rules/parameters.hpp"
#include "rules/rules_file.hpp"
#include "settings/config.hpp"
#include "storage/database.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace czs::cli {

// The global options every subcommand accepts (SPEC.md section 4).
struct GlobalOptions
{
  std::string db;
  std::string format = "table";
  std::string as_of;
  std::string actor;
  std::string config;
  std::string rules;
  std::string lang;
  bool quiet = false;
  bool reveal = false; // show villagers' names and phones (Art. 13), logged in the audit log
  std::string output;  // --output: the result goes to this file, replaced only on success
  bool wide = false;   // --wide: tables whole on a terminal
};

// What a subcommand needs from the command line and the environment: the resolved database,
// "today", the actor, the output format and the rule parameters. Built once in main().
class Context
{
public:
  Context(std::vector<std::string> argv, std::ostream& out, std::ostream& err);

  GlobalOptions options;

  // Reads the config file and the rules in force (--rules, else the config's rules key, else
  // the built-in defaults) and checks the global options; called after parsing, before a
  // subcommand runs. Throws czs::Error(usage, no_input or config).
  void prepare();

  // Lets a command run without loading the rules in force (rules check, rules template): a
  // broken rules file in force must not stop a clerk checking its replacement.
  void rules_not_needed() { m_rules_needed = false; }

  // Marks what the command has written to out() as its result even if it then fails: a check
  // whose failure is its finding (audit verify) still gives scripts its record; any other
  // failure discards stdout (cmd/held_output.hpp).
  void output_is_the_result() { m_output_is_result = true; }
  bool output_is_result() const { return m_output_is_result; }

  // Whether a --reveal of private data was written to the audit log (cmd/privacy.hpp).
  void reveal_was_logged() { m_reveal_logged = true; }
  bool reveal_logged() const { return m_reveal_logged; }

  Format format() const { return m_format; }
  std::ostream& out() { return m_out; }
  std::ostream& err() { return m_err; }
  bool quiet() const { return options.quiet; }

  // A one-line confirmation of a change, for a clerk: printed in a table, never with --quiet
  // nor in a machine format (scripts read the records instead).
  void confirm(const std::string& message);

  // "Today" in the county's time zone: --as-of when given.
  Date today() const { return m_today; }
  const rules::Parameters& params() const { return m_rules.params; }
  // The rules in force with where each value came from.
  const rules::LoadedRules& loaded_rules() const { return m_rules; }

  // What the chosen command may do to the database; set in main() once parsing chose it.
  void set_access(DatabaseAccess access) { m_access = access; }

  // The database, opened on first use: read-only for a command that only reads; created only
  // as set_access allows, else czs::Error(no_input) naming the path and where it came from.
  storage::Database& database();
  SQLite::Database& db() { return database().sql(); }
  const std::string& database_path() const { return m_db_path; }
  // Whether the config file asks for files a clerks' group may write (mode 0660).
  bool group_writable() const { return m_config.group_writable; }

  // Who is acting, through which command line, and with which audit key file, for the audit log.
  audit::AuditContext audit_context() const;
  // The audit key file the config names (absolute, or from the config file's directory), or "".
  std::string audit_key_path() const;

  // Parses a date the clerk gave for an event: ISO, and not after today (--as-of).
  // Throws czs::Error(bad_data) naming the option.
  Date event_date(const std::string& text, const char* option) const;
  // The event date, or today when the option was not given.
  Date event_date_or_today(const std::string& text, const char* option) const;

private:
  // Where the database path came from, for messages.
  enum class PathSource
  {
    option,
    variable,
    config,
    default_path
  };

  void resolve_database_path();
  bool may_create() const;
  [[noreturn]] void refuse_missing_database() const;

  std::vector<std::string> m_argv;
  std::ostream& m_out;
  std::ostream& m_err;
  Format m_format = Format::table;
  settings::Config m_config;
  rules::LoadedRules m_rules = rules::built_in_rules();
  bool m_rules_needed = true;
  bool m_output_is_result = false;
  bool m_reveal_logged = false;
  Date m_today{1970, 1, 1};
  std::string m_db_path;
  PathSource m_db_source = PathSource::default_path;
  DatabaseAccess m_access = DatabaseAccess::write_or_create_default;
  std::optional<storage::Database> m_database;
};

// Shell-quotes argv into one line, as recorded in the audit log.
std::string quote_command_line(const std::vector<std::string>& argv);

} // namespace czs::cli
