#pragma once

// The writing thread's side of an import (importer.cpp runs it): the checks that need the
// database, and the rows handed to the INSERT. The reading thread's side is row_reader.hpp.

#include "audit/import_digest.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "importing/import_guards.hpp"
#include "importing/importer.hpp"
#include "importing/purchase_sequels.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_reader.hpp"
#include "importing/sale_sequels.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/pickup_code.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_columns.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/tracking.hpp"
#include "period/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace czs::importing {

// Rows read between two calls of ImportOptions::progress.
constexpr std::int64_t k_progress_every = 10'000;

// The day of a record's latest step: the station must be taking records on it.
inline std::string last_record_day(const ledger::Service& v)
{
  return v.served_on;
}
template <typename R>
std::string last_record_day(const R& r)
{
  return day_of(ledger::last_step(r));
}

// Per-kind checks that need the database: a tracking number already used at the carrier, and
// the pickup code a waiting inbound parcel gets.
template <typename R>
void check_against_database(SQLite::Database&, R&, std::vector<std::string>&, std::optional<ledger::TrackingLookup>&)
{
}

template <>
inline void check_against_database(SQLite::Database& db, ledger::Parcel& p, std::vector<std::string>& errors,
                                   std::optional<ledger::TrackingLookup>& tracking)
{
  if (!tracking) {
    tracking.emplace(db);
  }
  if (auto existing = tracking->find(p.carrier, p.tracking_no)) {
    errors.push_back(ledger::duplicate_tracking_message(p, *existing));
    return;
  }
  if (p.status == "arrived" || p.status == "notified") {
    p.pickup_code = ledger::issue_pickup_code(db, p.station_id);
  }
}

// True when check_against_database changed a column after the reading thread made the row's
// canonical tail: only a waiting parcel's pickup code.
template <typename R>
bool changed_by_check(const R&)
{
  return false;
}

template <>
inline bool changed_by_check(const ledger::Parcel& p)
{
  return !p.pickup_code.empty();
}

inline std::string joined_errors(const std::vector<std::string>& parts)
{
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : "; ") + p;
  }
  return out;
}

// The checks that need the database (the station, a tracking number's uniqueness), made on the
// writing thread; adds to parsed.errors.
template <typename R>
void check_row(SQLite::Database& db, StationCache& stations, ParsedRow<R>& parsed,
               std::optional<ledger::TrackingLookup>& duplicate)
{
  if (const stations::Station* station = stations.find(parsed.station)) {
    std::string refusal = ledger::new_record_refusal(*station, first_day(parsed.record));
    if (refusal.empty()) {
      refusal = ledger::record_day_refusal(*station, last_record_day(parsed.record));
    }
    if (!refusal.empty()) {
      parsed.errors.push_back(std::move(refusal));
      return;
    }
    parsed.record.station_id = station->id;
  } else {
    parsed.errors.push_back(stations.unknown(parsed.station));
    return;
  }
  check_against_database(db, parsed.record, parsed.errors, duplicate);
}

// The name under which a run of checked rows reaches the INSERT (storage::RowFeed). A run goes
// on until a row must be written on its own or the file ends. Inside the import's transaction
// SQLite keeps a statement journal for each run, so it can undo the run alone: a copy of each
// page the run changes that existed when it began (113 pages for 100,000 purchases), in
// SQLite's temporary directory past 64 KiB, as audit verify's temporary tables are. Kept in
// memory instead (temp_store), it would grow with the pages touched unless runs were cut
// short; runs of 256 and 1,024 rows cost 6% and 2.5% more CPU on 1M purchases.
constexpr const char* k_import_feed = "czs_import_rows";

// The writing thread's side of an import: takes the reading thread's rows in file order, makes
// the checks that need the database, and gives the rows to write to one INSERT … SELECT through
// a storage::RowFeed. A row that must be written with other rows beside it (a sequel, a purchase's
// goods sent back) ends the feed's run instead, and is written on its own (write_held). After a
// bad row, the rest are still checked, to report every bad row, and none is written.
template <typename R>
class RowWriter
{
public:
  RowWriter(SQLite::Database& db, const ImportOptions& o, RowReader<R>& rows, Sequels<R>& sequels,
            StationCache& stations, std::int64_t next_id, ImportResult& result)
      : m_db(db), m_options(o), m_rows(rows), m_sequels(sequels), m_stations(stations), m_next_id(next_id),
        m_result(result)
  {
  }

  // The next row to write, checked, numbered and in the digest (valid until the next call), or
  // nullptr at the end of the file or before a row to write on its own (held()).
  const std::vector<ledger::ColumnValue>* next()
  {
    while (ParsedRow<R>* parsed = advance()) {
      if (!checked(*parsed)) {
        continue;
      }
      if (m_sequels.is_sequel(*parsed) || m_sequels.writes_beside(*parsed)) {
        m_held = parsed;
        return nullptr;
      }
      const auto& values = admit(*parsed);
      m_sequels.record(*parsed); // remembers the row: nothing to write beside it
      return &values;
    }
    return nullptr;
  }

  bool held() const { return m_held != nullptr; }

  // Writes the row next() stopped before, with `insert` (one row's INSERT) and what goes beside it.
  void write_held(SQLite::Statement& insert)
  {
    ParsedRow<R>& parsed = *std::exchange(m_held, nullptr);
    if (m_sequels.is_sequel(parsed)) {
      m_sequels.sequel(parsed, true);
      if (!parsed.errors.empty()) {
        refuse(parsed);
      }
      return;
    }
    const auto& values = admit(parsed);
    insert.reset();
    ledger::bind_values(insert, values);
    insert.exec();
    m_sequels.record(parsed);
  }

  std::int64_t next_id() const { return m_next_id; }
  std::int64_t read() const { return m_read; }
  std::vector<Diagnostic>& problems() { return m_problems; }
  std::string hex_digest() { return m_digest.hex_digest(); }

private:
  // The reading thread's next row, or nullptr at the end; a batch goes back to that thread once
  // every row of it is written (the rows' text is bound without a copy).
  ParsedRow<R>* advance()
  {
    while (!m_batch || m_at == m_batch->size()) {
      if (m_batch) {
        m_rows.recycle(std::move(*m_batch));
      }
      m_batch = m_rows.next();
      m_at = 0;
      if (!m_batch) {
        return nullptr;
      }
    }
    return &(*m_batch)[m_at++];
  }

  // True for a row to write now; false for one that is empty, bad (added to the problems), or
  // to be only checked and remembered because a bad row came before. A sequel is checked here
  // only when nothing will be written (write_held checks and writes it otherwise).
  bool checked(ParsedRow<R>& parsed)
  {
    ++m_read;
    if (m_options.progress && m_read % k_progress_every == 0) {
      m_options.progress(m_read);
    }
    if (parsed.empty) {
      ++m_result.empty_rows;
      return false;
    }
    if (!parsed.problem.empty()) {
      m_problems.push_back({"", "", parsed.problem, ""});
      return false;
    }
    const bool sequel = m_sequels.is_sequel(parsed);
    if (parsed.errors.empty()) {
      if (sequel) {
        if (m_problems.empty()) {
          return true; // written by write_held, which checks it first
        }
        m_sequels.sequel(parsed, false);
      } else {
        m_sequels.prepare(parsed);
        if (parsed.errors.empty()) {
          check_row(m_db, m_stations, parsed, m_duplicate);
        }
      }
    }
    if (!parsed.errors.empty()) {
      refuse(parsed);
      return false;
    }
    if (sequel) {
      return false;
    }
    if (!m_problems.empty()) {
      m_sequels.record(parsed); // still validating, to report every bad row; nothing more is written
      return false;
    }
    return true;
  }

  void refuse(const ParsedRow<R>& parsed)
  {
    m_problems.push_back({"", "", trf("line {}: {}", parsed.line, joined_errors(parsed.errors)), ""});
  }

  // Numbers a checked row and adds it to the digest; its values, to write.
  const std::vector<ledger::ColumnValue>& admit(ParsedRow<R>& parsed)
  {
    parsed.record.id = m_next_id++;
    m_canonical.clear();
    if (parsed.retold || changed_by_check(parsed.record)) {
      ledger::values_of(parsed.record, m_values); // columns changed here: made again, whole
      ledger::add_canonical(m_canonical, m_values);
      m_digest.add_row(m_canonical.text());
      ++m_result.rows;
      return m_values;
    }
    // The reading thread made the rest (ParsedRow::values): values_of puts id and station_id first.
    parsed.values[0] = parsed.record.id;
    parsed.values[1] = parsed.record.station_id;
    m_canonical.add(parsed.record.id);
    m_canonical.add(parsed.record.station_id);
    m_canonical.append_canonical(parsed.canonical_tail);
    m_digest.add_row(m_canonical.text());
    ++m_result.rows;
    return parsed.values;
  }

  SQLite::Database& m_db;
  const ImportOptions& m_options;
  RowReader<R>& m_rows;
  Sequels<R>& m_sequels;
  StationCache& m_stations;
  std::int64_t m_next_id;
  ImportResult& m_result;
  std::optional<Batch<R>> m_batch;
  std::size_t m_at = 0;
  ParsedRow<R>* m_held = nullptr;
  std::optional<ledger::TrackingLookup> m_duplicate;
  std::vector<ledger::ColumnValue> m_values;
  audit::CanonicalRow m_canonical;
  audit::RowDigest m_digest;
  std::vector<Diagnostic> m_problems;
  std::int64_t m_read = 0;
};

} // namespace czs::importing
