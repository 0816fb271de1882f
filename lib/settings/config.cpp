#include "settings/config.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <cstdlib>
#include <filesystem>

#include <pwd.h>
#include <unistd.h>

#include <toml++/toml.h>

namespace czs::settings {

namespace {

#ifndef CZSTATION_SYSCONFDIR
#define CZSTATION_SYSCONFDIR "/etc"
#endif
constexpr const char* k_system_config = CZSTATION_SYSCONFDIR "/czstation/config.toml";

std::string home_directory()
{
  if (const char* home = std::getenv("HOME"); home && *home) {
    return home;
  }
  if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) {
    return pw->pw_dir;
  }
  return ".";
}

std::string xdg_dir(const char* variable, const char* fallback)
{
  // The XDG spec says relative values are invalid and must be ignored.
  if (const char* v = std::getenv(variable); v && v[0] == '/') {
    return v;
  }
  return home_directory() + "/" + fallback;
}

[[noreturn]] void refuse(const std::string& path, const toml::source_region& where, const std::string& what)
{
  throw Error(ErrorKind::config, trf("{}:{}:{}: {}", path, where.begin.line, where.begin.column, what),
              tr("the config keys are database, rules, time_zone, busy_timeout_ms, group_writable, "
                 "allow_network_filesystem and audit_key; see czstation(1)"));
}

template <typename T>
T get(const std::string& path, const toml::node& node, const char* key, const char* type_name)
{
  if (auto v = node.value<T>()) {
    return *v;
  }
  refuse(path, node.source(), trf("{} must be {}", key, type_name));
}

} // namespace

Config load_config(const std::string& path)
{
  if (!std::filesystem::exists(path)) {
    throw Error(ErrorKind::no_input, trf("the config file {} does not exist", path),
                tr("check the path given with --config"));
  }
  if (std::filesystem::is_directory(path)) {
    throw Error(ErrorKind::no_input, trf("the config file {} is a directory", path),
                tr("give the path of a TOML file with --config, such as ~/.config/czstation/config.toml"));
  }
  if (::access(path.c_str(), R_OK) != 0) {
    throw Error(ErrorKind::no_input, trf("cannot read the config file {}", path),
                tr("check the file's owner and mode, or give another file with --config"));
  }
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    refuse(path, e.source(), std::string(e.description()));
  }
  Config config;
  config.source = path;
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "database") {
      config.database = get<std::string>(path, node, "database", tr("a string (a file path)"));
    } else if (name == "rules") {
      config.rules = get<std::string>(path, node, "rules", tr("a string (a file path)"));
    } else if (name == "time_zone") {
      config.time_zone = get<std::string>(path, node, "time_zone", tr("a string such as \"Asia/Shanghai\""));
    } else if (name == "busy_timeout_ms") {
      const auto ms = get<std::int64_t>(path, node, "busy_timeout_ms", tr("a whole number of milliseconds"));
      if (ms < 0 || ms > 600000) {
        refuse(path, node.source(), tr("busy_timeout_ms must be between 0 and 600000"));
      }
      config.busy_timeout_ms = static_cast<int>(ms);
    } else if (name == "audit_key") {
      config.audit_key = get<std::string>(path, node, "audit_key", tr("a string (a file path)"));
    } else if (name == "group_writable") {
      config.group_writable = get<bool>(path, node, "group_writable", tr("true or false"));
    } else if (name == "allow_network_filesystem") {
      config.allow_network_filesystem = get<bool>(path, node, "allow_network_filesystem", tr("true or false"));
    } else {
      refuse(path, node.source(), trf("unknown key {}", name));
    }
  }
  return config;
}

std::string default_config_path()
{
  // The user's own settings come first; the county's IT office sets the shared database for
  // every clerk in the system-wide file.
  for (const std::string& path :
       {xdg_dir("XDG_CONFIG_HOME", ".config") + "/czstation/config.toml", std::string(k_system_config)}) {
    if (std::filesystem::exists(path)) {
      return path;
    }
  }
  return {};
}

std::string default_database_path()
{
  return xdg_dir("XDG_DATA_HOME", ".local/share") + "/czstation/czstation.db";
}

void create_default_data_directory()
{
  const std::filesystem::path dir = std::filesystem::path(default_database_path()).parent_path();
  std::error_code ec;
  if (std::filesystem::create_directories(dir, ec)) {
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
  }
}

} // namespace czs::settings
