#pragma once

#include "ledger/record_headings.hpp"
#include "period/date.hpp"
#include "text/csv.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace czs::importing {

// One column an import file may have: its header name, and whether every file must have it.
// Columns marked `ignored` are accepted (an export carries them) and not read. Besides its
// name, a column is found by the heading tables and workbooks print for it (the kind's
// ledger::RecordHeading, in English or Chinese) and by the Chinese heading platforms write
// (chinese_heading), as czstation-import(1) lists.
struct ColumnSpec
{
  std::string_view name;
  bool required = false;
  bool ignored = false;
};

// The Chinese heading platforms write accepted for a column name (站点编号 for station), or ""
// when none.
std::string_view chinese_heading(std::string_view name);

// Every heading accepted for column `name` (its name first), with `headings` the kind's table.
std::vector<std::string> column_aliases(std::string_view name, std::span<const ledger::RecordHeading> headings);

// Where each known column is in a file, from its header row.
class HeaderMap
{
public:
  // Maps the header row; returns every problem (an unknown, repeated or missing column, with
  // "did you mean"), each a message naming line 1. Empty when the header is good. A heading
  // matches in any case, full-width folded, spaces and underscores aside ("Platform Order",
  // "platform_order", "平台订单号").
  std::vector<std::string> read(std::span<const ColumnSpec> specs, const text::CsvRow& header,
                                std::span<const ledger::RecordHeading> headings = {});

  // The field index of a column, or -1 when the file lacks it. Inline, like slot_of: for a
  // literal name the compiler computes the slot, leaving a load and a compare.
  int index(std::string_view name) const
  {
    for (std::size_t slot = slot_of(name);; slot = (slot + 1) % k_slots) {
      const auto& [n, i] = m_slots[slot];
      if (n.empty()) {
        return -1;
      }
      // The parsers name columns with the literals the column tables use, which the compiler
      // merges: the same pointer is found without comparing the bytes.
      if ((n.data() == name.data() && n.size() == name.size()) || n == name) {
        return i;
      }
    }
  }
  // The header's fields, including trailing ones without a heading.
  std::size_t width() const { return m_width; }
  // The header's fields up to the last one with a heading: a row may stop there (the unnamed
  // trailing columns Excel leaves must be empty).
  std::size_t named_width() const { return m_named_width; }
  // Why a row does not fit the header, or "" when it does.
  std::string row_shape_problem(const text::CsvRow& row) const;

private:
  // Column names and field indexes in an open-addressed table: index() runs for every column of
  // every row an import reads, and a linear search over the names was a tenth of the parsing.
  static constexpr std::size_t k_slots = 64; // a power of two, over twice the widest file's columns
  static constexpr std::size_t slot_of(std::string_view name)
  {
    if (name.empty()) {
      return 0;
    }
    const auto first = static_cast<unsigned char>(name.front());
    const auto last = static_cast<unsigned char>(name.back());
    return (name.size() * 31 + first * 7 + last) % k_slots;
  }
  std::array<std::pair<std::string_view, int>, k_slots> m_slots{};
  std::size_t m_width = 0;
  std::size_t m_named_width = 0;
};

// The fields of one data row, read by column name and validated, collecting a message per bad
// field instead of stopping at the first (an import reports every problem of every row).
class RowFields
{
public:
  RowFields(const HeaderMap& header, const text::CsvRow& row, Date today) : m_header(header), m_row(row), m_today(today)
  {
  }

  // The raw text of a column ("" when the file lacks it).
  std::string_view raw(std::string_view column) const
  {
    const int i = m_header.index(column);
    return i < 0 || static_cast<std::size_t>(i) >= m_row.fields.size()
               ? std::string_view()
               : std::string_view(m_row.fields[static_cast<std::size_t>(i)]);
  }
  bool has(std::string_view column) const { return !raw(column).empty(); }

  // Cleaned text on one line (text::input_text: at most max characters, a line break inside refused).
  std::string text(std::string_view column, std::size_t max_chars, bool required);
  // A note or reason, whose line breaks (Alt+Enter in an Excel cell) are kept (text::input_note).
  std::string note(std::string_view column, std::size_t max_chars, bool required);
  // A person's name, required (text::input_name: a refusal shows it masked, Art. 13).
  std::string name(std::string_view column, std::size_t max_chars);
  // An identifier copied from elsewhere (text::input_identifier), "" when optional and empty.
  std::string identifier(std::string_view column, std::size_t max_chars, bool required);
  // A decimal quantity with `scale` decimals, more than 0 (text::input_decimal).
  std::int64_t decimal(std::string_view column, int scale, std::int64_t max);
  // A phone number, or "" when optional and empty.
  std::string phone(std::string_view column, bool required);
  // Yuan as fen; 0 when optional and empty.
  std::int64_t yuan(std::string_view column, bool required);
  std::optional<std::int64_t> optional_yuan(std::string_view column);
  // A whole number from 1 to max; `fallback` when the cell is empty.
  std::int64_t count(std::string_view column, std::int64_t max, std::int64_t fallback);
  // A day (YYYY-MM-DD) or a time (YYYY-MM-DD[THH:MM[:SS]], as YYYY-MM-DDTHH:MM:SS), not after
  // today; "" when optional and empty.
  std::string day(std::string_view column, bool required);
  std::string time(std::string_view column, bool required);

  void fail(std::string message) { m_errors.push_back(std::move(message)); }
  const std::vector<std::string>& errors() const { return m_errors; }

private:
  bool missing(std::string_view column, std::string_view value, bool required);

  const HeaderMap& m_header;
  const text::CsvRow& m_row;
  Date m_today;
  std::vector<std::string> m_errors;
};

} // namespace czs::importing
