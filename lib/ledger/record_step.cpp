#include "ledger/record_step.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/record_store.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"
#include "period/date.hpp"

namespace czs::ledger {

namespace {

// How a missing record of each kind is named, and where the clerk finds the right number.
Error missing(const Purchase*, std::int64_t id)
{
  return Error(ErrorKind::not_found, trf("no purchase {}", purchase_ref(id)),
               tr("list purchases with: czstation order list --kind purchase"));
}

Error missing(const Sale*, std::int64_t id)
{
  return Error(ErrorKind::not_found, trf("no sale {}", sale_ref(id)),
               tr("list sales with: czstation order list --kind sale"));
}

Error missing(const Parcel*, std::int64_t id)
{
  return Error(ErrorKind::not_found, trf("no parcel {}", id), tr("list parcels with: czstation parcel list"));
}

Error missing(const Dispute*, std::int64_t id)
{
  return Error(ErrorKind::not_found, trf("no dispute {}", dispute_ref(id)),
               tr("list disputes with: czstation order list --kind dispute"));
}

} // namespace

template <typename R>
R require_record(SQLite::Database& db, std::int64_t id)
{
  if (auto found = find_record<R>(db, id)) {
    return *found;
  }
  throw missing(static_cast<const R*>(nullptr), id);
}

template <typename R>
Stepped<R> take_step(audit::AuditedTransaction& tx, std::int64_t id, const std::function<std::string(R&)>& step)
{
  R record = require_record<R>(tx.db(), id);
  std::string message = step(record);
  stations::Station station = require_station_of(tx.db(), record.station_id, last_step(record));
  save_record(tx, record);
  tx.set_station(station.code);
  return {std::move(record), std::move(station), std::move(message)};
}

template Purchase require_record<Purchase>(SQLite::Database&, std::int64_t);
template Sale require_record<Sale>(SQLite::Database&, std::int64_t);
template Parcel require_record<Parcel>(SQLite::Database&, std::int64_t);
template Dispute require_record<Dispute>(SQLite::Database&, std::int64_t);
template Stepped<Purchase> take_step<Purchase>(audit::AuditedTransaction&, std::int64_t,
                                               const std::function<std::string(Purchase&)>&);
template Stepped<Sale> take_step<Sale>(audit::AuditedTransaction&, std::int64_t,
                                       const std::function<std::string(Sale&)>&);
template Stepped<Parcel> take_step<Parcel>(audit::AuditedTransaction&, std::int64_t,
                                           const std::function<std::string(Parcel&)>&);
template Stepped<Dispute> take_step<Dispute>(audit::AuditedTransaction&, std::int64_t,
                                             const std::function<std::string(Dispute&)>&);

} // namespace czs::ledger
