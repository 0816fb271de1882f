// Times the per-period queries of lib/oversight/period_counts.hpp on a database, for ALL
// stations of one month / quarter, as the rules engine will ask them. Prints, per query, the
// best of 5 runs in milliseconds and the rows streamed. Build and run, on a database made with
// bench/gen_province.sh (which runs province.sql, in this folder):
//   g++ -std=c++20 -O2 -I lib bench/oversight/period_counts_bench.cpp BUILD/lib/libczstation_lib.a \
//       BUILD/schemas/libczstation_schemas.a -lSQLiteCpp -lsqlite3 -lfmt -o /tmp/oversight_bench
//   /tmp/oversight_bench province.db
#include "oversight/period_counts.hpp"
#include "storage/database.hpp"

#include <chrono>
#include <cstdio>
#include <functional>

#include <sys/resource.h>

using namespace czs;
using namespace czs::oversight;

namespace {

void time_query(const char* name, const std::function<std::int64_t()>& run)
{
  double best = 1e9;
  std::int64_t rows = 0;
  for (int i = 0; i < 5; ++i) {
    const auto start = std::chrono::steady_clock::now();
    rows = run();
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  std::printf("%-28s %9.2f ms %6lld rows\n", name, best, static_cast<long long>(rows));
}

} // namespace

int main(int argc, char** argv)
{
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DATABASE\n", argv[0]);
    return 64;
  }
  auto database = storage::Database::open(argv[1], storage::OpenOptions{});
  auto& db = database.sql();
  const Period month = parse_period("2026-06").value();
  const Period quarter = parse_period("2026Q2").value();
  const Date end = parse_date("2026-06-30").value();
  time_query("inspections_by_station", [&] {
    std::int64_t n = 0;
    inspections_by_station(db, month, [&](const StationCount&) { ++n; });
    return n;
  });
  time_query("counted_posts_by_station", [&] {
    std::int64_t n = 0;
    counted_posts_by_station(db, month, parse_date("2026-07-31").value(), [&](const StationCount&) { ++n; });
    return n;
  });
  time_query("violations (whole life)", [&] {
    std::int64_t n = 0;
    violations_by_station(db, std::nullopt, end, [&](const StationCount&) { ++n; });
    return n;
  });
  time_query("violations (12 months)", [&] {
    std::int64_t n = 0;
    violations_by_station(db, violation_window_start(end, 12), end, [&](const StationCount&) { ++n; });
    return n;
  });
  time_query("stocktakes_by_station", [&] {
    std::int64_t n = 0;
    stocktakes_by_station(db, month, [&](const StocktakeState&) { ++n; });
    return n;
  });
  time_query("callbacks_by_station", [&] {
    std::int64_t n = 0;
    callbacks_by_station(db, quarter, [&](const CallbackCount&) { ++n; });
    return n;
  });
  time_query("overdue_credit_by_station", [&] {
    std::int64_t n = 0;
    overdue_credit_by_station(db, end, 30, [&](const OverdueCredit&) { ++n; });
    return n;
  });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %ld KiB\n", usage.ru_maxrss);
}
