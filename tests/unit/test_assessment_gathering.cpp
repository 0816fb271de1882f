#include <doctest/doctest.h>

#include "assessment/assessor.hpp"
#include "assessment/fact_gathering.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <SQLiteCpp/Statement.h>

using namespace czs;
using namespace czs::assessment;

TEST_SUITE_BEGIN("assessment");

namespace {

// A database with one station opened on `opened`, and `n` convenience services completed on
// each of the given days. Rows are written directly: this tests reading, not recording.
struct Province
{
  test::TempDir dir;
  storage::Database db = storage::Database::open(dir.file("p.db"), storage::OpenOptions{});

  explicit Province(const char* opened)
  {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, "
                        "population, manager_name, manager_phone, status, applied_on, opened_on) VALUES "
                        "(1, 'CN-1', '站', '乡', '村', 'other', 3000, 1, '卓玛', '139', 'open', '2024-01-01', ?)");
    q.bind(1, opened);
    q.exec();
  }

  void services(const char* day, int n)
  {
    SQLite::Statement q(db.sql(), "INSERT INTO service (station_id, status, served_on, kind, villager_name, "
                                  "villager_phone, amount_fen, fee_fen, note, completed_on) "
                                  "VALUES (1, 'done', ?1, 'water', '卓玛', '', 100, 0, '', ?1)");
    for (int i = 0; i < n; ++i) {
      q.bind(1, day);
      q.exec();
      q.reset();
    }
  }

  std::vector<Finding> volume_findings(const char* quarter, const char* as_of)
  {
    auto a = assess(db.sql(), *parse_period(quarter), *parse_date(as_of), rules::default_parameters());
    std::vector<Finding> out;
    for (const auto& f : a.findings) {
      if (f.rule == "R-VOLUME") {
        out.push_back(f);
      }
    }
    return out;
  }
};

} // namespace

TEST_CASE("fact gathering: the half year runs from the previous quarter's first day to this one's last")
{
  Province p("2025-06-01");
  p.services("2025-12-31", 10); // before the half year of 2026Q2
  p.services("2026-01-01", 40); // its first day
  p.services("2026-06-30", 59); // its last day: a record at 23:59:59 county time is dated here
  p.services("2026-07-01", 50); // after it
  auto q = gather_quarter(p.db.sql(), *parse_period("2026Q2"), rules::default_parameters());
  CHECK(q[1].half_year_volume == 99);
  auto findings = p.volume_findings("2026Q2", "2026-07-01");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].measured == 99);
  p.services("2026-06-30", 1);
  CHECK(p.volume_findings("2026Q2", "2026-07-01").empty());
}

TEST_CASE("fact gathering: stations are judged only for the days they operated")
{
  Province p("2026-05-20");
  const auto stations = stations_in_period(p.db.sql(), *parse_period("2026-05"));
  REQUIRE(stations.size() == 1);
  CHECK(operating_days(stations[0].span, *parse_period("2026-05")) == 12);
  CHECK(stations_in_period(p.db.sql(), *parse_period("2026-04")).empty());
  // Opened in May 2026: not six months by 2026Q2's end, so R-VOLUME does not judge it yet.
  CHECK(p.volume_findings("2026Q2", "2026-07-01").empty());
}
