#include "oversight/checklist.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/spellcheck.hpp"

#include <algorithm>
#include <array>

// Marks a msgid for extraction; it is translated where it is shown (the same definition as
// lib/i18n's, so either may come first).
#ifndef N_
#define N_(msgid) msgid
#endif

namespace czs::oversight {

namespace {

using stations::SiteItemInfo;
using stations::SiteItemResult;

// Area is measured at a site check; an inspection judges whether the room is still large enough.
constexpr SiteItemInfo k_area{"area", rules::Rule::site_area, "3.1",
                              N_("usable floor area still at least the minimum")};

constexpr std::array k_services{
    SiteItemInfo{"publicity", std::nullopt, "4.1", N_("promotes the services, e-commerce news and online safety")},
    SiteItemInfo{"proxy-purchase-parcels", std::nullopt, "4.2",
                 N_("proxy purchasing, and receiving and sending parcels")},
    SiteItemInfo{"dispute-help", std::nullopt, "4.3", N_("helps villagers resolve purchase disputes")},
    SiteItemInfo{"proxy-sale", std::nullopt, "4.4", N_("gathers local products and proxy-sells them")},
    SiteItemInfo{"convenience-services", std::nullopt, "4.5",
                 N_("convenience services: bills, finance, tickets, appointments, information")},
    SiteItemInfo{"fees-posted", std::nullopt, "4.6", N_("service fees reasonable and posted")},
};

// Art. 8's duties of the goods a station holds, judged on the shelf. No rule assesses them (the
// measures set no count to judge): a failed item is a problem of the visit, to be followed up.
// Posted prices are not a third item: the measures ask no posting of goods prices, and the
// fees a villager pays the station are fees-posted (4.6).
constexpr std::array k_goods{
    SiteItemInfo{"goods-stored-safely", std::nullopt, "8", N_("goods kept safely against damage and spoilage")},
    SiteItemInfo{"no-counterfeit-spoiled", std::nullopt, "8", N_("no counterfeit or spoiled goods found")},
};

std::vector<SiteItemInfo> build_checklist()
{
  std::vector<SiteItemInfo> items{k_area};
  const auto site = stations::site_items();
  items.insert(items.end(), site.begin(), site.end());
  items.insert(items.end(), k_services.begin(), k_services.end());
  items.insert(items.end(), k_goods.begin(), k_goods.end());
  return items;
}

std::vector<std::string> item_ids()
{
  std::vector<std::string> ids;
  for (const auto& info : inspection_items()) {
    ids.emplace_back(info.id);
  }
  return ids;
}

Diagnostic unknown_item(const std::string& item)
{
  const std::string guess = text::closest_match(item, item_ids());
  return {{},
          {},
          trf("there is no inspection checklist item {}", item),
          guess.empty() ? std::string(tr("the items are listed in czstation inspect add --help"))
                        : trf("did you mean {}?", guess)};
}

} // namespace

std::span<const SiteItemInfo> inspection_items()
{
  static const std::vector<SiteItemInfo> k_items = build_checklist();
  return k_items;
}

const SiteItemInfo* find_inspection_item(std::string_view id)
{
  const auto items = inspection_items();
  auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.id == id; });
  return it == items.end() ? nullptr : &*it;
}

std::vector<const SiteItemInfo*> not_judged(const std::vector<SiteItemResult>& judged)
{
  std::vector<const SiteItemInfo*> out;
  for (const auto& info : inspection_items()) {
    if (std::none_of(judged.begin(), judged.end(), [&](const SiteItemResult& r) { return r.item == info.id; })) {
      out.push_back(&info);
    }
  }
  return out;
}

std::vector<SiteItemResult> in_checklist_order(const std::vector<SiteItemResult>& given)
{
  std::vector<Diagnostic> problems;
  for (const auto& r : given) {
    if (!find_inspection_item(r.item)) {
      problems.push_back(unknown_item(r.item));
    }
  }
  std::vector<SiteItemResult> ordered;
  for (const auto& info : inspection_items()) {
    const auto same = [&](const SiteItemResult& r) { return r.item == info.id; };
    const auto n = std::count_if(given.begin(), given.end(), same);
    if (n == 0) {
      problems.push_back({{},
                          {},
                          trf("the inspection does not judge the item {}", info.id),
                          tr("pass or fail every item (--pass all, then --fail ITEM=NOTE for each failure)")});
    } else if (n > 1) {
      problems.push_back({{},
                          {},
                          trf("the item {} is judged more than once", info.id),
                          tr("give each item once, either passed or failed")});
    } else {
      ordered.push_back(*std::find_if(given.begin(), given.end(), same));
    }
  }
  if (!problems.empty()) {
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  return ordered;
}

} // namespace czs::oversight
