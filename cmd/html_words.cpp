// The words and numbers the HTML documents share.

#include "html_report.hpp"

#include "html/escape.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"

namespace czs::cli {

std::string html_lang()
{
  return current_language() == Language::zh ? "zh-CN" : "en";
}

std::string count_text(std::int64_t n)
{
  return html::grouped(n);
}

std::string yuan_text(std::int64_t fen)
{
  return html::grouped(std::string_view(format_fen(fen)));
}

std::string kind_label(std::string_view kind)
{
  if (kind == "purchase")
    return tr("proxy purchases");
  if (kind == "sale")
    return tr("proxy sales");
  if (kind == "service")
    return tr("convenience services");
  if (kind == "parcel_in")
    return tr("parcels collected");
  if (kind == "parcel_out")
    return tr("parcels sent");
  return std::string(kind);
}

} // namespace czs::cli
