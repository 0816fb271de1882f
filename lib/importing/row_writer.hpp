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

// The writing thread's side of an import: takes the reading thread's rows in file order, makes
// the checks that need the database, and writes each good row with one INSERT, and beside it
// what goes with it (a sequel, a purchase's goods sent back). After a bad row, the rest are
// still checked, to report every bad row, and none is written.
//
// One statement a row, measured against runs of one INSERT … SELECT fed by a virtual table
// (22812b6, fb774b0 in the history). Runs cut the CPU of importing 1M purchases by 10% on a
// 50-station ledger and by 30% on the bench's province (7.9 s to 5.5 s): SQLite opened and
// sought the table and its indexes once a run, not once a row. They gained nothing for 200,000
// purchases of 3,000 stations. But inside the import's transaction SQLite keeps a journal of
// each such statement, a copy of every page it changes that existed when it began: 0017's
// partial indexes call functions, so an INSERT into purchase or parcel may fail part way, even
// with OR ROLLBACK. In a file, that journal made an import need room in SQLite's temporary
// directory (with /var/tmp full, an import into a ledger with rows failed, reported as the
// database's disk being full); in memory, 100,000 parcels with random tracking numbers took 45%
// more CPU and 63 MiB. The way to take the runs back: a stored flag for the partial indexes to
// test in place of the functions, after which an INSERT needs no such journal.
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

  // Checks every row of the file, and writes each good one with `insert` (one row's INSERT)
  // while no row has failed.
  void write_all(SQLite::Statement& insert)
  {
    while (auto batch = m_rows.next()) {
      for (auto& parsed : *batch) {
        write(parsed, insert);
      }
      // Given back once written: the rows' text is bound without a copy.
      m_rows.recycle(std::move(*batch));
    }
  }

  std::int64_t next_id() const { return m_next_id; }
  std::int64_t read() const { return m_read; }
  std::vector<Diagnostic>& problems() { return m_problems; }
  std::string hex_digest() { return m_digest.hex_digest(); }

private:
  void write(ParsedRow<R>& parsed, SQLite::Statement& insert)
  {
    ++m_read;
    if (m_options.progress && m_read % k_progress_every == 0) {
      m_options.progress(m_read);
    }
    if (parsed.empty) {
      ++m_result.empty_rows;
      return;
    }
    if (!parsed.problem.empty()) {
      m_problems.push_back({"", "", parsed.problem, ""});
      return;
    }
    const bool sequel = m_sequels.is_sequel(parsed);
    if (parsed.errors.empty()) {
      if (sequel) {
        m_sequels.sequel(parsed, m_problems.empty());
      } else {
        m_sequels.prepare(parsed);
        if (parsed.errors.empty()) {
          check_row(m_db, m_stations, parsed, m_duplicate);
        }
      }
    }
    if (!parsed.errors.empty()) {
      m_problems.push_back({"", "", trf("line {}: {}", parsed.line, joined_errors(parsed.errors)), ""});
      return;
    }
    if (sequel) {
      return;
    }
    if (!m_problems.empty()) {
      m_sequels.record(parsed); // still validating, to report every bad row; nothing more is written
      return;
    }
    const auto& values = admit(parsed);
    insert.reset();
    ledger::bind_values(insert, values);
    insert.exec();
    m_sequels.record(parsed);
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
  std::optional<ledger::TrackingLookup> m_duplicate;
  std::vector<ledger::ColumnValue> m_values;
  audit::CanonicalRow m_canonical;
  audit::RowDigest m_digest;
  std::vector<Diagnostic> m_problems;
  std::int64_t m_read = 0;
};

} // namespace czs::importing
