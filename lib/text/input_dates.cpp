// Days, times and periods as clerks and spreadsheets write them (see input_fields.hpp).
#include "text/input_fields.hpp"

#include "i18n/translate.hpp"

#include <optional>

#include <fmt/format.h>

namespace czs::text {

namespace {

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

// A cursor over a folded value: each read consumes on success and leaves pos alone otherwise.
struct Scanner
{
  std::string_view s;
  std::size_t pos = 0;

  bool done() const { return pos == s.size(); }
  bool at(std::string_view token) const { return s.substr(pos, token.size()) == token; }
  bool take(std::string_view token)
  {
    if (!at(token))
      return false;
    pos += token.size();
    return true;
  }
  void spaces()
  {
    while (pos < s.size() && s[pos] == ' ')
      ++pos;
  }
  // min to max digits (stops at max), or -1.
  int number(std::size_t min, std::size_t max)
  {
    std::size_t n = 0;
    int value = 0;
    while (pos + n < s.size() && n < max && is_digit(s[pos + n])) {
      value = value * 10 + (s[pos + n] - '0');
      ++n;
    }
    if (n < min)
      return -1;
    pos += n;
    return value;
  }
};

bool all_digits(std::string_view s)
{
  if (s.empty())
    return false;
  for (char c : s) {
    if (!is_digit(c))
      return false;
  }
  return true;
}

// A year-first day at the scanner; on success the scanner is past it.
bool scan_day(Scanner& in, Date& out)
{
  const std::size_t start = in.pos;
  const int year = in.number(4, 4);
  if (year < 0)
    return false;
  int month = -1;
  int day = -1;
  bool closed = false; // ended by 日 or 号, so a time may follow without a space
  if (in.pos < in.s.size() && (in.s[in.pos] == '-' || in.s[in.pos] == '/' || in.s[in.pos] == '.')) {
    const char sep = in.s[in.pos++];
    month = in.number(1, 2);
    if (month >= 0 && in.pos < in.s.size() && in.s[in.pos] == sep) {
      ++in.pos;
      day = in.number(1, 2);
    }
  } else if (in.take("年")) {
    in.spaces();
    month = in.number(1, 2);
    in.spaces();
    if (month >= 0 && in.take("月")) {
      in.spaces();
      day = in.number(1, 2);
      in.spaces();
      closed = day >= 0 && (in.take("日") || in.take("号"));
    }
  } else {
    month = in.number(2, 2);
    day = month >= 0 ? in.number(2, 2) : -1;
  }
  if (month < 0 || day < 0 || (!closed && in.pos < in.s.size() && is_digit(in.s[in.pos]))) {
    in.pos = start;
    return false;
  }
  out = Date{year, month, day};
  return true;
}

std::string accepted_days()
{
  return tr("write the year first, for example 2026-03-05, 2026/3/5, 2026年3月5日 or 20260305");
}

// The day Excel counts as serial n (1 = 1900-01-01, with its phantom 1900-02-29).
Date excel_day(long serial)
{
  return add_days(Date{1899, 12, 30}, static_cast<int>(serial));
}

// Why a value that is no year-first day is refused: the cause, when it is recognisable.
std::string day_refusal(std::string_view folded, std::string_view shown)
{
  std::string_view whole = folded.substr(0, folded.find('.'));
  const std::string_view fraction = folded.size() > whole.size() ? folded.substr(whole.size() + 1) : "";
  if (all_digits(whole) && whole.size() <= 5 && (fraction.empty() || all_digits(fraction))) {
    const long serial = std::stol(std::string(whole));
    if (serial >= 61 && serial <= 2958465) {
      return trf("'{}' is an Excel serial day number, not a date (Excel's day {} is {})", shown, serial,
                 to_string(excel_day(serial)))
             + "; " + tr("format the column as a date written year first (yyyy-mm-dd) or as text, and save again");
    }
  }
  // 05/03/2026, 3-5-2026, 05.03.26: the day or the month comes first, and which is which
  // differs between an Excel set to English and one set to Chinese.
  Scanner in{folded};
  const int a = in.number(1, 2);
  if (a >= 0 && !in.done() && (in.s[in.pos] == '/' || in.s[in.pos] == '-' || in.s[in.pos] == '.')) {
    const char sep = in.s[in.pos++];
    const int b = in.number(1, 2);
    if (b >= 0 && in.take(std::string_view(&sep, 1))) {
      const std::size_t year_start = in.pos;
      const int c = in.number(1, 4);
      if (c >= 0 && (in.done() || in.s[in.pos] == ' ' || in.s[in.pos] == 'T')) {
        if (in.pos - year_start == 4) {
          return trf("'{}' puts the day or the month first: {}/{} could be either", shown, a, b) + "; "
                 + accepted_days();
        }
        return trf("'{}' has a two-digit year, or puts the day or month first", shown) + "; " + accepted_days();
      }
    }
  }
  return trf("'{}' is not a date", shown) + "; " + accepted_days();
}

// The day checked for month and day ranges (parse_date words the message).
Result<Date> checked(Date d)
{
  return parse_date(to_string(Date{d.year, d.month % 100, d.day % 100}));
}

std::string_view trimmed(std::string_view s)
{
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

Result<std::string> folded_value(std::string_view value)
{
  return numeric_form(value);
}

} // namespace

Result<Date> input_date(std::string_view value)
{
  using R = Result<Date>;
  if (value.size() == 10 && value[4] == '-' && value[7] == '-') {
    // The canonical form, a million times in an import. Anything else of that shape (2026-3-5
    // and a space) takes the full reading, which trims and explains.
    if (auto canonical = parse_date(value)) {
      return canonical;
    }
  }
  auto folded = folded_value(value);
  if (!folded) {
    return R::failure(folded.error());
  }
  if (folded->empty()) {
    return R::failure(tr("the date is empty") + std::string("; ") + accepted_days());
  }
  Scanner in{*folded};
  Date d;
  const bool day_first = scan_day(in, d);
  if (day_first && !in.done() && checked(d) && input_date_time(value)) {
    // A date-time where a day is wanted: the day is right, the time is what is not taken.
    return R::failure(trf("'{}' gives a time, which this field does not take: write the day alone, {}", visible(value),
                          to_string(*checked(d))));
  }
  if (!day_first || !in.done()) {
    return R::failure(day_refusal(*folded, visible(value)));
  }
  return checked(d);
}

namespace {

// Two ASCII digits at s[at], or -1.
int two_digits(std::string_view s, std::size_t at)
{
  const char a = s[at];
  const char b = s[at + 1];
  return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
}

// The forms platforms and our own export write, a day with HH:MM or HH:MM:SS after a space or
// T, read without folding and scanning (an import reads two of them per row); nothing when the
// value is in another form or not a valid time, which the full reading then explains.
std::optional<DateTime> plain_date_time(std::string_view v)
{
  if ((v.size() != 16 && v.size() != 19) || v[4] != '-' || v[7] != '-' || (v[10] != ' ' && v[10] != 'T') || v[13] != ':'
      || (v.size() == 19 && v[16] != ':')) {
    return std::nullopt;
  }
  const int hour = two_digits(v, 11);
  const int minute = two_digits(v, 14);
  const int second = v.size() == 19 ? two_digits(v, 17) : 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return std::nullopt;
  }
  auto day = parse_date(v.substr(0, 10));
  if (!day) {
    return std::nullopt;
  }
  return DateTime{*day, hour, minute, second};
}

} // namespace

Result<DateTime> input_date_time(std::string_view value)
{
  using R = Result<DateTime>;
  if (auto plain = plain_date_time(value)) {
    return *plain;
  }
  auto folded = folded_value(value);
  if (!folded) {
    return R::failure(folded.error());
  }
  if (folded->empty()) {
    return R::failure(tr("the date is empty") + std::string("; ") + accepted_days());
  }
  Scanner in{*folded};
  Date d;
  if (!scan_day(in, d)) {
    return R::failure(day_refusal(*folded, visible(value)));
  }
  auto day = checked(d);
  if (!day) {
    return R::failure(day.error());
  }
  DateTime out{*day, 0, 0, 0};
  if (in.done()) {
    return out;
  }
  const std::size_t before_time = in.pos;
  if (!in.take("T")) {
    in.spaces();
  }
  // 2026年3月5日9:05 needs no space: the 日 already ends the day.
  const std::string_view before = std::string_view(*folded).substr(0, before_time);
  const bool chinese_end = before.ends_with("日") || before.ends_with("号");
  int hour = in.pos > before_time || chinese_end ? in.number(1, 2) : -1;
  int minute = hour >= 0 && in.take(":") ? in.number(2, 2) : -1;
  int second = 0;
  if (minute >= 0 && in.take(":")) {
    second = in.number(2, 2);
  }
  if (hour < 0 || minute < 0 || second < 0 || !in.done()) {
    return R::failure(trf("'{}' is not a date and time: write the time as H:MM, HH:MM or HH:MM:SS after the date "
                          "and a space or T, for example 2026-03-05 9:05",
                          visible(value)));
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return R::failure(
        trf("'{}' is not a valid time: hours run from 0 to 23, minutes and seconds from 00 to 59", visible(value)));
  }
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  return out;
}

namespace {

int chinese_quarter(Scanner& in)
{
  static constexpr std::string_view k_numerals[] = {"一", "二", "三", "四"};
  for (int q = 0; q < 4; ++q) {
    if (in.take(k_numerals[q]))
      return q + 1;
  }
  return in.number(1, 1);
}

// One end of a period (or the whole of one) in a canonical spelling parse_period reads:
// 2026, 2026-03, 2026Q1 or 2026-03-05 (a day, only inside a range); "" when unreadable.
std::string canonical_part(std::string_view part, bool day_allowed)
{
  Scanner in{part};
  Date d;
  if (day_allowed && scan_day(in, d) && in.done()) {
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month % 100, d.day % 100);
  }
  in.pos = 0;
  const int year = in.number(4, 4);
  if (year < 0)
    return {};
  if (in.done())
    return fmt::format("{:04}", year);
  if (in.take("年")) {
    in.spaces();
    if (in.done())
      return fmt::format("{:04}", year);
    const std::size_t mark = in.pos;
    const bool nth = in.take("第");
    const bool letter_q = !nth && (in.take("Q") || in.take("q"));
    const int q = letter_q ? in.number(1, 1) : chinese_quarter(in);
    if (q >= 0 && (letter_q ? in.done() : (in.take("季度") || in.take("季")) && in.done())) {
      return fmt::format("{:04}Q{}", year, q);
    }
    in.pos = mark;
    const int month = in.number(1, 2);
    if (month >= 0 && in.take("月")) {
      in.take("份");
      if (in.done())
        return fmt::format("{:04}-{:02}", year, month % 100);
    }
    return {};
  }
  if (in.at("-Q") || in.at("-q")) {
    ++in.pos;
  }
  if (in.take("Q") || in.take("q")) {
    const int q = in.number(1, 1);
    return q >= 0 && in.done() ? fmt::format("{:04}Q{}", year, q) : std::string();
  }
  if (in.take("-") || in.take("/") || in.take(".")) {
    const int month = in.number(1, 2);
    return month >= 0 && in.done() ? fmt::format("{:04}-{:02}", year, month) : std::string();
  }
  const int month = in.number(2, 2);
  return month >= 0 && in.done() ? fmt::format("{:04}-{:02}", year, month) : std::string();
}

std::string period_forms()
{
  return tr("write a month (2026-03, 2026/3, 2026年3月), a quarter (2026Q1, 2026年第1季度, 2026年一季度), a year "
            "(2026) or a range (2026-01..2026-03, 2026-01-01..2026-03-31)");
}

} // namespace

Result<Period> input_period(std::string_view value)
{
  using R = Result<Period>;
  auto folded = folded_value(value);
  if (!folded) {
    return R::failure(folded.error());
  }
  const std::string shown = visible(value);
  if (folded->empty()) {
    return R::failure(tr("the period is empty") + std::string("; ") + period_forms());
  }
  const auto dots = folded->find("..");
  if (dots == std::string::npos) {
    const std::string canonical = canonical_part(*folded, false);
    if (canonical.empty()) {
      Scanner in{*folded};
      Date d;
      if (scan_day(in, d) && in.done()) {
        return R::failure(trf("'{}' is a day, not a period", shown) + "; " + period_forms());
      }
      return R::failure(trf("'{}' is not a period", shown) + "; " + period_forms());
    }
    return parse_period(canonical);
  }
  const std::string first_text = canonical_part(trimmed(folded->substr(0, dots)), true);
  const std::string last_text = canonical_part(trimmed(folded->substr(dots + 2)), true);
  if (first_text.empty() || last_text.empty()) {
    return R::failure(trf("'{}' is not a period", shown) + "; " + period_forms());
  }
  const auto span_of = [](const std::string& part) -> Result<Period> {
    if (part.size() == 10) {
      auto d = parse_date(part);
      return d ? Result<Period>(Period{PeriodKind::range, *d, *d}) : Result<Period>::failure(d.error());
    }
    return parse_period(part);
  };
  const auto first = span_of(first_text);
  if (!first)
    return first;
  const auto last = span_of(last_text);
  if (!last)
    return last;
  if (last->last < first->first) {
    return R::failure(trf("'{}' is not a period: it ends ({}) before it starts ({}); write the earlier one first",
                          shown, to_string(last->last), to_string(first->first)));
  }
  return Period{PeriodKind::range, first->first, last->last};
}

} // namespace czs::text
