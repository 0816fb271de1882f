#include <doctest/doctest.h>

#include "audit/audited_transaction.hpp"
#include "audit/import_digest.hpp"
#include "base/error.hpp"
#include "ledger/checks.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/ledger.hpp"
#include "ledger/lifecycle.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/pickup_code.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_columns.hpp"
#include "ledger/record_step.hpp"
#include "ledger/record_store.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/tracking.hpp"
#include "storage/migrations.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace czs;
using namespace czs::ledger;

namespace {

// Every (from, step) a lifecycle allows, written out by hand from SPEC.md and the measures, so
// the tables in lifecycle.cpp are checked against an independent statement of them.
using Allowed = std::map<std::pair<std::string, std::string>, std::string>;

void check_lifecycle(const Lifecycle& lc, const Allowed& allowed)
{
  std::set<std::string> steps;
  for (const auto& [key, to] : allowed) {
    steps.insert(key.second);
  }
  steps.insert("bogus");
  for (const auto status : lc.statuses) {
    for (const auto& step : steps) {
      const auto it = allowed.find({std::string(status), step});
      auto result = advance(lc, status, step);
      CAPTURE(status);
      CAPTURE(step);
      if (it == allowed.end()) {
        CHECK_FALSE(result.ok());
        CHECK(result.error().find("cannot " + step) != std::string::npos);
      } else {
        REQUIRE(result.ok());
        CHECK(*result == it->second);
      }
    }
  }
  CHECK(lc.transitions.size() == allowed.size());
}

SQLite::Database ledger_db()
{
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : storage::embedded_migrations()) {
    db.exec(m.sql);
  }
  db.exec("INSERT INTO station (id, code, name, township, village, premises, area_centi_m2, population, "
          "manager_name, manager_phone, status, applied_on, opened_on) VALUES "
          "(1, 'CN-A', 'A', 'T1', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10'), "
          "(2, 'CN-B', 'B', 'T2', 'V', 'other', 4000, 100, 'M', '13900000000', 'open', '2026-01-01', '2026-01-10')");
  return db;
}

Purchase requested(const std::string& day = "2026-03-01")
{
  Purchase p;
  p.id = 12;
  p.station_id = 1;
  p.requested_on = day;
  p.villager_name = "卓玛";
  p.villager_phone = "13900000002";
  p.item = "电饭锅";
  p.price_fen = 19900;
  return p;
}

} // namespace

TEST_SUITE_BEGIN("ledger");

TEST_CASE("purchase lifecycle allows exactly the steps of Art. 5.1 and refuses every other")
{
  check_lifecycle(purchase_lifecycle(), {{{"requested", "pay"}, "ordered"},
                                         {{"requested", "cancel"}, "cancelled"},
                                         {{"ordered", "arrive"}, "arrived"},
                                         {{"ordered", "cancel"}, "cancelled"},
                                         {{"arrived", "notify"}, "notified"},
                                         {{"arrived", "return"}, "returned"},
                                         {{"arrived", "exchange"}, "exchanging"},
                                         {{"notified", "pickup"}, "picked_up"},
                                         {{"notified", "return"}, "returned"},
                                         {{"notified", "exchange"}, "exchanging"},
                                         {{"picked_up", "return"}, "returned"},
                                         {{"picked_up", "exchange"}, "exchanging"},
                                         {{"exchanging", "arrive"}, "arrived"},
                                         {{"exchanging", "return"}, "returned"}});
}

TEST_CASE("sale lifecycle: recommended, in contact, listed, sold; withdrawn before the sale")
{
  check_lifecycle(sale_lifecycle(), {{{"recommended", "contact"}, "in_contact"},
                                     {{"recommended", "withdraw"}, "withdrawn"},
                                     {{"in_contact", "list"}, "listed"},
                                     {{"in_contact", "withdraw"}, "withdrawn"},
                                     {{"listed", "sell"}, "sold"},
                                     {{"listed", "withdraw"}, "withdrawn"}});
}

TEST_CASE("parcel lifecycles: inbound with notice and pickup or return, outbound dispatched")
{
  check_lifecycle(parcel_in_lifecycle(), {{{"arrived", "notify"}, "notified"},
                                          {{"arrived", "pickup"}, "picked_up"},
                                          {{"arrived", "return"}, "returned"},
                                          {{"notified", "pickup"}, "picked_up"},
                                          {{"notified", "return"}, "returned"}});
  check_lifecycle(parcel_out_lifecycle(), {{{"accepted", "dispatch"}, "dispatched"}});
}

TEST_CASE("dispute lifecycle: negotiated or referred before it is resolved")
{
  check_lifecycle(dispute_lifecycle(), {{{"open", "negotiate"}, "negotiating"},
                                        {{"open", "refer"}, "referred"},
                                        {{"negotiating", "refer"}, "referred"},
                                        {{"negotiating", "resolve"}, "resolved"},
                                        {{"referred", "resolve"}, "resolved"}});
  CHECK(dispute_lifecycle().completed.empty());
}

TEST_CASE("service lifecycle has no steps: a service is done when recorded")
{
  CHECK(service_lifecycle().transitions.empty());
  CHECK(service_lifecycle().initial == service_lifecycle().completed);
  auto r = advance(service_lifecycle(), "done", "pay");
  CHECK_FALSE(r.ok());
  CHECK(r.error().find("no step is allowed") != std::string::npos);
}

TEST_CASE("advance names the allowed next steps when a step is out of order")
{
  auto r = advance(purchase_lifecycle(), "ordered", "pickup");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "cannot pickup a purchase that is ordered: the allowed next steps are arrive, cancel");
}

TEST_CASE("purchase steps fill their dates and put a picked-up purchase in the ledger")
{
  Purchase p = requested();
  pay(p, "淘宝", "T1", 19900, "2026-03-01");
  arrive(p, "2026-03-03T10:00:00");
  notify(p, "2026-03-03T12:00:00");
  CHECK(p.completed_on.empty());
  pick_up(p, "2026-03-04");
  CHECK(p.status == "picked_up");
  CHECK(p.completed_on == "2026-03-04");
  CHECK(last_step(p) == "2026-03-04");
}

TEST_CASE("purchase steps refuse a date before the previous step and leave the record as it was")
{
  Purchase p = requested("2026-03-05");
  CHECK_THROWS_AS(pay(p, "淘宝", "T1", 100, "2026-03-04"), Error);
  CHECK(p.status == "requested");
  pay(p, "淘宝", "T1", 100, "2026-03-05");
  arrive(p, "2026-03-06T10:00:00");
  CHECK_THROWS_WITH_AS(notify(p, "2026-03-06T09:59:00"), doctest::Contains("before the previous step"), Error);
  notify(p, "2026-03-06T10:00:00"); // the same minute is in order
}

TEST_CASE("a returned or exchanged purchase leaves the ledger; the replacement's pickup brings it back")
{
  Purchase p = requested();
  pay(p, "淘宝", "T1", 100, "2026-03-01");
  arrive(p, "2026-03-02T09:00:00");
  notify(p, "2026-03-02T10:00:00");
  pick_up(p, "2026-03-03");
  const PurchaseExchange back = exchange(p, "2026-03-05", "尺码不对");
  CHECK(back.picked_up_on == "2026-03-03");
  CHECK(back.reason == "尺码不对");
  CHECK(p.status == "exchanging");
  CHECK(p.completed_on.empty());
  CHECK_THROWS_AS(arrive(p, "2026-03-04T10:00:00"), Error); // before the exchange
  arrive(p, "2026-03-08T10:00:00");
  CHECK(p.notified_at.empty());
  notify(p, "2026-03-08T11:00:00");
  pick_up(p, "2026-03-09");
  CHECK(p.completed_on == "2026-03-09");
  return_goods(p, "2026-03-10", "质量问题");
  CHECK(p.status == "returned");
  CHECK(p.completed_on.empty());
  CHECK_THROWS_AS(cancel(p, "2026-03-11", "x"), Error);
}

TEST_CASE("sale steps: sold enters the ledger with its amount and fee")
{
  Sale s;
  s.id = 3;
  s.recommended_on = "2026-04-01";
  contact(s, "2026-04-02");
  CHECK_THROWS_AS(sell(s, "2026-04-03", 100, "斤", 5000, 0), Error);
  list_product(s, "2026-04-03");
  sell(s, "2026-04-10", 5050, "斤", 12000, 300);
  CHECK(s.completed_on == "2026-04-10");
  CHECK(s.amount_fen == 12000);
  CHECK_THROWS_AS(withdraw(s, "2026-04-11", "x"), Error);
}

TEST_CASE("parcel pickup needs the right code and does not say what it is")
{
  Parcel p;
  p.id = 7;
  p.arrived_at = "2026-05-01T09:00:00";
  p.pickup_code = "123456";
  notify(p, "2026-05-01T09:30:00");
  try {
    pick_up(p, "2026-05-01T10:00:00", "654321");
    FAIL("a wrong code was accepted");
  } catch (const Error& e) {
    CHECK(e.diagnostics().front().message.find("123456") == std::string::npos);
    CHECK(e.diagnostics().front().hint.find("123456") == std::string::npos);
  }
  CHECK(p.status == "notified");
  pick_up(p, "2026-05-01T10:00:00", "123456");
  CHECK(p.completed_on == "2026-05-01");
  CHECK_FALSE(p.notice_at_pickup);
}

TEST_CASE("parcel pickup before any notice records the notice at the pickup, flagged")
{
  Parcel p;
  p.id = 8;
  p.arrived_at = "2026-05-01T09:00:00";
  p.pickup_code = "123456";
  CHECK_THROWS_AS(pick_up(p, "2026-05-01T08:00:00", "123456"), Error); // before it arrived
  CHECK(p.status == "arrived");
  pick_up(p, "2026-05-03T10:00:00", "123456");
  CHECK(p.status == "picked_up");
  CHECK(p.notified_at == "2026-05-03T10:00:00");
  CHECK(p.notice_at_pickup);
}

TEST_CASE("outbound parcels enter the ledger when dispatched")
{
  Parcel p;
  p.id = 8;
  p.direction = "out";
  p.status = "accepted";
  p.accepted_on = "2026-05-02";
  CHECK_THROWS_AS(notify(p, "2026-05-02T10:00:00"), Error);
  dispatch(p, "2026-05-03");
  CHECK(p.completed_on == "2026-05-03");
}

TEST_CASE("disputes: goods complaints need goods that arrived")
{
  Purchase p = requested();
  CHECK_FALSE(dispute_refusal(p, "late", "2026-03-02").empty()); // never ordered
  pay(p, "淘宝", "T1", 100, "2026-03-01");
  CHECK(dispute_refusal(p, "late", "2026-03-09").empty());
  CHECK_FALSE(dispute_refusal(p, "damaged", "2026-03-09").empty());
  arrive(p, "2026-03-10T08:00:00");
  CHECK(dispute_refusal(p, "damaged", "2026-03-10").empty());
  Dispute d;
  d.id = 1;
  d.opened_on = "2026-03-10";
  CHECK_THROWS_AS(resolve(d, "2026-03-11", "退款"), Error);
  negotiate(d, "2026-03-11");
  refer(d, "2026-03-12", "县市场监督管理局");
  resolve(d, "2026-03-20", "退款");
  CHECK(d.status == "resolved");
}

TEST_CASE("pickup codes are six digits, redrawn while a waiting parcel holds them")
{
  std::vector<std::uint32_t> draws{42, 123456, 2'000'042, 7};
  std::size_t next = 0;
  const std::set<std::string> taken{"000042", "123456"};
  const std::string code =
      new_pickup_code([&] { return draws[next++]; }, [&](const std::string& c) { return taken.count(c) > 0; });
  CHECK(code == "000007"); // 42 and 2,000,042 both give 000042
  CHECK(is_pickup_code(code));
  CHECK_FALSE(is_pickup_code("12345"));
  CHECK_FALSE(is_pickup_code("12345a"));
  CHECK_THROWS_AS(new_pickup_code([] { return 1u; }, [](const std::string&) { return true; }), Error);
}

TEST_CASE("issue_pickup_code never repeats a code of the station's waiting parcels")
{
  SQLite::Database db = ledger_db();
  std::set<std::string> codes;
  SQLite::Statement insert(db,
                           "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, "
                           "person_phone, fee_fen, pickup_code, arrived_at) VALUES (1, 'in', 'arrived', 'c', ?, 'n', "
                           "'1', 0, ?, '2026-01-11T00:00:00')");
  for (int i = 0; i < 300; ++i) {
    const std::string code = issue_pickup_code(db, 1);
    CHECK(codes.insert(code).second);
    insert.reset();
    insert.bind(1, "T" + std::to_string(i));
    insert.bind(2, code);
    insert.exec();
  }
}

TEST_CASE("the ledger counts completed records by station, kind and completion day")
{
  SQLite::Database db = ledger_db();
  db.exec("INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone, item, quantity, "
          "price_fen, fee_fen, paid_fen, completed_on) VALUES "
          "(1, 'picked_up', '2026-03-01', 'a', '1', 'x', 1, 100, 5, 100, '2026-03-31'),"
          "(1, 'picked_up', '2026-03-01', 'a', '1', 'x', 1, 100, 5, 100, '2026-04-01'),"
          "(1, 'notified', '2026-03-01', 'a', '1', 'x', 1, 100, 5, 100, NULL),"
          "(2, 'picked_up', '2026-03-01', 'a', '1', 'x', 1, 100, 5, 100, '2026-03-15')");
  db.exec(
      "INSERT INTO service (station_id, status, served_on, kind, villager_name, villager_phone, amount_fen, fee_fen, "
      "note, completed_on) VALUES (1, 'done', '2026-03-02', 'water', 'a', '', 5000, 0, '', '2026-03-02')");
  db.exec(
      "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen, "
      "arrived_at, picked_up_at, accepted_on, dispatched_on, completed_on) VALUES "
      "(1, 'in', 'picked_up', 'c', 'A', 'n', '1', 0, '2026-03-03T00:00:00', '2026-03-04T00:00:00', NULL, NULL, "
      "'2026-03-04'),"
      "(1, 'out', 'dispatched', 'c', 'B', 'n', '', 800, NULL, NULL, '2026-03-05', '2026-03-05', '2026-03-05'),"
      "(1, 'out', 'accepted', 'c', 'C', 'n', '', 800, NULL, NULL, '2026-03-05', NULL, NULL)");
  const Date march_first{2026, 3, 1};
  const Date march_last{2026, 3, 31};
  CHECK(count_ledger(db, 1, march_first, march_last) == 4);
  CHECK(count_ledger(db, std::nullopt, march_first, march_last) == 5);
  const std::vector<std::string> parcels{"parcel_in", "parcel_out"};
  CHECK(count_ledger(db, 1, march_first, march_last, parcels) == 2);
  const std::vector<std::string> outbound{"parcel_out"};
  CHECK(count_ledger(db, 1, march_first, march_last, outbound) == 1);
  CHECK(count_ledger(db, 1, Date{2026, 4, 1}, Date{2026, 4, 30}) == 1);

  std::map<std::int64_t, std::int64_t> volume;
  for_each_station_volume(db, march_first, march_last, {}, [&](std::int64_t s, std::int64_t n) { volume[s] = n; });
  CHECK(volume == std::map<std::int64_t, std::int64_t>{{1, 4}, {2, 1}});

  std::vector<LedgerTotal> totals;
  for_each_ledger_total(db, march_first, march_last, [&](const LedgerTotal& t) { totals.push_back(t); });
  REQUIRE(totals.size() == 5);
  CHECK(totals[0].kind == "purchase");
  CHECK(totals[0].amount_fen == 100);
  CHECK(totals[0].fee_fen == 5);
  CHECK(totals[1].kind == "service");
  CHECK(totals[1].amount_fen == 5000);
  CHECK(totals[3].kind == "parcel_out");
  CHECK(totals[3].fee_fen == 800);
  CHECK(totals[4].station_id == 2);
}

TEST_CASE("counting one station's volume uses the (station_id, completed_on) index")
{
  SQLite::Database db = ledger_db();
  SQLite::Statement plan(db, "EXPLAIN QUERY PLAN SELECT count(*) FROM purchase WHERE station_id = ?3 AND "
                             "completed_on BETWEEN ?1 AND ?2");
  std::string detail;
  while (plan.executeStep()) {
    detail += plan.getColumn(3).getString();
  }
  CHECK(detail.find("COVERING INDEX purchase_by_station") != std::string::npos);
}

TEST_CASE("completed_on is the step's day only in the lifecycle's completed status")
{
  CHECK(completed_on(purchase_lifecycle(), "picked_up", "2026-03-04") == "2026-03-04");
  CHECK(completed_on(purchase_lifecycle(), "notified", "2026-03-04").empty());
  CHECK(completed_on(parcel_out_lifecycle(), "dispatched", "2026-03-04") == "2026-03-04");
  REQUIRE(find_ledger_kind("parcel_in"));
  CHECK(find_ledger_kind("parcel_in")->table == "parcel");
  CHECK(find_ledger_kind("dispute") == nullptr);
}

TEST_CASE("R-FEE: the lower of a fixed cap and a share of the amount; a service kind's own cap first")
{
  rules::Parameters params;
  CHECK_FALSE(fee_cap(params, "purchase", "", 10000).has_value());
  params.fee_schedule["purchase"] = {500, 30};
  params.fee_schedule["service"] = {200, std::nullopt};
  params.fee_schedule["service.ticket"] = {1000, std::nullopt};
  CHECK(fee_cap(params, "purchase", "", 10000) == 300);
  CHECK(fee_cap(params, "purchase", "", 100000) == 500);
  CHECK(fee_cap(params, "service", "water", 0) == 200);
  CHECK(fee_cap(params, "service", "ticket", 0) == 1000);
  CHECK_FALSE(check_fee(params, "purchase", "", 10000, 300).has_value());
  auto over = check_fee(params, "purchase", "", 10000, 301);
  REQUIRE(over.has_value());
  CHECK(rules::id_of(over->rule) == "R-FEE");
  CHECK(over->threshold == 300);
}

TEST_CASE("R-PICKUP-NOTICE: a notice more than the limit after arrival is a finding")
{
  SQLite::Database db = ledger_db();
  db.exec(
      "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen, "
      "arrived_at, notified_at) VALUES "
      "(1, 'in', 'notified', 'c', 'A', 'n', '1', 0, '2026-03-03T10:00:00', '2026-03-04T10:00:00'),"
      "(1, 'in', 'notified', 'c', 'B', 'n', '1', 0, '2026-03-03T10:00:00', '2026-03-04T10:00:01'),"
      "(1, 'in', 'arrived', 'c', 'C', 'n', '1', 0, '2026-03-30T10:00:00', NULL)");
  rules::Parameters params;
  std::vector<LedgerFinding> found;
  for_each_notice_finding(db, params, Date{2026, 3, 1}, Date{2026, 3, 31}, "2026-03-31T09:00:00", std::nullopt,
                          [&](const LedgerFinding& f) { found.push_back(f); });
  REQUIRE(found.size() == 1);
  CHECK(found[0].record_id == 2);
  found.clear();
  for_each_notice_finding(db, params, Date{2026, 3, 1}, Date{2026, 3, 31}, "2026-03-31T10:00:01", std::nullopt,
                          [&](const LedgerFinding& f) { found.push_back(f); });
  CHECK(found.size() == 2);
}

TEST_CASE("R-PICKUP-NOTICE: any limit finds the same notices the whole tables give, under 24 hours too")
{
  SQLite::Database db = ledger_db();
  db.exec("INSERT INTO purchase (station_id, status, requested_on, villager_name, villager_phone, item, quantity, "
          "price_fen, fee_fen, arrived_at, notified_at) VALUES "
          "(1, 'notified', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03T07:00:00', '2026-03-03T20:00:00'),"
          "(1, 'notified', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-03T08:00:00', '2026-03-04T09:00:00'),"
          "(2, 'arrived', '2026-03-01', 'v', '1', 'i', 1, 100, 0, '2026-03-30 08:00', NULL),"
          "(2, 'notified', '2026-02-01', 'v', '1', 'i', 1, 100, 0, '2026-02-27T08:00:00', '2026-03-09T08:00:00')");
  db.exec(
      "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen, "
      "arrived_at, notified_at) VALUES "
      "(1, 'in', 'notified', 'c', 'A', 'n', '1', 0, '2026-03-05T10:00:00', '2026-03-06T16:00:00'),"
      "(1, 'in', 'notified', 'c', 'B', 'n', '1', 0, '2026-03-05T10:00:00', '2026-03-05T11:00:00')");
  auto found = [&](int hours) {
    rules::Parameters params;
    params.pickup_notice_hours = hours;
    std::vector<std::string> refs;
    for_each_notice_finding(
        db, params, Date{2026, 3, 1}, Date{2026, 3, 31}, "2026-03-31T09:00:00", std::nullopt,
        [&](const LedgerFinding& f) { refs.push_back(f.ref() + "/" + std::to_string(f.measured)); });
    return refs;
  };
  // 12 hours reads the tables whole: the 13-hour notice is one the late-notice indexes never hold.
  // P4 arrived in February: it belongs to that month, whenever its notice came.
  CHECK(found(12) == std::vector<std::string>{"P1/13", "P2/25", "1/30", "P3/25"});
  CHECK(found(24) == std::vector<std::string>{"P2/25", "1/30", "P3/25"});
  CHECK(found(26) == std::vector<std::string>{"1/30"});
  CHECK(found(720).empty());
}

TEST_CASE("R-PICKUP-NOTICE: times with a space or without seconds are checked too; unreadable ones never")
{
  SQLite::Database db = ledger_db();
  db.exec(
      "INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, fee_fen, "
      "arrived_at, notified_at) VALUES "
      "(1, 'in', 'notified', 'c', 'A', 'n', '1', 0, '2026-03-03 10:00', '2026-03-04T10:01'),"
      "(1, 'in', 'notified', 'c', 'B', 'n', '1', 0, '2026-03-03T10:00:00', '2026-03-04 09:59'),"
      "(1, 'in', 'arrived', 'c', 'C', 'n', '1', 0, '2026-03-05Tlate', NULL),"
      "(2, 'in', 'arrived', 'c', 'D', 'n', '1', 0, '2026-03-02T08:00:00', NULL)");
  rules::Parameters params;
  std::vector<std::int64_t> found;
  for_each_notice_finding(db, params, Date{2026, 3, 1}, Date{2026, 3, 31}, "2026-03-31T09:00:00", std::nullopt,
                          [&](const LedgerFinding& f) { found.push_back(f.record_id); });
  CHECK(found == std::vector<std::int64_t>{1, 4}); // by station, then arrival
}

TEST_CASE("the canonical row an import digests equals SQLite's quote() of the stored row")
{
  SQLite::Database db = ledger_db();
  audit::AuditContext who{"t", "test"};
  audit::AuditedTransaction tx(db, who, "test");
  Purchase p = requested();
  p.item = "it's \"quoted\", 电饭锅";
  pay(p, "淘宝", "T'1", 100, "2026-03-01");
  p.id = 0;
  insert_record(tx, p);
  std::vector<ColumnValue> values;
  values_of(p, values);
  audit::CanonicalRow mine;
  add_canonical(mine, values);
  const std::string sql = "SELECT " + audit::canonical_row_expression(db, "purchase") + " FROM purchase WHERE id = ?";
  SQLite::Statement q(db, sql);
  q.bind(1, static_cast<std::int64_t>(p.id));
  REQUIRE(q.executeStep());
  CHECK(mine.text() == q.getColumn(0).getString());
}

TEST_CASE("take_step: a step is saved whole, names its station, and a missing record is not found")
{
  SQLite::Database db = ledger_db();
  audit::AuditContext who{"t", "test"};
  {
    audit::AuditedTransaction tx(db, who, "test");
    Purchase p = requested();
    insert_record(tx, p);
    tx.commit();
  }
  audit::AuditedTransaction tx(db, who, "purchase.pay");
  auto done = take_step<Purchase>(tx, 1, [](Purchase& p) {
    pay(p, "淘宝", "T1", 19900, "2026-03-02");
    return std::string("paid");
  });
  CHECK(done.message == "paid");
  CHECK(done.station.code == "CN-A");
  CHECK(require_record<Purchase>(db, 1).status == "ordered");
  CHECK_THROWS_WITH_AS(require_record<Purchase>(db, 99), "no purchase P99", Error);
  CHECK_THROWS_WITH_AS(require_record<Sale>(db, 3), "no sale S3", Error);
  CHECK_THROWS_WITH_AS(require_record<Dispute>(db, 4), "no dispute D4", Error);
  try {
    require_record<Parcel>(db, 5);
    FAIL("no parcel 5 exists");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::not_found);
    CHECK(e.diagnostics().at(0).hint.find("czstation parcel list") != std::string::npos);
  }
}

TEST_CASE("take_step: a step dated before the station opened or after it closed is refused, nothing saved")
{
  SQLite::Database db = ledger_db();
  audit::AuditContext who{"t", "test"};
  {
    audit::AuditedTransaction tx(db, who, "test");
    Purchase p = requested("2026-03-01");
    insert_record(tx, p);
    tx.commit();
  }
  db.exec("UPDATE station SET status = 'closed', closed_on = '2026-03-10' WHERE id = 1");
  audit::AuditedTransaction tx(db, who, "purchase.pay");
  auto pay_on = [](const std::string& day) {
    return [day](Purchase& p) {
      pay(p, "淘宝", "T1", 19900, day);
      return std::string("paid");
    };
  };
  CHECK_THROWS_WITH_AS(take_step<Purchase>(tx, 1, pay_on("2026-03-11")),
                       "station CN-A closed on 2026-03-10; it takes no record dated 2026-03-11", Error);
  CHECK(require_record<Purchase>(db, 1).status == "requested");
  CHECK_NOTHROW(take_step<Purchase>(tx, 1, pay_on("2026-03-10")));
}

TEST_CASE("check_notice: exactly the limit is in time; an hour more is a finding naming the record")
{
  rules::Parameters params;
  params.pickup_notice_hours = 24;
  CHECK_FALSE(check_notice(params, "purchase", 2, "P2", "2026-03-01T09:00:00", "2026-03-02T09:00:00").has_value());
  auto late = check_notice(params, "purchase", 2, "P2", "2026-03-01T09:00:00", "2026-03-02T10:00:00");
  REQUIRE(late.has_value());
  CHECK(late->rule == rules::Rule::pickup_notice);
  CHECK(late->measured == 25);
  CHECK(late->threshold == 24);
  CHECK(late->on == "2026-03-01");
  CHECK_FALSE(late->in_fen());
  CHECK(late->message == "purchase P2 was notified 25 hours after it arrived; the limit is 24 hours");
  auto parcel = check_notice(params, "parcel_in", 5, "5", "2026-03-01T09:00:00", "2026-03-03T09:00:00");
  REQUIRE(parcel.has_value());
  CHECK(parcel->message == "parcel 5 was notified 48 hours after it arrived; the limit is 24 hours");
}

TEST_CASE("tracking numbers: one lookup for commands and imports; a duplicate is refused naming the parcel")
{
  SQLite::Database db = ledger_db();
  db.exec("INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, person_phone, "
          "fee_fen, arrived_at, pickup_code) VALUES (1, 'in', 'arrived', '顺丰', 'SF1', '扎西', '13800000001', "
          "0, '2026-03-01T09:00:00', '123456')");
  TrackingLookup lookup(db);
  CHECK(lookup.find("顺丰", "SF1") == 1);
  CHECK_FALSE(lookup.find("圆通", "SF1").has_value());
  CHECK_FALSE(lookup.find("顺丰", "SF2").has_value());
  Parcel p;
  p.carrier = "顺丰";
  p.tracking_no = "SF1";
  CHECK_THROWS_WITH_AS(refuse_duplicate_tracking(db, p), "顺丰 tracking number SF1 is already parcel 1", Error);
  p.tracking_no = "SF2";
  CHECK_NOTHROW(refuse_duplicate_tracking(db, p));
}

TEST_SUITE_END();
