#include "ledger/history.hpp"

#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/record_query.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "period/date.hpp"

#include <algorithm>
#include <span>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

namespace {

// A step's detail in its two forms (HistoryStep::detail and shown).
struct Detail
{
  std::string stable;
  std::string shown;
};

// Text as entered (a reason, an outcome, a department): the same in both forms.
Detail as_entered(std::string text)
{
  return {text, std::move(text)};
}

// A detail whose joining words are the message `msgid` (English in the stable form, translated
// in the shown one), with the same arguments in both.
template <typename... Args>
Detail worded(const char* msgid, const Args&... args)
{
  return {fmt::format(fmt::runtime(msgid), args...), trf(msgid, args...)};
}

// A fixed word (a dispute's or a service's kind) followed by `rest`: its key in the stable
// form, the word a table prints in the shown one.
Detail kind_then(std::span<const Choice> words, const std::string& key, const std::string& before,
                 const std::string& rest)
{
  return {before + key + rest, before + word_for_people(words, key) + rest};
}

void add(std::vector<HistoryStep>& steps, const std::string& at, const char* step, Detail detail = {})
{
  if (!at.empty()) {
    steps.push_back({at, step, std::move(detail.stable), std::move(detail.shown)});
  }
}

// Steps are added in the order they happen, so a stable sort by day places exchanges and
// disputes among them and keeps same-day steps as they were taken.
std::vector<HistoryStep> sorted(std::vector<HistoryStep> steps)
{
  std::stable_sort(steps.begin(), steps.end(),
                   [](const HistoryStep& a, const HistoryStep& b) { return day_of(a.at) < day_of(b.at); });
  return steps;
}

void add_dispute(std::vector<HistoryStep>& steps, const Dispute& d)
{
  const std::string ref = dispute_ref(d.id);
  add(steps, d.opened_on, "dispute_opened", kind_then(dispute_kinds(), d.kind, ref + " ", ": " + d.description));
  add(steps, d.negotiated_on, "dispute_negotiating", as_entered(ref));
  add(steps, d.referred_on, "dispute_referred", as_entered(fmt::format("{} {}", ref, d.department)));
  add(steps, d.resolved_on, "dispute_resolved", as_entered(fmt::format("{} {}", ref, d.outcome)));
}

} // namespace

std::vector<HistoryStep> history_of(SQLite::Database& db, const Purchase& p)
{
  std::vector<HistoryStep> steps;
  add(steps, p.requested_on, "requested", worded(N_("{} × {} at {}"), p.item, p.quantity, format_fen(p.price_fen)));
  add(steps, p.ordered_on, "ordered",
      worded(N_("{} {} paid {}"), p.platform, p.platform_order, format_fen(p.paid_fen.value_or(0))));
  for_each_exchange_of(db, p.id, [&steps](const PurchaseExchange& e) {
    add(steps, e.arrived_at, "arrived");
    add(steps, e.notified_at, "notified");
    add(steps, e.picked_up_on, "picked_up");
    add(steps, e.exchanged_on, "exchanged", as_entered(e.reason));
  });
  add(steps, p.arrived_at, "arrived");
  add(steps, p.notified_at, "notified");
  add(steps, p.picked_up_on, "picked_up");
  add(steps, p.closed_on, p.status == "cancelled" ? "cancelled" : "returned", as_entered(p.close_reason));
  for_each_dispute_of(db, p.id, [&steps](const Dispute& d) { add_dispute(steps, d); });
  return sorted(std::move(steps));
}

std::vector<HistoryStep> history_of(SQLite::Database& db, const Sale& s)
{
  std::vector<HistoryStep> steps;
  add(steps, s.recommended_on, "recommended", worded(N_("{} to {}"), s.product, s.platform));
  add(steps, s.contacted_on, "in_contact");
  add(steps, s.listed_on, "listed");
  add(steps, s.sold_on, "sold",
      worded(N_("{} {} for {}"), format_decimal(s.quantity_centi.value_or(0), 2), s.unit,
             format_fen(s.amount_fen.value_or(0))));
  add(steps, s.withdrawn_on, "withdrawn", as_entered(s.withdraw_reason));
  SQLite::Statement again(db, "SELECT sold_on, quantity_centi, unit, amount_fen FROM sale_repeat WHERE sale_id = ? "
                              "ORDER BY sold_on, id");
  again.bind(1, s.id);
  while (again.executeStep()) {
    add(steps, again.getColumn(0).getString(), "sold_again",
        worded(N_("{} {} for {}"), format_decimal(again.getColumn(1).getInt64(), 2), again.getColumn(2).getString(),
               format_fen(again.getColumn(3).getInt64())));
  }
  SQLite::Statement delisted(db, "SELECT delisted_on, reason FROM sale_delisting WHERE id = ?");
  delisted.bind(1, s.id);
  if (delisted.executeStep()) {
    add(steps, delisted.getColumn(0).getString(), "delisted", as_entered(delisted.getColumn(1).getString()));
  }
  return sorted(std::move(steps));
}

std::vector<HistoryStep> history_of(const Service& v)
{
  std::vector<HistoryStep> steps;
  add(steps, v.served_on, "done", kind_then(service_kinds(), v.kind, "", " " + format_fen(v.amount_fen)));
  return steps;
}

std::vector<HistoryStep> history_of(const Parcel& p)
{
  std::vector<HistoryStep> steps;
  add(steps, p.arrived_at, "arrived", as_entered(fmt::format("{} {}", p.carrier, p.tracking_no)));
  add(steps, p.notified_at, "notified", p.notice_at_pickup ? worded(N_("at the pickup: no notice before")) : Detail{});
  add(steps, p.picked_up_at, "picked_up");
  add(steps, p.returned_on, "returned", as_entered(p.return_reason));
  add(steps, p.accepted_on, "accepted", worded(N_("{} {} to {}"), p.carrier, p.tracking_no, p.destination));
  add(steps, p.dispatched_on, "dispatched");
  return sorted(std::move(steps));
}

std::vector<HistoryStep> history_of(const Dispute& d)
{
  std::vector<HistoryStep> steps;
  add_dispute(steps, d);
  return steps;
}

} // namespace czs::ledger
