#include "ledger/repeat_sales.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::ledger {

namespace {

// The day of the sale's latest sale (its first, or a further one).
std::string latest_sale(SQLite::Database& db, const Sale& sale)
{
  SQLite::Statement q(db, "SELECT max(sold_on) FROM sale_repeat WHERE sale_id = ?");
  q.bind(1, static_cast<std::int64_t>(sale.id));
  q.executeStep();
  const std::string repeat = q.getColumn(0).isNull() ? std::string() : q.getColumn(0).getString();
  return repeat > sale.sold_on ? repeat : sale.sold_on;
}

void require_on_sale(SQLite::Database& db, const Sale& sale)
{
  if (sale.status != "sold") {
    throw Error(ErrorKind::bad_data, trf("sale {} has not sold yet (it is {})", sale_ref(sale.id), sale.status),
                trf("record its first sale with: czstation order sale sell {}", sale_ref(sale.id)));
  }
  if (const std::string off = delisted_on(db, sale.id); !off.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("sale {} was delisted on {}: it takes no further sales", sale_ref(sale.id), off),
                tr("record a new product with: czstation order sale add"));
  }
}

} // namespace

SaleRepeat sell_again(audit::AuditedTransaction& tx, const Sale& sale, const std::string& day,
                      std::int64_t quantity_centi, const std::string& unit, std::int64_t amount_fen,
                      std::int64_t fee_fen)
{
  require_on_sale(tx.db(), sale);
  if (day < sale.sold_on) {
    throw Error(ErrorKind::bad_data,
                trf("sale {}: {} is before its first sale on {}", sale_ref(sale.id), day, sale.sold_on));
  }
  const auto station = station_by_id(tx.db(), sale.station_id);
  if (const std::string refusal = new_record_refusal(station, day); !refusal.empty()) {
    throw Error(ErrorKind::bad_data, refusal);
  }
  SaleRepeat r{0, sale.id, sale.station_id, day, quantity_centi, unit, amount_fen, fee_fen};
  insert_repeat(tx, r);
  tx.set_station(station.code);
  return r;
}

void delist(audit::AuditedTransaction& tx, const Sale& sale, const std::string& day, const std::string& reason)
{
  require_on_sale(tx.db(), sale);
  if (const std::string last = latest_sale(tx.db(), sale); day < last) {
    throw Error(ErrorKind::bad_data, trf("sale {}: {} is before its latest sale on {}", sale_ref(sale.id), day, last));
  }
  insert_delisting(tx, sale.id, Delisting{day, reason});
  tx.set_station(station_by_id(tx.db(), sale.station_id).code);
}

void insert_repeat(audit::AuditedTransaction& tx, SaleRepeat& r)
{
  SQLite::Statement q(tx.db(), "INSERT INTO sale_repeat (sale_id, station_id, sold_on, quantity_centi, unit, "
                               "amount_fen, fee_fen, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, static_cast<std::int64_t>(r.sale_id));
  q.bind(2, static_cast<std::int64_t>(r.station_id));
  q.bind(3, r.sold_on);
  q.bind(4, static_cast<std::int64_t>(r.quantity_centi));
  q.bind(5, r.unit);
  q.bind(6, static_cast<std::int64_t>(r.amount_fen));
  q.bind(7, static_cast<std::int64_t>(r.fee_fen));
  q.bind(8, r.sold_on);
  q.exec();
  r.id = tx.db().getLastInsertRowid();
  tx.inserted("sale_repeat", r.id);
}

void insert_delisting(audit::AuditedTransaction& tx, std::int64_t sale_id, const Delisting& delisting)
{
  SQLite::Statement q(tx.db(), "INSERT INTO sale_delisting (id, delisted_on, reason) VALUES (?, ?, ?)");
  q.bind(1, static_cast<std::int64_t>(sale_id));
  q.bind(2, delisting.day);
  q.bind(3, delisting.reason);
  q.exec();
  tx.inserted("sale_delisting", sale_id);
}

struct SaleSequels::Statements
{
  explicit Statements(SQLite::Database& db)
      : repeats(db, "SELECT id, sale_id, station_id, sold_on, quantity_centi, unit, amount_fen, fee_fen "
                    "FROM sale_repeat WHERE sale_id = ? ORDER BY id"),
        delisting(db, "SELECT delisted_on, reason FROM sale_delisting WHERE id = ?")
  {
  }
  SQLite::Statement repeats;
  SQLite::Statement delisting;
};

SaleSequels::SaleSequels(SQLite::Database& db) : m_q(std::make_unique<Statements>(db)) {}
SaleSequels::~SaleSequels() = default;

std::vector<SaleRepeat> SaleSequels::repeats(std::int64_t sale_id)
{
  auto& q = m_q->repeats;
  q.reset();
  q.bind(1, static_cast<std::int64_t>(sale_id));
  std::vector<SaleRepeat> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                   q.getColumn(3).getString(), q.getColumn(4).getInt64(), q.getColumn(5).getString(),
                   q.getColumn(6).getInt64(), q.getColumn(7).getInt64()});
  }
  return out;
}

std::optional<Delisting> SaleSequels::delisting(std::int64_t sale_id)
{
  auto& q = m_q->delisting;
  q.reset();
  q.bind(1, static_cast<std::int64_t>(sale_id));
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return Delisting{q.getColumn(0).getString(), q.getColumn(1).getString()};
}

std::int64_t sales_count(SQLite::Database& db, const Sale& sale)
{
  SQLite::Statement q(db, "SELECT count(*) FROM sale_repeat WHERE sale_id = ?");
  q.bind(1, static_cast<std::int64_t>(sale.id));
  q.executeStep();
  return (sale.status == "sold" ? 1 : 0) + q.getColumn(0).getInt64();
}

std::string delisted_on(SQLite::Database& db, std::int64_t sale_id)
{
  SQLite::Statement q(db, "SELECT delisted_on FROM sale_delisting WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(sale_id));
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

} // namespace czs::ledger
