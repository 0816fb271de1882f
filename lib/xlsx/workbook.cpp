#include "xlsx/workbook.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "text/display_width.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <xlsxwriter.h>

namespace czs::xlsx {

namespace {

// Excel holds numbers as doubles: past 15 digits an integer would lose its last digits.
constexpr std::int64_t k_exact_integer = 999'999'999'999'999;
constexpr std::size_t k_sheet_name_max = 31;

lxw_worksheet* sheet_of(void* p)
{
  return static_cast<lxw_worksheet*>(p);
}

lxw_workbook* book_of(void* p)
{
  return static_cast<lxw_workbook*>(p);
}

[[noreturn]] void fail(lxw_error error, const std::string& path)
{
  const ErrorKind kind = error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE
                             ? ErrorKind::cant_create
                             : ErrorKind::io;
  throw Error(kind, trf("cannot write the Excel file {}: {}", path, lxw_strerror(error)),
              tr("check that the directory exists, is writable and has free space"));
}

// The text a cell shows, for fitting the column width.
std::size_t shown_width(const Cell& cell)
{
  struct Visitor
  {
    std::size_t operator()(std::monostate) const { return 0; }
    std::size_t operator()(const std::string& s) const { return text::display_width(s); }
    std::size_t operator()(std::int64_t n) const { return fmt::formatted_size("{}", n); }
    std::size_t operator()(const Decimal& d) const { return format_grouped(d.scaled, d.scale).size(); }
    std::size_t operator()(const Date&) const { return 10; }
    std::size_t operator()(const DateTime&) const { return 16; }
    std::size_t operator()(bool) const { return 5; }
  };
  return std::visit(Visitor{}, cell);
}

// name with []:*?/\ replaced by "_", cut to `max` code points (never inside a UTF-8 sequence).
std::string sheet_name_within(std::string_view name, std::size_t max)
{
  std::string out;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < name.size() && count < max; ++count) {
    const text::Decoded d = text::decode_next(name, pos);
    const bool forbidden =
        d.code_point < 0x80
        && std::string_view("[]:*?/\\").find(static_cast<char>(d.code_point)) != std::string_view::npos;
    if (forbidden) {
      out += '_';
    } else {
      text::append_utf8(out, d.code_point);
    }
    pos += d.length;
  }
  // Excel refuses a name that starts or ends with an apostrophe.
  if (!out.empty() && (out.front() == '\'' || out.back() == '\'')) {
    std::replace(out.begin(), out.end(), '\'', '_');
  }
  return out.empty() ? std::string("Sheet") : out;
}

lxw_datetime to_lxw(const DateTime& t)
{
  return {t.date.year, t.date.month, t.date.day, t.hour, t.minute, static_cast<double>(t.second)};
}

// The first k_max_cell_chars - 1 code points of `s` and "…", never cut inside a UTF-8 sequence.
std::string cut_to_cell(std::string_view s)
{
  std::size_t pos = 0;
  for (std::size_t n = 0; n + 1 < k_max_cell_chars && pos < s.size(); ++n) {
    pos += text::decode_next(s, pos).length;
  }
  return std::string(s.substr(0, pos)) + "…";
}

} // namespace

// The cell formats, made once per workbook (libxlsxwriter owns them).
struct Workbook::Formats
{
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* date = nullptr;
  lxw_format* date_time = nullptr;
  std::map<int, lxw_format*> decimals; // by scale
};

std::string valid_sheet_name(std::string_view name)
{
  return sheet_name_within(name, k_sheet_name_max);
}

double column_width_for(std::size_t display_width)
{
  return std::min(static_cast<double>(display_width) + 2.0, 60.0);
}

Workbook::Workbook(const std::string& path) : m_path(path), m_formats(std::make_unique<Formats>())
{
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.use_zip64 = LXW_TRUE;
  // libxlsxwriter does not check its writes of the rows it holds in temporary files: kept beside
  // the workbook, a full disk fails the workbook's own write too, which workbook_close reports,
  // rather than leaving a truncated sheet in a file that looks whole.
  m_tmpdir = std::filesystem::path(path).parent_path().string();
  if (m_tmpdir.empty()) {
    m_tmpdir = ".";
  }
  options.tmpdir = m_tmpdir.data();
  m_book = workbook_new_opt(path.c_str(), &options);
  if (!m_book) {
    fail(LXW_ERROR_CREATING_XLSX_FILE, path);
  }
  lxw_workbook* b = book_of(m_book);
  m_formats->header = workbook_add_format(b);
  format_set_bold(m_formats->header);
  format_set_num_format(m_formats->header, "@");
  m_formats->text = workbook_add_format(b);
  format_set_num_format(m_formats->text, "@");
  m_formats->date = workbook_add_format(b);
  format_set_num_format(m_formats->date, "yyyy-mm-dd");
  m_formats->date_time = workbook_add_format(b);
  format_set_num_format(m_formats->date_time, "yyyy-mm-dd hh:mm");
}

Workbook::~Workbook()
{
  if (!m_closed) {
    try {
      close();
    } catch (const Error&) {
      // A workbook dropped because its command failed: the caller removes the file anyway.
    }
  }
}

void* Workbook::format_for(const Cell& cell)
{
  if (std::holds_alternative<std::string>(cell)) {
    return m_formats->text;
  }
  if (std::holds_alternative<Date>(cell)) {
    return m_formats->date;
  }
  if (std::holds_alternative<DateTime>(cell)) {
    return m_formats->date_time;
  }
  if (const Decimal* d = std::get_if<Decimal>(&cell)) {
    lxw_format*& f = m_formats->decimals[d->scale];
    if (!f) {
      f = workbook_add_format(book_of(m_book));
      format_set_num_format(f, d->scale > 0 ? ("#,##0." + std::string(static_cast<std::size_t>(d->scale), '0')).c_str()
                                            : "#,##0");
    }
    return f;
  }
  return nullptr;
}

Sheet& Workbook::add_sheet(std::string_view name, std::vector<std::string> headers)
{
  std::string unique = valid_sheet_name(name);
  for (int n = 2; std::find(m_names.begin(), m_names.end(), unique) != m_names.end(); ++n) {
    const std::string suffix = fmt::format(" ({})", n);
    unique = sheet_name_within(name, k_sheet_name_max - suffix.size()) + suffix;
  }
  lxw_worksheet* ws = workbook_add_worksheet(book_of(m_book), unique.c_str());
  if (!ws) {
    throw Error(ErrorKind::internal, trf("the Excel sheet name '{}' was refused", unique));
  }
  m_names.push_back(unique);
  m_sheets.push_back(std::unique_ptr<Sheet>(new Sheet(*this, ws, std::move(headers))));
  return *m_sheets.back();
}

void Workbook::close()
{
  if (m_closed) {
    return;
  }
  m_closed = true;
  for (auto& s : m_sheets) {
    s->fit_columns();
  }
  const lxw_error error = workbook_close(book_of(m_book));
  m_sheets.clear();
  if (error != LXW_NO_ERROR) {
    fail(error, m_path);
  }
}

Sheet::Sheet(Workbook& book, void* sheet, std::vector<std::string> headers)
    : m_book(book), m_sheet(sheet), m_columns(headers.size())
{
  m_widths.assign(m_columns, 0);
  for (std::size_t c = 0; c < m_columns; ++c) {
    m_widths[c] = text::display_width(headers[c]);
    worksheet_write_string(sheet_of(m_sheet), 0, static_cast<lxw_col_t>(c), headers[c].c_str(),
                           m_book.m_formats->header);
  }
  worksheet_freeze_panes(sheet_of(m_sheet), 1, 0);
}

void Sheet::row(const std::vector<Cell>& cells)
{
  ++m_rows;
  for (std::size_t c = 0; c < m_columns && c < cells.size(); ++c) {
    write(c, cells[c]);
    m_widths[c] = std::max(m_widths[c], shown_width(cells[c]));
  }
}

void Sheet::write(std::size_t column, const Cell& cell)
{
  lxw_worksheet* ws = sheet_of(m_sheet);
  const auto r = static_cast<lxw_row_t>(m_rows);
  const auto c = static_cast<lxw_col_t>(column);
  auto* format = static_cast<lxw_format*>(m_book.format_for(cell));
  lxw_error error = LXW_NO_ERROR;
  if (const auto* s = std::get_if<std::string>(&cell)) {
    if (text::code_point_count(*s) > k_max_cell_chars) {
      // libxlsxwriter refuses the cell whole; a person reading the sheet gets its start.
      ++m_cut;
      error = worksheet_write_string(ws, r, c, cut_to_cell(*s).c_str(), format);
    } else {
      error = worksheet_write_string(ws, r, c, s->c_str(), format);
    }
  } else if (const auto* n = std::get_if<std::int64_t>(&cell)) {
    error = std::llabs(*n) <= k_exact_integer
                ? worksheet_write_number(ws, r, c, static_cast<double>(*n), nullptr)
                : worksheet_write_string(ws, r, c, fmt::format("{}", *n).c_str(), m_book.m_formats->text);
  } else if (const auto* d = std::get_if<Decimal>(&cell)) {
    error = worksheet_write_number(ws, r, c, static_cast<double>(d->scaled) / std::pow(10.0, d->scale), format);
  } else if (const auto* day = std::get_if<Date>(&cell)) {
    lxw_datetime t = to_lxw(DateTime{*day, 0, 0, 0});
    error = worksheet_write_datetime(ws, r, c, &t, format);
  } else if (const auto* at = std::get_if<DateTime>(&cell)) {
    lxw_datetime t = to_lxw(*at);
    error = worksheet_write_datetime(ws, r, c, &t, format);
  } else if (const auto* b = std::get_if<bool>(&cell)) {
    error = worksheet_write_boolean(ws, r, c, *b ? 1 : 0, nullptr);
  }
  if (error != LXW_NO_ERROR) {
    throw Error(ErrorKind::io, trf("cannot write row {} of the Excel sheet: {}", m_rows + 1, lxw_strerror(error)),
                tr("an Excel sheet holds at most 1,048,576 rows; narrow the period or the station"));
  }
}

void Sheet::fit_columns()
{
  for (std::size_t c = 0; c < m_columns; ++c) {
    worksheet_set_column(sheet_of(m_sheet), static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         column_width_for(m_widths[c]), nullptr);
  }
}

} // namespace czs::xlsx
