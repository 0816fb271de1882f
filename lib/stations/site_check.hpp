#pragma once

#include "rules/rule_catalogue.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::stations {

// One observed standards item of a site check (Art. 3, 6), judged pass or fail by the checker.
struct SiteItemInfo
{
  std::string_view id;             // "smart-plaque-outdoors"
  std::optional<rules::Rule> rule; // the rule a failure breaks; none for the services of Art. 4
  std::string_view article;        // the clause the item checks, within the rule's article: "3.2(a)"
  const char* label;               // English msgid, translated at display time
};

// Every observed item, in checklist order. Area and population are measured, not listed here.
std::span<const SiteItemInfo> site_items();
const SiteItemInfo* find_site_item(std::string_view id);

// Where an item comes from, for help texts: "R-SITE-PLAQUE, 3.2(a)", or the article alone
// ("4.1") for an item no rule enforces.
std::string item_reference(const SiteItemInfo& info);

struct SiteItemResult
{
  std::string item;
  bool passed = false;
  std::string note;
};

struct SiteCheck
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string checked_on;
  std::string inspector;
  std::int64_t area_centi_m2 = 0;
  Premises premises = Premises::other;
  std::int64_t population = 0;
  std::vector<SiteItemResult> items; // one per site_items() entry, in that order
};

// Records a check; every item of site_items() must be judged exactly once. Throws
// czs::Error(bad_data) naming unknown, repeated or missing items.
std::int64_t record_site_check(audit::AuditedTransaction& tx, const Station& station, SiteCheck check);

// The measures (area, premises, population) where `check` differs from the station's register,
// as {"area", "premises", "population"} in that order; empty when the inspector found what the
// station declared.
std::vector<std::string> measures_differing(const Station& station, const SiteCheck& check);

// Writes the check's measures to the station's register where they differ (the inspector
// measured something else: the register follows the latest measurement), in the command's
// transaction, after record_site_check; returns the measures changed (none for a check older
// than the station's latest).
std::vector<std::string> register_measures(audit::AuditedTransaction& tx, const Station& station,
                                           const SiteCheck& check);

// The check that counts on `date`: the latest one on or before it (by date, then by entry).
std::optional<SiteCheck> latest_site_check(SQLite::Database& db, std::int64_t station_id, const std::string& date);

// Every check of a station, oldest first.
std::vector<SiteCheck> site_checks_of(SQLite::Database& db, std::int64_t station_id);

} // namespace czs::stations
