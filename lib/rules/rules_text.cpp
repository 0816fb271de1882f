#include "rules/rules_text.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "rules/rule_catalogue.hpp"
#include "text/display_width.hpp"

#include <fmt/format.h>

namespace czs::rules {

namespace {

constexpr std::size_t k_comment_width = 96;

std::string list_literal(const std::vector<std::string>& items)
{
  std::string out = "[";
  for (const auto& item : items) {
    out += (out.size() > 1 ? ", " : "") + toml_quote(item);
  }
  return out + "]";
}

// Comment lines of at most k_comment_width columns, broken at spaces.
std::string comment(std::string_view text)
{
  std::string out;
  std::string line = "#";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view word = text.substr(start, end - start);
    if (line.size() > 1 && text::display_width(line) + 1 + text::display_width(word) > k_comment_width) {
      out += line + "\n";
      line = "#";
    }
    line += " " + std::string(word);
    start = end + 1;
  }
  return out + line + "\n";
}

// "R-VOLUME, R-TERMINATE-VOLUME (Art. 14.2)"; "All rules" for the time zone.
std::string rules_label(const ParameterInfo& info)
{
  const auto ids = parameter_rules(info);
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string_view article = rules::info(ids[i]).article;
    const RuleInfo* next = i + 1 < ids.size() ? &rules::info(ids[i + 1]) : nullptr;
    out += std::string(id_of(ids[i]));
    if (next && next->article == article) {
      out += ", ";
    } else {
      out += trf(" (Art. {})", article) + (next ? "; " : "");
    }
  }
  return out.empty() ? std::string(tr("All rules")) : out;
}

void write_fee_table(std::string& out, const std::string& kind, const FeeCap& cap)
{
  out += "\n[fees." + kind + "]\n";
  if (cap.max_fen) {
    out += "max_yuan = " + yuan_literal(*cap.max_fen) + "\n";
  }
  if (cap.max_permille) {
    out += "max_percent = " + percent_literal(*cap.max_permille) + "\n";
  }
}

void write_fees(std::string& out, const Parameters& params)
{
  out += "\n";
  out += comment(tr("R-FEE (Art. 4.6): the most a station may charge for one record, by kind: [fees.purchase], "
                    "[fees.sale], [fees.parcel_in], [fees.parcel_out], [fees.service], or one kind of service, "
                    "such as [fees.service.water] (water, electricity, broadband, phone, finance, ticket, hotel, "
                    "medical, information). max_yuan caps the fee in yuan, max_percent as a share of the amount; "
                    "give either or both. Numbers are read exactly as written (5.00, or \"5.00\"). The measures ask "
                    "only for a reasonable fee, so by default nothing is "
                    "capped."));
  if (params.fee_schedule.empty()) {
    out += comment(tr("For example:"));
    out += "#\n# [fees.purchase]\n# max_yuan = 5.00\n# max_percent = 3\n";
    return;
  }
  for (const auto& [kind, cap] : params.fee_schedule) {
    write_fee_table(out, kind, cap);
  }
}

// The scoring as TOML tables: full marks, deductions by rule, volume points, bands and names.
void write_scoring(std::string& out, const Scoring& scoring)
{
  out += "\n[evaluation]\nfull_marks = " + points_text(scoring.full_marks_tenths) + "\n";
  if (!scoring.deductions_tenths.empty()) {
    out += "\n[evaluation.deductions]\n";
    for (const auto& [rule, tenths] : scoring.deductions_tenths) {
      out += std::string(id_of(rule)) + " = " + points_text(tenths) + "\n";
    }
  }
  if (scoring.volume_points_tenths > 0) {
    out += "\n[evaluation.volume]\npoints = " + points_text(scoring.volume_points_tenths)
           + "\nfull_at = " + std::to_string(scoring.volume_full_at) + "\n";
  }
  out += "\n[evaluation.grades]\n";
  for (const auto& band : scoring.bands) {
    out += std::string(grade_key(band.grade)) + " = " + points_text(band.from_tenths) + "\n";
  }
  if (!scoring.names.empty()) {
    out += "\n[evaluation.grade_names]\n";
    for (const auto& [grade, name] : scoring.names) {
      out += std::string(grade_key(grade)) + " = " + toml_quote(name) + "\n";
    }
  }
}

void write_evaluation(std::string& out, const Parameters& params)
{
  out += "\n";
  out += comment(tr("The monthly evaluation (Art. 7.2, 10): czstation report evaluation gives each station's "
                    "facts and findings for a month or a quarter. The measures set no points, so by default its "
                    "result is the findings. A county that scores its stations adds an [evaluation] table: "
                    "full_marks; [evaluation.deductions], the points each finding of a rule costs (rule IDs as "
                    "keys; the centre's duties R-INSPECT-FREQ and R-CALLBACK cost a station nothing); "
                    "[evaluation.volume], the part of full marks earned by ledger volume (points) and the "
                    "counted records per month that earn all of it (full_at); [evaluation.grades], the least "
                    "score of each grade, below pass is fail; [evaluation.grade_names], the county's own names "
                    "of the grades. See czstation-rules(5)."));
  if (params.scoring) {
    write_scoring(out, *params.scoring);
    return;
  }
  out += comment(tr("For example:"));
  Scoring example;
  for (const auto& [rule, tenths] :
       {std::pair{Rule::post_quota, 100}, std::pair{Rule::post_violations, 200}, std::pair{Rule::stocktake, 100},
        std::pair{Rule::pickup_notice, 50}, std::pair{Rule::fee, 100}, std::pair{Rule::volume, 100}}) {
    example.deductions_tenths[rule] = tenths;
  }
  example.volume_points_tenths = 200;
  example.volume_full_at = 30;
  std::string tables;
  write_scoring(tables, example);
  // Each line commented out, "#" alone for a blank one, as the fee example is.
  std::size_t start = 0;
  while (start < tables.size()) {
    const std::size_t end = tables.find('\n', start);
    const std::string_view line = std::string_view(tables).substr(start, end - start);
    out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
    start = end + 1;
  }
}

} // namespace

std::string toml_quote(std::string_view text)
{
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\u{:04X}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string yuan_literal(std::int64_t fen)
{
  return format_fen(fen);
}

std::string percent_literal(std::int64_t permille)
{
  return format_decimal(permille, 1);
}

std::string parameter_literal(const Parameters& params, const ParameterInfo& info)
{
  switch (info.kind) {
  case ValueKind::count:
    return fmt::format("{}", info.get(params));
  case ValueKind::decimal:
    return format_decimal(info.get(params), info.scale);
  case ValueKind::time_zone:
    return toml_quote(params.time_zone);
  case ValueKind::kind_list:
    return list_literal(params.volume_kinds);
  case ValueKind::word_list:
    return list_literal(params.banned_words);
  }
  return {};
}

std::string rules_file_text(const Parameters& params)
{
  std::string out = comment(tr("czstation rules file: the parameters of the county's management measures for "
                               "village e-commerce service stations, by rule (see czstation-rules(5) and "
                               "czstation rules). Every key may be left out: it then keeps its built-in default, "
                               "the measures' own value. Areas are in m², money in yuan, shares in percent."));
  std::string_view section;
  for (const auto& info : parameter_table()) {
    // A blank line between keys: each key and its comment read as one paragraph.
    out += "\n";
    if (info.section != section) {
      section = info.section;
      out += "[" + std::string(section) + "]\n";
    }
    out += comment(rules_label(info) + ": " + tr(info.meaning));
    out += std::string(info.key) + " = " + parameter_literal(params, info) + "\n";
  }
  write_evaluation(out, params);
  write_fees(out, params);
  return out;
}

std::string canonical_rules_text(const Parameters& params)
{
  Parameters deciding = params;
  deciding.scoring.reset();
  const std::string full = rules_file_text(deciding);
  std::string out;
  std::size_t start = 0;
  while (start < full.size()) {
    std::size_t end = full.find('\n', start);
    end = end == std::string::npos ? full.size() : end;
    const std::string_view line = std::string_view(full).substr(start, end - start);
    if (!line.empty() && line.front() != '#') {
      out.append(line).append("\n");
    }
    start = end + 1;
  }
  return out;
}

namespace {

// "section.key" → value, in file order, from a canonical rules text.
std::vector<std::pair<std::string, std::string>> keyed_values(const std::string& text)
{
  std::vector<std::pair<std::string, std::string>> out;
  std::string section;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end == std::string::npos ? text.size() : end + 1;
    if (line.size() > 2 && line.front() == '[') {
      section = line.substr(1, line.size() - 2);
    } else if (const std::size_t eq = line.find(" = "); eq != std::string::npos) {
      out.emplace_back(section + "." + line.substr(0, eq), line.substr(eq + 3));
    }
  }
  return out;
}

} // namespace

std::vector<std::string> rules_differences(const Parameters& before, const Parameters& after)
{
  const auto a = keyed_values(canonical_rules_text(before));
  const auto b = keyed_values(canonical_rules_text(after));
  auto value_in = [](const auto& values, const std::string& key) -> std::string {
    for (const auto& [k, v] : values) {
      if (k == key) {
        return v;
      }
    }
    return tr("(none)");
  };
  std::vector<std::string> out;
  for (const auto& [key, value] : a) {
    if (const std::string now = value_in(b, key); now != value) {
      out.push_back(fmt::format("{}: {} → {}", key, value, now));
    }
  }
  for (const auto& [key, value] : b) {
    if (value_in(a, key) == tr("(none)")) {
      out.push_back(fmt::format("{}: {} → {}", key, tr("(none)"), value));
    }
  }
  return out;
}

} // namespace czs::rules
