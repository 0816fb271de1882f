// register batch / outreach: a station's construction batch and phase (Art. 2.2), and the
// outreach activities it holds for villagers (Art. 4.1). Both are records about one station, as
// its training and equipment are, so they stand beside them under `register`; neither is a
// ledger record (order, parcel) nor a visit of the centre (inspect, review).

#include "register.hpp"

#include "context.hpp"
#include "input.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "ledger/outreach.hpp"
#include "ledger/words.hpp"
#include "stations/batch.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

#include <algorithm>
#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct BatchOptions
{
  std::string code;
  std::string batch;
  std::string phase;
  std::string date;
  // outreach
  std::string kind;
  std::string topic;
  std::string attendees;
  std::string station;
  std::string period;
};

int set_batch(Context& ctx, const BatchOptions& o)
{
  const std::string code = station_code(o.code);
  const stations::BatchAssignment b = batch_assignment(o.batch, o.phase, ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.batch");
  const stations::Station s = stations::require_station(ctx.db(), code);
  stations::set_batch(tx, s, b);
  tx.commit();
  ctx.confirm(b.phase > 0 ? trf("station {} is in batch {}, phase {} (from {})", s.code, b.batch, b.phase, b.set_on)
                          : trf("station {} is in batch {} (from {})", s.code, b.batch, b.set_on));
  return 0;
}

// The kind's key from its English key (online-safety or online_safety) or its Chinese word.
std::string outreach_kind(const std::string& text)
{
  std::string key = text;
  std::replace(key.begin(), key.end(), '-', '_');
  if (auto word = ledger::parse_word(ledger::outreach_kinds(), key)) {
    return *word;
  }
  throw Error(ErrorKind::usage, trf("--kind: unknown outreach kind '{}'", text::shown_value(text)),
              tr("use publicity (宣传), training (培训) or online-safety (网络安全讲座)"));
}

int add_outreach(Context& ctx, const BatchOptions& o)
{
  ledger::Outreach a;
  a.held_on = to_string(ctx.event_date(o.date, "--date"));
  a.kind = outreach_kind(o.kind);
  a.topic = required_text(o.topic, "--topic", 200);
  a.attendees = must(text::input_count(o.attendees, 100'000, "--attendees"));
  const std::string code = station_code(o.code);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "station.outreach");
  const std::int64_t id = ledger::record_outreach(tx, code, a);
  tx.commit();
  ctx.confirm(trf("recorded outreach activity {} of station {} on {}: {} villagers attended", id, code, a.held_on,
                  a.attendees));
  return 0;
}

int list_outreach(Context& ctx, const BatchOptions& o)
{
  ledger::OutreachFilter f;
  if (!o.station.empty()) {
    f.station_id = stations::require_station(ctx.db(), station_code(o.station, "--station")).id;
  }
  if (auto period = period_option(o.period, "--period")) {
    f.from = to_string(period->first);
    f.to = to_string(period->last);
  }
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  f.batch = batch_filter(ctx, o.batch);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"id", tr("number"), true},
                  {"station", tr("station")},
                  {"held_on", tr("date")},
                  {"kind", tr("kind"), ledger::outreach_kinds()},
                  {"topic", tr("topic")},
                  {"attendees", tr("attendees"), true}});
  ledger::for_each_outreach(ctx.db(), f, [&](const ledger::Outreach& a) {
    w.row({a.id, a.station_code, a.held_on, a.kind, a.topic, a.attendees});
  });
  return 0;
}

} // namespace

stations::BatchAssignment batch_assignment(const std::string& batch, const std::string& phase, Date date)
{
  stations::BatchAssignment b;
  b.batch = required_text(batch, "--batch", 50);
  if (!phase.empty()) {
    b.phase = must(text::input_count(phase, 99, "--phase"));
    if (b.phase == 0) {
      throw Error(ErrorKind::bad_data, tr("--phase: phases are numbered from 1"), tr("give the phase as 1, 2, 3, ..."));
    }
  }
  b.set_on = to_string(date);
  return b;
}

void add_register_batches(CLI::App& reg, Context& ctx, Action& chosen)
{
  auto o = std::make_shared<BatchOptions>();

  CLI::App* batch =
      reg.add_subcommand("batch", tr("set or change a station's construction batch (建设批次) and phase (Art. 2.2)"));
  batch->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  batch->add_option("--batch", o->batch, tr("the batch, as the county names it, e.g. 2026年第一批"))
      ->required()
      ->type_name(tr("TEXT"));
  batch->add_option("--phase", o->phase, tr("the construction phase, 1 or more (default: none)"))->type_name("N");
  batch->add_option("--date", o->date, tr("the day it was set (default: today)"))->type_name(tr("DATE"));
  on_run(batch, chosen, [&ctx, o] { return set_batch(ctx, *o); });

  CLI::App* outreach = reg.add_subcommand(
      "outreach",
      tr("outreach activities a station holds for villagers: publicity, training, online safety (Art. 4.1)"));
  outreach->require_subcommand(1);

  CLI::App* add = outreach->add_subcommand("add", tr("record an outreach activity held at an open station"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the day it was held"))->required()->type_name(tr("DATE"));
  add->add_option("--kind", o->kind, tr("publicity (宣传), training (培训) or online-safety (网络安全讲座)"))
      ->required()
      ->type_name("publicity|training|online-safety");
  add->add_option("--topic", o->topic, tr("what it was about"))->required()->type_name(tr("TEXT"));
  add->add_option("--attendees", o->attendees, tr("how many villagers attended, 1 or more"))
      ->required()
      ->type_name("N");
  on_run(add, chosen, [&ctx, o] { return add_outreach(ctx, *o); });

  CLI::App* list = outreach->add_subcommand("list", tr("list outreach activities by date"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(list, o->batch);
  list->add_option("--period", o->period, tr("only activities held in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  on_run(list, chosen, [&ctx, o] { return list_outreach(ctx, *o); });
}

} // namespace czs::cli
