#pragma once

#include "ledger/catalogue.hpp"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace czs::xlsx {
class Workbook;
class Sheet;
} // namespace czs::xlsx

namespace czs::cli {

// The output formats of --format. Table is for people; json, csv and tsv are for scripts and
// never change with the language (keys and headers stay English); xlsx is an Excel workbook
// for people (headers and words in the clerk's language), one sheet per RecordWriter; html is a
// printable document that only the commands of cmd/html_commands.hpp write (any other refuses
// it before running).
enum class Format
{
  table,
  json,
  csv,
  tsv,
  xlsx,
  html
};

// A format from its name (table, json, csv, tsv, xlsx, html; any case, full-width folded, or 表格).
std::optional<Format> parse_format(std::string_view name);

// Whether the format is read by people (table, xlsx): booleans, statuses and kinds are shown
// as words in the clerk's language, amounts with thousands separators in tables.
bool for_people(Format format);

// A fixed-point number printed exactly ("30.00"), a JSON number in JSON.
struct Decimal
{
  std::int64_t scaled;
  int scale;
};

// A value that is already JSON (an array of row images): raw in JSON, its text elsewhere. A
// value too big to hold (an audit entry written in chunks) is given as `pieces` instead: called
// with a sink, it passes its text to it piece by piece, and JSON, CSV and TSV stream the pieces
// to the output (a table or a sheet collects them).
struct JsonText
{
  using Sink = std::function<void(std::string_view)>;
  using Pieces = std::function<void(const Sink&)>;
  explicit JsonText(std::string json_) : json(std::move(json_)) {}
  explicit JsonText(Pieces pieces_) : pieces(std::move(pieces_)) {}

  std::string json;
  Pieces pieces; // when set, the text, streamed; `json` is unused
};

// One cell: empty (null), an integer, a decimal, a boolean, text, or JSON.
using Cell = std::variant<std::monostate, std::int64_t, Decimal, bool, std::string, JsonText>;

// What a column holds, beyond its cells' types: identifiers (phones, station codes, order,
// tracking and pickup numbers, periods, rule IDs) are never shortened in a table and stay text
// in a spreadsheet; dates become spreadsheet dates; other text may be shortened to fit a terminal.
enum class ColumnKind
{
  text,
  identifier,
  date
};

// The kind the documented key conventions give a key: "_on", "_at", "on", "at", "date" are
// dates; "phone", "station", "code", "ref", "rule", "article", "period", "month", "quarter",
// "serial", "hash", "group", the fixed words "status", "premises", "basis", "direction", "kind",
// "type", "movement", "state", "ground", and keys ending "_no", "_code", "_ref", "_order",
// "_period" or starting "platform_" are identifiers; the rest text.
ColumnKind kind_of_key(std::string_view key);

struct Column
{
  // A column whose kind follows its key (kind_of_key).
  Column(std::string key_, std::string header_, bool right_align_ = false);
  // A column of an explicit kind, for a key the conventions do not cover.
  Column(std::string key_, std::string header_, ColumnKind kind_, bool right_align_ = false);
  // A column of fixed words (statuses, kinds): people read each in their language
  // (ledger::word_for_people), scripts the English key; never shortened.
  Column(std::string key_, std::string header_, std::span<const ledger::Choice> words_);

  std::string key;    // JSON key and CSV header: stable, English, snake_case
  std::string header; // table and spreadsheet header, translated
  bool right_align = false;
  ColumnKind kind = ColumnKind::text;
  std::span<const ledger::Choice> words;
};

// How tables are shown on the stream a RecordWriter writes to (attached once by main): fitted
// to a terminal's width or whole, and the workbook --format xlsx writes its sheets into.
struct Presentation
{
  std::optional<std::size_t> fit_width; // a terminal's columns; none when piped or --wide
  std::ostream* notes = nullptr;        // where a fitted table says what it left out (stderr)
  xlsx::Workbook* workbook = nullptr;   // --format xlsx
  std::string sheet_name;               // the sheet of a command with one table
  bool shortening_noted = false;        // the notes said once that text was shortened
};

// Attaches (or with nullptr detaches) the presentation of `out`; it must outlive its use.
void attach_presentation(std::ostream& out, Presentation* presentation);
// The presentation attached to `out`, or nullptr (whole tables, no workbook).
Presentation* presentation_of(std::ostream& out);

// Writes rows of cells in one format, streamed: JSON as one array of objects, CSV (RFC 4180)
// and TSV with a header row, row by row; a table aligns its columns by display width (CJK
// characters count two), the widths taken from the header and the first k_table_window rows,
// which are all it ever holds (a longer value later pushes only its own line out of line).
// On a terminal (Presentation::fit_width) the widest text columns are shortened with "…" so a
// line fits; identifiers, dates, words and numbers never are. When even that is too wide, columns
// are left out, those empty in the window first, then dates, then text and numbers from the
// right, identifiers and words last (never the first column), and the notes stream is told
// which (--wide shows them all). In xlsx each writer is one sheet of the
// attached workbook (named `sheet`, else the presentation's sheet name); without a workbook
// attached it throws czs::Error(internal).
class RecordWriter
{
public:
  static constexpr std::size_t k_table_window = 200;

  RecordWriter(Format format, std::ostream& out, std::vector<Column> columns, std::string_view sheet = {});
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
  // Table on a terminal: narrows the widths, and leaves out columns, until a line fits.
  void fit_to_terminal();
  void write_table_line(const std::vector<std::string>& texts, bool header);
  void write_table_line(const std::vector<std::string>& texts, bool header, const std::vector<std::size_t>& widths);
  // Table on a terminal, once widths are settled: a row whose number or word outgrows its column
  // takes the room from the text columns, so that it still fits.
  void write_fitted_row(const std::vector<Cell>& cells);
  // Table, once widths are settled: one row written from its cells, as write_table_line would.
  void write_table_row(const std::vector<Cell>& cells);
  void write_sheet_row(const std::vector<Cell>& cells);
  // CSV and TSV: writes `line` and then a streamed cell's pieces to the output; `line` goes on
  // after the cell.
  void write_streamed(std::string& line, const JsonText& cell);

  Format m_format;
  std::ostream& m_out;
  std::vector<Column> m_columns;
  std::vector<std::vector<std::string>> m_table; // table: the header and the first rows, until widths are settled
  std::vector<std::size_t> m_widths;             // table: display width of each column, once settled
  std::vector<bool> m_shown;                     // table: the columns a fitted table keeps
  std::size_t m_last_shown = 0;                  // table: the last column kept (it takes no padding)
  std::optional<std::size_t> m_fit_width;        // table: the terminal's width to fit
  std::string_view m_gap = "  ";                 // table: between columns (one space when fitting needs it)
  xlsx::Sheet* m_sheet = nullptr;                // xlsx: this writer's sheet
  std::vector<std::string> m_json_keys;          // json: each column's `"key":`, after a comma but the first's
  std::string m_line;                            // json, csv, tsv, table: the row being written (its buffer kept)
  std::size_t m_count = 0;
  bool m_finished = false;
};

// The text of a cell as CSV shows it ("" for null, true/false for booleans).
std::string cell_text(const Cell& cell);

// The text of a cell as a table shows it: yes/no in the clerk's language for booleans, amounts
// with thousands separators (1,286.50).
std::string cell_for_people(const Cell& cell);
// The same for a cell of `column`: its word in the clerk's language when the column has words.
std::string cell_for_people(const Column& column, const Cell& cell);

// The JSON of a cell.
std::string cell_json(const Cell& cell);

// cell_json(cell) appended to `out` (text and integers without a string of their own).
void append_cell_json(std::string& out, const Cell& cell);

// Prints key/value pairs aligned for people (the table form of `show` commands), a value's line
// breaks shown as ↵; on a terminal (Presentation::fit_width) a value too wide is wrapped at
// spaces, its further lines indented under the value, so nothing is lost (a word wider than
// the room is broken between characters); piped or with --wide, every line is whole.
void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields);

// Prints one line of text for people as print_fields prints a value, further lines indented by two.
void print_line(std::ostream& out, const std::string& line);

} // namespace czs::cli
