#include "oversight/in_service.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

namespace czs::oversight {

void require_in_service(const stations::Station& station, const std::string& date, const char* what)
{
  using stations::Status;
  if (station.status == Status::applied) {
    throw Error(ErrorKind::bad_data,
                trf("station {} has not opened (it is {}); {} is recorded only for a station in service", station.code,
                    stations::status_label(station.status), tr(what)),
                tr("the county centre oversees a station from its plaque day (Art. 15): open it first with czstation "
                   "register open"));
  }
  if (station.status == Status::closed) {
    throw Error(ErrorKind::bad_data,
                trf("station {} is closed (on {}); it takes no new records", station.code, station.closed_on),
                tr("its history stays as it was; see it with czstation register show CODE"));
  }
  if (date < station.opened_on) {
    throw Error(ErrorKind::bad_data,
                trf("station {} opened on {}, after {}; {} dated before the opening cannot be recorded", station.code,
                    station.opened_on, date, tr(what)),
                tr("check the date: the measures apply from the plaque day (Art. 15)"));
  }
}

void require_active(const stations::Station& station, const std::string& date, const char* what)
{
  require_in_service(station, date, what);
  if (std::string refusal = stations::exit_refusal(station, date); !refusal.empty()) {
    throw Error(ErrorKind::bad_data, refusal, tr("see its exit with czstation close status CODE"));
  }
}

void require_open_by(const stations::Station& station, const std::string& period_label, const std::string& last_day)
{
  if (!station.opened_on.empty() && last_day < station.opened_on) {
    throw Error(ErrorKind::bad_data,
                trf("station {} opened on {}, after {} ended; nothing is due from it for {}", station.code,
                    station.opened_on, period_label, period_label),
                tr("give a month or quarter from the station's opening on"));
  }
}

} // namespace czs::oversight
