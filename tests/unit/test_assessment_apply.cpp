#include <doctest/doctest.h>

#include "assessment/amend.hpp"
#include "assessment/apply.hpp"
#include "assessment/judgement.hpp"
#include "assessment/run_store.hpp"
#include "i18n/chinese_lookup.hpp"
#include "oversight_fixture.hpp"
#include "stations/station_store.hpp"

using namespace czs;
using namespace czs::assessment;

TEST_SUITE_BEGIN("assessment");

namespace {

// A quarter's outcome written by hand: what the engine decided for one station.
Assessment quarter_with(const char* quarter, const StationDecision& decision, std::vector<Finding> findings = {})
{
  Assessment a;
  a.period = *parse_period(quarter);
  a.quarterly = true;
  a.stations = 1;
  a.findings = std::move(findings);
  a.decisions.push_back(decision);
  return a;
}

StationDecision order(const stations::Station& s, std::int64_t volume)
{
  StationDecision d;
  d.station_id = s.id;
  d.station_code = s.code;
  d.half_year_volume = volume;
  d.order_rectification = true;
  return d;
}

StationDecision under(const stations::Station& s, std::int64_t order_id, int without_improvement, bool lift)
{
  StationDecision d;
  d.station_id = s.id;
  d.station_code = s.code;
  d.rectification_id = order_id;
  d.quarters_without_improvement = without_improvement;
  d.lift_rectification = lift;
  d.eligible_volume_termination = !lift && without_improvement >= 3;
  return d;
}

} // namespace

TEST_CASE("apply: an order moves the station to rectifying, records the run, and a second apply records nothing")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  const auto finding =
      make_finding(rules::Rule::volume, station.id, "CN-A", "2026Q1", 40, 100, {"40 records", "40 records"});
  {
    auto tx = county.write();
    const Applied applied = apply(tx, quarter_with("2026Q1", order(station, 40), {finding}), Date{2026, 4, 1});
    tx.commit();
    CHECK_FALSE(applied.already);
    CHECK(applied.orders == 1);
    CHECK(applied.lifts == 0);
  }
  CHECK(stations::require_station(county.db(), "CN-A").status == stations::Status::rectifying);
  const auto run = applied_run(county.db(), "2026Q1");
  REQUIRE(run.has_value());
  CHECK(run->as_of == "2026-04-01");
  const auto recorded = findings_of_run(county.db(), run->id);
  REQUIRE(recorded.size() == 1);
  CHECK(recorded[0].rule == "R-VOLUME");
  const auto orders = open_rectifications(county.db());
  REQUIRE(orders.count(station.id) == 1);
  CHECK(orders.at(station.id).issued_quarter == "2026Q1");

  auto tx = county.write();
  const Applied again = apply(tx, quarter_with("2026Q1", order(station, 40), {finding}), Date{2026, 4, 2});
  CHECK(again.already);
  CHECK(again.applied_as_of == "2026-04-01");
  CHECK(again.run_id == run->id);
  CHECK(again.orders == 0);
}

TEST_CASE("apply: a finding's sentence is recorded in both languages and read back in the reader's")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  // Built as the rules build it: one call of the sentence under each language.
  const Bilingual sentence = in_both_languages([] { return std::string(tr("open")); });
  CHECK(sentence.en == "open");
  CHECK(current_language() == Language::en);       // switched back
  const bool chinese = sentence.zh != sentence.en; // a build tree without the catalogue has none
  // The same Chinese, looked up without switching the language (as the import's reading thread does).
  CHECK(std::string(tr_chinese("open")) == sentence.zh);
  CHECK(current_language() == Language::en);
  const auto finding = make_finding(rules::Rule::volume, station.id, "CN-A", "2026Q1", 40, 100, sentence);
  CHECK(finding.text() == "open");
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q1", order(station, 40), {finding}), Date{2026, 4, 1});
    tx.commit();
  }
  const auto run = applied_run(county.db(), "2026Q1");
  REQUIRE(run.has_value());
  CHECK(findings_of_run(county.db(), run->id).at(0).text() == "open");
  {
    const LanguageScope zh(Language::zh);
    const auto read = findings_of_run(county.db(), run->id);
    CHECK(read.at(0).text() == (chinese ? "已开业" : "open"));
    CHECK(read.at(0).messages.en == "open");
  }
  // A finding recorded before schema 0016 has one sentence, read in either language.
  county.db().exec("DELETE FROM finding_message");
  const LanguageScope zh(Language::zh);
  CHECK(findings_of_run(county.db(), run->id).at(0).text() == "open");
}

TEST_CASE("in_both_languages: inside CurrentLanguageOnly only the reader's sentence is made, the other left empty")
{
  int calls = 0;
  const auto make = [&calls] {
    ++calls;
    return std::string(tr("open"));
  };
  {
    const CurrentLanguageOnly shown_only;
    CHECK(current_language_only());
    const Bilingual en = in_both_languages(make);
    CHECK(calls == 1);
    CHECK(en.en == "open");
    CHECK(en.zh.empty());
    {
      const CurrentLanguageOnly nested;
      const LanguageScope zh(Language::zh);
      const Bilingual zh_only = in_both_languages(make);
      CHECK(calls == 2);
      CHECK(zh_only.en.empty());
      CHECK(zh_only.zh == tr_chinese("open"));
    }
    CHECK(current_language_only()); // the nested scope restored the outer one
  }
  CHECK_FALSE(current_language_only());
  const Bilingual both = in_both_languages(make);
  CHECK(calls == 4);
  CHECK(both.en == "open");
  CHECK(both.zh == tr_chinese("open"));
}

TEST_CASE("apply: a status change's reason is recorded in both languages and read back in the reader's")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  const bool chinese = std::string(tr_chinese("open")) != "open"; // a build tree without the catalogue has none
  {
    auto tx = county.write(); // applied by an English-speaking clerk
    apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
    tx.commit();
  }
  const std::string english = "rectification ordered at the end of 2026Q1 (R-VOLUME, Art. 14.2): 40 ledger "
                              "record(s) in the half year";
  const std::string chinese_reason = "2026Q1 末责令整改（R-VOLUME，第 14.2 条）：半年内台账记录 40 笔";
  auto last_reason = [&] { return stations::events_of(county.db(), station.id).back().reason; };
  CHECK(last_reason() == english);
  {
    const LanguageScope zh(Language::zh);
    CHECK(last_reason() == (chinese ? chinese_reason : english));
  }
  // The event itself keeps the applier's sentence, as before schema 0019.
  SQLite::Statement stored(county.db(), "SELECT reason FROM station_event ORDER BY id DESC LIMIT 1");
  REQUIRE(stored.executeStep());
  CHECK(stored.getColumn(0).getString() == english);
  // The opening reason went through the same writer: both sentences for each event.
  CHECK(county.db().execAndGet("SELECT count(*) FROM station_event_reason").getInt() == 2);

  // Applied under Chinese, read under English.
  auto second = county.station("CN-B", "2025-01-01");
  {
    const LanguageScope zh(Language::zh);
    auto tx = county.write();
    apply(tx, quarter_with("2026Q2", order(second, 7)), Date{2026, 7, 1});
    tx.commit();
  }
  CHECK(stations::events_of(county.db(), second.id).back().reason
        == "rectification ordered at the end of 2026Q2 (R-VOLUME, Art. 14.2): 7 ledger record(s) in the half year");

  // A change recorded before schema 0019 has one sentence, read in either language.
  county.db().exec("DELETE FROM station_event_reason");
  const LanguageScope zh(Language::zh);
  CHECK(last_reason() == english);
}

TEST_CASE("apply: an order in force is followed each quarter, then lifted when volume returns")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
    tx.commit();
  }
  const std::int64_t id = open_rectifications(county.db()).at(station.id).id;
  {
    auto tx = county.write();
    const Applied q2 = apply(tx, quarter_with("2026Q2", under(station, id, 1, false)), Date{2026, 7, 1});
    tx.commit();
    CHECK(q2.orders == 0);
    CHECK(q2.lifts == 0);
  }
  CHECK(open_rectifications(county.db()).at(station.id).quarters_without_improvement == 1);
  CHECK(rectification_followed_to(county.db()).at(station.id) == "2026Q2");
  {
    auto tx = county.write();
    const Applied q3 = apply(tx, quarter_with("2026Q3", under(station, id, 1, true)), Date{2026, 10, 1});
    tx.commit();
    CHECK(q3.lifts == 1);
  }
  CHECK(open_rectifications(county.db()).count(station.id) == 0);
  CHECK(stations::require_station(county.db(), "CN-A").status == stations::Status::open);
}

TEST_CASE("apply: eligibility for termination is counted and its finding makes the run the eligibility run")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
    tx.commit();
  }
  const std::int64_t id = open_rectifications(county.db()).at(station.id).id;
  const auto eligible = make_finding(rules::Rule::terminate_volume, station.id, "CN-A", "2026Q4", 3, 3,
                                     {"no improvement", "no improvement"});
  auto tx = county.write();
  const Applied q4 = apply(tx, quarter_with("2026Q4", under(station, id, 3, false), {eligible}), Date{2027, 1, 1});
  tx.commit();
  CHECK(q4.eligible == 1);
  const auto run = eligibility_run(county.db(), station.id, rules::Rule::terminate_volume);
  REQUIRE(run.has_value());
  CHECK(run->period == "2026Q4");
  CHECK_FALSE(eligibility_run(county.db(), station.id, rules::Rule::terminate_credit).has_value());
}

TEST_CASE("quarter_to_apply_first: an order followed to Q1 needs Q2 applied before Q3")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  auto tx = county.write();
  apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
  tx.commit();
  CHECK(quarter_to_apply_first(county.db(), *parse_period("2026Q3")) == "2026Q2");
  CHECK_FALSE(quarter_to_apply_first(county.db(), *parse_period("2026Q2")).has_value());
}

TEST_CASE("apply: the run is recorded with its decisions and judgements, and read back as it was")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  const auto finding =
      make_finding(rules::Rule::volume, station.id, "CN-A", "2026Q1", 40, 100, {"40 records", "40 records"});
  Assessment a = quarter_with("2026Q1", order(station, 40), {finding});
  a.judged.push_back(
      {station.id,
       "CN-A",
       90,
       {{rules::Rule::volume, NotJudged::judged}, {rules::Rule::terminate_volume, NotJudged::no_order}}});
  Applied applied;
  {
    auto tx = county.write();
    applied = apply(tx, a, Date{2026, 4, 1});
    tx.commit();
  }
  const auto run = run_by_id(county.db(), applied.run_id);
  REQUIRE(run.has_value());
  CHECK_FALSE(run->applied_at.empty());
  CHECK(run->superseded_by == 0);
  const Assessment recorded = recorded_assessment(county.db(), *run);
  CHECK(recorded.quarterly);
  CHECK(recorded.stations == 1);
  REQUIRE(recorded.findings.size() == 1);
  CHECK(recorded.findings[0].measured == 40);
  REQUIRE(recorded.decisions.size() == 1);
  CHECK(recorded.decisions[0].order_rectification);
  CHECK(recorded.decisions[0].half_year_volume == 40);
  REQUIRE(recorded.judged.size() == 1);
  REQUIRE(recorded.judged[0].rules.size() == 2);
  CHECK(recorded.judged[0].rules[1].reason == NotJudged::no_order);
}

TEST_CASE(
    "orders_in_force_at: an order is carried from the quarter after it was issued until the quarter it is lifted in")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
    tx.commit();
  }
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q1")).empty()); // issued at its end
  const auto q2 = orders_in_force_at(county.db(), *parse_period("2026Q2"));
  REQUIRE(q2.count(station.id) == 1);
  CHECK(q2.at(station.id).issued_quarter == "2026Q1");
  CHECK(q2.at(station.id).quarters_without_improvement == 0);
  const std::int64_t id = q2.at(station.id).id;
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q2", under(station, id, 1, false)), Date{2026, 7, 1});
    apply(tx, quarter_with("2026Q3", under(station, id, 2, true)), Date{2026, 10, 1});
    tx.commit();
  }
  // Today the order is lifted; at the start of Q2 and Q3 it was in force, carried one quarter.
  CHECK(open_rectifications(county.db()).empty());
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q2")).at(station.id).quarters_without_improvement == 0);
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q3")).at(station.id).quarters_without_improvement == 1);
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q4")).empty());
}

TEST_CASE("orders_in_force_at: a station terminated after the quarter still had its order at that quarter")
{
  test::OversightDb county;
  auto station = county.station("CN-A", "2025-01-01");
  {
    auto tx = county.write();
    apply(tx, quarter_with("2026Q1", order(station, 40)), Date{2026, 4, 1});
    tx.commit();
  }
  county.close(station, "2026-07-10");
  CHECK(open_rectifications(county.db()).empty());
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q2")).count(station.id) == 1);
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q3")).empty()); // exit decided in Q3
}

TEST_CASE("judge_station: why a rule did not judge a station")
{
  const rules::Parameters params;
  const Period q2 = *parse_period("2026Q2");
  auto reason = [](const StationJudgement& j, rules::Rule rule) {
    for (const auto& r : j.rules) {
      if (r.rule == rule) {
        return r.reason;
      }
    }
    FAIL("rule not listed");
    return NotJudged::judged;
  };
  const RegisterEntry never{1, "CN-A", std::nullopt, std::nullopt};
  CHECK(reason(judge_station(never, q2, false, params), rules::Rule::volume) == NotJudged::not_opened);
  const RegisterEntry later{2, "CN-B", Date{2026, 7, 1}, std::nullopt};
  CHECK(reason(judge_station(later, q2, false, params), rules::Rule::inspect_freq) == NotJudged::opened_after);
  const RegisterEntry young{3, "CN-C", Date{2026, 1, 2}, std::nullopt};
  const auto y = judge_station(young, q2, false, params);
  CHECK(reason(y, rules::Rule::volume) == NotJudged::not_open_long);
  CHECK(reason(y, rules::Rule::callback) == NotJudged::judged);
  CHECK(reason(y, rules::Rule::terminate_volume) == NotJudged::no_order);
  CHECK(y.operated_days == 91);
  const RegisterEntry leaving{4, "CN-D", Date{2025, 1, 1}, Date{2026, 5, 1}};
  const auto l = judge_station(leaving, q2, true, params);
  CHECK(reason(l, rules::Rule::volume) == NotJudged::closed);
  CHECK(reason(l, rules::Rule::terminate_volume) == NotJudged::judged);
  CHECK(reason(l, rules::Rule::post_quota) == NotJudged::judged);
  const RegisterEntry gone{5, "CN-E", Date{2025, 1, 1}, Date{2026, 3, 1}};
  CHECK(reason(judge_station(gone, q2, false, params), rules::Rule::post_quota) == NotJudged::closed);
  const auto month = judge_station(young, *parse_period("2026-05"), false, params);
  CHECK(month.rules.size() == 7); // the monthly rules only
  CHECK(decode_judged(encode_judged(y.rules)).size() == y.rules.size());
}

TEST_CASE("amend: an order the records no longer support is withdrawn, the station reopened, the run superseded")
{
  test::OversightDb county;
  // Opened in 2026: not six months open at the end of 2026Q1, so R-VOLUME cannot order it; the
  // recorded run (written by hand) did.
  auto station = county.station("CN-A", "2026-01-01");
  std::int64_t old_run = 0;
  {
    auto tx = county.write();
    old_run = apply(tx, quarter_with("2026Q1", order(station, 0)), Date{2026, 4, 1}).run_id;
    tx.commit();
  }
  REQUIRE(stations::require_station(county.db(), "CN-A").status == stations::Status::rectifying);
  const rules::Parameters params;
  CHECK(rerun_difference(county.db(), *run_by_id(county.db(), old_run), params).orders_withdrawn
        == std::vector<std::string>{"CN-A"});
  Amendment amendment;
  {
    auto tx = county.write();
    amendment = amend(tx, *parse_period("2026Q1"), Date{2026, 4, 10}, params, "late records");
    tx.commit();
  }
  REQUIRE(amendment.differences.size() == 1);
  CHECK(amendment.differences[0].orders_withdrawn == std::vector<std::string>{"CN-A"});
  CHECK(amendment.closures.empty());
  CHECK(stations::require_station(county.db(), "CN-A").status == stations::Status::open);
  CHECK(open_rectifications(county.db()).empty());
  CHECK(orders_in_force_at(county.db(), *parse_period("2026Q2")).empty());
  const auto in_force = applied_run(county.db(), "2026Q1");
  REQUIRE(in_force.has_value());
  CHECK(in_force->id == amendment.differences[0].amending_run);
  CHECK(in_force->reason == "late records");
  CHECK(run_by_id(county.db(), old_run)->superseded_by == in_force->id);
  // Amended again with nothing changed: a new run, no difference.
  auto tx = county.write();
  const Amendment again = amend(tx, *parse_period("2026Q1"), Date{2026, 4, 11}, params, "again");
  CHECK(again.differences.at(0).empty());
}

TEST_CASE("amend: a period never applied is not found")
{
  test::OversightDb county;
  auto tx = county.write();
  CHECK_THROWS_AS(amend(tx, *parse_period("2026Q1"), Date{2026, 4, 10}, rules::Parameters{}, "why"), Error);
}

TEST_CASE("difference: eligibility and lifts that moved between two runs")
{
  Assessment recorded;
  recorded.period = *parse_period("2026Q2");
  StationDecision was;
  was.station_code = "CN-A";
  was.rectification_id = 7;
  was.eligible_volume_termination = true;
  recorded.decisions.push_back(was);
  Assessment fresh = recorded;
  fresh.decisions[0].eligible_volume_termination = false;
  fresh.decisions[0].lift_rectification = true;
  const RunDifference d = difference(recorded, fresh);
  REQUIRE(d.eligibility_lost.size() == 1);
  CHECK(d.eligibility_lost[0].rule == rules::Rule::terminate_volume);
  CHECK(d.orders_lifted == std::vector<std::string>{"CN-A"});
  CHECK(d.eligibility_gained.empty());
  CHECK(difference(recorded, recorded).empty());
}

TEST_SUITE_END();
