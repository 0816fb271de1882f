#include "stations/site_check.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/station_store.hpp"

#include <algorithm>
#include <array>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::stations {

namespace {

constexpr std::array k_items{
    SiteItemInfo{"premises", rules::Rule::site_premises, "3.1", N_("fixed premises in the village")},
    SiteItemInfo{"smart-plaque-hung", rules::Rule::site_plaque, "3.2(a)",
                 N_("\"Smart Village Service Station\" plaque hung")},
    SiteItemInfo{"smart-plaque-prominent", rules::Rule::site_plaque, "3.2(a)", N_("plaque in a prominent place")},
    SiteItemInfo{"smart-plaque-outdoors", rules::Rule::site_plaque, "3.2(a)", N_("plaque outdoors, not kept indoors")},
    SiteItemInfo{"smart-plaque-not-below", rules::Rule::site_plaque, "3.2(a)",
                 N_("plaque not below a wall, door or window")},
    SiteItemInfo{"smart-plaque-unobstructed", rules::Rule::site_plaque, "3.2(a)",
                 N_("plaque not blocked by other objects")},
    SiteItemInfo{"demo-plaque-above-door", rules::Rule::site_plaque, "6",
                 N_("demonstration-county plaque above the gate or main door")},
    SiteItemInfo{"hygiene", rules::Rule::site_room, "3.2(b)", N_("good hygiene and clean counters")},
    SiteItemInfo{"computer", rules::Rule::site_room, "3.2(b)", N_("a computer")},
    SiteItemInfo{"internet", rules::Rule::site_room, "3.2(b)", N_("Internet access")},
    SiteItemInfo{"posters", rules::Rule::site_room, "3.2(c)", N_("services and procedures posted on the wall")},
};

std::vector<SiteItemResult> in_checklist_order(std::vector<SiteItemResult> given)
{
  std::vector<Diagnostic> problems;
  std::vector<SiteItemResult> ordered;
  for (const auto& info : k_items) {
    const auto n = std::count_if(given.begin(), given.end(), [&](const auto& r) { return r.item == info.id; });
    if (n == 0) {
      problems.push_back({{},
                          {},
                          trf("the site check does not judge the item {}", info.id),
                          tr("pass or fail every item (--pass all, then --fail ITEM=NOTE for each failure)")});
    } else if (n > 1) {
      problems.push_back({{},
                          {},
                          trf("the item {} is judged more than once", info.id),
                          tr("give each item once, either passed or failed")});
    } else {
      ordered.push_back(*std::find_if(given.begin(), given.end(), [&](const auto& r) { return r.item == info.id; }));
    }
  }
  for (const auto& r : given) {
    if (!find_site_item(r.item)) {
      problems.insert(problems.begin(), {{},
                                         {},
                                         trf("there is no site check item {}", r.item),
                                         tr("the items are listed in czstation register check --help")});
    }
  }
  if (!problems.empty()) {
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  return ordered;
}

void load_items(SQLite::Database& db, SiteCheck& check)
{
  SQLite::Statement q(db, "SELECT item, passed, note FROM site_check_item WHERE check_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(check.id));
  while (q.executeStep()) {
    check.items.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt() != 0, q.getColumn(2).getString()});
  }
}

constexpr const char* k_columns = "id, station_id, checked_on, inspector, area_centi_m2, premises, population";

SiteCheck read_check(SQLite::Database& db, SQLite::Statement& q)
{
  SiteCheck c;
  c.id = q.getColumn(0).getInt64();
  c.station_id = q.getColumn(1).getInt64();
  c.checked_on = q.getColumn(2).getString();
  c.inspector = q.getColumn(3).getString();
  c.area_centi_m2 = q.getColumn(4).getInt64();
  c.premises = parse_premises(q.getColumn(5).getString()).value_or(Premises::other);
  c.population = q.getColumn(6).getInt64();
  load_items(db, c);
  return c;
}

} // namespace

std::span<const SiteItemInfo> site_items()
{
  return k_items;
}

const SiteItemInfo* find_site_item(std::string_view id)
{
  auto it = std::find_if(k_items.begin(), k_items.end(), [&](const auto& i) { return i.id == id; });
  return it == k_items.end() ? nullptr : &*it;
}

std::string item_reference(const SiteItemInfo& info)
{
  if (!info.rule) {
    return std::string(info.article);
  }
  return fmt::format("{}, {}", rules::id_of(*info.rule), info.article);
}

std::int64_t record_site_check(audit::AuditedTransaction& tx, const Station& station, SiteCheck check)
{
  require_takes_registration_records(station);
  check.items = in_checklist_order(std::move(check.items));
  SQLite::Statement insert(tx.db(), "INSERT INTO site_check (station_id, checked_on, inspector, "
                                    "area_centi_m2, premises, population) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<std::int64_t>(station.id));
  insert.bind(2, check.checked_on);
  insert.bind(3, check.inspector);
  insert.bind(4, static_cast<std::int64_t>(check.area_centi_m2));
  insert.bind(5, std::string(to_string(check.premises)));
  insert.bind(6, static_cast<std::int64_t>(check.population));
  insert.exec();
  const std::int64_t id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("site_check", id);

  SQLite::Statement item(tx.db(), "INSERT INTO site_check_item (check_id, item, passed, note) VALUES (?, ?, ?, ?)");
  for (const auto& r : check.items) {
    item.bind(1, static_cast<std::int64_t>(id));
    item.bind(2, r.item);
    item.bind(3, r.passed ? 1 : 0);
    item.bind(4, r.note);
    item.exec();
    item.reset();
    tx.inserted("site_check_item", tx.db().getLastInsertRowid());
  }
  return id;
}

std::optional<SiteCheck> latest_site_check(SQLite::Database& db, std::int64_t station_id, const std::string& date)
{
  SQLite::Statement q(db, std::string("SELECT ") + k_columns
                              + " FROM site_check WHERE station_id = ? AND checked_on <= ?"
                                " ORDER BY checked_on DESC, id DESC LIMIT 1");
  q.bind(1, static_cast<std::int64_t>(station_id));
  q.bind(2, date);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_check(db, q);
}

std::vector<SiteCheck> site_checks_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, std::string("SELECT ") + k_columns
                              + " FROM site_check WHERE station_id = ? ORDER BY checked_on, id");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<SiteCheck> checks;
  while (q.executeStep()) {
    checks.push_back(read_check(db, q));
  }
  return checks;
}

std::vector<std::string> measures_differing(const Station& station, const SiteCheck& check)
{
  std::vector<std::string> differing;
  if (check.area_centi_m2 != station.area_centi_m2) {
    differing.emplace_back("area");
  }
  if (check.premises != station.premises) {
    differing.emplace_back("premises");
  }
  if (check.population != station.population) {
    differing.emplace_back("population");
  }
  return differing;
}

std::vector<std::string> register_measures(audit::AuditedTransaction& tx, const Station& station,
                                           const SiteCheck& check)
{
  auto differing = measures_differing(station, check);
  // A check entered late from paper, older than one already recorded, does not undo the later
  // measurement.
  const auto latest = latest_site_check(tx.db(), station.id, "9999-12-31");
  const bool is_latest = !latest || latest->checked_on <= check.checked_on;
  if (!differing.empty() && is_latest) {
    Station measured = station;
    measured.area_centi_m2 = check.area_centi_m2;
    measured.premises = check.premises;
    measured.population = check.population;
    update_station(tx, measured);
  }
  return is_latest ? differing : std::vector<std::string>{};
}

} // namespace czs::stations
