#pragma once

#include <cstdint>
#include <string>

namespace czs::rules {

// The parameters of the rules, with the defaults of SPEC.md section 3 (the measures' own
// values). This is the one place thresholds live; the rules file loader overrides them.
struct Parameters
{
  // R-SITE-AREA (Art. 3.1): usable area, in hundredths of a square metre.
  std::int64_t min_area_centi_m2 = 3000;
  // R-SITE-POPULATION (Art. 3.1): 0 means recorded but not enforced.
  std::int64_t min_population = 0;
  // R-ONBOARD-TRAINING (Art. 7.1): total training hours before opening, in tenths.
  std::int64_t min_training_deci_hours = 1;
  // R-INSPECT-FREQ (Art. 10).
  int inspections_per_month = 2;
  // R-POST-QUOTA (Art. 12).
  int posts_per_month = 15;
  // R-POST-VIOLATIONS (Art. 12): "three or more"; window 0 = the station's whole life.
  int violations_limit = 3;
  int violations_window_months = 0;
  // R-VOLUME, R-EXIT-MIN (Art. 14.1, 14.2).
  int min_months_open = 6;
  int half_year_volume = 100;
  // R-TERMINATE-VOLUME (Art. 14.2).
  int quarters_without_improvement = 3;
  // R-TERMINATE-CREDIT (Art. 14.3).
  int credit_grace_days = 30;
  // R-PICKUP-NOTICE (Art. 5.1, 8).
  int pickup_notice_hours = 24;
  // The county's time zone: months and quarters are calendar ones there.
  std::string time_zone = "Asia/Shanghai";
};

// The built-in defaults.
const Parameters& default_parameters();

} // namespace czs::rules
