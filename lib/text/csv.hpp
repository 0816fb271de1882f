#pragma once

#include <array>
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace czs::text {

// Malformed CSV: the message (translated) names the line, line() gives it to callers.
class CsvError : public std::runtime_error
{
public:
  CsvError(std::size_t line, const std::string& message);

  // The 1-based physical line where the problem is.
  std::size_t line() const { return m_line; }

private:
  std::size_t m_line;
};

// One record. Fields are raw bytes: checking that they are UTF-8 is the caller's job.
struct CsvRow
{
  std::vector<std::string> fields; // empty when blank
  std::size_t line = 0;            // 1-based physical line where the record starts
  bool blank = false;              // the record was an empty line
};

// Reads RFC 4180 records one at a time from a stream, never holding more than one record:
// a UTF-8 byte order mark at the start is skipped; records end with LF, CRLF or a lone CR;
// CR CR LF counts as one line end; quoted fields may hold separators, doubled quotes and line
// breaks (kept as they are).
class CsvReader
{
public:
  // A record longer than this, or with more fields, is refused rather than buffered: it is
  // almost always a quote that was never closed.
  static constexpr std::size_t k_max_record_bytes = std::size_t{1} << 20;
  static constexpr std::size_t k_max_fields = 1000;

  // Reads from in with the given field separator (not a quote, CR or LF); in must outlive this.
  explicit CsvReader(std::istream& in, char sep = ',');

  // Reads the next record into row (reusing its storage) and returns true, or returns false at
  // the end of input. Throws CsvError on malformed input, after which the reader must not be
  // used again.
  bool next(CsvRow& row);

private:
  bool fill();
  int peek();
  int get();
  void skip_bom();
  void grow(std::size_t bytes);
  void read_unquoted(std::string& field);
  void read_quoted(std::string& field);
  void expect_field_end();
  void end_line(int c);

  std::streambuf* m_in;
  char m_sep;
  std::array<bool, 256> m_special{}; // the bytes that end an unquoted run: separator, quote, CR, LF
  std::vector<char> m_buf;
  std::size_t m_pos = 0;
  std::size_t m_end = 0;
  std::size_t m_line = 1;
  std::size_t m_record_bytes = 0;
  bool m_started = false;
};

// value as one CSV field: quoted when it holds a comma, quote, CR or LF or starts or ends with
// a space, with quotes doubled; as is otherwise (an empty value stays empty).
std::string csv_field(std::string_view value);

// csv_field(guard + value) appended to `out`, with no string of its own (for writers of many
// fields); guard is empty or what csv_guard gave.
void append_csv_field(std::string& out, std::string_view value, std::string_view guard = {});

// `value` with every `quote` character doubled, appended to `out`, the room made once: the inside
// of a quoted CSV field ('"') or of an SQL string literal ('\'').
void append_doubling(std::string& out, std::string_view value, char quote);

// `value` with every quote doubled, appended to `out`: the inside of a quoted CSV field (a field
// written in pieces, between quotes its writer puts around them).
void append_csv_quoted_inside(std::string& out, std::string_view value);

// A text cell made inert for spreadsheets: a leading apostrophe when it starts with = + - @,
// TAB or CR, which Excel and LibreOffice would read as a formula, or with an apostrophe (so
// that undo_csv_safe_text gives back exactly the text). Apply to text, not numbers, and
// before csv_field.
std::string csv_safe_text(std::string_view text);

// What csv_safe_text puts before `text`: "'" or nothing.
std::string_view csv_guard(std::string_view text);

// Undoes csv_safe_text on a field read back: removes the leading apostrophe when one of the
// characters it guards follows; true when it removed one.
bool undo_csv_safe_text(std::string& field);

// True when every field of the row is empty (a blank line, or a line of only separators, as
// Excel saves rows it once formatted).
bool is_empty_row(const CsvRow& row);

// value as one TSV field: backslash, TAB, LF and CR written as \\ \t \n \r.
std::string tsv_field(std::string_view value);

} // namespace czs::text
