#include "help_format.hpp"

#include "i18n/translate.hpp"
#include "text/display_width.hpp"

namespace czs::cli {

namespace {

// detail::format_help with display widths: the name padded to `width` columns, the
// description after it (on the next line when the name is too wide), continuation lines indented.
std::string help_line(const std::string& name, const std::string& description, std::size_t width)
{
  std::string out = "  " + name;
  if (!description.empty()) {
    if (text::display_width(out) >= width) {
      out += "\n" + std::string(width, ' ');
    } else {
      out = text::pad_right(out, width);
    }
    for (const char c : description) {
      out.push_back(c);
      if (c == '\n') {
        out += std::string(width, ' ');
      }
    }
  }
  return out + "\n";
}

} // namespace

std::string WideFormatter::make_option(const CLI::Option* opt, bool is_positional) const
{
  return help_line(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt),
                   get_column_width());
}

std::string WideFormatter::make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const
{
  // The default group is "Options"; groups we name are translated where they are named.
  return CLI::Formatter::make_group(tr(group.c_str()), is_positional, std::move(opts));
}

void translate_subcommand_groups(CLI::App& app)
{
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_group() == "Subcommands") {
      sub->group(tr("Subcommands"));
    }
    translate_subcommand_groups(*sub);
  }
}

std::string WideFormatter::make_subcommand(const CLI::App* sub) const
{
  return help_line(sub->get_display_name(true), sub->get_description(), get_column_width());
}

} // namespace czs::cli
