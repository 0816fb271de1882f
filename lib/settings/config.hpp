#pragma once

#include <optional>
#include <string>

namespace czs::settings {

// The settings of the config file (TOML), each optional; unset ones take SPEC.md defaults.
struct Config
{
  std::string source; // the file read, empty when none
  std::optional<std::string> database;
  std::optional<std::string> rules;
  std::optional<std::string> time_zone;
  std::optional<int> busy_timeout_ms;
  // The audit key file that signs every entry of a keyed log (issue 15), relative to the
  // config file's directory when not absolute; kept outside the database.
  std::optional<std::string> audit_key;
  bool group_writable = false;
  bool allow_network_filesystem = false;
};

// Reads the config file at `path`. Throws czs::Error(no_input) when it is missing, a directory
// or unreadable, and
// czs::Error(config) naming the file, line and column when a key is unknown or mistyped.
Config load_config(const std::string& path);

// The config file to read when --config is not given: the user's own
// $XDG_CONFIG_HOME/czstation/config.toml (else ~/.config/...) if it exists, else the system-wide
// SYSCONFDIR/czstation/config.toml (/etc/czstation/config.toml when installed under /usr) if it
// exists; empty otherwise.
std::string default_config_path();

// Where the database lives when neither --db, $CZSTATION_DB nor the config names one:
// $XDG_DATA_HOME/czstation/czstation.db (else ~/.local/share/...). Creates nothing.
std::string default_database_path();

// Creates the directory of default_database_path() (mode 0700) when it is missing, for the
// first command that writes.
void create_default_data_directory();

} // namespace czs::settings
