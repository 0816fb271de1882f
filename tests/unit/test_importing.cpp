#include <doctest/doctest.h>

#include "importing/csv_fields.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_queue.hpp"

#include <sstream>
#include <thread>

using namespace czs;
using namespace czs::importing;

namespace {

text::CsvRow row_of(std::vector<std::string> fields, std::size_t line = 2)
{
  text::CsvRow row;
  row.fields = std::move(fields);
  row.line = line;
  return row;
}

const Date k_today{2026, 11, 28};

} // namespace

TEST_SUITE_BEGIN("importing");

TEST_CASE("HeaderMap names unknown, repeated and missing columns, with did-you-mean")
{
  HeaderMap header;
  auto problems =
      header.read(purchase_file_columns(),
                  row_of({"station", "requested_on", "villagr", "phone", "item", "price", "phone", "colour"}, 1));
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == "line 1: unknown column 'villagr' (did you mean villager?)");
  CHECK(problems[1] == "line 1: the column 'phone' appears twice");
  CHECK(problems[2] == "line 1: unknown column 'colour'");
  CHECK(problems[3] == "line 1: the column 'villager' is missing");
}

TEST_CASE("HeaderMap accepts columns in any order, with spaces around the names")
{
  HeaderMap header;
  CHECK(header.read(service_file_columns(), row_of({" kind", "station", "villager ", "served_on"}, 1)).empty());
  CHECK(header.index("kind") == 0);
  CHECK(header.index("villager") == 2);
  CHECK(header.index("note") == -1);
  CHECK(header.width() == 4);
}

TEST_CASE("RowFields validates each field and collects every problem of the row")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(),
                    row_of({"station", "requested_on", "villager", "phone", "item", "price", "arrived_at"}, 1))
              .empty());
  const auto row = row_of({"CN-A", "2026-02-30", "  卓玛\n拉姆 ", "139", "x", "12,50", "01/03/2026 9:00"});
  RowFields f(header, row, k_today);
  CHECK(f.day("requested_on", true).empty());
  CHECK(f.text("villager", 50, true) == "卓玛 拉姆");
  CHECK(f.phone("phone", true).empty());
  CHECK(f.yuan("price", true) == 0);
  CHECK(f.time("arrived_at", false).empty());
  CHECK(f.errors().size() == 4);
}

TEST_CASE("RowFields writes times canonically and refuses the future")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(), row_of({"station", "requested_on", "villager", "phone", "item", "price",
                                                     "arrived_at", "notified_at"},
                                                    1))
              .empty());
  const auto row =
      row_of({"CN-A", "2026-11-29", "a", "13900000000", "x", "1", "2026-03-01 09:05", "2026-03-01T09:05:07"});
  RowFields f(header, row, k_today);
  CHECK(f.time("arrived_at", false) == "2026-03-01T09:05:00");
  CHECK(f.time("notified_at", false) == "2026-03-01T09:05:07");
  CHECK(f.day("requested_on", true).empty());
  REQUIRE(f.errors().size() == 1);
  CHECK(f.errors()[0].find("in the future") != std::string::npos);
}

TEST_CASE("parse_row takes a purchase through its lifecycle as far as its dates go")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(), row_of({"station", "requested_on", "villager", "phone", "item", "price",
                                                     "platform", "platform_order", "paid", "ordered_on", "arrived_at",
                                                     "notified_at", "picked_up_on", "status"},
                                                    1))
              .empty());
  ledger::Purchase p;
  std::string station;
  {
    const auto row = row_of({"cn-a", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "淘宝", "T1", "199",
                             "2026-03-01", "2026-03-03 10:00", "2026-03-03 12:00", "2026-03-04", "picked_up"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station);
    CHECK(f.errors().empty());
    CHECK(station == "CN-A");
    CHECK(p.status == "picked_up");
    CHECK(p.completed_on == "2026-03-04");
    CHECK(p.paid_fen == 19900);
  }
  {
    const auto row = row_of({"CN-A", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "", "", "", "", "",
                             "2026-03-03 12:00", "", "notified"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0].find("cannot notify a purchase that is requested") != std::string::npos);
  }
  {
    const auto row =
        row_of({"CN-A", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "", "", "", "", "", "", "", "picked_up"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0] == "status is picked_up, but the dates say requested");
  }
}

TEST_CASE("parse_row keeps inbound and outbound parcel columns apart")
{
  HeaderMap header;
  REQUIRE(header
              .read(parcel_file_columns(), row_of({"station", "direction", "carrier", "tracking_no", "name", "phone",
                                                   "arrived_at", "accepted_on"},
                                                  1))
              .empty());
  ledger::Parcel p;
  std::string station;
  const auto row = row_of({"CN-A", "in", "顺丰", "sf-1", "扎西", "13800000001", "2026-03-01 09:00", "2026-03-01"});
  RowFields f(header, row, k_today);
  parse_row(f, p, station);
  REQUIRE(f.errors().size() == 1);
  CHECK(f.errors()[0].find("an inbound parcel has no accepted_on") != std::string::npos);
  CHECK(p.tracking_no == "SF-1");
}

TEST_CASE("BoundedQueue hands items over in order and ends when closed")
{
  BoundedQueue<int> queue(2);
  std::thread producer([&] {
    for (int i = 0; i < 100; ++i) {
      queue.push(i);
    }
    queue.close();
  });
  int expected = 0;
  while (auto item = queue.pop()) {
    CHECK(*item == expected++);
  }
  producer.join();
  CHECK(expected == 100);
}

TEST_SUITE_END();
