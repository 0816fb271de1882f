#pragma once

#include "i18n/translate.hpp"
#include "importing/csv_fields.hpp"
#include "importing/import_source.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_queue.hpp"
#include "ledger/record_columns.hpp"
#include "text/csv.hpp"

#include <exception>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace czs::importing {

// One row as the reading thread leaves it: the record built from its fields, or why it is bad.
template <typename R>
struct ParsedRow
{
  std::size_t line = 0;
  R record;
  std::string station;
  typename ExtrasOf<R>::type extras; // what a row says beyond its record (a sale's further sales)
  std::string problem;               // a problem with the row as a whole (a bad quote, a wrong number of fields)
  bool empty = false;                // every field empty: skipped, and counted
  std::vector<std::string> errors;
  bool retold = false; // the writing thread rebuilt the record (a purchase replayed with its exchanges)
  // The record's column values (ledger::values_of), and the canonical form
  // (audit/import_digest.hpp) of every column after id and station_id, made here so that the
  // writing thread only fills in the two numbers it assigns.
  std::vector<ledger::ColumnValue> values;
  std::string canonical_tail;

  // Ready for another line, keeping its strings' room; the record and extras are the parser's
  // to reset (parse_row, row_parsers.hpp).
  void reset()
  {
    line = 0;
    station.clear();
    problem.clear();
    empty = false;
    errors.clear();
    retold = false;
    canonical_tail.clear();
  }
};

template <typename R>
using Batch = std::vector<ParsedRow<R>>;

constexpr std::size_t k_batch_rows = 256;

// Reads and validates the rows on its own thread while the caller writes the previous ones:
// parsing and checking a row costs about as much as inserting it, and the machine has more than
// one core. Everything it touches is its own (the file, the reader, the batches); the database
// stays with the caller's thread.
template <typename R>
class RowReader
{
public:
  RowReader(ImportSource& source, text::CsvReader& reader, const HeaderMap& header, Date today)
      : m_source(source), m_reader(reader), m_header(header), m_today(today), m_queue(4),
        m_thread([this] { read_all(); })
  {
  }
  ~RowReader()
  {
    m_queue.close();
    if (m_thread.joinable()) {
      m_thread.join();
    }
  }
  RowReader(const RowReader&) = delete;
  RowReader& operator=(const RowReader&) = delete;

  // The next batch, or nullopt at the end; rethrows what stopped the reading thread.
  std::optional<Batch<R>> next()
  {
    auto batch = m_queue.pop();
    if (!batch && m_failure) {
      std::rethrow_exception(m_failure);
    }
    return batch;
  }

  // Gives a batch next() returned back, once its rows are written, for the reading thread to
  // refill in place. Its rows' strings were allocated on that thread; freed on the writing
  // thread, which bounds the import's wall time, each free made glibc lock the reader's arena
  // (a million rows took 4.5 s instead of 4.3).
  void recycle(Batch<R>&& batch)
  {
    if (!m_returned.try_push(batch)) {
      // Only with more batches in flight than the queue of written ones holds: freed here.
      batch.clear();
    }
  }

  // The file's SHA-256, once next() has returned nullopt.
  std::string file_sha256()
  {
    if (m_thread.joinable()) {
      m_thread.join();
    }
    return m_source.file_sha256();
  }

private:
  void read_all()
  {
    try {
      Batch<R> batch = fresh_batch();
      std::size_t used = 0; // rows of `batch` filled; a batch given back still holds its old ones
      const auto next_row = [&]() -> ParsedRow<R>& {
        if (used < batch.size()) {
          ParsedRow<R>& reused = batch[used++];
          reused.reset();
          return reused;
        }
        ++used;
        return batch.emplace_back();
      };
      text::CsvRow row;
      for (;;) {
        try {
          if (!m_reader.next(row)) {
            break;
          }
        } catch (const text::CsvError& e) {
          ParsedRow<R>& parsed = next_row();
          parsed.line = e.line();
          parsed.problem = e.what();
          break; // the rest of the file cannot be split into rows reliably
        }
        for (auto& field : row.fields) {
          text::undo_csv_safe_text(field); // what export's formula guard added
        }
        // Parsed where it is kept: a row is some sixty strings, too many to move.
        parse(row, next_row());
        if (used == k_batch_rows) {
          m_queue.push(std::move(batch));
          batch = fresh_batch();
          used = 0;
        }
      }
      batch.resize(used);
      if (!batch.empty()) {
        m_queue.push(std::move(batch));
      }
    } catch (...) {
      m_failure = std::current_exception();
    }
    m_queue.close();
  }

  // A batch to fill: one the writing thread gave back, whose rows are reset and refilled in
  // place (constructing and destroying rows of some sixty strings each was a tenth of the
  // import's time), else a new one with room for k_batch_rows.
  Batch<R> fresh_batch()
  {
    if (auto returned = m_returned.try_pop()) {
      return std::move(*returned);
    }
    Batch<R> batch;
    batch.reserve(k_batch_rows);
    return batch;
  }

  void parse(const text::CsvRow& row, ParsedRow<R>& parsed)
  {
    parsed.line = row.line;
    if (row.blank || text::is_empty_row(row)) {
      parsed.empty = true; // a blank line, or one of only commas as Excel saves a once-used row
      return;
    }
    if (std::string shape = m_header.row_shape_problem(row); !shape.empty()) {
      parsed.problem = std::move(shape);
      return;
    }
    RowFields fields(m_header, row, m_today);
    parse_row(fields, parsed.record, parsed.station, parsed.extras);
    parsed.errors = fields.errors();
    if (parsed.errors.empty()) {
      ledger::values_of(parsed.record, parsed.values);
      m_canonical.clear();
      ledger::add_canonical(m_canonical, std::span(parsed.values).subspan(2));
      parsed.canonical_tail = m_canonical.text();
    }
  }

  ImportSource& m_source;
  text::CsvReader& m_reader;
  const HeaderMap& m_header;
  Date m_today;
  audit::CanonicalRow m_canonical;
  BoundedQueue<Batch<R>> m_queue;
  BoundedQueue<Batch<R>> m_returned{8}; // written batches, for the reading thread to reuse
  std::exception_ptr m_failure;
  std::thread m_thread;
};

} // namespace czs::importing
