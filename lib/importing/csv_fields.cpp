#include "importing/csv_fields.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "text/normalize.hpp"
#include "text/spellcheck.hpp"
#include "text/validate.hpp"

#include <algorithm>

namespace czs::importing {

namespace {

// A time parse_date_time accepted (YYYY-MM-DD, with " HH:MM" or "THH:MM", optionally ":SS")
// written as YYYY-MM-DDTHH:MM:SS, by copying its digits: a million rows have several each.
std::string canonical_time(std::string_view valid)
{
  std::string out(valid.substr(0, 10));
  out += 'T';
  out += valid.size() >= 16 ? valid.substr(11, 5) : std::string_view("00:00");
  out += valid.size() >= 19 ? valid.substr(16, 3) : std::string_view(":00");
  return out;
}

} // namespace

std::vector<std::string> HeaderMap::read(std::span<const ColumnSpec> specs, const text::CsvRow& header)
{
  std::vector<std::string> problems;
  std::vector<std::string> names;
  for (const auto& s : specs) {
    names.emplace_back(s.name);
  }
  m_index.clear();
  m_width = header.fields.size();
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = text::normalize_spaces(header.fields[i]);
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ColumnSpec& s) { return s.name == name; });
    if (spec == specs.end()) {
      const std::string guess = text::closest_match(name, names);
      problems.push_back(trf("line 1: unknown column '{}'{}", name,
                             guess.empty() ? std::string() : trf(" (did you mean {}?)", guess)));
      continue;
    }
    if (index(spec->name) >= 0) {
      problems.push_back(trf("line 1: the column '{}' appears twice", name));
      continue;
    }
    m_index.emplace_back(spec->name, static_cast<int>(i));
  }
  for (const auto& s : specs) {
    if (s.required && index(s.name) < 0) {
      problems.push_back(trf("line 1: the column '{}' is missing", s.name));
    }
  }
  return problems;
}

int HeaderMap::index(std::string_view name) const
{
  for (const auto& [n, i] : m_index) {
    if (n == name) {
      return i;
    }
  }
  return -1;
}

std::string_view RowFields::raw(std::string_view column) const
{
  const int i = m_header.index(column);
  return i < 0 || static_cast<std::size_t>(i) >= m_row.fields.size()
             ? std::string_view()
             : std::string_view(m_row.fields[static_cast<std::size_t>(i)]);
}

bool RowFields::missing(std::string_view column, std::string_view value, bool required)
{
  if (!value.empty()) {
    return false;
  }
  if (required) {
    fail(trf("{} is empty", column));
  }
  return true;
}

std::string RowFields::text(std::string_view column, std::size_t max_chars, bool required)
{
  const std::string name(column);
  std::string_view value = raw(column);
  // A quoted cell may span lines (Alt+Enter in Excel): its line breaks fold into spaces, as
  // the other white space of a field does.
  std::string folded;
  if (value.find_first_of("\r\n") != std::string_view::npos) {
    folded = value;
    std::replace(folded.begin(), folded.end(), '\r', ' ');
    std::replace(folded.begin(), folded.end(), '\n', ' ');
    value = folded;
  }
  auto cleaned = text::clean_text(value, name.c_str(), max_chars, required);
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::string RowFields::phone(std::string_view column, bool required)
{
  const std::string_view value = raw(column);
  if (missing(column, value, required)) {
    return {};
  }
  const std::string name(column);
  auto cleaned = text::clean_phone(value, name.c_str());
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::int64_t RowFields::yuan(std::string_view column, bool required)
{
  if (missing(column, raw(column), required)) {
    return 0;
  }
  return optional_yuan(column).value_or(0);
}

std::optional<std::int64_t> RowFields::optional_yuan(std::string_view column)
{
  const std::string_view value = raw(column);
  if (value.empty()) {
    return std::nullopt;
  }
  auto fen = parse_yuan(value);
  if (!fen) {
    fail(trf("{}: {}", column, fen.error()));
    return std::nullopt;
  }
  return *fen;
}

std::int64_t RowFields::count(std::string_view column, std::int64_t max, std::int64_t fallback)
{
  const std::string_view value = raw(column);
  if (value.empty()) {
    return fallback;
  }
  const std::string name(column);
  auto n = parse_count(value, max, name.c_str());
  if (!n || *n == 0) {
    fail(n ? trf("{} must be at least 1", column) : n.error());
    return fallback;
  }
  return *n;
}

std::string RowFields::day(std::string_view column, bool required)
{
  const std::string_view value = raw(column);
  if (missing(column, value, required)) {
    return {};
  }
  auto d = parse_date(value);
  if (!d) {
    fail(trf("{}: {}", column, d.error()));
    return {};
  }
  if (*d > m_today) {
    fail(trf("{}: {} is in the future (today is {})", column, value, to_string(m_today)));
    return {};
  }
  return std::string(value); // parse_date accepts YYYY-MM-DD only: the text is canonical
}

std::string RowFields::time(std::string_view column, bool required)
{
  const std::string_view value = raw(column);
  if (missing(column, value, required)) {
    return {};
  }
  auto t = parse_date_time(value);
  if (!t) {
    fail(trf("{}: {}", column, t.error()));
    return {};
  }
  if (t->date > m_today) {
    fail(trf("{}: {} is in the future (today is {})", column, value, to_string(m_today)));
    return {};
  }
  return canonical_time(value);
}

} // namespace czs::importing
