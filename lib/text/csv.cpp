#include "text/csv.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <cstring>

namespace czs::text {

namespace {

constexpr std::size_t k_buffer_size = 64 * 1024;
constexpr int k_eof = -1;

bool needs_quotes(std::string_view value)
{
  return value.find_first_of(",\"\r\n") != std::string_view::npos
         || (!value.empty() && (value.front() == ' ' || value.back() == ' '));
}

} // namespace

CsvError::CsvError(std::size_t line, const std::string& message) : std::runtime_error(message), m_line(line) {}

CsvReader::CsvReader(std::istream& in, char sep) : m_in(in.rdbuf()), m_sep(sep), m_buf(k_buffer_size)
{
  for (const char c : {sep, '"', '\n', '\r'}) {
    m_special[static_cast<unsigned char>(c)] = true;
  }
}

bool CsvReader::fill()
{
  if (m_in == nullptr) {
    return false;
  }
  m_pos = 0;
  const auto size = static_cast<std::streamsize>(m_buf.size());
  m_end = static_cast<std::size_t>(m_in->sgetn(m_buf.data(), size));
  return m_end > 0;
}

int CsvReader::peek()
{
  if (m_pos == m_end && !fill()) {
    return k_eof;
  }
  return static_cast<unsigned char>(m_buf[m_pos]);
}

int CsvReader::get()
{
  const int c = peek();
  if (c != k_eof) {
    ++m_pos;
  }
  return c;
}

void CsvReader::skip_bom()
{
  // Excel's "CSV UTF-8" starts with a BOM. Read byte by byte: a short read from a pipe must
  // not make us miss it, and a file that merely starts with 0xEF must keep its bytes.
  static constexpr unsigned char k_bom[] = {0xEF, 0xBB, 0xBF};
  while (m_end < 3 && m_in != nullptr) {
    const auto got = m_in->sgetn(m_buf.data() + m_end, static_cast<std::streamsize>(3 - m_end));
    if (got <= 0) {
      break;
    }
    m_end += static_cast<std::size_t>(got);
  }
  if (m_end == 3 && static_cast<unsigned char>(m_buf[0]) == k_bom[0] && static_cast<unsigned char>(m_buf[1]) == k_bom[1]
      && static_cast<unsigned char>(m_buf[2]) == k_bom[2]) {
    m_pos = 3;
  }
}

void CsvReader::grow(std::size_t bytes)
{
  m_record_bytes += bytes;
  if (m_record_bytes > k_max_record_bytes) {
    throw CsvError(m_line, trf("line {}: the record is longer than {} bytes; is a closing quote "
                               "missing?",
                               m_line, k_max_record_bytes));
  }
}

void CsvReader::read_unquoted(std::string& field)
{
  // Scan the buffer for the next special byte and copy the run in one go: this loop is the
  // hot path of a million-row import.
  while (m_pos < m_end || fill()) {
    const char* const begin = m_buf.data() + m_pos;
    const char* const end = m_buf.data() + m_end;
    const char* p = begin;
    while (p != end && !m_special[static_cast<unsigned char>(*p)]) {
      ++p;
    }
    const auto run = static_cast<std::size_t>(p - begin);
    grow(run);
    field.append(begin, run);
    m_pos += run;
    if (p == end) {
      continue;
    }
    if (*p == '"') {
      throw CsvError(m_line, trf("line {}: a quote (\") inside a field that does not start with "
                                 "one; put the whole field in quotes and double the quote "
                                 "(\"\")",
                                 m_line));
    }
    return;
  }
}

void CsvReader::read_quoted(std::string& field)
{
  const std::size_t opened_on = m_line;
  get(); // the opening quote
  for (;;) {
    const int c = get();
    if (c == k_eof) {
      throw CsvError(opened_on, trf("line {}: the quoted field that starts here is not closed "
                                    "before the end of the file; add the closing quote (\")",
                                    opened_on));
    }
    if (c == '"') {
      if (peek() != '"') {
        return;
      }
      get();
    }
    // A line break inside quotes is data, but still a physical line for later line numbers.
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      ++m_line;
    }
    grow(1);
    field.push_back(static_cast<char>(c));
  }
}

void CsvReader::expect_field_end()
{
  const int c = peek();
  if (c != k_eof && c != m_sep && c != '\n' && c != '\r') {
    throw CsvError(m_line, trf("line {}: text after the closing quote of a field; a quote inside "
                               "a quoted field must be doubled (\"\")",
                               m_line));
  }
}

void CsvReader::end_line(int c)
{
  // CR LF, a lone CR, and CR CR LF (what a CR LF file becomes after one more LF → CR LF
  // conversion, as some Windows tools do) each end one line.
  while (c == '\r' && peek() == '\r') {
    get();
  }
  if (c == '\r' && peek() == '\n') {
    get();
  }
  if (c == '\r' || c == '\n') {
    ++m_line;
  }
}

bool CsvReader::next(CsvRow& row)
{
  if (!m_started) {
    skip_bom();
    m_started = true;
  }
  row.blank = false;
  int c = peek();
  if (c == k_eof) {
    row.fields.clear();
    return false;
  }
  row.line = m_line;
  m_record_bytes = 0;
  if (c == '\r' || c == '\n') {
    end_line(get());
    row.fields.clear();
    row.blank = true;
    return true;
  }
  std::size_t count = 0;
  for (;;) {
    if (count == k_max_fields) {
      throw CsvError(row.line, trf("line {}: the record has more than {} fields", row.line, k_max_fields));
    }
    if (count == row.fields.size()) {
      row.fields.emplace_back();
    }
    // Reuse the strings of the previous record: their capacity saves an allocation per field.
    std::string& field = row.fields[count++];
    field.clear();
    if (peek() == '"') {
      read_quoted(field);
      expect_field_end();
    } else {
      read_unquoted(field);
    }
    c = get();
    if (c != m_sep) {
      end_line(c);
      row.fields.resize(count);
      return true;
    }
    grow(1);
  }
}

void append_csv_field(std::string& out, std::string_view value, std::string_view guard)
{
  // The guard is an apostrophe, put only before a text that does not start with a space: the
  // value alone says whether the field needs quotes.
  if (!needs_quotes(value)) {
    out += guard;
    out += value;
    return;
  }
  out.push_back('"');
  out += guard;
  append_csv_quoted_inside(out, value);
  out.push_back('"');
}

void append_doubling(std::string& out, std::string_view value, char quote)
{
  // The room is made once and filled byte by byte: a JSON text (an audit entry's changes) has a
  // quote every few characters, too many for a search and an append each.
  // Most values have none, which memchr tells fastest (an import quotes twelve texts a row).
  if (value.empty() || std::memchr(value.data(), quote, value.size()) == nullptr) {
    out.append(value);
    return;
  }
  const auto quotes = static_cast<std::size_t>(std::count(value.begin(), value.end(), quote));
  const std::size_t at = out.size();
  out.resize(at + value.size() + quotes);
  char* to = out.data() + at;
  for (const char c : value) {
    *to++ = c;
    if (c == quote) {
      *to++ = quote;
    }
  }
}

void append_csv_quoted_inside(std::string& out, std::string_view value)
{
  append_doubling(out, value, '"');
}

std::string csv_field(std::string_view value)
{
  std::string out;
  append_csv_field(out, value);
  return out;
}

std::string_view csv_guard(std::string_view text)
{
  if (!text.empty() && std::string_view("=+-@\t\r'").find(text.front()) != std::string_view::npos) {
    return "'";
  }
  return {};
}

std::string csv_safe_text(std::string_view text)
{
  std::string out(csv_guard(text));
  out += text;
  return out;
}

bool undo_csv_safe_text(std::string& field)
{
  if (field.size() >= 2 && field.front() == '\''
      && std::string_view("=+-@\t\r'").find(field[1]) != std::string_view::npos) {
    field.erase(0, 1);
    return true;
  }
  return false;
}

bool is_empty_row(const CsvRow& row)
{
  for (const auto& f : row.fields) {
    if (!f.empty()) {
      return false;
    }
  }
  return true;
}

std::string tsv_field(std::string_view value)
{
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out.push_back(c);
    }
  }
  return out;
}

} // namespace czs::text
