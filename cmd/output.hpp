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
// never change with the language (keys and headers stay English); html is a printable document
// that only the commands of cmd/html_commands.hpp write (any other refuses it before running).
enum class Format
{
  table,
  json,
  csv,
  tsv,
  html
};

std::optional<Format> parse_format(std::string_view name);

// A fixed-point number printed exactly ("30.00"), a JSON number in JSON.
struct Decimal
{
  std::int64_t scaled;
  int scale;
};

// A value that is already JSON (an array of row images): raw in JSON, its text elsewhere.
struct JsonText
{
  std::string json;
};

// One cell: empty (null), an integer, a decimal, a boolean, text, or JSON.
using Cell = std::variant<std::monostate, std::int64_t, Decimal, bool, std::string, JsonText>;

struct Column
{
  std::string key;    // JSON key and CSV header: stable, English, snake_case
  std::string header; // table header, translated
  bool right_align = false;
};

// Writes rows of cells in one format, streamed: JSON as one array of objects, CSV (RFC 4180)
// and TSV with a header row, row by row; a table aligns its columns by display width (CJK
// characters count two), the widths taken from the header and the first k_table_window rows,
// which are all it ever holds (a longer value later pushes only its own line out of line).
class RecordWriter
{
public:
  static constexpr std::size_t k_table_window = 200;

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
  // Table mode: fixes the column widths from the window held so far and prints it.
  void settle_widths();
  void write_table_line(const std::vector<std::string>& texts, bool header);

  Format m_format;
  std::ostream& m_out;
  std::vector<Column> m_columns;
  std::vector<std::vector<std::string>> m_table; // table: the header and the first rows, until widths are settled
  std::vector<std::size_t> m_widths;             // table: display width of each column, once settled
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
