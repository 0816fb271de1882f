#include "output.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "text/csv.hpp"
#include "text/display_width.hpp"
#include "text/json.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

namespace czs::cli {

std::optional<Format> parse_format(std::string_view name)
{
  if (name == "table")
    return Format::table;
  if (name == "json")
    return Format::json;
  if (name == "csv")
    return Format::csv;
  if (name == "tsv")
    return Format::tsv;
  if (name == "html")
    return Format::html;
  return std::nullopt;
}

std::string cell_text(const Cell& cell)
{
  struct Visitor
  {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(std::int64_t n) const { return fmt::format("{}", n); }
    std::string operator()(const Decimal& d) const { return format_decimal(d.scaled, d.scale); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const JsonText& j) const { return j.json; }
  };
  return std::visit(Visitor{}, cell);
}

std::string cell_json(const Cell& cell)
{
  struct Visitor
  {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(std::int64_t n) const { return fmt::format("{}", n); }
    std::string operator()(const Decimal& d) const { return format_decimal(d.scaled, d.scale); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const std::string& s) const { return text::json_quote(s); }
    std::string operator()(const JsonText& j) const { return j.json.empty() ? "null" : j.json; }
  };
  return std::visit(Visitor{}, cell);
}

namespace {

// In a table, booleans read as words in the clerk's language.
std::string table_text(const Cell& cell)
{
  if (const bool* b = std::get_if<bool>(&cell)) {
    return *b ? tr("yes") : tr("no");
  }
  return cell_text(cell);
}

} // namespace

RecordWriter::RecordWriter(Format format, std::ostream& out, std::vector<Column> columns)
    : m_format(format), m_out(out), m_columns(std::move(columns))
{
  // A document is built by its command (cmd/html_commands.hpp), never row by row.
  if (m_format == Format::html) {
    throw Error(ErrorKind::usage, tr("this listing has no HTML form"), tr("use --format table, json, csv or tsv"));
  }
  write_header();
}

RecordWriter::~RecordWriter()
{
  finish();
}

void RecordWriter::write_header()
{
  switch (m_format) {
  case Format::json:
    m_out << '[';
    break;
  case Format::csv:
  case Format::tsv: {
    std::string line;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
      line += i ? (m_format == Format::csv ? "," : "\t") : "";
      line += m_format == Format::csv ? text::csv_field(m_columns[i].key) : text::tsv_field(m_columns[i].key);
    }
    m_out << line << (m_format == Format::csv ? "\r\n" : "\n");
    break;
  }
  case Format::table:
  case Format::html: { // refused by the constructor
    std::vector<std::string> headers;
    for (const auto& c : m_columns) {
      headers.push_back(c.header);
    }
    m_table.push_back(std::move(headers));
    break;
  }
  }
}

void RecordWriter::row(std::vector<Cell> cells)
{
  cells.resize(m_columns.size());
  switch (m_format) {
  case Format::json: {
    std::string obj = m_count ? ",{" : "{";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      obj += fmt::format("{}{}:{}", i ? "," : "", text::json_quote(m_columns[i].key), cell_json(cells[i]));
    }
    m_out << obj << '}';
    break;
  }
  case Format::csv:
  case Format::tsv: {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      line += i ? (m_format == Format::csv ? "," : "\t") : "";
      const std::string value = cell_text(cells[i]);
      // Only text cells can carry a formula; numbers like -5 must stay numbers.
      const bool is_text = std::holds_alternative<std::string>(cells[i]);
      line += m_format == Format::csv ? text::csv_field(is_text ? text::csv_safe_text(value) : value)
                                      : text::tsv_field(value);
    }
    m_out << line << (m_format == Format::csv ? "\r\n" : "\n");
    break;
  }
  case Format::table:
  case Format::html: { // refused by the constructor
    std::vector<std::string> texts;
    for (const auto& c : cells) {
      texts.push_back(table_text(c));
    }
    if (!m_widths.empty()) {
      write_table_line(texts, false);
    } else {
      m_table.push_back(std::move(texts));
      if (m_table.size() > k_table_window) {
        settle_widths();
      }
    }
    break;
  }
  }
  ++m_count;
}

void RecordWriter::settle_widths()
{
  m_widths.assign(m_columns.size(), 0);
  for (const auto& r : m_table) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      m_widths[i] = std::max(m_widths[i], text::display_width(r[i]));
    }
  }
  for (std::size_t n = 0; n < m_table.size(); ++n) {
    write_table_line(m_table[n], n == 0);
  }
  m_table.clear();
  m_table.shrink_to_fit();
}

void RecordWriter::write_table_line(const std::vector<std::string>& texts, bool header)
{
  std::string line;
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    const bool last = i + 1 == m_columns.size();
    const std::string& v = texts[i];
    if (m_columns[i].right_align && !header) {
      line += text::pad_left(v, m_widths[i]);
    } else {
      line += last ? v : text::pad_right(v, m_widths[i]);
    }
    line += last ? "" : "  ";
  }
  line.erase(line.find_last_not_of(' ') + 1);
  line += '\n';
  m_out << line;
}

void RecordWriter::finish()
{
  if (m_finished) {
    return;
  }
  m_finished = true;
  if (m_format == Format::json) {
    m_out << "]\n";
  }
  if (m_format != Format::table) {
    m_out.flush();
    return;
  }
  if (m_widths.empty()) {
    settle_widths();
  }
  m_out.flush();
}

void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields)
{
  std::size_t width = 0;
  for (const auto& [k, v] : fields) {
    width = std::max(width, text::display_width(k));
  }
  for (const auto& [k, v] : fields) {
    out << text::pad_right(k, width) << "  " << v << '\n';
  }
}

} // namespace czs::cli
