#include "ledger/dispute_counts.hpp"

#include "ledger/catalogue.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

std::int64_t DisputeTally::total() const
{
  std::int64_t sum = 0;
  for (const auto n : by_kind) {
    sum += n;
  }
  return sum;
}

void DisputeTally::add(const DisputeTally& other)
{
  for (std::size_t i = 0; i < k_dispute_kinds; ++i) {
    by_kind[i] += other.by_kind[i];
  }
}

std::size_t dispute_kind_index(std::string_view kind)
{
  const auto kinds = dispute_kinds();
  for (std::size_t i = 0; i < kinds.size() && i < k_dispute_kinds; ++i) {
    if (kinds[i].name == kind) {
      return i;
    }
  }
  return k_dispute_kinds;
}

std::vector<Period> quarters_in(const Period& period)
{
  std::vector<Period> out;
  for (Date first = period.first; first <= period.last;) {
    const Period quarter = quarter_of(first);
    Period part{PeriodKind::range, first, std::min(quarter.last, period.last)};
    if (part.first == quarter.first && part.last == quarter.last) {
      part.kind = PeriodKind::quarter;
    } else if (period.kind == PeriodKind::month) {
      part.kind = PeriodKind::month;
    }
    out.push_back(part);
    first = add_days(part.last, 1);
  }
  return out;
}

void for_each_dispute_tally(SQLite::Database& db, const Period& part, std::optional<std::int64_t> only,
                            const std::function<void(std::int64_t station_id, const DisputeTally&)>& each)
{
  // dispute_by_opened (schemas/0013) holds every column asked, so only the period's disputes are
  // read, from the index alone; INDEXED BY keeps the planner from walking the by-station index.
  SQLite::Statement q(db, std::string("SELECT station_id, kind, count(*) FROM dispute INDEXED BY dispute_by_opened "
                                      "WHERE opened_on BETWEEN ? AND ?")
                              + (only ? " AND station_id = ?" : "") + " GROUP BY station_id, kind ORDER BY station_id");
  q.bind(1, to_string(part.first));
  q.bind(2, to_string(part.last));
  if (only) {
    q.bind(3, *only);
  }
  std::optional<std::int64_t> current;
  DisputeTally tally;
  while (q.executeStep()) {
    const std::int64_t station = q.getColumn(0).getInt64();
    if (current && *current != station) {
      each(*current, tally);
      tally = {};
    }
    current = station;
    const std::size_t i = dispute_kind_index(q.getColumn(1).getString());
    // The schema's CHECK admits only the five kinds; one it did not know would count as other.
    tally.by_kind[i < k_dispute_kinds ? i : k_dispute_kinds - 1] += q.getColumn(2).getInt64();
  }
  if (current) {
    each(*current, tally);
  }
}

} // namespace czs::ledger
