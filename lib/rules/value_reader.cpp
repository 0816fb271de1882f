#include "rules/value_reader.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "period/date.hpp"
#include "rules/record_kinds.hpp"
#include "text/spellcheck.hpp"
#include "text/validate.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <system_error>

namespace czs::rules {

namespace {

// The byte offset of a line:column position, columns counting code points as toml++ does;
// npos when the position is not in the text.
std::size_t offset_of(std::string_view text, const toml::source_position& at)
{
  std::size_t offset = 0;
  for (toml::source_index line = 1; line < at.line; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) {
      return offset;
    }
    ++offset;
  }
  for (toml::source_index column = 1; column < at.column; ++column) {
    if (offset >= text.size() || text[offset] == '\n') {
      return std::string_view::npos;
    }
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      ++offset; // a UTF-8 continuation byte: still the same code point
    }
  }
  return offset;
}

bool is_number_char(char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '+'
         || c == '-';
}

std::string range_text(const ParameterInfo& info)
{
  if (info.kind == ValueKind::decimal) {
    return trf("a number from {} to {}, with at most {} decimals", format_decimal(info.min, info.scale),
               format_decimal(info.max, info.scale), info.scale);
  }
  return trf("a whole number from {} to {}", info.min, info.max);
}

std::string number_hint(const ParameterInfo& info)
{
  return trf("{}: {}; write {}", parameter_path(info), tr(info.meaning), range_text(info));
}

// Canonical zone names for "did you mean": the tz database's own list, where installed.
std::vector<std::string> zone_names()
{
  std::vector<std::string> names;
  std::ifstream tab("/usr/share/zoneinfo/zone1970.tab");
  std::string line;
  while (std::getline(tab, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const std::size_t first = line.find('\t');
    const std::size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (second != std::string::npos) {
      names.push_back(line.substr(second + 1, line.find('\t', second + 1) - second - 1));
    }
  }
  return names;
}

std::vector<std::string> to_strings(std::span<const std::string_view> words)
{
  return {words.begin(), words.end()};
}

} // namespace

std::string describe_type(const toml::node& node)
{
  switch (node.type()) {
  case toml::node_type::string:
    return tr("a string");
  case toml::node_type::integer:
    return tr("a whole number");
  case toml::node_type::floating_point:
    return tr("a decimal number");
  case toml::node_type::boolean:
    return tr("true or false");
  case toml::node_type::array:
    return tr("a list");
  case toml::node_type::table:
    return tr("a table");
  case toml::node_type::date:
  case toml::node_type::time:
  case toml::node_type::date_time:
    return tr("a date or time");
  case toml::node_type::none:
    break;
  }
  return tr("nothing");
}

void ValueReader::problem(const toml::node& node, const std::string& message, std::string hint)
{
  const auto at = node.source().begin;
  m_problems.add(static_cast<int>(at.line), static_cast<int>(at.column), message, std::move(hint));
}

void ValueReader::wrong_type(const toml::node& node, const std::string& path, const char* expected,
                             const std::string& hint)
{
  problem(node, trf("{} must be {}, not {}", path, expected, describe_type(node)), hint);
}

std::string ValueReader::written_number(const toml::node& node) const
{
  if (node.is_integer()) {
    return fmt::format("{}", node.as_integer()->get());
  }
  // toml++ hands over a double; the digits as written are the exact value the clerk meant.
  const double value = node.as_floating_point()->get();
  const std::size_t begin = offset_of(m_text, node.source().begin);
  if (begin != std::string_view::npos) {
    std::size_t end = begin;
    while (end < m_text.size() && is_number_char(m_text[end])) {
      ++end;
    }
    std::string token;
    for (const char c : m_text.substr(begin, end - begin)) {
      if (c != '_') {
        token += c; // TOML allows 1_000.5
      }
    }
    std::string_view digits = token;
    if (digits.starts_with('+')) {
      digits.remove_prefix(1);
    }
    double parsed = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
    if (ec == std::errc() && ptr == digits.data() + digits.size() && parsed == value) {
      return std::string(digits);
    }
  }
  // Where the text cannot be found, the shortest form that reads back as the same double
  // is the literal the clerk wrote for any number of up to 15 significant digits.
  return fmt::format("{}", value);
}

std::optional<std::int64_t> ValueReader::number(const toml::node& node, const ParameterInfo& info)
{
  const std::string path = parameter_path(info);
  const bool decimal = info.kind == ValueKind::decimal;
  if (!node.is_integer() && !(decimal && node.is_floating_point())) {
    const bool fraction = node.is_floating_point();
    problem(node,
            fraction ? trf("{} must be a whole number, not a decimal number", path)
                     : trf("{} must be {}, not {}", path, decimal ? tr("a number") : tr("a whole number"),
                           describe_type(node)),
            number_hint(info));
    return std::nullopt;
  }
  const std::string written = written_number(node);
  auto scaled = decimal ? parse_decimal(written, info.scale, info.max, path.c_str())
                        : parse_count(written, info.max, path.c_str());
  if (!scaled) {
    problem(node, scaled.error(), number_hint(info));
    return std::nullopt;
  }
  if (*scaled < info.min) {
    problem(node,
            *scaled == 0 ? trf("{} cannot be 0", path)
                         : trf("{} = {} is too small: the least allowed is {}", path, written,
                               format_decimal(info.min, info.scale)),
            number_hint(info));
    return std::nullopt;
  }
  return *scaled;
}

std::optional<std::int64_t> ValueReader::yuan(const toml::node& node, const std::string& path)
{
  const std::string hint = tr("write the most a station may charge in yuan with at most two decimals, for "
                              "example max_yuan = 5.00");
  std::string written;
  if (const auto* s = node.as_string()) {
    written = s->get();
  } else if (node.is_integer() || node.is_floating_point()) {
    written = written_number(node);
  } else {
    wrong_type(node, path, tr("an amount of yuan"), hint);
    return std::nullopt;
  }
  auto fen = parse_yuan(written);
  if (!fen) {
    problem(node, trf("{}: {}", path, fen.error()), hint);
    return std::nullopt;
  }
  return *fen;
}

std::optional<std::int64_t> ValueReader::percent(const toml::node& node, const std::string& path)
{
  const std::string hint = tr("write the largest share of the amount a fee may be, in percent from 0 to 100 "
                              "with at most one decimal, for example max_percent = 2.5");
  if (!node.is_integer() && !node.is_floating_point()) {
    wrong_type(node, path, tr("a number of percent"), hint);
    return std::nullopt;
  }
  auto permille = parse_decimal(written_number(node), 1, 1000, path.c_str());
  if (!permille) {
    problem(node, permille.error(), hint);
    return std::nullopt;
  }
  return *permille;
}

std::optional<std::string> ValueReader::zone(const toml::node& node, const std::string& path)
{
  const auto* name = node.as_string();
  if (!name) {
    wrong_type(node, path, tr("a time zone name"), tr("write an IANA zone name, for example \"Asia/Shanghai\""));
    return std::nullopt;
  }
  if (!is_known_zone(name->get())) {
    const std::string guess = text::closest_match(name->get(), zone_names());
    problem(node, trf("{}: unknown time zone '{}'", path, name->get()),
            guess.empty() ? tr("write an IANA zone name such as \"Asia/Shanghai\" (see /usr/share/zoneinfo)")
                          : trf("did you mean \"{}\"?", guess));
    return std::nullopt;
  }
  return name->get();
}

std::optional<std::vector<std::string>> ValueReader::kinds(const toml::node& node, const std::string& path)
{
  const std::string all = tr("the kinds are purchase, sale, parcel_in, parcel_out and service");
  const auto* list = node.as_array();
  if (!list) {
    wrong_type(node, path, tr("a list of record kinds"),
               trf("for example {} = [\"purchase\", \"sale\"]; {}", path, all));
    return std::nullopt;
  }
  if (list->empty()) {
    problem(node, trf("{} is empty: no record would count as volume", path), all);
    return std::nullopt;
  }
  const auto known = volume_kinds();
  std::vector<std::string> out;
  bool good = true;
  for (const auto& item : *list) {
    const auto* kind = item.as_string();
    if (!kind) {
      wrong_type(item, path, tr("a list of record kinds"), all);
      good = false;
    } else if (std::find(known.begin(), known.end(), kind->get()) == known.end()) {
      const std::string guess = text::closest_match(kind->get(), to_strings(known));
      problem(item, trf("{}: unknown record kind '{}'", path, kind->get()),
              guess.empty() ? all : trf("did you mean \"{}\"? {}", guess, all));
      good = false;
    } else if (std::find(out.begin(), out.end(), kind->get()) != out.end()) {
      problem(item, trf("{}: '{}' is listed twice", path, kind->get()), tr("list each kind once"));
      good = false;
    } else {
      out.push_back(kind->get());
    }
  }
  return good ? std::optional(out) : std::nullopt;
}

std::optional<std::vector<std::string>> ValueReader::words(const toml::node& node, const std::string& path)
{
  const std::string hint = trf("for example {} = [\"假货\", \"传销\"], or [] for none", path);
  const auto* list = node.as_array();
  if (!list) {
    wrong_type(node, path, tr("a list of words"), hint);
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool good = true;
  for (const auto& item : *list) {
    const auto* word = item.as_string();
    if (!word) {
      wrong_type(item, path, tr("a list of words"), hint);
      good = false;
      continue;
    }
    auto cleaned = text::clean_text(word->get(), path.c_str(), 50, false);
    if (!cleaned) {
      problem(item, cleaned.error(), hint);
      good = false;
    } else if (cleaned->empty()) {
      problem(item, trf("{}: a word is empty", path), tr("remove the empty word \"\" from the list"));
      good = false;
    } else if (std::find(out.begin(), out.end(), *cleaned) != out.end()) {
      problem(item, trf("{}: '{}' is listed twice", path, *cleaned), tr("list each word once"));
      good = false;
    } else {
      out.push_back(*cleaned);
    }
  }
  return good ? std::optional(out) : std::nullopt;
}

} // namespace czs::rules
