#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace czs::cli {

// The output formats of --format. Table is for people; json, csv and tsv are for scripts and
// never change with the language (keys and headers stay English).
enum class Format
{
  table,
  json,
  csv,
  tsv
};

std::optional<Format> parse_format(std::string_view name);

// A fixed-point number printed exactly ("30.00"), a JSON number in JSON.
struct Decimal
{
  std::int64_t scaled;
  int scale;
};

// One cell: empty (null), an integer, a decimal, a boolean, or text.
using Cell = std::variant<std::monostate, std::int64_t, Decimal, bool, std::string>;

struct Column
{
  std::string key;    // JSON key and CSV header: stable, English, snake_case
  std::string header; // table header, translated
  bool right_align = false;
};

// Writes rows of cells in one format: JSON as one array of objects, CSV (RFC 4180) and TSV
// with a header row, streamed row by row; a table is buffered to align its columns by display
// width (CJK characters count two).
class RecordWriter
{
public:
  RecordWriter(Format format, std::ostream& out, std::vector<Column> columns);
  ~RecordWriter();
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;

  void row(std::vector<Cell> cells);
  // Ends the document (closes the JSON array, prints the table). Called by the destructor too.
  void finish();

  std::size_t rows() const { return m_count; }

private:
  void write_header();

  Format m_format;
  std::ostream& m_out;
  std::vector<Column> m_columns;
  std::vector<std::vector<std::string>> m_table; // buffered cells of a table
  std::size_t m_count = 0;
  bool m_finished = false;
};

// The text of a cell as a table or CSV shows it ("" for null, yes/no for booleans).
std::string cell_text(const Cell& cell);

// The JSON of a cell.
std::string cell_json(const Cell& cell);

// Prints key/value pairs aligned for people (the table form of `show` commands).
void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields);

} // namespace czs::cli
