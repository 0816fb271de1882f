#include <doctest/doctest.h>

#include "base/error.hpp"
#include "ledger/paper_entry.hpp"

#include <string>
#include <vector>

using namespace czs;
using namespace czs::ledger;

// Records entered late from paper (issue 14): each step as its command takes it, at the
// boundaries of the lifecycle and of the dates.

TEST_SUITE_BEGIN("ledger");

namespace {

Sale recommended(const std::string& day)
{
  Sale s;
  s.recommended_on = day;
  return s;
}

Parcel arrived(const std::string& at)
{
  Parcel p;
  p.direction = "in";
  p.status = "arrived";
  p.arrived_at = at;
  p.pickup_code = "123456";
  return p;
}

ErrorKind kind_of(auto&& take)
{
  try {
    take();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("not refused");
  return ErrorKind::internal;
}

} // namespace

TEST_CASE("a sale form: contacted, listed and sold the same day is taken; the sale completes on its day")
{
  Sale s = recommended("2026-03-01");
  SalePaper paper;
  paper.contacted_on = paper.listed_on = paper.sold_on = "2026-03-01";
  paper.quantity_centi = 1250;
  paper.unit = "斤";
  paper.amount_fen = 125000;
  paper.fee_fen = 2000;
  CHECK(take_paper_steps(s, paper) == std::vector<std::string>{"contact", "list", "sell"});
  CHECK(s.status == "sold");
  CHECK(s.completed_on == "2026-03-01");
  CHECK(s.quantity_centi == 1250);
  CHECK(s.fee_fen == 2000);
}

TEST_CASE("a sale form: a step a day before the previous one, a skipped step and fields without a day are refused")
{
  SalePaper early;
  early.contacted_on = "2026-02-28";
  CHECK(kind_of([&] {
          Sale s = recommended("2026-03-01");
          take_paper_steps(s, early);
        })
        == ErrorKind::bad_data);

  SalePaper skipped;
  skipped.listed_on = "2026-03-02";
  CHECK(kind_of([&] {
          Sale s = recommended("2026-03-01");
          take_paper_steps(s, skipped);
        })
        == ErrorKind::bad_data);

  SalePaper fields_only;
  fields_only.amount_fen = 100;
  CHECK(kind_of([&] {
          Sale s = recommended("2026-03-01");
          take_paper_steps(s, fields_only);
        })
        == ErrorKind::usage);

  SalePaper no_amount;
  no_amount.contacted_on = no_amount.listed_on = no_amount.sold_on = "2026-03-02";
  no_amount.quantity_centi = 100;
  CHECK(kind_of([&] {
          Sale s = recommended("2026-03-01");
          take_paper_steps(s, no_amount);
        })
        == ErrorKind::usage);

  SalePaper sold_then_withdrawn;
  sold_then_withdrawn.contacted_on = sold_then_withdrawn.listed_on = sold_then_withdrawn.sold_on = "2026-03-02";
  sold_then_withdrawn.quantity_centi = 100;
  sold_then_withdrawn.amount_fen = 100;
  sold_then_withdrawn.withdrawn_on = "2026-03-03";
  sold_then_withdrawn.reason = "无";
  CHECK(kind_of([&] {
          Sale s = recommended("2026-03-01");
          take_paper_steps(s, sold_then_withdrawn);
        })
        == ErrorKind::bad_data);
}

TEST_CASE("a parcel register: a pickup with no notice records the notice at the pickup")
{
  Parcel p = arrived("2026-11-10T09:00:00");
  ParcelPaper paper;
  paper.picked_up_at = "2026-11-12T10:00:00";
  CHECK(take_paper_steps(p, paper) == std::vector<std::string>{"pickup"});
  CHECK(p.status == "picked_up");
  CHECK(p.notified_at == "2026-11-12T10:00:00");
  CHECK(p.notice_at_pickup);

  Parcel q = arrived("2026-11-10T09:00:00");
  paper.notified_at = "2026-11-10T09:00:00"; // the minute it arrived: not before it
  CHECK(take_paper_steps(q, paper) == std::vector<std::string>{"notify", "pickup"});
  CHECK_FALSE(q.notice_at_pickup);
}

TEST_CASE("a parcel register: steps of the other direction, a notice before the arrival, a return without reason")
{
  ParcelPaper dispatch;
  dispatch.dispatched_on = "2026-11-11";
  CHECK(kind_of([&] {
          Parcel p = arrived("2026-11-10T09:00:00");
          take_paper_steps(p, dispatch);
        })
        == ErrorKind::usage);

  ParcelPaper early;
  early.notified_at = "2026-11-10T08:59:00";
  CHECK(kind_of([&] {
          Parcel p = arrived("2026-11-10T09:00:00");
          take_paper_steps(p, early);
        })
        == ErrorKind::bad_data);

  ParcelPaper no_reason;
  no_reason.returned_on = "2026-11-20";
  CHECK(kind_of([&] {
          Parcel p = arrived("2026-11-10T09:00:00");
          take_paper_steps(p, no_reason);
        })
        == ErrorKind::usage);

  Parcel out;
  out.direction = "out";
  out.status = "accepted";
  out.accepted_on = "2026-11-10";
  ParcelPaper sent;
  sent.dispatched_on = "2026-11-10";
  CHECK(take_paper_steps(out, sent) == std::vector<std::string>{"dispatch"});
  CHECK(out.status == "dispatched");
  CHECK(out.completed_on == "2026-11-10");
}

TEST_SUITE_END();
