#pragma once

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "importing/import_guards.hpp"
#include "importing/row_reader.hpp"
#include "ledger/repeat_sales.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace czs::importing {

// Rows of an import file that are not records of its table but belong to a record above them:
// none, but for sales (below) and purchases (importing/purchase_sequels.hpp). The importer
// calls sequel() on a sequel row, prepare() on a record's row before its database checks,
// record() once the row passed them (written when its id is set), finish() at the end.
template <typename R>
class Sequels
{
public:
  Sequels(audit::AuditedTransaction&, StationCache&) {}
  bool is_sequel(const ParsedRow<R>&) const { return false; }
  void sequel(ParsedRow<R>&, bool) {}
  void prepare(ParsedRow<R>&) {}
  void record(const ParsedRow<R>&) {}
  void finish(std::vector<Diagnostic>&, bool) {}
  std::int64_t further_sales() const { return 0; }
  std::int64_t delistings() const { return 0; }
  std::int64_t exchanges() const { return 0; }
  std::int64_t disputes() const { return 0; }
};

// A sales file's further sales (rows with again_of, after the sale they name by its id column)
// and delistings (delisted_on on a sale row), checked as `order sale again` and `order sale
// delist` check them and written through the same functions (Art. 5.2); each written row is
// recorded in the import's audit entry.
template <>
class Sequels<ledger::Sale>
{
public:
  Sequels(audit::AuditedTransaction& tx, StationCache& stations) : m_tx(tx), m_stations(stations) {}

  bool is_sequel(const ParsedRow<ledger::Sale>& row) const { return row.extras.again_of != 0; }
  // Checks a further sale against its sale above it (on sale, not before its first sale, not
  // after its delisting, the station taking new records that day); writes it when `write`.
  // Problems go to row.errors.
  void sequel(ParsedRow<ledger::Sale>& row, bool write);
  void prepare(ParsedRow<ledger::Sale>&) {}
  // Remembers a sale row that passed its checks (its record.id set when it was written).
  void record(const ParsedRow<ledger::Sale>& row);
  // The delistings, each on or after its sale's latest sale, written when `write`; a problem
  // becomes one of `problems`.
  void finish(std::vector<Diagnostic>& problems, bool write);

  std::int64_t further_sales() const { return m_further; }
  std::int64_t delistings() const { return m_delisted; }
  std::int64_t exchanges() const { return 0; }
  std::int64_t disputes() const { return 0; }

private:
  struct Known
  {
    std::int64_t id = 0;
    std::int64_t station_id = 0;
    std::string station;
    std::string status;
    std::string sold_on;
    std::string latest;
    std::string unit;
    std::string delisted_on;
    std::size_t line = 0;
    bool twice = false;
  };
  struct PendingDelisting
  {
    std::size_t line = 0;
    std::int64_t sale_id = 0;
    std::int64_t file_id = 0;
    std::string sold_on;
    ledger::Delisting delisting;
  };

  audit::AuditedTransaction& m_tx;
  StationCache& m_stations;
  std::unordered_map<std::int64_t, Known> m_sales; // by the id column of the file
  std::vector<PendingDelisting> m_pending;
  std::int64_t m_further = 0;
  std::int64_t m_delisted = 0;
};

} // namespace czs::importing
