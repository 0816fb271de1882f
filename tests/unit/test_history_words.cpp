#include <doctest/doctest.h>

// A record's history (order show, parcel show) in its two forms: the detail JSON prints, with
// fixed words as keys and English joining words whatever the language, and the one a table
// prints, in the reader's language.

#include "i18n/translate.hpp"
#include "ledger/history.hpp"

using namespace czs;
using namespace czs::ledger;

TEST_SUITE_BEGIN("ledger");

TEST_CASE("history: a dispute's kind is its key in the detail and the table's word in the shown text")
{
  Dispute d;
  d.id = 3;
  d.kind = "damaged";
  d.description = "外包装破损";
  d.opened_on = "2026-03-04";
  d.resolved_on = "2026-03-10";
  d.outcome = "卖家退款";
  {
    const LanguageScope zh(Language::zh);
    const auto steps = history_of(d);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].detail == "D3 damaged: 外包装破损");
    CHECK(steps[0].shown == "D3 损坏: 外包装破损");
    CHECK(steps[1].detail == "D3 卖家退款"); // an outcome is as entered
    CHECK(steps[1].shown == "D3 卖家退款");
  }
  const auto english = history_of(d);
  CHECK(english[0].shown == english[0].detail);
}

TEST_CASE("history: a service's kind and a parcel's joining words in the reader's language")
{
  Service v;
  v.kind = "electricity";
  v.served_on = "2026-04-05";
  v.amount_fen = 8650;
  Parcel p;
  p.carrier = "中国邮政";
  p.tracking_no = "EMS9";
  p.destination = "拉萨市";
  p.accepted_on = "2026-11-22";
  p.notified_at = "2026-11-23T11:00:00";
  p.notice_at_pickup = true;
  const LanguageScope zh(Language::zh);
  const auto service = history_of(v);
  CHECK(service[0].detail == "electricity 86.50");
  CHECK(service[0].shown == "电费 86.50");
  const auto parcel = history_of(p);
  REQUIRE(parcel.size() == 2);
  CHECK(parcel[0].detail == "中国邮政 EMS9 to 拉萨市");
  CHECK(parcel[0].shown == "中国邮政 EMS9，寄往 拉萨市");
  CHECK(parcel[1].detail == "at the pickup: no notice before");
  CHECK(parcel[1].shown == "取件时记录：此前未通知");
}
