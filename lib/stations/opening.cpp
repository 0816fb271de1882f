#include "stations/opening.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "stations/opening_rules.hpp"
#include "stations/station_store.hpp"

namespace czs::stations {

namespace {

void require_openable(const Station& station, const std::string& date)
{
  if (station.status != Status::applied) {
    const std::string since = station.opened_on.empty() ? std::string() : trf(" (opened on {})", station.opened_on);
    throw Error(ErrorKind::bad_data,
                trf("station {} is {}{}; only a station that has applied can be opened", station.code,
                    status_label(station.status), since),
                tr("see the station with czstation register show CODE"));
  }
  if (date < station.applied_on) {
    throw Error(ErrorKind::bad_data,
                trf("station {} cannot open on {}, before it applied on {}", station.code, date, station.applied_on),
                tr("check the opening date"));
  }
}

} // namespace

void open_station(audit::AuditedTransaction& tx, Station& station, const std::string& date,
                  const rules::Parameters& params)
{
  require_openable(station, date);
  OpeningFacts facts;
  facts.open_date = date;
  facts.site_check = latest_site_check(tx.db(), station.id, date);
  facts.agreements = agreements_of(tx.db(), station.id);
  facts.trainings = trainings_of(tx.db(), station.id);
  auto problems = check_opening(facts, params);
  if (!problems.empty()) {
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  change_status(tx, station, Status::open, date,
                in_both_languages([] { return std::string(tr("plaque hung and station opened (Art. 15)")); }));
}

} // namespace czs::stations
