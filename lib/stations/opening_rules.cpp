#include "stations/opening_rules.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "rules/rule_catalogue.hpp"

#include <numeric>

namespace czs::stations {

namespace {

void check_site(const SiteCheck& check, const rules::Parameters& params, std::vector<Diagnostic>& out)
{
  if (check.area_centi_m2 < params.min_area_centi_m2) {
    out.push_back(
        rules::diagnostic(rules::Rule::site_area,
                          trf("the usable area measured on {} is {} m², below the minimum of {} m²", check.checked_on,
                              format_decimal(check.area_centi_m2, 2), format_decimal(params.min_area_centi_m2, 2)),
                          tr("the station needs larger premises; record a new site check once it has them")));
  }
  if (params.min_population > 0 && check.population < params.min_population) {
    out.push_back(
        rules::diagnostic(rules::Rule::site_population,
                          trf("the resident population recorded on {} is {}, below the minimum of {}", check.checked_on,
                              check.population, params.min_population),
                          tr("a station needs enough villagers around it; see the rules file's min_population")));
  }
  for (const auto& item : check.items) {
    if (item.passed) {
      continue;
    }
    const SiteItemInfo* info = find_site_item(item.item);
    if (!info || !info->rule) {
      continue;
    }
    std::string message = trf("the site check of {} failed: {}", check.checked_on, tr(info->label));
    if (!item.note.empty()) {
      message += fmt::format(" ({})", item.note);
    }
    out.push_back(
        rules::diagnostic_at(*info->rule, info->article, message,
                             tr("have it put right, then record a new site check with czstation register check")));
  }
}

void check_agreement(const OpeningFacts& facts, std::vector<Diagnostic>& out)
{
  auto signed_by = [&](const std::string& date) { return !date.empty() && date <= facts.open_date; };
  bool office = false;
  bool committee = false;
  for (const auto& a : facts.agreements) {
    if (signed_by(a.office_signed_on) && signed_by(a.committee_signed_on)) {
      return;
    }
    office = office || signed_by(a.office_signed_on);
    committee = committee || signed_by(a.committee_signed_on);
  }
  std::string missing;
  if (facts.agreements.empty()) {
    missing = tr("no agreement is recorded");
  } else if (!office && !committee) {
    missing = trf("neither the e-commerce office nor the village committee had signed by {}", facts.open_date);
  } else if (!office) {
    missing = trf("the e-commerce office had not signed by {}", facts.open_date);
  } else if (!committee) {
    missing = trf("the village committee had not signed by {}", facts.open_date);
  } else {
    missing = trf("no single agreement was signed by both parties by {}", facts.open_date);
  }
  out.push_back(rules::diagnostic(rules::Rule::onboard_agreement, missing,
                                  tr("record the signatures with czstation register agreement CODE --ref REF "
                                     "--office-signed DATE --committee-signed DATE")));
}

void check_training(const OpeningFacts& facts, const rules::Parameters& params, std::vector<Diagnostic>& out)
{
  const std::int64_t hours = std::accumulate(
      facts.trainings.begin(), facts.trainings.end(), std::int64_t{0},
      [&](std::int64_t sum, const Training& t) { return t.trained_on <= facts.open_date ? sum + t.deci_hours : sum; });
  if (hours >= params.min_training_deci_hours) {
    return;
  }
  out.push_back(rules::diagnostic(
      rules::Rule::onboard_training,
      hours == 0 ? trf("no training was completed by {}", facts.open_date)
                 : trf("{} hours of training were completed by {}, below the minimum of {}", format_decimal(hours, 1),
                       facts.open_date, format_decimal(params.min_training_deci_hours, 1)),
      tr("record the training with czstation register training CODE --date DATE --hours H --topic TEXT")));
}

} // namespace

std::vector<Diagnostic> check_opening(const OpeningFacts& facts, const rules::Parameters& params)
{
  std::vector<Diagnostic> out;
  if (facts.site_check) {
    check_site(*facts.site_check, params, out);
  } else {
    out.push_back(rules::diagnostic(rules::Rule::site_area,
                                    trf("no site check is recorded on or before {}", facts.open_date),
                                    tr("record one with czstation register check CODE --date DATE ...")));
  }
  check_agreement(facts, out);
  check_training(facts, params, out);
  return out;
}

} // namespace czs::stations
