#pragma once

#include "rules/scoring.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace czs::rules {

// R-FEE (Art. 4.6): the most a station may charge for one record of a kind; unset parts do
// not limit. The measures set no cap ("a reasonable fee"), so the default schedule is empty.
struct FeeCap
{
  std::optional<std::int64_t> max_fen;      // a fixed ceiling per record
  std::optional<std::int64_t> max_permille; // a ceiling as a share of the amount, in ‰

  bool operator==(const FeeCap&) const = default;
};

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
  // R-DAILY-LOGIN (Art. 12): days of a calendar month on which a station logs in to the content
  // platform; 0 means recorded but not enforced (the measures say "daily" without a count).
  int min_login_days = 0;
  // R-STOCKTAKE (Art. 11): stock-takes per open station per calendar month.
  int stocktakes_per_month = 1;
  // R-CALLBACK (Art. 14.2): callbacks per open station per calendar quarter.
  int callbacks_per_quarter = 1;
  // R-VOLUME, R-EXIT-MIN (Art. 14.1, 14.2).
  int min_months_open = 6;
  int half_year_volume = 100;
  // R-TERMINATE-VOLUME (Art. 14.2).
  int quarters_without_improvement = 3;
  // R-TERMINATE-CREDIT (Art. 14.3).
  int credit_grace_days = 30;
  // Which ledger record kinds count as "transaction (service) volume" (Art. 14.2):
  // purchase (picked up), sale (sold), parcel_in (picked up), parcel_out (dispatched), service.
  std::vector<std::string> volume_kinds{"purchase", "sale", "parcel_in", "parcel_out", "service"};
  // R-PICKUP-NOTICE (Art. 5.1, 8).
  int pickup_notice_hours = 24;
  // Waiting inbound parcels older than this many days are listed as overdue (Art. 8).
  int parcel_overdue_days = 7;
  // R-FEE (Art. 4.6): by record kind (purchase, sale, service, or a service kind such as
  // service.water); empty: no cap.
  std::map<std::string, FeeCap> fee_schedule;
  // Art. 9, 12: words that flag a post for review when it is submitted; empty: none.
  std::vector<std::string> banned_words;
  // The county's time zone: months and quarters are calendar ones there.
  std::string time_zone = "Asia/Shanghai";
  // The monthly evaluation (Art. 7.2, 10): how the county scores its stations, when its rules
  // file has an [evaluation] table; by default (the measures set no points) the result of an
  // evaluation is its findings.
  std::optional<Scoring> scoring;

  bool operator==(const Parameters&) const = default;
};

// The built-in defaults.
const Parameters& default_parameters();

} // namespace czs::rules
