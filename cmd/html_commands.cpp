#include "html_commands.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace czs::cli {

namespace {

struct HtmlCommand
{
  std::string_view group;
  std::string_view name;
};

constexpr std::array k_html_commands{
    HtmlCommand{"report", "overview"},
    HtmlCommand{"report", "ledger"},
    HtmlCommand{"report", "evaluation"},
    HtmlCommand{"inspect", "show"},
};

} // namespace

bool writes_html(const std::vector<std::string>& path)
{
  return path.size() == 2 && std::any_of(k_html_commands.begin(), k_html_commands.end(), [&](const auto& c) {
           return c.group == path[0] && c.name == path[1];
         });
}

void require_html_command(const std::vector<std::string>& path)
{
  if (writes_html(path)) {
    return;
  }
  std::string names;
  for (const auto& c : k_html_commands) {
    names += (names.empty() ? "" : ", ") + std::string(c.group) + " " + std::string(c.name);
  }
  std::string command;
  for (const auto& p : path) {
    command += (command.empty() ? "" : " ") + p;
  }
  throw Error(ErrorKind::usage, trf("{} has no HTML form", command),
              trf("--format html prints a document from: {}; use table, json, csv or tsv here", names));
}

} // namespace czs::cli
