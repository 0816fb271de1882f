// parcel in / notify / pickup / return / out / dispatch.

#include "parcel.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_input.hpp"
#include "ledger_rows.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/checks.hpp"
#include "ledger/counter.hpp"
#include "ledger/paper_entry.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/pickup_code.hpp"
#include "ledger/record_step.hpp"
#include "ledger/record_store.hpp"
#include "ledger/station_gate.hpp"
#include "ledger/tracking.hpp"
#include "ledger/words.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"
#include "text/validate.hpp"

#include <algorithm>
#include <memory>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

using ledger::Parcel;

struct ParcelOptions
{
  std::string id;
  std::string station;
  std::string carrier;
  std::string tracking;
  std::string name;
  std::string phone;
  std::string destination;
  std::string fee;
  std::string code;
  std::string at;
  std::string date;
  std::string reason;
  std::string arrived_on;
  // in / out: the later steps from a paper register
  std::string notified_at;
  std::string picked_up_at;
  std::string returned_on;
  std::string dispatched_on;
};

// The later steps given to `in` or `out`, read as their step commands read them.
ledger::ParcelPaper paper_steps(const Context& ctx, const ParcelOptions& o)
{
  auto day = [&](const std::string& text, const char* option) {
    return text.empty() ? std::string() : event_day(ctx, text, option);
  };
  auto time = [&](const std::string& text, const char* option) {
    return text.empty() ? std::string() : event_time(ctx, text, option);
  };
  ledger::ParcelPaper paper;
  paper.notified_at = time(o.notified_at, "--notified-at");
  paper.picked_up_at = time(o.picked_up_at, "--picked-up-at");
  paper.returned_on = day(o.returned_on, "--returned-on");
  paper.reason = o.reason.empty() ? std::string() : required_note(o.reason, "--reason", 200);
  paper.dispatched_on = day(o.dispatched_on, "--dispatched-on");
  return paper;
}

// What a new parcel's confirmation adds when a paper register gave later steps.
std::string paper_note(const std::vector<std::string>& steps, const Parcel& p)
{
  return steps.empty() ? std::string()
                       : trf("; from the register: {} step(s), now {}", steps.size(),
                             ledger::word_for_people(ledger::record_statuses(), p.status));
}

std::string tracking_number(const std::string& text)
{
  return must(text::input_tracking_number(text, "--tracking"));
}

void show_result(Context& ctx, audit::AuditedTransaction& tx, const Parcel& p, const std::string& station,
                 const std::string& message, bool with_code)
{
  note_reveal(ctx, tx, trf("recipient or sender name and phone of parcel {}", p.id));
  const Privacy privacy(ctx);
  tx.set_station(station);
  tx.commit();
  if (ctx.format() == Format::table) {
    ctx.confirm(message);
    return;
  }
  auto columns = parcel_columns();
  auto cells = parcel_cells(p, station, privacy);
  if (with_code) {
    // The code goes on the parcel's label and into the notice; it is shown when it is issued
    // and when the notice is sent, and never in listings.
    columns.push_back({"pickup_code", tr("pickup code")});
    cells.emplace_back(p.pickup_code);
  }
  print_record(ctx, columns, std::move(cells));
}

Parcel new_parcel(const ParcelOptions& o, const char* name_option)
{
  Parcel p;
  p.carrier = required_text(o.carrier, "--carrier", 30);
  p.tracking_no = tracking_number(o.tracking);
  p.person_name = person_name(o.name, name_option);
  p.fee_fen = optional_yuan(o.fee, "--fee");
  return p;
}

void warn_late_notice(Context& ctx, const Parcel& p)
{
  if (auto late = ledger::check_notice(ctx.params(), "parcel_in", p.id, ledger::parcel_ref(p.id), p.arrived_at,
                                       p.notified_at, p.notice_at_pickup)) {
    warn_finding(ctx, *late);
  }
}

int parcel_in(Context& ctx, const ParcelOptions& o)
{
  Parcel p = new_parcel(o, "--recipient");
  p.direction = "in";
  p.status = "arrived";
  p.person_phone = phone(o.phone, "--phone");
  p.arrived_at = event_time(ctx, o.at, "--at");
  const std::string code = station_code(o.station, "--station");
  const auto paper = paper_steps(ctx, o);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "parcel.in");
  const auto station = ledger::require_station_on(tx.db(), code, p.arrived_at);
  p.station_id = station.id;
  ledger::refuse_duplicate_tracking(tx.db(), p);
  p.pickup_code = ledger::issue_pickup_code(tx.db(), station.id);
  const auto steps = ledger::take_paper_steps(p, paper);
  // The last step's day, as take_step checks it for a step command (Art. 15).
  ledger::require_station_of(tx.db(), station.id, ledger::last_step(p));
  ledger::require_settled_at_exit(station, p.status, tr("the parcel"));
  ledger::insert_record(tx, p);
  if (p.notice_at_pickup) {
    ledger::record_notice_at_pickup(tx, p);
  }
  show_result(ctx, tx, p, station.code,
              trf("parcel {} ({} {}) arrived at {} for {}; pickup code {}", p.id, p.carrier, p.tracking_no,
                  station.code, Privacy(ctx).name(p.person_name), p.pickup_code)
                  + paper_note(steps, p),
              true);
  if (!p.notified_at.empty()) {
    warn_late_notice(ctx, p);
  }
  return 0;
}

int parcel_out(Context& ctx, const ParcelOptions& o)
{
  Parcel p = new_parcel(o, "--sender");
  p.direction = "out";
  p.status = "accepted";
  p.person_phone = optional_phone(o.phone, "--phone");
  p.destination = required_text(o.destination, "--destination", 200);
  p.accepted_on = event_day(ctx, o.date, "--date");
  const std::string code = station_code(o.station, "--station");
  const auto paper = paper_steps(ctx, o);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "parcel.out");
  const auto station = ledger::require_station_on(tx.db(), code, p.accepted_on);
  p.station_id = station.id;
  ledger::refuse_duplicate_tracking(tx.db(), p);
  const auto steps = ledger::take_paper_steps(p, paper);
  ledger::require_station_of(tx.db(), station.id, ledger::last_step(p));
  ledger::require_settled_at_exit(station, p.status, tr("the parcel"));
  ledger::insert_record(tx, p);
  if (auto finding = ledger::check_fee(ctx.params(), "parcel_out", "", 0, p.fee_fen)) {
    warn_finding(ctx, *finding);
  }
  show_result(
      ctx, tx, p, station.code,
      trf("parcel {} ({} {}) accepted at {} for {}", p.id, p.carrier, p.tracking_no, station.code, p.destination)
          + paper_note(steps, p),
      false);
  return 0;
}

int parcel_step(Context& ctx, const ParcelOptions& o, const char* action, bool with_code,
                const std::function<std::string(Parcel&)>& apply)
{
  const std::int64_t id = record_id(o.id, '\0', "parcel");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), action);
  auto done = ledger::take_step<Parcel>(tx, id, apply);
  show_result(ctx, tx, done.record, done.station.code, done.message, with_code);
  return 0;
}

int notify_one(Context& ctx, const ParcelOptions& o)
{
  const std::string at = event_time(ctx, o.at, "--at");
  return parcel_step(ctx, o, "parcel.notify", true, [&](Parcel& p) {
    ledger::notify(p, at);
    warn_late_notice(ctx, p);
    return trf("parcel {}: recipient notified at {}; pickup code {}", p.id, at, p.pickup_code);
  });
}

// Every parcel that arrived at the station on the day and is not announced yet, announced in one
// transaction; prints the notice list (recipient masked, code, carrier) for the notice board.
int notify_day(Context& ctx, const ParcelOptions& o)
{
  const std::string code = station_code(o.station, "--station");
  const std::string day = event_day(ctx, o.arrived_on, "--arrived-on");
  const std::string at = event_time(ctx, o.at, "--at");
  if (at < day) {
    throw Error(ErrorKind::bad_data, trf("--at {} is before the arrival day {}", at, day),
                tr("give the time the recipients were told, on or after the day the parcels arrived"));
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "parcel.notify");
  const auto station = stations::require_station(tx.db(), code);
  std::vector<Parcel> done;
  for (const std::int64_t id : ledger::parcels_to_notify(tx.db(), station.id, day)) {
    done.push_back(ledger::take_step<Parcel>(tx, id, [&](Parcel& p) {
                     ledger::notify(p, at);
                     return std::string();
                   }).record);
  }
  if (!done.empty()) {
    note_reveal(ctx, tx, trf("recipient names of the parcels announced at {}", station.code));
  }
  const Privacy privacy(ctx);
  tx.set_station(station.code);
  tx.commit();
  for (const auto& p : done) {
    warn_late_notice(ctx, p);
  }
  ctx.confirm(done.empty() ? trf("no parcel that arrived at {} on {} waits for a notice", station.code, day)
                           : trf("{} parcels at {} announced at {}:", done.size(), station.code, at));
  if (done.empty() && ctx.format() == Format::table) {
    return 0; // a script still gets an empty array or the CSV header
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"id", tr("id"), true},
                  {"name", tr("recipient")},
                  {"pickup_code", tr("pickup code")},
                  {"carrier", tr("carrier")},
                  {"tracking_no", tr("tracking no.")}});
  for (const auto& p : done) {
    w.row({p.id, privacy.name(p.person_name), p.pickup_code, p.carrier, p.tracking_no});
  }
  return 0;
}

int notify(Context& ctx, const ParcelOptions& o)
{
  const bool by_day = !o.station.empty() || !o.arrived_on.empty();
  if (by_day == !o.id.empty() || (by_day && (o.station.empty() || o.arrived_on.empty()))) {
    throw Error(ErrorKind::usage, tr("parcel notify takes a parcel's number, or --station and --arrived-on"),
                tr("e.g. czstation parcel notify 12, or czstation parcel notify --station CN-KD-001 --arrived-on "
                   "2026-11-20"));
  }
  return by_day ? notify_day(ctx, o) : notify_one(ctx, o);
}

int pickup(Context& ctx, const ParcelOptions& o)
{
  const std::string code = identifier(o.code, "--code", 40);
  if (!ledger::is_pickup_code(code)) {
    throw Error(ErrorKind::bad_data,
                trf("--code '{}' is not a pickup code: it has {} digits", code, ledger::k_pickup_code_digits),
                tr("ask the recipient for the code in the pickup notice"));
  }
  if (o.id.empty() == o.station.empty()) {
    throw Error(ErrorKind::usage, tr("parcel pickup takes --station (the code finds the parcel) or a parcel's number"),
                tr("e.g. czstation parcel pickup --station CN-KD-001 --code 123456"));
  }
  const std::string at = event_time(ctx, o.at, "--at");
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "parcel.pickup");
  const std::int64_t id = o.id.empty() ? ledger::waiting_parcel_with_code(
                              tx.db(), stations::require_station(tx.db(), station_code(o.station, "--station")), code)
                                       : record_id(o.id, '\0', "parcel");
  auto done = ledger::take_step<Parcel>(tx, id, [&](Parcel& p) {
    ledger::pick_up(p, at, code);
    return p.notice_at_pickup
               ? trf("parcel {} picked up at {}: in the ledger; no notice was recorded before, so it is recorded now",
                     p.id, at)
               : trf("parcel {} picked up at {}: in the ledger", p.id, at);
  });
  if (done.record.notice_at_pickup) {
    ledger::record_notice_at_pickup(tx, done.record);
  }
  show_result(ctx, tx, done.record, done.station.code, done.message, false);
  if (done.record.notice_at_pickup) {
    warn_late_notice(ctx, done.record);
  }
  return 0;
}

CLI::App* with_id(CLI::App* sub, ParcelOptions& o)
{
  sub->add_option("id", o.id, tr("the parcel's number, as listed"))->required()->type_name("ID");
  return sub;
}

void add_new_parcel_options(CLI::App* sub, ParcelOptions& o)
{
  sub->add_option("--station", o.station, tr("the station's code"))->required()->type_name(tr("CODE"));
  sub->add_option("--carrier", o.carrier, tr("the carrier, e.g. 中国邮政, 顺丰"))->required()->type_name(tr("TEXT"));
  sub->add_option("--tracking", o.tracking, tr("the carrier's tracking number (unique at the carrier)"))
      ->required()
      ->type_name(tr("NO"));
  sub->add_option("--fee", o.fee, tr("the station's fee, in yuan (default 0; R-FEE)"))->type_name(tr("YUAN"));
}

void add_parcel_steps(CLI::App& parcel, Context& ctx, Action& chosen)
{
  auto o = std::make_shared<ParcelOptions>();

  CLI::App* in = parcel.add_subcommand("in", tr("record a parcel arriving for a villager; issues its pickup code"));
  add_new_parcel_options(in, *o);
  in->add_option("--recipient", o->name, tr("the recipient's name (private: masked in listings)"))
      ->required()
      ->type_name(tr("NAME"));
  in->add_option("--phone", o->phone, tr("the recipient's phone number (private)"))->required()->type_name(tr("PHONE"));
  in->add_option("--at", o->at, tr("when it arrived (default: now)"))->type_name(tr("DATETIME"));
  in->add_option("--notified-at", o->notified_at, tr("from a register: when the recipient was told"))
      ->type_name(tr("DATETIME"));
  in->add_option("--picked-up-at", o->picked_up_at, tr("from a register: when the recipient collected it"))
      ->type_name(tr("DATETIME"));
  in->add_option("--returned-on", o->returned_on, tr("from a register: the day it went back (with --reason)"))
      ->type_name(tr("DATE"));
  in->add_option("--reason", o->reason, tr("from a register: why it went back"))->type_name(tr("TEXT"));
  on_run(in, chosen, [&ctx, o] { return parcel_in(ctx, *o); });

  CLI::App* notify_ = parcel.add_subcommand(
      "notify", tr("record the recipient told to collect the parcel, with its code (R-PICKUP-NOTICE); or every "
                   "parcel of a day at once"));
  notify_->add_option("id", o->id, tr("the parcel's number, as listed"))->type_name("ID");
  notify_->add_option("--station", o->station, tr("with --arrived-on: announce the station's parcels of a day"))
      ->type_name(tr("CODE"));
  notify_
      ->add_option("--arrived-on", o->arrived_on,
                   tr("announce every parcel that arrived on this day and waits for a notice; prints the notice list"))
      ->type_name(tr("DATE"));
  notify_->add_option("--at", o->at, tr("when the recipient was told (default: now)"))->type_name(tr("DATETIME"));
  on_run(notify_, chosen, [&ctx, o] { return notify(ctx, *o); });

  CLI::App* pickup_ =
      parcel.add_subcommand("pickup", tr("hand the parcel over against its pickup code; it enters the ledger"));
  pickup_->add_option("id", o->id, tr("the parcel's number (not needed with --station)"))->type_name("ID");
  pickup_->add_option("--station", o->station, tr("the station: the code alone finds the parcel waiting there"))
      ->type_name(tr("CODE"));
  pickup_->add_option("--code", o->code, tr("the pickup code the recipient gives"))->required()->type_name(tr("CODE"));
  pickup_->add_option("--at", o->at, tr("when it was collected (default: now)"))->type_name(tr("DATETIME"));
  on_run(pickup_, chosen, [&ctx, o] { return pickup(ctx, *o); });

  CLI::App* return_ = with_id(parcel.add_subcommand("return", tr("return an uncollected parcel to the carrier")), *o);
  return_->add_option("--reason", o->reason, tr("why, e.g. 超期未取"))->required()->type_name(tr("TEXT"));
  return_->add_option("--date", o->date, tr("the day (default: today)"))->type_name(tr("DATE"));
  on_run(return_, chosen, [&ctx, o] {
    const std::string reason = required_note(o->reason, "--reason", 200);
    const std::string day = event_day(ctx, o->date, "--date");
    return parcel_step(ctx, *o, "parcel.return", false, [&](Parcel& p) {
      ledger::return_unclaimed(p, day, reason);
      return trf("parcel {} returned to {} on {}", p.id, p.carrier, day);
    });
  });

  CLI::App* out = parcel.add_subcommand("out", tr("accept a parcel a villager sends"));
  add_new_parcel_options(out, *o);
  out->add_option("--sender", o->name, tr("the sender's name (private: masked in listings)"))
      ->required()
      ->type_name(tr("NAME"));
  out->add_option("--phone", o->phone, tr("the sender's phone number (private)"))->type_name(tr("PHONE"));
  out->add_option("--destination", o->destination, tr("where it goes"))->required()->type_name(tr("TEXT"));
  out->add_option("--date", o->date, tr("the day it was accepted (default: today)"))->type_name(tr("DATE"));
  out->add_option("--dispatched-on", o->dispatched_on, tr("from a register: the day it was handed to the carrier"))
      ->type_name(tr("DATE"));
  on_run(out, chosen, [&ctx, o] { return parcel_out(ctx, *o); });

  CLI::App* dispatch = with_id(
      parcel.add_subcommand("dispatch", tr("record an accepted parcel handed to the carrier; it enters the ledger")),
      *o);
  dispatch->add_option("--date", o->date, tr("the day (default: today)"))->type_name(tr("DATE"));
  on_run(dispatch, chosen, [&ctx, o] {
    const std::string day = event_day(ctx, o->date, "--date");
    return parcel_step(ctx, *o, "parcel.dispatch", false, [&](Parcel& p) {
      ledger::dispatch(p, day);
      return trf("parcel {} dispatched on {}: in the ledger", p.id, day);
    });
  });
}

} // namespace

void add_parcel(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* parcel = app.add_subcommand(
      "parcel", tr("inbound and outbound parcels: arrival, notice, pickup with a code, return; acceptance, dispatch"));
  parcel->require_subcommand(1);
  // The children are built only when `parcel` is the command given (see order.cpp).
  parcel->preparse_callback([parcel, &ctx, &chosen](std::size_t) {
    add_parcel_steps(*parcel, ctx, chosen);
    add_parcel_listings(*parcel, ctx, chosen);
  });
}

} // namespace czs::cli
