#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace czs::cli {

// CLI11's help layout with columns measured in terminal columns, not bytes, so the descriptions
// line up after Chinese option values (必填, 元) as they do after English ones; group headings
// ("Options:") in the clerk's language.
class WideFormatter : public CLI::Formatter
{
public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override;
};

// Puts every subcommand under `app`, at any depth, in the translated "Subcommands" group: CLI11
// prints a subcommand's group name as its heading, and names the default group in English.
void translate_subcommand_groups(CLI::App& app);

} // namespace czs::cli
