#pragma once

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "importing/import_guards.hpp"
#include "importing/row_reader.hpp"
#include "importing/sale_sequels.hpp"
#include "ledger/records.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace czs::importing {

// A purchases file's exchanges (rows with exchange_of, above the purchase they name by its id
// column, oldest first, as export writes them). A purchase row with exchanged_on is replayed
// with its exchanges through the steps of `order purchase` (replay_purchase: ledger::exchange
// and the rest, Art. 5.1(c)); the goods sent back are written as the command writes them
// (ledger::insert_record, recorded in the import's audit entry).
//
// Its disputes (rows with dispute_of, below the purchase they name, oldest first) are checked
// as `order dispute` checks them (ledger::dispute_refusal on the purchase, the station taking
// each step's day, the steps' order, already taken by the reading thread) and written as the
// command writes them, recorded in the import's audit entry (Art. 4.3, 8).
template <>
class Sequels<ledger::Purchase>
{
public:
  Sequels(audit::AuditedTransaction& tx, StationCache& stations) : m_tx(tx), m_stations(stations) {}

  bool is_sequel(const ParsedRow<ledger::Purchase>& row) const
  {
    return row.extras.exchange_of != 0 || row.extras.dispute_of != 0;
  }
  // Keeps an exchange row for the purchase below it that it names, or checks a dispute row
  // against the purchase above it and writes it when `write`; problems go to row.errors.
  void sequel(ParsedRow<ledger::Purchase>& row, bool write);
  // Replays a purchase row with exchanged_on after the exchanges above it (row.retold); a row
  // without exchanges, or whose exchanges do not fit, gets row.errors.
  void prepare(ParsedRow<ledger::Purchase>& row);
  // Writes the goods sent back of the purchase just written (its record.id set), and remembers
  // the purchase for the disputes below it.
  void record(const ParsedRow<ledger::Purchase>& row);
  // An exchange row whose purchase never came becomes one of `problems`.
  void finish(std::vector<Diagnostic>& problems, bool write);

  std::int64_t further_sales() const { return 0; }
  std::int64_t delistings() const { return 0; }
  std::int64_t exchanges() const { return m_exchanges; }
  std::int64_t disputes() const { return m_disputes; }

private:
  struct Pending
  {
    std::size_t line = 0;
    std::string station;
    ledger::PurchaseExchange sent_back;
  };

  // What disputes below a purchase row that passed its checks need of it, kept small: an
  // export imported back names every purchase by its id, a million of them in a province.
  using Day = std::array<char, 10>; // YYYY-MM-DD, or all '\0' when none
  struct Known
  {
    std::int64_t id = 0; // 0 when it was not written (a bad row came before)
    std::int64_t station_id = 0;
    Day ordered_on{};
    Day first_arrival{}; // the day its goods first arrived, before any exchange
    std::uint32_t line = 0;
    bool cancelled = false; // a purchase never ordered: cancelled, or still requested
    bool twice = false;
  };
  void dispute(ParsedRow<ledger::Purchase>& row, bool write);

  audit::AuditedTransaction& m_tx;
  StationCache& m_stations;
  std::unordered_map<std::int64_t, Known> m_known;        // by the purchase's file id
  std::unordered_map<std::int64_t, std::string> m_codes;  // station codes by id
  std::map<std::int64_t, std::vector<Pending>> m_pending; // by the purchase's file id
  std::unordered_set<std::int64_t> m_seen;                // purchases' file ids already read
  std::vector<ledger::PurchaseExchange> m_sent_back;      // of the purchase being prepared
  std::int64_t m_exchanges = 0;
  std::int64_t m_disputes = 0;
};

} // namespace czs::importing
