#include "importing/csv_fields.hpp"

#include "i18n/chinese_lookup.hpp"
#include "i18n/translate.hpp"
#include "text/input_fields.hpp"
#include "text/normalize.hpp"
#include "text/spellcheck.hpp"

#include <algorithm>
#include <stdexcept>

namespace czs::importing {

namespace {

// The Chinese headings of every column, as platform and clerks' spreadsheets write them; the
// man page czstation-import(1) lists the same table.
constexpr std::pair<std::string_view, std::string_view> k_chinese_headings[] = {
    {"station", "站点编号"},
    {"requested_on", "登记日期"},
    {"villager", "村民姓名"},
    {"phone", "联系电话"},
    {"item", "商品"},
    {"quantity", "数量"},
    {"price", "价格"},
    {"fee", "服务费"},
    {"platform", "平台"},
    {"platform_order", "平台订单号"},
    {"paid", "实付金额"},
    {"ordered_on", "下单日期"},
    {"arrived_at", "到货时间"},
    {"notified_at", "通知时间"},
    {"picked_up_on", "取货日期"},
    {"returned_on", "退回日期"},
    {"cancelled_on", "取消日期"},
    {"reason", "原因"},
    {"exchanged_on", "换货日期"},
    {"status", "状态"},
    {"id", "编号"},
    {"completed_on", "完成日期"},
    {"recommended_on", "推荐日期"},
    {"product", "产品"},
    {"category", "品类"},
    {"producer", "生产者"},
    {"contacted_on", "联系日期"},
    {"listed_on", "上架日期"},
    {"sold_on", "售出日期"},
    {"unit", "单位"},
    {"amount", "金额"},
    {"withdrawn_on", "下架日期"},
    {"served_on", "服务日期"},
    {"kind", "服务类型"},
    {"note", "备注"},
    {"direction", "方向"},
    {"carrier", "快递公司"},
    {"tracking_no", "运单号"},
    {"name", "姓名"},
    {"destination", "目的地"},
    {"picked_up_at", "取件时间"},
    {"accepted_on", "收寄日期"},
    {"dispatched_on", "发出日期"},
};

} // namespace

std::string_view chinese_heading(std::string_view name)
{
  for (const auto& [english, chinese] : k_chinese_headings) {
    if (english == name) {
      return chinese;
    }
  }
  return {};
}

namespace {

// A heading as compared: input_word's cleaning and case, without spaces and underscores.
std::string heading_form(std::string_view heading)
{
  std::string word = text::input_word(heading);
  std::erase_if(word, [](char c) { return c == ' ' || c == '_'; });
  return word;
}

} // namespace

std::vector<std::string> column_aliases(std::string_view name, std::span<const ledger::RecordHeading> headings)
{
  std::vector<std::string> aliases{std::string(name)};
  const auto add = [&aliases](std::string_view alias) {
    if (!alias.empty() && std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
      aliases.emplace_back(alias);
    }
  };
  if (const char* heading = ledger::heading_of(headings, name)) {
    add(heading);
    add(tr_chinese(heading));
  }
  add(chinese_heading(name));
  for (const auto& former : ledger::former_headings()) {
    if (name == former.key && ledger::heading_of(headings, name) != nullptr) {
      add(former.heading);
      add(tr_chinese(former.heading));
    }
  }
  return aliases;
}

std::vector<std::string> HeaderMap::read(std::span<const ColumnSpec> specs, const text::CsvRow& header,
                                         std::span<const ledger::RecordHeading> headings)
{
  if (specs.size() >= k_slots) {
    throw std::logic_error("HeaderMap: more columns than the table has slots");
  }
  // Each accepted heading, as compared, with its column.
  std::vector<std::pair<std::string, const ColumnSpec*>> accepted;
  for (const auto& s : specs) {
    for (const auto& alias : column_aliases(s.name, headings)) {
      accepted.emplace_back(heading_form(alias), &s);
    }
  }
  std::vector<std::string> problems;
  std::vector<std::string> names;
  for (const auto& s : specs) {
    names.emplace_back(s.name);
  }
  m_slots.fill({});
  m_width = header.fields.size();
  // Excel keeps columns that once held something: trailing ones without a heading are ignored
  // (their cells must be empty, row_shape_problem checks).
  m_named_width = m_width;
  while (m_named_width > 0 && text::normalize_spaces(header.fields[m_named_width - 1]).empty()) {
    --m_named_width;
  }
  for (std::size_t i = 0; i < m_named_width; ++i) {
    auto cleaned = text::input_text(header.fields[i], "column", 100, false);
    const std::string name = cleaned ? *cleaned : text::visible(header.fields[i]);
    const std::string form = heading_form(header.fields[i]);
    const auto match = std::find_if(accepted.begin(), accepted.end(), [&](const auto& a) { return a.first == form; });
    const ColumnSpec* spec = match == accepted.end() || form.empty() ? nullptr : match->second;
    if (spec == nullptr) {
      const std::string guess = text::closest_match(name, names);
      problems.push_back(trf("line 1: unknown column '{}'{}", name,
                             guess.empty() ? std::string() : trf(" (did you mean {}?)", guess)));
      continue;
    }
    if (index(spec->name) >= 0) {
      problems.push_back(trf("line 1: the column '{}' appears twice", spec->name));
      continue;
    }
    std::size_t slot = slot_of(spec->name);
    while (!m_slots[slot].first.empty()) {
      slot = (slot + 1) % k_slots;
    }
    m_slots[slot] = {spec->name, static_cast<int>(i)};
  }
  for (const auto& s : specs) {
    if (s.required && index(s.name) < 0) {
      // Named as the file may head it in the clerk's language too (price, 单价).
      const char* heading = ledger::heading_of(headings, s.name);
      const std::string shown = heading == nullptr ? std::string() : tr(heading);
      problems.push_back(shown.empty() || shown == s.name
                             ? trf("line 1: the column '{}' is missing", s.name)
                             : trf("line 1: the column '{}' ({}) is missing", s.name, shown));
    }
  }
  return problems;
}

std::string HeaderMap::row_shape_problem(const text::CsvRow& row) const
{
  const std::size_t n = row.fields.size();
  if (n < m_named_width || n > m_width) {
    return trf("line {}: {} fields, but the header names {} columns (a missing or extra field, or a comma in a "
               "field that is not quoted)",
               row.line, n, m_named_width);
  }
  for (std::size_t i = m_named_width; i < n; ++i) {
    if (!row.fields[i].empty()) {
      return trf("line {}: field {} has a value, but its column has no heading", row.line, i + 1);
    }
  }
  return {};
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
  auto cleaned = text::input_text(raw(column), name.c_str(), max_chars, required);
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::string RowFields::note(std::string_view column, std::size_t max_chars, bool required)
{
  const std::string name(column);
  auto cleaned = text::input_note(raw(column), name.c_str(), max_chars, required);
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::string RowFields::name(std::string_view column, std::size_t max_chars)
{
  const std::string name(column);
  auto cleaned = text::input_name(raw(column), name.c_str(), max_chars, true);
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::string RowFields::identifier(std::string_view column, std::size_t max_chars, bool required)
{
  const std::string name(column);
  auto cleaned = text::input_identifier(raw(column), name.c_str(), max_chars, required);
  if (!cleaned) {
    fail(cleaned.error());
    return {};
  }
  return std::move(cleaned).value();
}

std::int64_t RowFields::decimal(std::string_view column, int scale, std::int64_t max)
{
  const std::string name(column);
  auto q = text::input_decimal(raw(column), scale, max, name.c_str());
  if (!q || *q == 0) {
    fail(q ? trf("{} must be more than 0", column) : q.error());
    return 0;
  }
  return *q;
}

std::string RowFields::phone(std::string_view column, bool required)
{
  const std::string_view value = raw(column);
  if (missing(column, value, required)) {
    return {};
  }
  const std::string name(column);
  auto cleaned = text::input_phone(value, name.c_str());
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
  auto fen = text::input_yuan(value);
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
  auto n = text::input_count(value, max, name.c_str());
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
  auto d = text::input_date(value);
  if (!d) {
    fail(trf("{}: {}", column, d.error()));
    return {};
  }
  if (*d > m_today) {
    fail(trf("{}: {} is in the future (today is {})", column, to_string(*d), to_string(m_today)));
    return {};
  }
  return to_string(*d);
}

std::string RowFields::time(std::string_view column, bool required)
{
  const std::string_view value = raw(column);
  if (missing(column, value, required)) {
    return {};
  }
  auto t = text::input_date_time(value);
  if (!t) {
    fail(trf("{}: {}", column, t.error()));
    return {};
  }
  if (t->date > m_today) {
    fail(trf("{}: {} is in the future (today is {})", column, to_string(*t), to_string(m_today)));
    return {};
  }
  return to_string(*t);
}

} // namespace czs::importing
