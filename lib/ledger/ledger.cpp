#include "ledger/ledger.hpp"

#include "ledger/parcel_steps.hpp"
#include "ledger/purchase_steps.hpp"

#include <array>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

// A purchase moves what the station paid the platform; a parcel moves no goods money (its fee
// is the station's charge).
constexpr std::array k_kinds{
    LedgerKind{"purchase", "purchase", "", "coalesce(paid_fen, 0)", purchase_lifecycle},
    LedgerKind{"sale", "sale", "", "coalesce(amount_fen, 0)", sale_lifecycle, "sale_repeat"},
    LedgerKind{"service", "service", "", "amount_fen", service_lifecycle},
    LedgerKind{"parcel_in", "parcel", " AND direction = 'in'", "0", parcel_in_lifecycle},
    LedgerKind{"parcel_out", "parcel", " AND direction = 'out'", "0", parcel_out_lifecycle},
};

bool wanted(const LedgerKind& kind, std::span<const std::string> kinds)
{
  if (kinds.empty()) {
    return true;
  }
  for (const auto& k : kinds) {
    if (k == kind.name) {
      return true;
    }
  }
  return false;
}

// The condition selecting one kind's ledger records in its table over ?1..?2 (and ?3, the
// station, when `by_station`).
std::string range_condition(const LedgerKind& kind, bool by_station)
{
  return fmt::format("{}completed_on BETWEEN ?1 AND ?2{}", by_station ? "station_id = ?3 AND " : "", kind.where);
}

} // namespace

std::span<const LedgerKind> ledger_kinds()
{
  return k_kinds;
}

std::size_t ledger_kind_index(std::string_view name)
{
  const LedgerKind* kind = find_ledger_kind(name);
  return kind == nullptr ? 0 : static_cast<std::size_t>(kind - k_kinds.data());
}

const LedgerKind* find_ledger_kind(std::string_view name)
{
  for (const auto& kind : k_kinds) {
    if (kind.name == name) {
      return &kind;
    }
  }
  return nullptr;
}

std::string completed_on(const Lifecycle& lifecycle, std::string_view status, const std::string& step_day)
{
  return status == lifecycle.completed ? step_day : std::string();
}

std::int64_t count_ledger(SQLite::Database& db, std::optional<std::int64_t> station_id, Date from, Date to,
                          std::span<const std::string> kinds)
{
  std::string sql;
  for (const auto& kind : k_kinds) {
    if (wanted(kind, kinds)) {
      sql += fmt::format("{}(SELECT count(*) FROM {} WHERE {})", sql.empty() ? "SELECT " : " + ", kind.table,
                         range_condition(kind, station_id.has_value()));
      if (!kind.more_table.empty()) {
        sql += fmt::format(" + (SELECT count(*) FROM {} WHERE {})", kind.more_table,
                           range_condition(kind, station_id.has_value()));
      }
    }
  }
  if (sql.empty()) {
    return 0;
  }
  SQLite::Statement q(db, sql);
  q.bind(1, to_string(from));
  q.bind(2, to_string(to));
  if (station_id) {
    q.bind(3, static_cast<std::int64_t>(*station_id));
  }
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void for_each_station_volume(SQLite::Database& db, Date from, Date to, std::span<const std::string> kinds,
                             const std::function<void(std::int64_t, std::int64_t)>& each)
{
  // One range seek per station and table on (station_id, completed_on): the work is the
  // records of the period, not every record of every station. A table whose every kind counts
  // (parcel: in and out) is read once, not once per kind.
  std::string sum;
  auto add = [&](std::string_view table, std::string_view where) {
    sum += fmt::format("{}(SELECT count(*) FROM {} WHERE station_id = s.id AND completed_on BETWEEN ?1 AND ?2{})",
                       sum.empty() ? "" : " + ", table, where);
  };
  for (std::size_t i = 0; i < k_kinds.size(); ++i) {
    const auto& kind = k_kinds[i];
    if (!wanted(kind, kinds)) {
      continue;
    }
    bool whole_table = true; // every kind of the table counts
    bool counted = false;    // an earlier kind of the table already counted it whole
    for (std::size_t j = 0; j < k_kinds.size(); ++j) {
      if (k_kinds[j].table == kind.table) {
        whole_table = whole_table && wanted(k_kinds[j], kinds);
        counted = counted || j < i;
      }
    }
    if (whole_table && counted) {
      continue;
    }
    add(kind.table, whole_table ? "" : kind.where);
    if (!kind.more_table.empty()) {
      add(kind.more_table, kind.where);
    }
  }
  if (sum.empty()) {
    return;
  }
  // Stations without records are skipped here: a WHERE on the sum would make SQLite count twice.
  SQLite::Statement q(db, "SELECT s.id, " + sum + " FROM station s ORDER BY s.id");
  q.bind(1, to_string(from));
  q.bind(2, to_string(to));
  while (q.executeStep()) {
    if (const std::int64_t n = q.getColumn(1).getInt64(); n > 0) {
      each(q.getColumn(0).getInt64(), n);
    }
  }
}

void for_each_ledger_total(SQLite::Database& db, Date from, Date to,
                           const std::function<void(const LedgerTotal&)>& each)
{
  std::string arms;
  for (std::size_t i = 0; i < k_kinds.size(); ++i) {
    const auto& kind = k_kinds[i];
    for (const std::string_view table : {kind.table, kind.more_table}) {
      if (table.empty()) {
        continue;
      }
      // Stations outside, the kind's table inside (CROSS JOIN keeps that order): one range seek
      // per station on (station_id, completed_on), so a quarter of a province reads that
      // quarter's records, not the whole index of every year.
      arms += fmt::format("{}SELECT s.id AS station_id, {} AS ord, count(*) AS n, sum({}) AS amount, "
                          "sum(fee_fen) AS fee FROM station s CROSS JOIN {} ON {}.station_id = s.id "
                          "WHERE {} GROUP BY s.id",
                          arms.empty() ? "" : " UNION ALL ", i, kind.amount_sql, table, table,
                          range_condition(kind, false));
    }
  }
  // A kind with two tables gives two rows per station: summed into one.
  SQLite::Statement q(db, "SELECT station_id, ord, sum(n), sum(amount), sum(fee) FROM (" + arms
                              + ") GROUP BY station_id, ord ORDER BY station_id, ord");
  q.bind(1, to_string(from));
  q.bind(2, to_string(to));
  LedgerTotal total;
  while (q.executeStep()) {
    total.station_id = q.getColumn(0).getInt64();
    total.kind = std::string(k_kinds[static_cast<std::size_t>(q.getColumn(1).getInt())].name);
    total.records = q.getColumn(2).getInt64();
    total.amount_fen = q.getColumn(3).getInt64();
    total.fee_fen = q.getColumn(4).getInt64();
    each(total);
  }
}

std::vector<WaitingGoods> waiting_at_station(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT 'purchase', id, arrived_at FROM purchase WHERE station_id = ?1 "
                          "AND status IN ('arrived', 'notified', 'exchanging') "
                          "UNION ALL SELECT 'parcel_in', id, arrived_at FROM parcel WHERE station_id = ?1 "
                          "AND direction = 'in' AND status IN ('arrived', 'notified') ORDER BY 3, 1, 2");
  q.bind(1, static_cast<std::int64_t>(station_id));
  std::vector<WaitingGoods> out;
  while (q.executeStep()) {
    const std::string kind = q.getColumn(0).getString();
    const std::int64_t id = q.getColumn(1).getInt64();
    out.push_back({kind, kind == "purchase" ? purchase_ref(id) : parcel_ref(id), q.getColumn(2).getString()});
  }
  return out;
}

} // namespace czs::ledger
