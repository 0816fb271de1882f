#include "ledger_input.hpp"

#include "input.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "period/date.hpp"
#include "text/input_fields.hpp"
#include "text/validate.hpp"

#include <cctype>

namespace czs::cli {

std::string event_day(const Context& ctx, const std::string& text, const char* option)
{
  return to_string(ctx.event_date_or_today(text, option));
}

std::string event_time(const Context& ctx, const std::string& text, const char* option)
{
  if (text.empty()) {
    DateTime now = now_in_zone(ctx.params().time_zone);
    now.date = ctx.today();
    return to_string(now);
  }
  auto at = text::input_date_time(text);
  if (!at) {
    throw Error(ErrorKind::bad_data, trf("{}: {}", option, at.error()));
  }
  ctx.event_date(to_string(at->date), option); // refuses a day after today
  return to_string(*at);
}

std::int64_t yuan(const std::string& text, const char* option)
{
  auto fen = text::input_yuan(text);
  if (!fen) {
    throw Error(ErrorKind::bad_data, trf("{}: {}", option, fen.error()));
  }
  return *fen;
}

std::int64_t optional_yuan(const std::string& text, const char* option)
{
  return text.empty() ? 0 : yuan(text, option);
}

std::int64_t record_id(const std::string& text, char prefix, const char* what)
{
  const auto folded = text::numeric_form(text);
  std::string_view digits = folded ? std::string_view(*folded) : std::string_view(text);
  if (!digits.empty() && std::toupper(static_cast<unsigned char>(digits.front())) == prefix) {
    digits.remove_prefix(1);
  }
  const bool ok =
      !digits.empty() && digits.size() <= 15 && digits.find_first_not_of("0123456789") == std::string_view::npos;
  if (!ok || std::stoll(std::string(digits)) == 0) {
    throw Error(ErrorKind::usage, trf("'{}' is not a {} number", text, what),
                prefix ? trf("give the number shown in the listing, e.g. {}12 or 12", prefix)
                       : std::string(tr("give the number shown in the listing, e.g. 12")));
  }
  return std::stoll(std::string(digits));
}

std::string phone(const std::string& text, const char* option)
{
  return must(text::clean_phone(text, option));
}

std::string optional_phone(const std::string& text, const char* option)
{
  return text.empty() ? std::string() : phone(text, option);
}

} // namespace czs::cli
