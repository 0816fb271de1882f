#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace czs::cli {

// CLI11's help layout with columns measured in terminal columns, not bytes, so the descriptions
// line up after Chinese option values (必填, 元) as they do after English ones.
class WideFormatter : public CLI::Formatter
{
public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
};

} // namespace czs::cli
