#include <doctest/doctest.h>

#include "base/error.hpp"
#include "i18n/chinese_lookup.hpp"
#include "importing/csv_fields.hpp"
#include "importing/importer.hpp"
#include "importing/row_parsers.hpp"
#include "importing/row_queue.hpp"
#include "ledger/record_headings.hpp"
#include "storage/migrations.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

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

TEST_CASE("HeaderMap finds every column of the widest file by any string of its name")
{
  // All 32 purchase columns, in reverse order: the lookup table is at its fullest, and names
  // built at run time (not the literals the column table holds) must be found as well.
  std::vector<std::string> names;
  for (const auto& spec : purchase_file_columns()) {
    names.emplace(names.begin(), spec.name);
  }
  HeaderMap header;
  REQUIRE(header.read(purchase_file_columns(), row_of(names, 1)).empty());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = names[i]; // a copy: another address than the column table's
    CHECK_MESSAGE(header.index(name) == static_cast<int>(i), name);
  }
  CHECK(header.index("") == -1);
  CHECK(header.index("stationx") == -1);
  CHECK(header.index("villager_name") == -1);
}

TEST_CASE("HeaderMap takes every heading export writes, in English and Chinese, as its column, and no heading twice")
{
  const std::pair<std::span<const ColumnSpec>, std::span<const ledger::RecordHeading>> kinds[] = {
      {purchase_file_columns(), ledger::purchase_headings()},
      {sale_file_columns(), ledger::sale_headings()},
      {service_file_columns(), ledger::service_headings()},
      {parcel_file_columns(), ledger::parcel_headings()}};
  for (const auto& [specs, headings] : kinds) {
    // Every column export writes is a column import reads.
    for (const auto& h : headings) {
      CHECK_MESSAGE(std::any_of(specs.begin(), specs.end(), [&](const ColumnSpec& c) { return c.name == h.key; }),
                    h.key);
    }
    // Each alias belongs to one column only: a header of every column's i-th alias maps each.
    std::vector<std::string> all;
    for (const auto& c : specs) {
      for (const auto& alias : column_aliases(c.name, headings)) {
        CHECK_MESSAGE(std::find(all.begin(), all.end(), alias) == all.end(), alias);
        all.push_back(alias);
      }
    }
    for (const auto& h : headings) {
      for (const std::string& heading : {std::string(h.heading), std::string(tr_chinese(h.heading))}) {
        HeaderMap header;
        header.read(specs, row_of({heading}, 1), headings);
        CHECK_MESSAGE(header.index(h.key) == 0, heading);
      }
    }
  }
}

TEST_CASE("a parcel's name is headed 姓名 (a person's), and a file headed 名称 by an earlier version still imports")
{
  const char* heading = ledger::heading_of(ledger::parcel_headings(), "name");
  REQUIRE(heading != nullptr);
  if (std::string(tr_chinese("open")) != "open") { // a build tree without the catalogue has none
    CHECK(std::string(tr_chinese(heading)) == "姓名");
    CHECK(std::string(tr_chinese("name")) == "名称");
  }
  for (const std::string old_heading : {"name", tr_chinese("name"), tr_chinese(heading)}) {
    HeaderMap header;
    header.read(parcel_file_columns(), row_of({"station", old_heading}, 1), ledger::parcel_headings());
    CHECK_MESSAGE(header.index("name") == 1, old_heading);
  }
}

namespace {

// Text as a man page writes it: \- for a hyphen, \[uXXXX] for a character beyond ASCII.
std::string man_text(std::string_view s)
{
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto d = text::decode_next(s, pos);
    if (d.code_point == '-') {
      out += "\\-";
    } else if (d.code_point < 0x80) {
      out.push_back(static_cast<char>(d.code_point));
    } else {
      out += fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(d.code_point));
    }
    pos += d.length;
  }
  return out;
}

} // namespace

TEST_CASE("czstation-import(1) lists every heading export writes, in English and Chinese, after its column")
{
  std::ifstream in(std::string(CZSTATION_SOURCE_DIR) + "/man/czstation-import.1");
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(!page.empty());
  for (const auto headings :
       {ledger::purchase_headings(), ledger::sale_headings(), ledger::service_headings(), ledger::parcel_headings()}) {
    for (const auto& h : headings) {
      const std::string english(h.heading);
      const std::string first = english == h.key ? man_text(tr_chinese(h.heading)) : man_text(english);
      CHECK_MESSAGE(page.find(std::string(h.key) + " " + first) != std::string::npos, h.key);
      CHECK_MESSAGE(page.find(man_text(tr_chinese(h.heading))) != std::string::npos, h.key);
    }
  }
}

TEST_CASE("HeaderMap matches headings in any case, full-width, with spaces or underscores")
{
  HeaderMap header;
  CHECK(header
            .read(purchase_file_columns(),
                  row_of({"STATION", "Requested_On", " ｖｉｌｌａｇｅｒ ", "Phone", "item", "price", "Platform Order",
                          "platform order ", "平台 订单号"},
                         1),
                  ledger::purchase_headings())
            .size()
        == 2); // the three forms of platform_order: the later two are repeats
  CHECK(header.index("requested_on") == 1);
  CHECK(header.index("villager") == 2);
  CHECK(header.index("platform_order") == 6);
}

TEST_CASE("parse_row reads a further sale of a sale above it, and a sold product's delisting")
{
  HeaderMap header;
  REQUIRE(header
              .read(sale_file_columns(), row_of({"station", "id", "recommended_on", "product", "category", "producer",
                                                 "platform", "contacted_on", "listed_on", "sold_on", "quantity",
                                                 "amount", "delisted_on", "reason", "again_of"},
                                                1))
              .empty());
  ledger::Sale sale;
  std::string station;
  SaleRowExtras extras;
  const auto sold = row_of({"CN-A", "7", "2026-03-01", "酥油", "farm", "次仁", "淘宝", "2026-03-02", "2026-03-02",
                            "2026-03-03", "2", "80", "2026-03-09", "停产", ""});
  RowFields f(header, sold, k_today);
  parse_row(f, sale, station, extras);
  CHECK(f.errors().empty());
  CHECK(sale.status == "sold");
  CHECK(extras.file_id == 7);
  CHECK(extras.again_of == 0);
  REQUIRE(extras.delisting);
  CHECK(extras.delisting->day == "2026-03-09");
  CHECK(extras.delisting->reason == "停产");

  const auto again = row_of({"", "", "", "", "", "", "", "", "", "2026-03-05", "1.5", "60", "", "", "S7"});
  RowFields g(header, again, k_today);
  parse_row(g, sale, station, extras);
  CHECK(g.errors().empty());
  CHECK(extras.again_of == 7);
  CHECK(extras.repeat.sold_on == "2026-03-05");
  CHECK(extras.repeat.quantity_centi == 150);
  CHECK(extras.repeat.amount_fen == 6000);

  const auto bad = row_of({"", "", "", "", "", "", "", "", "", "2026-03-05", "1", "60", "", "", "S-7"});
  RowFields h(header, bad, k_today);
  parse_row(h, sale, station, extras);
  REQUIRE(h.errors().size() == 1);
  CHECK(h.errors()[0] == "again_of: 'S-7' is not a sale's number (write 7 or S7)");
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
  // Alt+Enter in a name's cell: a one-line field refuses it, showing it (a name masked).
  CHECK(f.name("villager", 50).empty());
  CHECK(f.errors().back().find("line break") != std::string::npos);
  CHECK(f.errors().back().find("拉姆") == std::string::npos);
  CHECK(f.phone("phone", true).empty());
  CHECK(f.yuan("price", true) == 0);
  CHECK(f.time("arrived_at", false).empty());
  CHECK(f.errors().size() == 5);
}

TEST_CASE("RowFields keeps the line breaks of a note or reason (Alt+Enter in Excel), refuses them in one-line text")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(),
                    row_of({"station", "requested_on", "villager", "phone", "item", "price", "reason"}, 1))
              .empty());
  const auto row = row_of({"CN-A", "2026-02-03", "卓玛", "13900000002", "化肥\r\n20袋", "12", " 买错了\r\n 退回 "}, 2);
  RowFields f(header, row, k_today);
  CHECK(f.note("reason", 200, true) == "买错了\n退回");
  CHECK(f.errors().empty());
  CHECK(f.text("item", 200, true).empty());
  REQUIRE(f.errors().size() == 1);
  CHECK(f.errors()[0].find("item: '化肥<U+000D><U+000A>20袋' contains a line break") == 0);
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
  PurchaseRowExtras x;
  {
    const auto row = row_of({"cn-a", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "淘宝", "T1", "199",
                             "2026-03-01", "2026-03-03 10:00", "2026-03-03 12:00", "2026-03-04", "picked_up"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
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
    parse_row(f, p, station, x);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0].find("cannot notify a purchase that is requested") != std::string::npos);
  }
  {
    const auto row =
        row_of({"CN-A", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "", "", "", "", "", "", "", "picked_up"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0] == "status is picked_up, but the dates say requested");
  }
}

TEST_CASE("a purchases file's exchange rows: their own columns, then replayed before the purchase's dates")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(),
                    row_of({"station", "id", "requested_on", "villager", "phone", "item", "price", "platform",
                            "platform_order", "paid", "ordered_on", "arrived_at", "notified_at", "picked_up_on",
                            "exchanged_on", "reason", "exchange_of"},
                           1))
              .empty());
  ledger::Purchase p;
  std::string station;
  PurchaseRowExtras exchange;
  {
    const auto row = row_of({"", "", "", "", "", "", "", "", "", "", "", "2026-03-04 10:00", "2026-03-04 11:00",
                             "2026-03-05", "2026-03-06", "内胆破损", "P9"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, exchange);
    CHECK(f.errors().empty());
    CHECK(exchange.exchange_of == 9);
    CHECK(exchange.sent_back.exchanged_on == "2026-03-06");
    CHECK(exchange.sent_back.reason == "内胆破损");
    CHECK(exchange.sent_back.arrived_at == "2026-03-04T10:00:00");
    CHECK(exchange.sent_back.picked_up_on == "2026-03-05");
  }
  PurchaseRowExtras x;
  {
    const auto row = row_of({"CN-A", "9", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "淘宝", "T1", "199",
                             "2026-03-02", "2026-03-08 09:00", "", "", "2026-03-06", "", ""});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    CHECK(f.errors().empty());
    CHECK(x.file_id == 9);
    CHECK(x.exchanged_on == "2026-03-06");
    CHECK(p.status == "requested"); // replayed later, with its exchanges
    std::vector<ledger::PurchaseExchange> sent_back;
    const std::vector<ledger::PurchaseExchange> exchanges{exchange.sent_back};
    CHECK(replay_purchase(p, x.dates, exchanges, &sent_back).empty());
    CHECK(p.status == "arrived");
    CHECK(p.exchanged_on == "2026-03-06");
    CHECK(p.arrived_at == "2026-03-08T09:00:00");
    REQUIRE(sent_back.size() == 1);
    CHECK(sent_back[0].arrived_at == "2026-03-04T10:00:00");
    CHECK(sent_back[0].notified_at == "2026-03-04T11:00:00");
    CHECK(sent_back[0].reason == "内胆破损");
  }
  {
    // An exchange of goods that never arrived is refused as `order purchase exchange` refuses it.
    ledger::Purchase q;
    ledger::PurchaseExchange early{0, 0, "2026-03-06", "坏了", "", "", ""};
    const std::vector<ledger::PurchaseExchange> exchanges{early};
    const auto errors = replay_purchase(q, x.dates, exchanges, nullptr);
    REQUIRE(!errors.empty());
    CHECK(errors[0].find("exchange") != std::string::npos);
  }
  {
    const auto row = row_of({"", "", "", "", "", "锅", "", "", "", "", "", "", "", "", "2026-03-06", "", "x"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, exchange);
    REQUIRE(!f.errors().empty());
    CHECK(f.errors()[0] == "exchange_of: 'x' is not a purchase's number (write 12 or P12)");
  }
  {
    const auto row = row_of({"", "", "", "", "", "锅", "", "", "", "", "", "", "", "", "2026-03-06", "", "9"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, exchange);
    CHECK(!f.errors().empty());
    CHECK(f.errors()[0].find("item is given on an exchange") == 0);
  }
}

TEST_CASE("a purchases file's dispute rows: their own columns, their steps taken in lifecycle order")
{
  HeaderMap header;
  REQUIRE(header
              .read(purchase_file_columns(),
                    row_of({"station", "id", "requested_on", "villager", "phone", "item", "price", "status",
                            "dispute_of", "dispute_kind", "description", "opened_on", "negotiated_on", "referred_on",
                            "department", "resolved_on", "outcome"},
                           1),
                    ledger::purchase_headings())
              .empty());
  ledger::Purchase p;
  std::string station;
  PurchaseRowExtras x;
  const auto dispute_row = [&](std::vector<std::string> tail) {
    std::vector<std::string> fields{"", "", "", "", "", "", ""};
    fields.insert(fields.end(), tail.begin(), tail.end());
    return row_of(std::move(fields));
  };
  {
    // Negotiated, referred and resolved: every step, in order; the Chinese kind and status words.
    const auto row = dispute_row({"已解决", "P9", "假冒", "电饭锅是假货", "2026-03-05", "2026-03-06", "2026-03-08",
                                  "县市场监督管理局", "2026-03-20", "退款"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    CHECK(f.errors().empty());
    CHECK(x.dispute_of == 9);
    CHECK(x.exchange_of == 0);
    CHECK(x.dispute.kind == "counterfeit");
    CHECK(x.dispute.status == "resolved");
    CHECK(x.dispute.negotiated_on == "2026-03-06");
    CHECK(x.dispute.referred_on == "2026-03-08");
    CHECK(x.dispute.department == "县市场监督管理局");
    CHECK(x.dispute.outcome == "退款");
    CHECK(station.empty());
  }
  {
    // Still open: only its opening.
    const auto row = dispute_row({"", "9", "late", "迟到", "2026-03-05", "", "", "", "", ""});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    CHECK(f.errors().empty());
    CHECK(x.dispute.status == "open");
  }
  {
    // A referral dated before the negotiation: the lifecycle does not go back to negotiating.
    const auto row =
        dispute_row({"", "9", "late", "迟到", "2026-03-05", "2026-03-09", "2026-03-07", "县市场监督管理局", "", ""});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0].find("cannot refer on 2026-03-07, before the previous step on 2026-03-09")
          != std::string::npos);
  }
  {
    // Resolved straight from open: no step allows it, as `order dispute resolve` refuses it.
    const auto row = dispute_row({"", "9", "late", "迟到", "2026-03-05", "", "", "", "2026-03-09", "退款"});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0].find("cannot resolve a dispute that is open") != std::string::npos);
  }
  {
    // A department without its day, a status the days contradict, a purchase's column filled.
    const auto row = dispute_row({"", "9", "late", "迟到", "2026-03-05", "", "", "县市场监督管理局", "", ""});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    REQUIRE(f.errors().size() == 1);
    CHECK(f.errors()[0].find("department is given without referred_on") == 0);

    const auto contradicted =
        dispute_row({"resolved", "9", "late", "迟到", "2026-03-05", "2026-03-06", "", "", "", ""});
    RowFields g(header, contradicted, k_today);
    parse_row(g, p, station, x);
    REQUIRE(g.errors().size() == 1);
    CHECK(g.errors()[0] == "status is resolved, but the dates say negotiating");

    auto with_item = dispute_row({"", "9", "late", "迟到", "2026-03-05", "", "", "", "", ""});
    with_item.fields[5] = "锅";
    RowFields h(header, with_item, k_today);
    parse_row(h, p, station, x);
    REQUIRE(!h.errors().empty());
    CHECK(h.errors()[0].find("item is given on a dispute (dispute_of)") == 0);
  }
  {
    // A purchase's own row leaves the dispute's columns empty.
    const auto row = row_of({"CN-A", "9", "2026-03-01", "卓玛", "13900000002", "电饭锅", "199", "", "", "late", "", "",
                             "", "", "", "", ""});
    RowFields f(header, row, k_today);
    parse_row(f, p, station, x);
    REQUIRE(!f.errors().empty());
    CHECK(f.errors()[0].find("dispute_kind is given on a purchase") == 0);
  }
  {
    // replay_dispute at its boundary: a negotiation on the day it opened is in order.
    ledger::Dispute d;
    d.opened_on = "2026-03-05";
    DisputeSteps steps;
    steps.negotiated_on = "2026-03-05";
    steps.status = "协商中";
    CHECK(replay_dispute(d, steps).empty());
    CHECK(d.status == "negotiating");
    ledger::Dispute early;
    early.opened_on = "2026-03-05";
    steps.negotiated_on = "2026-03-04";
    steps.status.clear();
    CHECK(replay_dispute(early, steps).size() == 1);
  }
}

namespace {

// A purchases file (header and rows) imported into a fresh database with one open station;
// returns the import's error message, empty when it imported.
std::string import_purchases(SQLite::Database& db, const std::string& csv)
{
  const auto path = std::filesystem::temp_directory_path() / fmt::format("czs-disputes-{}.csv", ::getpid());
  std::ofstream(path) << csv;
  std::string error;
  try {
    importing::import_csv(db, {"t", "test"}, {ImportKind::purchases, path.string(), k_today, {}});
  } catch (const Error& e) {
    error = e.diagnostics().front().message;
  }
  std::filesystem::remove(path);
  return error;
}

SQLite::Database station_db()
{
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : storage::embedded_migrations()) {
    db.exec(m.sql);
  }
  db.exec("INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, "
          "manager_name, manager_phone, status, applied_on, opened_on) VALUES "
          "(1, 'CN-A', 'A', 'T1', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10')");
  return db;
}

} // namespace

TEST_CASE("import of dispute rows: checked against the purchase above at the days' boundaries, written with it")
{
  const std::string h = "station,id,requested_on,villager,phone,item,price,platform,platform_order,paid,ordered_on,"
                        "arrived_at,exchanged_on,reason,exchange_of,dispute_of,dispute_kind,description,opened_on\n";
  // Ordered on 03-02, its first goods arrived 03-04, exchanged 03-06, the replacement on 03-09.
  const std::string exchange = ",,,,,,,,,,,2026-03-04 10:00,2026-03-06,破损,9,,,,\n";
  const std::string p9 =
      "CN-A,9,2026-03-01,卓玛,13900000002,锅,199,淘宝,T9,199,2026-03-02,2026-03-09 09:00,2026-03-06,,,,,,\n";
  const auto dispute = [](const char* kind, const char* day) {
    return fmt::format(",,,,,,,,,,,,,,,9,{},坏了,{}\n", kind, day);
  };
  {
    // A late delivery may be disputed from the day it was ordered; damaged goods from the day
    // they first arrived, though exchanged since.
    auto db = station_db();
    CHECK(import_purchases(db, h + exchange + p9 + dispute("late", "2026-03-02") + dispute("damaged", "2026-03-04"))
          == "");
    CHECK(db.execAndGet("SELECT group_concat(kind || ':' || opened_on || ':' || status, ' ') FROM "
                        "(SELECT * FROM dispute WHERE purchase_id = 1 ORDER BY id)")
              .getString()
          == "late:2026-03-02:open damaged:2026-03-04:open");
  }
  {
    // A day before each: refused as `order dispute open` refuses it, and nothing written.
    auto db = station_db();
    CHECK(import_purchases(db, h + exchange + p9 + dispute("late", "2026-03-01"))
          == "line 4: P9 was ordered on 2026-03-02; a dispute cannot open before that, on 2026-03-01");
    CHECK(import_purchases(db, h + exchange + p9 + dispute("damaged", "2026-03-03"))
          == "line 4: P9: its goods arrived on 2026-03-04; they cannot be found damaged before that, on 2026-03-03");
    CHECK(db.execAndGet("SELECT (SELECT count(*) FROM purchase) + (SELECT count(*) FROM dispute)").getInt() == 0);
  }
  {
    // A purchase never ordered has nothing to dispute.
    auto db = station_db();
    const std::string requested = "CN-A,9,2026-03-01,卓玛,13900000002,锅,199,,,,,,,,,,,,\n";
    CHECK(import_purchases(db, h + requested + dispute("late", "2026-03-02")).find("was never ordered")
          != std::string::npos);
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

TEST_CASE("BoundedQueue try_push and try_pop never wait: full, empty and closed")
{
  BoundedQueue<std::string> queue(2);
  CHECK_FALSE(queue.try_pop());
  std::string a = "a", b = "b", c = "c";
  CHECK(queue.try_push(a));
  CHECK(queue.try_push(b));
  CHECK_FALSE(queue.try_push(c)); // full: the item stays with the caller
  CHECK(c == "c");
  CHECK(queue.try_pop().value() == "a");
  CHECK(queue.pop().value() == "b");
  CHECK_FALSE(queue.try_pop());
  queue.close();
  CHECK_FALSE(queue.try_push(c)); // closed
  CHECK(c == "c");
}

TEST_SUITE_END();
