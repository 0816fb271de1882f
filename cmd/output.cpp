#include "output.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "period/date.hpp"
#include "text/csv.hpp"
#include "text/display_width.hpp"
#include "text/input_fields.hpp"
#include "text/json.hpp"
#include "text/table_fit.hpp"
#include "xlsx/workbook.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <ostream>

#include <fmt/format.h>

namespace czs::cli {

std::optional<Format> parse_format(std::string_view raw)
{
  // As typed: trimmed, full-width letters folded (ＣＳＶ from an IME), any case; 表格 is the
  // Chinese help's word for the table.
  const std::string name = text::input_word(raw);
  if (name == "table" || name == "表格")
    return Format::table;
  if (name == "json")
    return Format::json;
  if (name == "csv")
    return Format::csv;
  if (name == "tsv")
    return Format::tsv;
  if (name == "html")
    return Format::html;
  if (name == "xlsx")
    return Format::xlsx;
  return std::nullopt;
}

bool for_people(Format format)
{
  return format == Format::table || format == Format::xlsx;
}

ColumnKind kind_of_key(std::string_view key)
{
  constexpr std::array<std::string_view, 5> dates{"on", "at", "date", "as_of", "deadline"};
  // Fixed words (statuses, kinds, grounds) count as identifiers: a table never shortens them.
  constexpr std::array<std::string_view, 21> identifiers{
      "phone", "station",   "code",   "ref",  "rule",     "article", "period",
      "month", "quarter",   "serial", "hash", "group",    "status",  "premises",
      "basis", "direction", "kind",   "type", "movement", "state",   "ground"};
  const auto ends = [&](std::string_view suffix) { return key.ends_with(suffix); };
  if (std::find(dates.begin(), dates.end(), key) != dates.end() || ends("_on") || ends("_at")) {
    return ColumnKind::date;
  }
  if (std::find(identifiers.begin(), identifiers.end(), key) != identifiers.end() || ends("_no") || ends("_code")
      || ends("_ref") || ends("_order") || ends("_period") || key.starts_with("platform_")) {
    return ColumnKind::identifier;
  }
  return ColumnKind::text;
}

Column::Column(std::string key_, std::string header_, bool right_align_)
    : key(std::move(key_)), header(std::move(header_)), right_align(right_align_), kind(kind_of_key(key))
{
}

Column::Column(std::string key_, std::string header_, ColumnKind kind_, bool right_align_)
    : key(std::move(key_)), header(std::move(header_)), right_align(right_align_), kind(kind_)
{
}

Column::Column(std::string key_, std::string header_, std::span<const ledger::Choice> words_)
    : key(std::move(key_)), header(std::move(header_)), kind(ColumnKind::identifier), words(words_)
{
}

namespace {

// Said once per command, so that a clerk reading "2 approved, non-dup…" knows the rest is there;
// it fits 80 columns itself in either language.
void note_shortening(Presentation& p)
{
  if (p.notes && !p.shortening_noted && p.fit_width) {
    p.shortening_noted = true;
    *p.notes << trf("czstation: long text shortened with … to fit {} columns; --wide prints it whole", *p.fit_width)
             << '\n';
  }
}

// The note naming the columns a fitted table left out, fitting `width` columns itself: the list
// of names ends in "…" where the whole list would not fit.
std::string left_out_note(const std::vector<std::string>& names, std::size_t width)
{
  std::string note;
  for (std::size_t kept = names.size() + 1; kept-- > 0;) {
    std::string list;
    for (std::size_t i = 0; i < kept; ++i) {
      list += (i ? ", " : "") + names[i];
    }
    if (kept < names.size()) {
      list += kept ? ", …" : "…";
    }
    note = trf("czstation: {} column(s) left out to fit {} columns: {}; --wide shows all", names.size(), width, list);
    if (text::display_width(note) <= width) {
      break;
    }
  }
  return note;
}

// Between two table columns.
constexpr std::string_view k_gap = "  ";

// Text that may be shortened to fit a terminal: not identifiers, dates, words or numbers.
bool shortenable(const Column& c)
{
  return c.kind == ColumnKind::text && c.words.empty() && !c.right_align;
}

std::size_t table_width(const std::vector<std::size_t>& widths, std::size_t gap)
{
  std::size_t sum = 0;
  for (const std::size_t w : widths) {
    sum += w;
  }
  return widths.empty() ? 0 : sum + gap * (widths.size() - 1);
}

int presentation_index()
{
  static const int index = std::ios_base::xalloc();
  return index;
}

} // namespace

void attach_presentation(std::ostream& out, Presentation* presentation)
{
  out.pword(presentation_index()) = presentation;
}

Presentation* presentation_of(std::ostream& out)
{
  return static_cast<Presentation*>(out.pword(presentation_index()));
}

namespace {

// The text of a JSON cell, its pieces collected; past `max` bytes the rest is not read (a sheet
// cuts a cell long before).
std::string whole(const JsonText& j, std::size_t max = std::string::npos)
{
  if (!j.pieces) {
    return j.json;
  }
  std::string text;
  j.pieces([&](std::string_view piece) {
    if (text.size() < max) {
      text.append(piece.substr(0, max - text.size()));
    }
  });
  return text;
}

// The JSON cell whose text is streamed, or nullptr.
const JsonText* streamed(const Cell& cell)
{
  const auto* j = std::get_if<JsonText>(&cell);
  return j && j->pieces ? j : nullptr;
}

} // namespace

std::string cell_text(const Cell& cell)
{
  struct Visitor
  {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(std::int64_t n) const { return fmt::format("{}", n); }
    std::string operator()(const Decimal& d) const { return format_decimal(d.scaled, d.scale); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const JsonText& j) const { return whole(j); }
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
    std::string operator()(const JsonText& j) const
    {
      std::string json = whole(j);
      return json.empty() ? "null" : json;
    }
  };
  return std::visit(Visitor{}, cell);
}

void append_cell_json(std::string& out, const Cell& cell)
{
  if (const std::string* s = std::get_if<std::string>(&cell)) {
    text::append_json_quoted(out, *s);
  } else if (const std::int64_t* n = std::get_if<std::int64_t>(&cell)) {
    fmt::format_to(std::back_inserter(out), "{}", *n);
  } else {
    out += cell_json(cell);
  }
}

std::string cell_for_people(const Cell& cell)
{
  if (const bool* b = std::get_if<bool>(&cell)) {
    return *b ? tr("yes") : tr("no");
  }
  if (const Decimal* d = std::get_if<Decimal>(&cell)) {
    return format_grouped(d->scaled, d->scale);
  }
  return cell_text(cell);
}

std::string cell_for_people(const Column& column, const Cell& cell)
{
  const std::string* s = std::get_if<std::string>(&cell);
  return s && !column.words.empty() ? ledger::word_for_people(column.words, *s) : cell_for_people(cell);
}

namespace {

// A date column's text as a spreadsheet date or date-time; other text, and a date that does
// not parse, as text.
xlsx::Cell sheet_text(const std::string& s, ColumnKind kind)
{
  if (kind == ColumnKind::date && s.size() == 10) {
    if (auto day = parse_date(s)) {
      return *day;
    }
  } else if (kind == ColumnKind::date && s.size() > 10) {
    // A time the log records in UTC ends in Z; the column's header says UTC.
    const std::string_view t = s.ends_with('Z') ? std::string_view(s).substr(0, s.size() - 1) : std::string_view(s);
    if (auto at = parse_date_time(t)) {
      return *at;
    }
  }
  return s;
}

xlsx::Cell sheet_cell(const Cell& cell, ColumnKind kind)
{
  struct Visitor
  {
    ColumnKind kind;
    xlsx::Cell operator()(std::monostate) const { return std::monostate{}; }
    xlsx::Cell operator()(std::int64_t n) const { return n; }
    xlsx::Cell operator()(const Decimal& d) const { return xlsx::Decimal{d.scaled, d.scale}; }
    xlsx::Cell operator()(bool b) const { return b; }
    xlsx::Cell operator()(const std::string& s) const { return sheet_text(s, kind); }
    xlsx::Cell operator()(const JsonText& j) const { return whole(j, xlsx::k_max_cell_chars * 4 + 4); }
  };
  return std::visit(Visitor{kind}, cell);
}

} // namespace

RecordWriter::RecordWriter(Format format, std::ostream& out, std::vector<Column> columns, std::string_view sheet)
    : m_format(format), m_out(out), m_columns(std::move(columns))
{
  if (m_format == Format::json) {
    for (const auto& c : m_columns) {
      m_json_keys.push_back((m_json_keys.empty() ? "" : ",") + text::json_quote(c.key) + ":");
    }
  }
  // A document is built by its command (cmd/html_commands.hpp), never row by row.
  if (m_format == Format::html) {
    throw Error(ErrorKind::usage, tr("this listing has no HTML form"),
                tr("use --format table, json, csv, tsv or xlsx"));
  }
  const Presentation* p = presentation_of(m_out);
  if (m_format == Format::table && p) {
    m_fit_width = p->fit_width;
  }
  if (m_format == Format::xlsx) {
    if (!p || !p->workbook) {
      throw Error(ErrorKind::internal, tr("no Excel workbook to write the table into"));
    }
    std::vector<std::string> headers;
    for (const auto& c : m_columns) {
      headers.push_back(c.header);
    }
    m_sheet = &p->workbook->add_sheet(sheet.empty() ? std::string_view(p->sheet_name) : sheet, std::move(headers));
    return;
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
  case Format::xlsx:
    break; // the sheet's header row is written by the workbook
  }
}

void RecordWriter::write_sheet_row(const std::vector<Cell>& cells)
{
  std::vector<xlsx::Cell> row;
  row.reserve(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    row.push_back(sheet_cell(cells[i], m_columns[i].kind));
  }
  m_sheet->row(row);
}

void RecordWriter::row(std::vector<Cell> cells)
{
  cells.resize(m_columns.size());
  if (for_people(m_format)) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (std::holds_alternative<std::string>(cells[i]) && !m_columns[i].words.empty()) {
        cells[i] = cell_for_people(m_columns[i], cells[i]);
      }
    }
  }
  switch (m_format) {
  case Format::json: {
    std::string& obj = m_line;
    obj.assign(m_count ? ",{" : "{");
    for (std::size_t i = 0; i < cells.size(); ++i) {
      obj += m_json_keys[i];
      if (const JsonText* j = streamed(cells[i])) {
        m_out << obj;
        obj.clear();
        j->pieces([this](std::string_view piece) { m_out << piece; });
      } else {
        append_cell_json(obj, cells[i]);
      }
    }
    obj.push_back('}');
    m_out << obj;
    break;
  }
  case Format::csv:
  case Format::tsv: {
    std::string& line = m_line;
    line.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) {
        line.push_back(m_format == Format::csv ? ',' : '\t');
      }
      if (const JsonText* j = streamed(cells[i])) {
        write_streamed(line, *j);
        continue;
      }
      if (m_format == Format::tsv) {
        line += text::tsv_field(cell_text(cells[i]));
      } else if (const std::string* text = std::get_if<std::string>(&cells[i])) {
        // Only text cells can carry a formula; numbers like -5 must stay numbers.
        text::append_csv_field(line, *text, text::csv_guard(*text));
      } else {
        text::append_csv_field(line, cell_text(cells[i]));
      }
    }
    line += m_format == Format::csv ? "\r\n" : "\n";
    m_out << line;
    break;
  }
  case Format::table:
  case Format::html: { // refused by the constructor
    if (!m_widths.empty()) {
      write_table_row(cells);
    } else {
      // A stored note may hold line breaks: a table shows each as ↵, so a record stays one line.
      std::vector<std::string> texts;
      for (const auto& c : cells) {
        texts.push_back(text::on_one_line(cell_for_people(c)));
      }
      m_table.push_back(std::move(texts));
      if (m_table.size() > k_table_window) {
        settle_widths();
      }
    }
    break;
  }
  case Format::xlsx:
    write_sheet_row(cells);
    break;
  }
  ++m_count;
}

void RecordWriter::write_streamed(std::string& line, const JsonText& cell)
{
  // The line so far goes first; CSV quotes the cell whole (JSON always holds '"'), doubling its
  // quotes piece by piece; TSV escapes each piece as tsv_field does.
  m_out << line << (m_format == Format::csv ? "\"" : "");
  line.clear();
  std::string escaped;
  cell.pieces([this, &escaped](std::string_view piece) {
    if (m_format == Format::tsv) {
      m_out << text::tsv_field(piece);
      return;
    }
    escaped.clear();
    text::append_csv_quoted_inside(escaped, piece);
    m_out << escaped;
  });
  line = m_format == Format::csv ? "\"" : "";
}

void RecordWriter::settle_widths()
{
  m_widths.assign(m_columns.size(), 0);
  for (const auto& r : m_table) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      m_widths[i] = std::max(m_widths[i], text::display_width(r[i]));
    }
  }
  // A column of fixed words is as wide as its widest word, so that a later row cannot push out
  // of line a word the first window did not hold.
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    for (const auto& word : m_columns[i].words) {
      m_widths[i] =
          std::max(m_widths[i], text::display_width(cell_for_people(m_columns[i], Cell{std::string(word.name)})));
    }
  }
  m_shown.assign(m_columns.size(), true);
  if (m_fit_width) {
    fit_to_terminal();
  }
  m_last_shown = m_columns.size() - 1;
  while (m_last_shown > 0 && !m_shown[m_last_shown]) {
    --m_last_shown;
  }
  for (std::size_t n = 0; n < m_table.size(); ++n) {
    write_table_line(m_table[n], n == 0);
  }
  m_table.clear();
  m_table.shrink_to_fit();
}

void RecordWriter::fit_to_terminal()
{
  // The widths of the shown columns, narrowed to fit: two spaces between columns read best, one
  // is kept when two would not fit.
  auto fitted = [&](std::string_view& gap) {
    std::vector<text::FitColumn> fit;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
      if (m_shown[i]) {
        fit.push_back({m_widths[i], shortenable(m_columns[i])});
      }
    }
    gap = k_gap;
    auto widths = text::fit_widths(fit, *m_fit_width, gap.size());
    if (table_width(widths, gap.size()) > *m_fit_width) {
      gap = k_gap.substr(1);
      widths = text::fit_widths(fit, *m_fit_width, gap.size());
    }
    return widths;
  };
  // Too wide even shortened: leave out what says least, the columns empty in every row held, then
  // the dates of the later steps, then text and numbers from the right, identifiers and status
  // words last (listings put what names a record first). The first column stays.
  std::vector<std::size_t> order;
  auto leave_out_first = [&](auto&& which) {
    for (std::size_t i = m_columns.size(); i-- > 1;) {
      if (which(i) && std::find(order.begin(), order.end(), i) == order.end()) {
        order.push_back(i);
      }
    }
  };
  leave_out_first([&](std::size_t i) {
    return m_table.size() > 1
           && std::all_of(m_table.begin() + 1, m_table.end(), [&](const auto& r) { return r[i].empty(); });
  });
  leave_out_first([&](std::size_t i) { return m_columns[i].kind == ColumnKind::date; });
  leave_out_first([&](std::size_t i) { return m_columns[i].kind != ColumnKind::identifier; });
  leave_out_first([](std::size_t) { return true; });
  std::string_view gap;
  auto widths = fitted(gap);
  std::size_t left_out = 0;
  for (const std::size_t i : order) {
    if (table_width(widths, gap.size()) <= *m_fit_width) {
      break;
    }
    m_shown[i] = false;
    ++left_out;
    widths = fitted(gap);
  }
  m_gap = gap;
  bool shortened = false;
  for (std::size_t i = 0, j = 0; i < m_columns.size(); ++i) {
    const std::size_t natural = m_widths[i];
    m_widths[i] = m_shown[i] ? widths[j++] : 0;
    shortened = shortened || (m_shown[i] && m_widths[i] < natural);
  }
  Presentation* p = presentation_of(m_out);
  if (shortened && p) {
    note_shortening(*p);
  }
  if (left_out > 0 && p && p->notes) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
      if (!m_shown[i]) {
        names.push_back(m_columns[i].header);
      }
    }
    *p->notes << left_out_note(names, *m_fit_width) << '\n';
  }
}

void RecordWriter::write_table_row(const std::vector<Cell>& cells)
{
  // As write_table_line writes the texts of these cells, but each appended to the one line kept
  // between rows and padded there: a listing of millions of rows makes no string per cell.
  if (m_fit_width) {
    write_fitted_row(cells);
    return;
  }
  std::string& line = m_line;
  line.clear();
  for (std::size_t i = 0; i <= m_last_shown; ++i) {
    if (!m_shown[i]) {
      continue;
    }
    const std::size_t start = line.size();
    std::size_t width = 0;
    if (const std::string* s = std::get_if<std::string>(&cells[i])) {
      width = text::append_on_one_line_width(line, *s);
    } else {
      line += cell_for_people(cells[i]); // numbers, amounts and yes/no hold no line break
      width = text::display_width(std::string_view(line).substr(start));
    }
    // Not fitted to a terminal: a cell wider than its column is written whole.
    const std::size_t padding = width < m_widths[i] ? m_widths[i] - width : 0;
    if (m_columns[i].right_align) {
      line.insert(start, padding, ' ');
    } else if (i != m_last_shown) {
      line.append(padding, ' ');
    }
    if (i != m_last_shown) {
      line += m_gap;
    }
  }
  line.erase(line.find_last_not_of(' ') + 1);
  line += '\n';
  m_out << line;
}

void RecordWriter::write_fitted_row(const std::vector<Cell>& cells)
{
  std::vector<std::string> texts(cells.size());
  std::vector<std::size_t> widths = m_widths;
  std::size_t overflow = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!m_shown[i]) {
      continue;
    }
    texts[i] = text::on_one_line(cell_for_people(cells[i]));
    const std::size_t width = text::display_width(texts[i]);
    if (!shortenable(m_columns[i]) && width > widths[i]) {
      overflow += width - widths[i];
    }
  }
  // A number or word wider than any in the first window would push the line past the
  // terminal's edge: the text columns give up that room, the widest first, so the row fits.
  while (overflow > 0) {
    std::size_t widest = cells.size();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (m_shown[i] && shortenable(m_columns[i]) && widths[i] > 1
          && (widest == cells.size() || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    if (widest == cells.size()) {
      break;
    }
    --widths[widest];
    --overflow;
  }
  write_table_line(texts, false, widths);
}

void RecordWriter::write_table_line(const std::vector<std::string>& texts, bool header)
{
  write_table_line(texts, header, m_widths);
}

void RecordWriter::write_table_line(const std::vector<std::string>& texts, bool header,
                                    const std::vector<std::size_t>& widths)
{
  std::string line;
  // The last column shown takes no padding.
  const std::size_t last_shown = m_last_shown;
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    if (!m_shown[i]) {
      continue;
    }
    const bool last = i == last_shown;
    // Only a fitted table shortens, and only its text columns (fit_widths narrows no other).
    const bool shorten = m_fit_width && shortenable(m_columns[i]);
    const std::string v = shorten ? text::truncate_to_width(texts[i], widths[i]) : texts[i];
    if (m_columns[i].right_align && !header) {
      line += text::pad_left(v, widths[i]);
    } else {
      line += last ? v : text::pad_right(v, widths[i]);
    }
    if (!last) {
      line += m_gap;
    }
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
  if (m_format == Format::xlsx) {
    // The workbook is closed once, after the command, with all its sheets.
    const Presentation* p = presentation_of(m_out);
    if (m_sheet->cut_cells() > 0 && p && p->notes) {
      *p->notes << trf(
          "czstation: {} cell(s) longer than the {} characters an Excel cell holds were cut, ending in \"…\"; "
          "--format json or csv writes them whole",
          m_sheet->cut_cells(), xlsx::k_max_cell_chars)
                << '\n';
    }
    return;
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

namespace {

// Prints `value` after `lead` (a key and its gap, or nothing); on a terminal too narrow for it,
// wrapped at spaces, each further line indented by `indent` columns, so that no digit of an
// amount nor word of a finding is lost (--wide and piped output keep each line whole).
void print_wrapped(std::ostream& out, const std::string& lead, const std::string& value, std::size_t indent)
{
  // A value's line breaks show as ↵, as in a table: one field, one line before wrapping.
  const std::string text = text::on_one_line(value);
  const Presentation* p = presentation_of(out);
  const std::size_t lead_width = text::display_width(lead);
  if (!p || !p->fit_width || lead_width + text::display_width(text) <= *p->fit_width) {
    out << lead << text << '\n';
    return;
  }
  // A key so wide that little room is left: the value goes on under it, less indented.
  indent = std::min(indent, *p->fit_width / 2);
  const std::size_t first = lead_width < *p->fit_width / 2 ? *p->fit_width - lead_width : 0;
  std::vector<std::string> lines;
  if (first > 0) {
    lines = text::wrap_to_width(text, std::min(first, *p->fit_width - indent));
  } else {
    out << lead << '\n';
    lines = text::wrap_to_width(text, *p->fit_width - indent);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out << (i == 0 && first > 0 ? lead : std::string(indent, ' ')) << lines[i] << '\n';
  }
}

} // namespace

void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields)
{
  std::size_t width = 0;
  for (const auto& [k, v] : fields) {
    width = std::max(width, text::display_width(k));
  }
  for (const auto& [k, v] : fields) {
    print_wrapped(out, text::pad_right(k, width) + "  ", v, width + 2);
  }
}

void print_line(std::ostream& out, const std::string& value)
{
  print_wrapped(out, std::string(), value, 2);
}

} // namespace czs::cli
