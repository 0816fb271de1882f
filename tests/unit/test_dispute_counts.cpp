#include <doctest/doctest.h>

#include "ledger/dispute_counts.hpp"
#include "oversight_fixture.hpp"

#include <map>

using namespace czs;
using namespace czs::ledger;

TEST_SUITE_BEGIN("ledger");

namespace {

// A dispute of `kind` opened on `date` at a station, over a purchase of its own (the counts read
// the dispute table only, so the rows are written directly).
void dispute(test::OversightDb& t, const stations::Station& s, const std::string& kind, const std::string& date)
{
  const std::string id = std::to_string(s.id);
  t.db().exec("INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone, item, quantity, "
              "price_fen, fee_fen) VALUES ("
              + id + ", 'arrived', '2026-01-05', '卓玛', '13900000009', '酥油', 1, 100, 0)");
  t.db().exec("INSERT INTO dispute (purchase_id, station_id, status, kind, description, opened_on) VALUES ("
              + std::to_string(t.db().getLastInsertRowid()) + ", " + id + ", 'open', '" + kind + "', '-', '" + date
              + "')");
}

std::map<std::int64_t, DisputeTally> tallies(test::OversightDb& t, const std::string& period,
                                             std::optional<std::int64_t> only = std::nullopt)
{
  std::map<std::int64_t, DisputeTally> out;
  for_each_dispute_tally(t.db(), parse_period(period).value(), only,
                         [&](std::int64_t id, const DisputeTally& d) { out[id] = d; });
  return out;
}

} // namespace

TEST_CASE("quarters_in: a year in four quarters, a month as itself, a range clipped at quarter edges")
{
  const auto year = quarters_in(parse_period("2026").value());
  REQUIRE(year.size() == 4);
  CHECK(label(year[0]) == "2026Q1");
  CHECK(label(year[3]) == "2026Q4");
  const auto month = quarters_in(parse_period("2026-05").value());
  REQUIRE(month.size() == 1);
  CHECK(label(month[0]) == "2026-05");
  const auto range = quarters_in(parse_period("2026-03-15..2026-07-31").value());
  REQUIRE(range.size() == 3);
  CHECK(label(range[0]) == "2026-03-15..2026-03-31");
  CHECK(label(range[1]) == "2026Q2");
  CHECK(label(range[2]) == "2026-07-01..2026-07-31");
  CHECK(quarters_in(parse_period("2026Q3").value()) == std::vector<Period>{parse_period("2026Q3").value()});
}

TEST_CASE("disputes by kind: a quarter's first and last days count in it, its neighbours' do not")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  dispute(t, a, "counterfeit", "2026-03-31");
  dispute(t, a, "spoiled", "2026-04-01");
  dispute(t, a, "spoiled", "2026-05-15");
  dispute(t, a, "late", "2026-06-30");
  dispute(t, a, "other", "2026-07-01");
  dispute(t, b, "damaged", "2026-06-30");
  auto q2 = tallies(t, "2026Q2");
  REQUIRE(q2.size() == 2);
  CHECK(q2[a.id].by_kind == std::array<std::int64_t, 5>{0, 2, 0, 1, 0});
  CHECK(q2[a.id].total() == 3);
  CHECK(q2[b.id].by_kind == std::array<std::int64_t, 5>{0, 0, 1, 0, 0});
  CHECK(tallies(t, "2026Q1")[a.id].by_kind[dispute_kind_index("counterfeit")] == 1);
  CHECK(tallies(t, "2026Q3")[a.id].by_kind[dispute_kind_index("other")] == 1);
  CHECK(tallies(t, "2026Q4").empty());
  const auto only_b = tallies(t, "2026Q2", b.id);
  CHECK(only_b.size() == 1);
  CHECK(only_b.count(b.id) == 1);
  DisputeTally sum = q2[a.id];
  sum.add(q2[b.id]);
  CHECK(sum.total() == 4);
  CHECK(dispute_kind_index("counterfeit") == 0);
  CHECK(dispute_kind_index("other") == 4);
  CHECK(dispute_kind_index("broken") == k_dispute_kinds);
}
