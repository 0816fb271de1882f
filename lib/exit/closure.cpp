#include "exit/closure.hpp"

#include "assessment/run_store.hpp"
#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "stations/onboarding_records.hpp"
#include "stations/station_store.hpp"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

namespace czs::exit {

namespace {

using stations::Station;
using stations::Status;

void require_closing(const Station& station)
{
  if (station.status != Status::closing) {
    throw Error(ErrorKind::bad_data,
                trf("station {} is {}; decide its exit first", station.code, stations::status_label(station.status)),
                tr("czstation close decide CODE --basis voluntary|low_volume|bad_credit --date DATE"));
  }
}

// A termination needs the assessment that found the station eligible, or a recorded override.
std::optional<assessment::RunInfo> require_eligibility(SQLite::Database& db, const Station& station,
                                                       const ExitRequest& request)
{
  const rules::Rule rule =
      request.basis == Basis::low_volume ? rules::Rule::terminate_volume : rules::Rule::terminate_credit;
  auto run = assessment::eligibility_run(db, station.id, rule);
  if (run || !request.override_reason.empty()) {
    return run;
  }
  throw Error(
      ErrorKind::bad_data,
      {rules::diagnostic(
          rule,
          trf("the latest applied quarterly assessment did not find station {} eligible for termination", station.code),
          tr("apply the quarter's assessment first (czstation assess --period YYYYQn --apply), or give "
             "--override REASON to terminate on the centre's own decision (recorded in the audit log)"))});
}

void insert_closure(audit::AuditedTransaction& tx, const Station& station, const Closure& c,
                    std::optional<std::int64_t> run)
{
  SQLite::Statement q(tx.db(), "INSERT INTO closure (station_id, basis, decided_on, agreement_ref, eligibility_run, "
                               "override_reason) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, station.id);
  q.bind(2, std::string(to_string(c.basis)));
  q.bind(3, c.decided_on);
  c.agreement_ref.empty() ? q.bind(4) : q.bind(4, c.agreement_ref);
  run ? q.bind(5, *run) : q.bind(5);
  c.override_reason.empty() ? q.bind(6) : q.bind(6, c.override_reason);
  q.exec();
  tx.inserted("closure", tx.db().getLastInsertRowid());
}

} // namespace

Closure decide_exit(audit::AuditedTransaction& tx, Station& station, const ExitRequest& request,
                    const rules::Parameters& params)
{
  if (!stations::is_operating(station.status)) {
    throw Error(
        ErrorKind::bad_data,
        trf("station {} is {}; only an open station can exit", station.code, stations::status_label(station.status)),
        tr("see the station with czstation register show CODE"));
  }
  if (request.decided_on < station.opened_on) {
    throw Error(ErrorKind::bad_data,
                trf("the exit date {} is before the station opened on {}", request.decided_on, station.opened_on));
  }
  Closure c;
  c.basis = request.basis;
  c.decided_on = request.decided_on;
  c.agreement_ref = request.agreement_ref;
  c.override_reason = request.override_reason;
  std::optional<std::int64_t> run_id;
  if (request.basis == Basis::voluntary || request.basis == Basis::negotiated) {
    auto outcome =
        check_exit_min(*parse_date(station.opened_on), *parse_date(request.decided_on), request.agreement_ref, params);
    if (!outcome.problems.empty()) {
      throw Error(ErrorKind::bad_data, std::move(outcome.problems));
    }
    c.basis = request.agreement_ref.empty() ? outcome.basis : Basis::negotiated;
  } else if (auto run = require_eligibility(tx.db(), station, request)) {
    run_id = run->id;
    c.eligibility_period = run->period;
  }
  insert_closure(tx, station, c, run_id);
  if (!c.override_reason.empty() && !run_id) {
    tx.note("override", trf("termination of {} without an eligible assessment: {}", station.code, c.override_reason));
  }
  stations::change_status(tx, station, Status::closing, request.decided_on,
                          in_both_languages([&] { return trf("exit decided ({})", basis_for_people(c.basis)); }));
  return c;
}

void recover_equipment(audit::AuditedTransaction& tx, const Station& station, const std::string& serial,
                       const std::string& date)
{
  require_closing(station);
  for (const auto& e : stations::equipment_of(tx.db(), station.id)) {
    if (e.serial != serial) {
      continue;
    }
    if (!e.recovered_on.empty()) {
      throw Error(ErrorKind::bad_data, trf("{} {} was already recovered on {}", e.kind, e.serial, e.recovered_on));
    }
    SQLite::Statement q(tx.db(), "UPDATE equipment SET recovered_on = ? WHERE id = ?");
    q.bind(1, date);
    q.bind(2, e.id);
    q.exec();
    tx.set_station(station.code);
    tx.updated("equipment", e.id);
    return;
  }
  throw Error(ErrorKind::not_found, trf("station {} holds no equipment with serial {}", station.code, serial),
              tr("list what it holds with: czstation close status CODE"));
}

void recover_account(audit::AuditedTransaction& tx, const Station& station, const std::string& login,
                     const std::string& date)
{
  require_closing(station);
  // A login the station holds on two platforms is named PLATFORM:LOGIN, as register return asks:
  // recovering one of them by guess would leave the other out unnoticed.
  const auto accounts = stations::accounts_of(tx.db(), station.id);
  const auto held_as_login = std::count_if(accounts.begin(), accounts.end(),
                                           [&](const auto& a) { return a.login == login && a.recovered_on.empty(); });
  if (held_as_login > 1) {
    throw Error(ErrorKind::usage, trf("station {} holds the login {} on more than one platform", station.code, login),
                trf("name it as PLATFORM:LOGIN; see them with: czstation close status {}", station.code));
  }
  for (const auto& a : accounts) {
    if (a.login != login && a.platform + ":" + a.login != login) {
      continue;
    }
    if (!a.recovered_on.empty()) {
      throw Error(ErrorKind::bad_data,
                  trf("the {} account {} was already recovered on {}", a.platform, a.login, a.recovered_on));
    }
    SQLite::Statement q(tx.db(), "UPDATE platform_account SET recovered_on = ? WHERE id = ?");
    q.bind(1, date);
    q.bind(2, a.id);
    q.exec();
    tx.set_station(station.code);
    tx.updated("platform_account", a.id);
    return;
  }
  throw Error(ErrorKind::not_found, trf("station {} holds no platform account {}", station.code, login),
              tr("list what it holds with: czstation close status CODE"));
}

void complete_exit(audit::AuditedTransaction& tx, Station& station, const std::string& date)
{
  require_closing(station);
  auto closure = closure_of(tx.db(), station.id);
  if (closure && date < closure->decided_on) {
    throw Error(ErrorKind::bad_data,
                trf("the closure cannot complete on {}, before the exit was decided on {}", date, closure->decided_on));
  }
  auto outstanding =
      check_recovered(stations::equipment_of(tx.db(), station.id), stations::accounts_of(tx.db(), station.id));
  const auto waiting = check_nothing_waiting(ledger::waiting_at_station(tx.db(), station.id));
  outstanding.insert(outstanding.end(), waiting.begin(), waiting.end());
  if (!outstanding.empty()) {
    throw Error(ErrorKind::bad_data, std::move(outstanding));
  }
  if (closure) {
    SQLite::Statement q(tx.db(), "UPDATE closure SET completed_on = ? WHERE id = ?");
    q.bind(1, date);
    q.bind(2, closure->id);
    q.exec();
    tx.updated("closure", closure->id);
  }
  stations::change_status(tx, station, Status::closed, date, in_both_languages([] {
                            return std::string(tr("equipment and accounts recovered; station closed (Art. 14.4)"));
                          }));
}

std::optional<Closure> closure_of(SQLite::Database& db, std::int64_t station_id)
{
  SQLite::Statement q(db, "SELECT c.id, c.basis, c.decided_on, coalesce(c.agreement_ref, ''), coalesce(r.period, ''), "
                          "coalesce(c.override_reason, ''), coalesce(c.completed_on, '') FROM closure c "
                          "LEFT JOIN assessment_run r ON r.id = c.eligibility_run WHERE c.station_id = ?");
  q.bind(1, station_id);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  Closure c;
  c.id = q.getColumn(0).getInt64();
  c.basis = parse_basis(q.getColumn(1).getString()).value_or(Basis::voluntary);
  c.decided_on = q.getColumn(2).getString();
  c.agreement_ref = q.getColumn(3).getString();
  c.eligibility_period = q.getColumn(4).getString();
  c.override_reason = q.getColumn(5).getString();
  c.completed_on = q.getColumn(6).getString();
  return c;
}

} // namespace czs::exit
