#include "context.hpp"

#include "audit/pending_steps.hpp"
#include "base/error.hpp"
#include "i18n/language_name.hpp"
#include "i18n/translate.hpp"
#include "storage/file_checks.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"
#include "text/utf8.hpp"
#include "text/validate.hpp"

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include <pwd.h>
#include <unistd.h>

namespace czs::cli {

namespace {

std::string login_name()
{
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) {
    return pw->pw_name;
  }
  if (const char* user = std::getenv("USER"); user && *user) {
    return user;
  }
  return "unknown";
}

std::string env_or_empty(const char* name)
{
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

} // namespace

std::string quote_command_line(const std::vector<std::string>& argv)
{
  std::string line;
  for (const auto& arg : argv) {
    if (!line.empty()) {
      line += ' ';
    }
    const bool plain =
        !arg.empty()
        && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@,+%")
               == std::string::npos;
    if (plain) {
      line += arg;
      continue;
    }
    line += '\'';
    for (const char c : arg) {
      line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    line += '\'';
  }
  return line;
}

Context::Context(std::vector<std::string> argv, std::ostream& out, std::ostream& err)
    : m_argv(std::move(argv)), m_out(out), m_err(err)
{
}

void Context::prepare()
{
  auto format = parse_format(options.format);
  if (!format) {
    throw Error(ErrorKind::usage, trf("unknown output format '{}'", text::shown_value(options.format)),
                tr("use --format table, json, csv, tsv, xlsx or html"));
  }
  m_format = *format;
  if (!options.lang.empty() && !parse_language(options.lang)) {
    throw Error(ErrorKind::usage, trf("unknown language '{}'", text::shown_value(options.lang)),
                tr("use --lang zh (中文, zh_CN) or --lang en"));
  }
  if (!options.actor.empty()) {
    auto actor = text::clean_text(options.actor, "--actor", 50);
    if (!actor) {
      throw Error(ErrorKind::usage, actor.error());
    }
    options.actor = *actor;
  }

  const std::string config_path = options.config.empty() ? settings::default_config_path() : options.config;
  if (!config_path.empty()) {
    m_config = settings::load_config(config_path);
  }
  if (m_rules_needed) {
    m_rules = rules::load_effective_rules(options.rules, m_config);
  }

  if (options.as_of.empty()) {
    m_today = today_in_zone(m_rules.params.time_zone);
  } else {
    auto as_of = text::input_date(options.as_of);
    if (!as_of) {
      throw Error(ErrorKind::usage, trf("--as-of: {}", as_of.error()));
    }
    m_today = *as_of;
  }
  resolve_database_path();
}

void Context::resolve_database_path()
{
  if (!options.db.empty()) {
    m_db_path = options.db;
    m_db_source = PathSource::option;
  } else if (std::string env = env_or_empty("CZSTATION_DB"); !env.empty()) {
    m_db_path = env;
    m_db_source = PathSource::variable;
  } else if (m_config.database) {
    // Like the config's rules key, a relative path is taken from the config file's directory,
    // so a cron job finds the same file whatever its working directory.
    const std::filesystem::path path(*m_config.database);
    m_db_path =
        path.is_absolute() ? path.string() : (std::filesystem::path(m_config.source).parent_path() / path).string();
    m_db_source = PathSource::config;
  } else {
    m_db_path = settings::default_database_path();
    m_db_source = PathSource::default_path;
  }
}

bool Context::may_create() const
{
  switch (m_access) {
  case DatabaseAccess::create_anywhere:
    return true;
  case DatabaseAccess::write_or_create_default:
    return m_db_source == PathSource::default_path;
  case DatabaseAccess::write_existing:
  case DatabaseAccess::read_only:
    return false;
  }
  return false;
}

void Context::refuse_missing_database() const
{
  std::string origin;
  switch (m_db_source) {
  case PathSource::option:
    origin = tr("given with --db");
    break;
  case PathSource::variable:
    origin = tr("from $CZSTATION_DB");
    break;
  case PathSource::config:
    origin = trf("from the config file {}", m_config.source);
    break;
  case PathSource::default_path:
    origin = tr("the default database");
    break;
  }
  const bool writes = m_access == DatabaseAccess::write_or_create_default;
  throw Error(ErrorKind::no_input, trf("the database {} ({}) does not exist", m_db_path, origin),
              writes ? tr("check the path; to start a new database there, run czstation init first")
                     : tr("check the path; a command that only reads, reports, exports, audits or assesses "
                          "never creates a database (czstation init does)"));
}

storage::Database& Context::database()
{
  if (!m_database) {
    storage::OpenOptions open;
    if (m_config.busy_timeout_ms) {
      open.busy_timeout_ms = *m_config.busy_timeout_ms;
    }
    open.group_writable = m_config.group_writable;
    open.allow_network_filesystem = m_config.allow_network_filesystem;
    if (storage::classify_file(m_db_path) == storage::FileKind::missing) {
      if (!may_create()) {
        refuse_missing_database();
      }
      if (m_db_source == PathSource::default_path) {
        settings::create_default_data_directory();
      }
      open.mode = storage::OpenMode::create;
    } else {
      open.mode = m_access == DatabaseAccess::read_only ? storage::OpenMode::read_only : storage::OpenMode::read_write;
    }
    m_database.emplace(storage::Database::open(m_db_path, open));
    // A reader writes nothing: data steps a migration queued wait for a command that may write
    // (init brings a database up to date).
    if (m_access != DatabaseAccess::read_only) {
      audit::run_pending_steps(m_database->sql(), audit_context()); // data steps a migration queued
    }
    if (!m_database->backup_path().empty() && !options.quiet) {
      m_err << trf("czstation: upgraded the database schema; the previous file was copied to {}",
                   m_database->backup_path())
            << '\n';
    }
  }
  return *m_database;
}

void Context::confirm(const std::string& message)
{
  if (!options.quiet && m_format == Format::table) {
    m_out << message << '\n';
  }
}

audit::AuditContext Context::audit_context() const
{
  std::string actor = options.actor;
  if (actor.empty()) {
    // The environment is read like --actor: a name recorded in the log for people to read.
    if (const std::string given = env_or_empty("CZSTATION_ACTOR"); !given.empty()) {
      auto cleaned = text::clean_text(given, "CZSTATION_ACTOR", 50);
      if (!cleaned) {
        throw Error(ErrorKind::config, cleaned.error(),
                    tr("set CZSTATION_ACTOR to the clerk's name as people read it, or give --actor NAME"));
      }
      actor = *cleaned;
    }
  }
  if (actor.empty()) {
    actor = login_name();
  }
  return {actor, quote_command_line(m_argv), audit_key_path()};
}

std::string Context::audit_key_path() const
{
  if (!m_config.audit_key) {
    return {};
  }
  const std::filesystem::path path(*m_config.audit_key);
  return path.is_absolute() ? path.string() : (std::filesystem::path(m_config.source).parent_path() / path).string();
}

Date Context::event_date(const std::string& text, const char* option) const
{
  auto date = text::input_date(text);
  if (!date) {
    throw Error(ErrorKind::bad_data, trf("{}: {}", option, date.error()));
  }
  if (*date > m_today) {
    throw Error(ErrorKind::bad_data,
                trf("{}: {} is in the future (today is {})", option, to_string(*date), to_string(m_today)),
                tr("record events on or before today; use --as-of to set a different today"));
  }
  return *date;
}

Date Context::event_date_or_today(const std::string& text, const char* option) const
{
  return text.empty() ? m_today : event_date(text, option);
}

} // namespace czs::cli
