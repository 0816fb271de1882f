#include <doctest/doctest.h>

#include "base/error.hpp"
#include "exit/closure.hpp"
#include "exit/exit_rules.hpp"
#include "oversight_fixture.hpp"
#include "rules/parameters.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/station_store.hpp"

using namespace czs;
using namespace czs::exit;

TEST_SUITE_BEGIN("exit");

TEST_CASE("R-EXIT-MIN: six months to the day is enough; a day less needs a negotiated agreement")
{
  const auto params = rules::default_parameters();
  const Date opened{2026, 2, 1};
  CHECK(check_exit_min(opened, Date{2026, 8, 1}, "", params).problems.empty());
  CHECK(check_exit_min(opened, Date{2026, 8, 1}, "", params).basis == Basis::voluntary);
  const auto early = check_exit_min(opened, Date{2026, 7, 31}, "", params);
  REQUIRE(early.problems.size() == 1);
  CHECK(early.problems[0].rule == "R-EXIT-MIN");
  CHECK(early.problems[0].article == "14.1");
  CHECK(early.problems[0].message.find("2026-08-01") != std::string::npos);
  const auto negotiated = check_exit_min(opened, Date{2026, 7, 31}, "XY-1", params);
  CHECK(negotiated.problems.empty());
  CHECK(negotiated.basis == Basis::negotiated);
}

TEST_CASE("R-EXIT-RECOVER: one diagnostic per item or account still out")
{
  std::vector<stations::Equipment> equipment{{1, "电脑", "PC-1", "2026-02-01", ""},
                                             {2, "打印机", "PR-1", "2026-02-01", "2026-08-01"}};
  std::vector<stations::PlatformAccount> accounts{{1, "县平台", "kd001", "发布员", "2026-02-01", ""}};
  const auto out = check_recovered(equipment, accounts);
  REQUIRE(out.size() == 2);
  CHECK(out[0].rule == "R-EXIT-RECOVER");
  CHECK(out[0].article == "14.4");
  CHECK(out[0].message.find("PC-1") != std::string::npos);
  CHECK(out[1].message.find("kd001") != std::string::npos);
  equipment[0].recovered_on = "2026-08-01";
  accounts[0].recovered_on = "2026-08-01";
  CHECK(check_recovered(equipment, accounts).empty());
}

TEST_CASE("basis: keys read back, anything else is refused")
{
  for (auto b : {Basis::voluntary, Basis::negotiated, Basis::low_volume, Basis::bad_credit}) {
    CHECK(parse_basis(to_string(b)) == b);
  }
  CHECK_FALSE(parse_basis("terminated").has_value());
}

TEST_CASE("an exit: decided, refused while anything is out, recovered, completed")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2026-01-01");
  {
    auto tx = county.write();
    stations::issue_equipment(tx, station, {0, "电脑", "PC-1", "2026-01-01", ""});
    stations::grant_account(tx, station, {0, "县平台", "a001", "发布员", "2026-01-01", ""});
    tx.commit();
  }
  const auto params = rules::default_parameters();
  auto tx = county.write();
  ExitRequest request;
  request.decided_on = "2026-09-01";
  const Closure c = decide_exit(tx, station, request, params);
  CHECK(c.basis == Basis::voluntary);
  CHECK(station.status == stations::Status::closing);
  try {
    complete_exit(tx, station, "2026-09-02");
    FAIL("the closure completed with equipment and an account out");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    CHECK(e.diagnostics().size() == 2);
  }
  CHECK_THROWS_AS(recover_equipment(tx, station, "NO-SUCH", "2026-09-02"), Error);
  recover_equipment(tx, station, "PC-1", "2026-09-02");
  recover_account(tx, station, "a001", "2026-09-02");
  complete_exit(tx, station, "2026-09-03");
  CHECK(station.status == stations::Status::closed);
  CHECK(stations::require_station(tx.db(), "CN-A").closed_on == "2026-09-03");
  const auto closure = closure_of(tx.db(), station.id);
  REQUIRE(closure.has_value());
  CHECK(closure->completed_on == "2026-09-03");
}

TEST_CASE("a termination needs an eligible applied assessment, or an override that is recorded")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  const auto params = rules::default_parameters();
  auto tx = county.write();
  ExitRequest request;
  request.basis = Basis::low_volume;
  request.decided_on = "2026-09-01";
  try {
    decide_exit(tx, station, request, params);
    FAIL("a termination without eligibility was decided");
  } catch (const Error& e) {
    REQUIRE_FALSE(e.diagnostics().empty());
    CHECK(e.diagnostics()[0].rule == "R-TERMINATE-VOLUME");
    CHECK(e.diagnostics()[0].article == "14.2");
  }
  CHECK(station.status == stations::Status::open);
  request.override_reason = "村委会申请终止";
  const Closure c = decide_exit(tx, station, request, params);
  CHECK(c.basis == Basis::low_volume);
  CHECK(c.override_reason == "村委会申请终止");
  CHECK(station.status == stations::Status::closing);
}

TEST_CASE("R-EXIT-WAITING: each waiting purchase or parcel is named with how to hand it over")
{
  const auto out =
      check_nothing_waiting({{"purchase", "P3", "2026-09-01T10:00:00"}, {"parcel_in", "7", "2026-09-02T09:00:00"}});
  REQUIRE(out.size() == 2);
  CHECK(out[0].rule == "R-EXIT-WAITING");
  CHECK(out[0].message == "purchase P3 has been waiting at the station since 2026-09-01T10:00:00");
  CHECK(out[0].hint.find("czstation order purchase pickup P3") != std::string::npos);
  CHECK(out[1].message == "parcel 7 has been waiting at the station since 2026-09-02T09:00:00");
  CHECK(check_nothing_waiting({}).empty());
}

TEST_CASE("exit_refusal: new records stop on the day the exit is decided, not before")
{
  stations::Station s;
  s.code = "CN-A";
  s.status = stations::Status::closing;
  s.opened_on = "2026-01-01";
  s.exit_decided_on = "2026-09-30";
  CHECK(stations::exit_refusal(s, "2026-09-29").empty()); // a late paper record of the open station
  CHECK(stations::exit_refusal(s, "2026-09-30").find("exit was decided on 2026-09-30") != std::string::npos);
  CHECK_FALSE(stations::exit_refusal(s, "2026-10-02T09:00:00").empty());
  s.exit_decided_on.clear();
  CHECK(stations::exit_refusal(s, "2026-10-02").empty());
}

TEST_CASE("an exit: the closure waits for a villager's parcel still at the station")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2026-01-01");
  county.db().exec("INSERT INTO parcel (station_id, direction, status, carrier, tracking_no, person_name, "
                   "person_phone, fee_fen, arrived_at, pickup_code) VALUES (1, 'in', 'notified', '顺丰', 'SF1', "
                   "'扎西', '13800000001', 0, '2026-09-20T09:00:00', '123456')");
  auto tx = county.write();
  ExitRequest request;
  request.decided_on = "2026-09-30";
  decide_exit(tx, station, request, rules::default_parameters());
  CHECK(station.exit_decided_on == "2026-09-30");
  try {
    complete_exit(tx, station, "2026-10-05");
    FAIL("the closure completed with a parcel waiting");
  } catch (const Error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].rule == "R-EXIT-WAITING");
  }
  CHECK(station.status == stations::Status::closing);
}

TEST_SUITE_END();
