#pragma once

#include "stations/site_check.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace czs::oversight {

// The inspection checklist of Art. 10: the usable area (Art. 3.1), every site-check item of
// Art. 3 and 6 (stations::site_items()), then every service function of Art. 4 (publicity,
// proxy purchase and parcels, dispute help, proxy sale, convenience services, posted fees), then
// the goods of Art. 8 (stored safely; no counterfeit or spoiled goods), in that order. Service
// functions and goods carry no rule ID: they are checked, not assessed. An inspection recorded
// before an item joined the list holds no judgment of it (see not_judged).
std::span<const stations::SiteItemInfo> inspection_items();

// The checklist item with this id, or nullptr.
const stations::SiteItemInfo* find_inspection_item(std::string_view id);

// The checklist items `judged` holds no judgment of, in checklist order: empty for an inspection
// recorded with today's list, the items added since for an older one.
std::vector<const stations::SiteItemInfo*> not_judged(const std::vector<stations::SiteItemResult>& judged);

// The judged items in checklist order, each judged exactly once. Throws czs::Error(bad_data)
// naming every unknown item (with the closest known one), repeated item and unjudged item.
std::vector<stations::SiteItemResult> in_checklist_order(const std::vector<stations::SiteItemResult>& given);

} // namespace czs::oversight
