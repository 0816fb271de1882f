#pragma once

#include "rules/rule_catalogue.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace czs::rules {

// The grades of a scored evaluation, best first; `fail` is every score below the lowest band.
enum class Grade : std::uint8_t
{
  excellent, // 优秀
  good,      // 良好
  pass,      // 合格
  fail,      // 不合格
};

// Every grade, best first.
std::span<const Grade> grades();

// A grade's stable key for the rules file, JSON and CSV: "excellent", "good", "pass", "fail".
std::string_view grade_key(Grade grade);

// The grade with this key, or nullopt.
std::optional<Grade> parse_grade(std::string_view key);

// One grade band: a score of at least `from` (tenths of a point) earns `grade`.
struct GradeBand
{
  Grade grade = Grade::pass;
  std::int64_t from_tenths = 0;
  bool operator==(const GradeBand&) const = default;
};

// How a county scores its stations in the monthly evaluation (Art. 7.2, 10), when its rules
// file has an [evaluation] table; points are in tenths (87.5 points is 875). A station starts
// from full_marks − volume_points, loses the deduction of a finding's rule for each finding,
// and earns up to volume_points for its ledger volume; the score never falls below 0.
struct Scoring
{
  std::int64_t full_marks_tenths = 1000;
  std::map<Rule, std::int64_t> deductions_tenths; // per finding of the rule; absent: 0
  std::int64_t volume_points_tenths = 0;          // part of full_marks; 0: volume earns nothing
  std::int64_t volume_full_at = 0;                // counted ledger records per calendar month for all of them
  std::vector<GradeBand> bands{{Grade::excellent, 900}, {Grade::good, 800}, {Grade::pass, 600}}; // best first
  std::map<Grade, std::string> names; // the county's own name of a grade; absent: the translated default
  bool operator==(const Scoring&) const = default;
};

// True for a rule whose findings a scored evaluation can deduct from a station: a rule of the
// monthly or quarterly assessment that is the station's duty (R-INSPECT-FREQ and R-CALLBACK
// are the centre's, Art. 10 and 14.2; the opening and exit rules are never findings of a period).
bool deductible(Rule rule);

// The rules deductible() accepts, in catalogue order.
std::vector<Rule> deductible_rules();

// Points as the rules file and people write them: 100, 7.5 (tenths, no ".0" on whole points).
std::string points_text(std::int64_t tenths);

// A grade as a person reads it: the county's name from the rules file, else the translation of
// 优秀/良好/合格/不合格 in the current language.
std::string grade_name(const Scoring& scoring, Grade grade);

} // namespace czs::rules
