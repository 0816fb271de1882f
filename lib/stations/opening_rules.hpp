#pragma once

#include "base/error.hpp"
#include "rules/parameters.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/site_check.hpp"

#include <optional>
#include <string>
#include <vector>

namespace czs::stations {

// What the opening rules look at: the records on file on the opening date.
struct OpeningFacts
{
  std::string open_date;
  std::optional<SiteCheck> site_check; // the latest on or before open_date
  std::vector<Agreement> agreements;
  std::vector<Training> trainings;
};

// Every rule that forbids opening on facts.open_date (R-SITE-*, R-ONBOARD-*), one diagnostic
// per failure with the measured value and the threshold; empty when the station may open.
std::vector<Diagnostic> check_opening(const OpeningFacts& facts, const rules::Parameters& params);

} // namespace czs::stations
