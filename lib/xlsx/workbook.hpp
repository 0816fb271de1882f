#pragma once

#include "period/date.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// An Excel workbook (.xlsx) written with libxlsxwriter: sheets of typed cells, a frozen header
// row and column widths fitted to the text (CJK characters count two). It knows nothing about
// stations: a report, an export or an evaluation hands it rows.
namespace czs::xlsx {

// A fixed-point number, scaled / 10^scale: a number cell shown with `scale` decimals and
// thousands separators (money: scale 2).
struct Decimal
{
  std::int64_t scaled = 0;
  int scale = 0;
};

// One cell. Text is always a text cell (format "@"), so Excel and WPS never turn a phone
// 013... or a 19-digit order number into a number; an integer is a number (as text past 15
// digits, which a spreadsheet number cannot hold exactly); dates and date-times are real
// dates with a date format; a boolean is TRUE/FALSE.
using Cell = std::variant<std::monostate, std::string, std::int64_t, Decimal, Date, DateTime, bool>;

class Workbook;

// One sheet: a bold header row, frozen, then rows written in order.
// The most characters (code points) Excel holds in one cell.
inline constexpr std::size_t k_max_cell_chars = 32767;

class Sheet
{
public:
  // Appends a row under the last; missing cells are left empty, extra ones dropped; text longer
  // than k_max_cell_chars is cut to it, ending in "…" (counted by cut_cells()).
  // Throws czs::Error(io) when libxlsxwriter refuses a cell (past Excel's 1,048,576 rows).
  void row(const std::vector<Cell>& cells);
  // Rows written under the header.
  std::size_t rows() const { return m_rows; }
  // Text cells longer than Excel holds (k_max_cell_chars), written cut, ending in "…".
  std::size_t cut_cells() const { return m_cut; }

private:
  friend class Workbook;
  Sheet(Workbook& book, void* sheet, std::vector<std::string> headers);
  void fit_columns();
  void write(std::size_t column, const Cell& cell);

  Workbook& m_book;
  void* m_sheet; // lxw_worksheet*, kept opaque so callers need no libxlsxwriter header
  std::vector<std::size_t> m_widths;
  std::size_t m_columns;
  std::size_t m_rows = 0;
  std::size_t m_cut = 0;
};

class Workbook
{
public:
  // A workbook to be written to `path` by close(); rows are streamed to temporary files, so a
  // large export stays within a small memory bound. Throws czs::Error(cant_create).
  explicit Workbook(const std::string& path);
  // Closes (writes) the workbook if close() was not called; errors are then dropped.
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // Adds a sheet named `name` (made valid for Excel: at most 31 characters, none of []:*?/\,
  // unique in the book) with a header row of `headers`; the reference stays valid until close().
  Sheet& add_sheet(std::string_view name, std::vector<std::string> headers);
  std::size_t sheets() const { return m_sheets.size(); }

  // Fits the column widths and writes the file. Throws czs::Error(cant_create) when the file
  // cannot be created, czs::Error(io) when writing it fails, both with libxlsxwriter's reason.
  void close();

private:
  friend class Sheet;
  struct Formats;

  void* format_for(const Cell& cell);

  std::string m_path;
  std::string m_tmpdir; // where libxlsxwriter keeps rows until close: beside the file
  void* m_book;         // lxw_workbook*
  std::unique_ptr<Formats> m_formats;
  std::vector<std::unique_ptr<Sheet>> m_sheets;
  std::vector<std::string> m_names;
  bool m_closed = false;
};

// A sheet name Excel accepts: `name` with []:*?/\ replaced by "_", cut to 31 code points
// (never inside a UTF-8 sequence), "Sheet" when empty.
std::string valid_sheet_name(std::string_view name);

// The column width (in Excel's character units) that shows text of `display_width` terminal
// columns: CJK counts two, as in Excel; with a margin, at most 60.
double column_width_for(std::size_t display_width);

} // namespace czs::xlsx
