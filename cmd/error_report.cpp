#include "error_report.hpp"

#include "i18n/translate.hpp"

#include <cstdlib>
#include <ostream>

#include <unistd.h>

namespace czs::cli {

bool stderr_wants_color()
{
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDERR_FILENO) && !(no_color && *no_color);
}

void report_error(std::ostream& err, const Error& error, bool color)
{
  const std::string label = color ? std::string("\033[1;31m") + tr("error") + "\033[0m" : std::string(tr("error"));
  for (const auto& d : error.diagnostics()) {
    err << "czstation: " << label << ": ";
    if (!d.rule.empty()) {
      err << (d.article.empty() ? fmt::format("[{}] ", d.rule) : trf("[{}, Art. {}] ", d.rule, d.article));
    }
    err << d.message << '\n';
    if (!d.hint.empty()) {
      err << "  " << tr("hint") << ": " << d.hint << '\n';
    }
  }
}

} // namespace czs::cli
