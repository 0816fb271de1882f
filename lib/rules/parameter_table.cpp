#include "rules/parameter_table.hpp"

#include "i18n/translate.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

namespace czs::rules {

namespace {

template <auto Member>
std::int64_t get_field(const Parameters& p)
{
  return static_cast<std::int64_t>(p.*Member);
}

template <auto Member>
void set_field(Parameters& p, std::int64_t value)
{
  using Field = std::remove_reference_t<decltype(p.*Member)>;
  // The loader checks the range first, and every range fits in an int.
  p.*Member = static_cast<Field>(value);
}

template <auto Member>
constexpr ParameterInfo number(std::string_view section, std::string_view key, RuleList rules, ValueKind kind,
                               int scale, std::int64_t min, std::int64_t max, const char* meaning)
{
  return {section, key, rules, kind, scale, min, max, meaning, get_field<Member>, set_field<Member>};
}

constexpr ParameterInfo other(std::string_view section, std::string_view key, RuleList rules, ValueKind kind,
                              const char* meaning)
{
  return {section, key, rules, kind, 0, 0, 0, meaning, nullptr, nullptr};
}

// Meanings are msgids: po/ extracts them with the keyword N_ (marked, translated later).
using P = Parameters;
using K = ValueKind;
const std::array k_parameters{
    other("county", "time_zone", RuleList{}, K::time_zone,
          N_("the county's IANA time zone, in which calendar months and quarters, and \"today\", are counted")),
    number<&P::min_area_centi_m2>(
        "site", "min_area_m2", RuleList{Rule::site_area}, K::decimal, 2, 1, 10'000'000,
        N_("the smallest usable floor area, in m² with up to 2 decimals (the measures: not less than 30 m²)")),
    number<&P::min_population>(
        "site", "min_population", RuleList{Rule::site_population}, K::count, 0, 0, 10'000'000,
        N_("the smallest resident population around a station; 0: recorded at the site check, not enforced")),
    number<&P::min_training_deci_hours>(
        "training", "min_hours", RuleList{Rule::onboard_training}, K::decimal, 1, 1, 10'000,
        N_("the hours of training a station must have completed before opening, up to 1 decimal; 0.1: any training")),
    number<&P::inspections_per_month>(
        "inspections", "per_month", RuleList{Rule::inspect_freq}, K::count, 0, 1, 31,
        N_("inspections of each open station by the centre per calendar month (the measures: at least twice)")),
    number<&P::posts_per_month>(
        "posts", "per_month", RuleList{Rule::post_quota}, K::count, 0, 1, 1000,
        N_("approved, non-duplicate posts each open station publishes per calendar month (the measures: at least 15)")),
    number<&P::violations_limit>(
        "posts", "violations_limit", RuleList{Rule::post_violations}, K::count, 0, 1, 1000,
        N_("posts rejected as violations that make a station accountable (the measures: three or more)")),
    number<&P::violations_window_months>(
        "posts", "violations_window_months", RuleList{Rule::post_violations}, K::count, 0, 0, 12,
        N_("the months, up to the one assessed, in which violations count; 0: the station's whole life")),
    other("posts", "banned_words", RuleList{Rule::post_violations}, K::word_list,
          N_("words that flag a post for review when it is submitted (Art. 9, 12); empty: none")),
    number<&P::min_login_days>(
        "platform", "min_login_days", RuleList{Rule::daily_login}, K::count, 0, 0, 31,
        N_("days of each calendar month on which an open station logs in to the content platform (the measures: "
           "daily); 0: recorded, not enforced")),
    number<&P::stocktakes_per_month>("stocktakes", "per_month", RuleList{Rule::stocktake}, K::count, 0, 1, 31,
                                     N_("stock-takes of each open station per calendar month, the books matching the "
                                        "stock (the measures: monthly)")),
    number<&P::callbacks_per_quarter>(
        "callbacks", "per_quarter", RuleList{Rule::callback}, K::count, 0, 1, 92,
        N_("phone callbacks by the centre to each open station per calendar quarter (the measures: one)")),
    number<&P::min_months_open>(
        "volume", "min_months_open", RuleList{Rule::volume, Rule::exit_min}, K::count, 0, 1, 120,
        N_("months of operation before the volume rule applies, and before a station may leave without a "
           "negotiated agreement (the measures: six)")),
    number<&P::half_year_volume>(
        "volume", "half_year_threshold", RuleList{Rule::volume, Rule::terminate_volume}, K::count, 0, 1, 1'000'000,
        N_("ledger records a station must reach in the two quarters ending at a quarter's end, or it is ordered to "
           "rectify (the measures: 100)")),
    other("volume", "counted_kinds", RuleList{Rule::volume, Rule::terminate_volume}, K::kind_list,
          N_("the ledger record kinds that count as transaction (service) volume: purchase, sale, parcel_in, "
             "parcel_out, service")),
    number<&P::quarters_without_improvement>(
        "volume", "quarters_without_improvement", RuleList{Rule::terminate_volume}, K::count, 0, 1, 40,
        N_("consecutive quarter ends under a rectification order without improvement before a station may be "
           "terminated (the measures: three)")),
    number<&P::credit_grace_days>(
        "credit", "grace_days", RuleList{Rule::terminate_credit}, K::count, 0, 0, 3650,
        N_("days a serious credit incident may stay uncorrected before the station may be terminated (the "
           "measures: \"does not correct it\", no period given)")),
    number<&P::pickup_notice_hours>(
        "pickup", "notice_hours", RuleList{Rule::pickup_notice}, K::count, 0, 1, 720,
        N_("hours within which a villager is notified that goods or a parcel arrived (the measures: "
           "\"promptly\")")),
    number<&P::parcel_overdue_days>(
        "parcels", "overdue_days", RuleList{Rule::pickup_notice}, K::count, 0, 1, 365,
        N_("days after which an inbound parcel still waiting is listed as overdue, for a reminder or a return "
           "(not a finding)")),
};

} // namespace

std::span<const ParameterInfo> parameter_table()
{
  return k_parameters;
}

const ParameterInfo* find_parameter(std::string_view section, std::string_view key)
{
  for (const auto& info : k_parameters) {
    if (info.section == section && info.key == key) {
      return &info;
    }
  }
  return nullptr;
}

std::string parameter_path(const ParameterInfo& info)
{
  return std::string(info.section) + "." + std::string(info.key);
}

std::span<const Rule> parameter_rules(const ParameterInfo& info)
{
  return info.rules.rules();
}

bool RuleList::contains(Rule rule) const
{
  const auto list = rules();
  return std::find(list.begin(), list.end(), rule) != list.end();
}

std::vector<std::string> section_names()
{
  std::vector<std::string> names;
  for (const auto& info : k_parameters) {
    if (std::find(names.begin(), names.end(), info.section) == names.end()) {
      names.emplace_back(info.section);
    }
  }
  names.emplace_back("evaluation");
  names.emplace_back("fees");
  return names;
}

} // namespace czs::rules
