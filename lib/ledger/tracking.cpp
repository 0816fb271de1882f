#include "ledger/tracking.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

namespace czs::ledger {

TrackingLookup::TrackingLookup(SQLite::Database& db)
    : m_query(db, "SELECT id FROM parcel WHERE carrier = ? AND tracking_no = ?")
{
}

std::optional<std::int64_t> TrackingLookup::find(const std::string& carrier, const std::string& tracking_no)
{
  m_query.reset();
  m_query.bind(1, carrier);
  m_query.bind(2, tracking_no);
  if (!m_query.executeStep()) {
    return std::nullopt;
  }
  return m_query.getColumn(0).getInt64();
}

std::string duplicate_tracking_message(const Parcel& p, std::int64_t existing)
{
  return trf("{} tracking number {} is already parcel {}", p.carrier, p.tracking_no, existing);
}

void refuse_duplicate_tracking(SQLite::Database& db, const Parcel& p)
{
  TrackingLookup lookup(db);
  if (auto existing = lookup.find(p.carrier, p.tracking_no)) {
    throw Error(ErrorKind::bad_data, duplicate_tracking_message(p, *existing),
                trf("see it with: czstation parcel show {}", *existing));
  }
}

} // namespace czs::ledger
