#include <doctest/doctest.h>

#include "assessment/finding.hpp"
#include "oversight/checklist.hpp"
#include "rules/parameter_table.hpp"
#include "rules/rule_catalogue.hpp"
#include "stations/site_check.hpp"

#include <set>
#include <string>

using namespace czs;
using namespace czs::rules;

TEST_SUITE_BEGIN("rules");

TEST_CASE("rule catalogue: every constant has its own entry, and its ID reads back to it")
{
  std::set<std::string_view> ids;
  for (const auto& r : rule_catalogue()) {
    CAPTURE(r.id);
    CHECK(&info(r.rule) == &r);
    CHECK(parse_rule(r.id) == r.rule);
    CHECK(r.id.substr(0, 2) == "R-");
    CHECK_FALSE(r.article.empty());
    ids.insert(r.id);
  }
  CHECK(ids.size() == rule_catalogue().size());
  CHECK_FALSE(parse_rule("R-NOPE").has_value());
  CHECK(find_rule("r-volume") == nullptr);
}

TEST_CASE("rule catalogue: SPEC.md's articles and duties")
{
  CHECK(info(Rule::site_area).article == "3.1");
  CHECK(info(Rule::volume).article == "14.2");
  CHECK(info(Rule::terminate_credit).article == "14.3");
  CHECK(info(Rule::pickup_notice).article == "5.1, 8");
  CHECK(info(Rule::inspect_freq).duty == Duty::centre);
  CHECK(info(Rule::callback).duty == Duty::centre);
  CHECK(info(Rule::post_quota).duty == Duty::station);
}

TEST_CASE("duty: one key and one label for each duty")
{
  CHECK(duty_key(Duty::centre) == "centre");
  CHECK(duty_key(Duty::station) == "station");
  CHECK(parse_duty("centre") == Duty::centre);
  CHECK(parse_duty(duty_key(Duty::station)) == Duty::station);
  CHECK_FALSE(parse_duty("Centre").has_value());
  CHECK(duty_label(Duty::centre) == "centre");
}

TEST_CASE("diagnostic: rule ID and article come from the catalogue")
{
  const Diagnostic d = diagnostic(Rule::exit_min, "early", "negotiate");
  CHECK(d.rule == "R-EXIT-MIN");
  CHECK(d.article == "14.1");
  CHECK(d.message == "early");
  CHECK(d.hint == "negotiate");
  const Diagnostic at = diagnostic_at(Rule::site_plaque, "6", "plaque");
  CHECK(at.rule == "R-SITE-PLAQUE");
  CHECK(at.article == "6");
}

TEST_CASE("clause_of_rule: the clauses an article names, and no other")
{
  CHECK(clause_of_rule(Rule::site_plaque, "3.2(a)"));
  CHECK(clause_of_rule(Rule::site_plaque, "6"));
  CHECK(clause_of_rule(Rule::site_plaque, "3.2(a), 6"));
  CHECK_FALSE(clause_of_rule(Rule::site_plaque, "3.2(b)"));
  CHECK(clause_of_rule(Rule::site_room, "3.2(b)"));
  CHECK(clause_of_rule(Rule::site_room, "3.2(c)"));
  CHECK_FALSE(clause_of_rule(Rule::site_room, "3.2(a)"));
  CHECK_FALSE(clause_of_rule(Rule::site_area, "3, 6"));
  CHECK(clause_of_rule(Rule::pickup_notice, "8"));
}

TEST_CASE("site check and inspection items name a clause of their rule's article")
{
  for (const auto& item : oversight::inspection_items()) {
    CAPTURE(item.id);
    if (item.rule) {
      CHECK(clause_of_rule(*item.rule, item.article));
    } else {
      // The services of Art. 4 and the goods of Art. 8, which no rule assesses.
      CHECK((item.article.substr(0, 2) == "4." || item.article == "8"));
    }
  }
  for (const auto& item : stations::site_items()) {
    CAPTURE(item.id);
    REQUIRE(item.rule.has_value());
    CHECK(clause_of_rule(*item.rule, item.article));
  }
}

TEST_CASE("make_finding: a finding's article and duty are its rule's")
{
  const auto f = assessment::make_finding(Rule::callback, 7, "CN-A", "2026Q2", 0, 1, {"no callback", "no callback"});
  CHECK(f.rule == "R-CALLBACK");
  CHECK(f.article == "14.2");
  CHECK(f.duty == Duty::centre);
  CHECK(f.station_code == "CN-A");
}

TEST_CASE("parameter table: every parameter but the time zone sets a rule of the catalogue")
{
  for (const auto& p : parameter_table()) {
    CAPTURE(parameter_path(p));
    if (p.key == "time_zone") {
      CHECK(p.rules.empty());
    } else {
      CHECK_FALSE(p.rules.empty());
    }
  }
  const auto* area = find_parameter("site", "min_area_m2");
  REQUIRE(area != nullptr);
  CHECK(area->rules.contains(Rule::site_area));
  CHECK_FALSE(area->rules.contains(Rule::volume));
}

TEST_SUITE_END();
