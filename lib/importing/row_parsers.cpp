#include "importing/row_parsers.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/ledger.hpp"
#include "ledger/parcel_steps.hpp"
#include "ledger/purchase_steps.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "period/date.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"
#include "text/validate.hpp"

#include <array>

namespace czs::importing {

namespace {

constexpr std::array k_purchase{ColumnSpec{"station", true},
                                ColumnSpec{"requested_on", true},
                                ColumnSpec{"villager", true},
                                ColumnSpec{"phone", true},
                                ColumnSpec{"item", true},
                                ColumnSpec{"quantity"},
                                ColumnSpec{"price", true},
                                ColumnSpec{"fee"},
                                ColumnSpec{"platform"},
                                ColumnSpec{"platform_order"},
                                ColumnSpec{"paid"},
                                ColumnSpec{"ordered_on"},
                                ColumnSpec{"arrived_at"},
                                ColumnSpec{"notified_at"},
                                ColumnSpec{"picked_up_on"},
                                ColumnSpec{"returned_on"},
                                ColumnSpec{"cancelled_on"},
                                ColumnSpec{"reason"},
                                ColumnSpec{"exchanged_on"},
                                ColumnSpec{"status"},
                                ColumnSpec{"id", false, true},
                                ColumnSpec{"completed_on", false, true},
                                ColumnSpec{"exchange_of"},
                                ColumnSpec{"dispute_of"},
                                ColumnSpec{"dispute_kind"},
                                ColumnSpec{"description"},
                                ColumnSpec{"opened_on"},
                                ColumnSpec{"negotiated_on"},
                                ColumnSpec{"referred_on"},
                                ColumnSpec{"department"},
                                ColumnSpec{"resolved_on"},
                                ColumnSpec{"outcome"}};
constexpr std::array k_sale{ColumnSpec{"station", true},   ColumnSpec{"recommended_on", true},
                            ColumnSpec{"product", true},   ColumnSpec{"category", true},
                            ColumnSpec{"producer", true},  ColumnSpec{"phone"},
                            ColumnSpec{"platform", true},  ColumnSpec{"contacted_on"},
                            ColumnSpec{"listed_on"},       ColumnSpec{"sold_on"},
                            ColumnSpec{"quantity"},        ColumnSpec{"unit"},
                            ColumnSpec{"amount"},          ColumnSpec{"fee"},
                            ColumnSpec{"withdrawn_on"},    ColumnSpec{"delisted_on"},
                            ColumnSpec{"reason"},          ColumnSpec{"status"},
                            ColumnSpec{"id", false, true}, ColumnSpec{"completed_on", false, true},
                            ColumnSpec{"again_of"}};
constexpr std::array k_service{ColumnSpec{"station", true},
                               ColumnSpec{"served_on", true},
                               ColumnSpec{"kind", true},
                               ColumnSpec{"villager", true},
                               ColumnSpec{"phone"},
                               ColumnSpec{"amount"},
                               ColumnSpec{"fee"},
                               ColumnSpec{"note"},
                               ColumnSpec{"status"},
                               ColumnSpec{"id", false, true},
                               ColumnSpec{"completed_on", false, true}};
constexpr std::array k_parcel{ColumnSpec{"station", true},   ColumnSpec{"direction", true},
                              ColumnSpec{"carrier", true},   ColumnSpec{"tracking_no", true},
                              ColumnSpec{"name", true},      ColumnSpec{"phone"},
                              ColumnSpec{"destination"},     ColumnSpec{"fee"},
                              ColumnSpec{"arrived_at"},      ColumnSpec{"notified_at"},
                              ColumnSpec{"picked_up_at"},    ColumnSpec{"returned_on"},
                              ColumnSpec{"reason"},          ColumnSpec{"accepted_on"},
                              ColumnSpec{"dispatched_on"},   ColumnSpec{"status"},
                              ColumnSpec{"id", false, true}, ColumnSpec{"completed_on", false, true}};

std::string station_of(RowFields& f)
{
  const std::string_view raw = f.raw("station");
  if (raw.empty()) {
    f.fail(tr("station is empty"));
    return {};
  }
  auto code = text::clean_code(raw, "station");
  if (!code) {
    f.fail(code.error());
    return {};
  }
  return *code;
}

// Runs one lifecycle step, turning its refusal into the row's error.
template <typename Step>
void take(RowFields& f, Step&& step)
{
  try {
    step();
  } catch (const Error& e) {
    f.fail(e.diagnostics().front().message);
  }
}

// The status column, when given, must agree with what the dates say.
void check_status(RowFields& f, const std::string& derived)
{
  const std::string_view raw = f.raw("status");
  const std::string given =
      raw.empty() ? std::string() : ledger::parse_word(ledger::record_statuses(), raw).value_or(std::string(raw));
  if (!given.empty() && given != derived && f.errors().empty()) {
    f.fail(trf("status is {}, but the dates say {}", given, derived));
  }
}

std::string choice(RowFields& f, std::span<const ledger::Choice> choices, std::string_view column)
{
  const std::string_view raw = f.raw(column);
  if (raw.empty()) {
    f.fail(trf("{} is empty", column));
    return {};
  }
  auto name = ledger::parse_choice(choices, raw);
  if (!name) {
    f.fail(trf("{}: unknown value '{}' (use {})", column, text::shown_value(raw), ledger::choice_list(choices)));
    return {};
  }
  return *name;
}

} // namespace

std::span<const ColumnSpec> purchase_file_columns()
{
  return k_purchase;
}
std::span<const ColumnSpec> sale_file_columns()
{
  return k_sale;
}
std::span<const ColumnSpec> service_file_columns()
{
  return k_service;
}
std::span<const ColumnSpec> parcel_file_columns()
{
  return k_parcel;
}

namespace {

std::int64_t file_record_id(RowFields& f, std::string_view column, char prefix, const char* refusal);

// The columns of a dispute row (dispute_of), which no other row fills.
constexpr const char* k_dispute_only[] = {"dispute_kind", "description", "opened_on",   "negotiated_on",
                                          "referred_on",  "department",  "resolved_on", "outcome"};

// A row that is not a dispute must leave the dispute's columns empty (`refusal`: a message id
// taking the column).
void refuse_dispute_columns(RowFields& f, const char* refusal)
{
  for (const char* column : k_dispute_only) {
    if (f.has(column)) {
      f.fail(trf(refusal, column));
    }
  }
}

// A dispute over a purchase above it in the file (Art. 4.3, 8): only its own columns may be
// filled; its steps are taken in lifecycle order as `order dispute` takes them.
void parse_dispute(RowFields& f, PurchaseRowExtras& x)
{
  for (const char* other :
       {"requested_on", "villager",       "phone",        "item",       "quantity",   "price",        "fee",
        "platform",     "platform_order", "paid",         "ordered_on", "arrived_at", "notified_at",  "picked_up_on",
        "exchanged_on", "returned_on",    "cancelled_on", "reason",     "id",         "completed_on", "exchange_of"}) {
    if (f.has(other)) {
      f.fail(trf("{} is given on a dispute (dispute_of): such a row has only station, status, dispute_kind, "
                 "description, opened_on, negotiated_on, referred_on, department, resolved_on and outcome",
                 other));
    }
  }
  auto& d = x.dispute;
  d.kind = choice(f, ledger::dispute_kinds(), "dispute_kind");
  d.description = f.note("description", 500, true);
  d.opened_on = f.day("opened_on", true);
  DisputeSteps steps;
  steps.negotiated_on = f.day("negotiated_on", false);
  steps.referred_on = f.day("referred_on", false);
  steps.department = f.text("department", 100, !steps.referred_on.empty());
  steps.resolved_on = f.day("resolved_on", false);
  steps.outcome = f.note("outcome", 200, !steps.resolved_on.empty());
  steps.status = std::string(f.raw("status"));
  if (steps.referred_on.empty() && !steps.department.empty()) {
    f.fail(tr("department is given without referred_on: give the day the dispute was referred"));
  }
  if (steps.resolved_on.empty() && !steps.outcome.empty()) {
    f.fail(tr("outcome is given without resolved_on: give the day the dispute was resolved"));
  }
  if (!f.errors().empty()) {
    return;
  }
  for (auto& error : replay_dispute(d, steps)) {
    f.fail(std::move(error));
  }
}

// An exchange of a purchase below it in the file: only its own columns may be filled.
void parse_exchange(RowFields& f, PurchaseRowExtras& x)
{
  refuse_dispute_columns(f, N_("{} is given on an exchange (exchange_of): a dispute goes on a line of its own below "
                               "its purchase, naming it in dispute_of"));
  for (const char* other :
       {"requested_on", "villager", "phone", "item", "quantity", "price", "fee", "platform", "platform_order", "paid",
        "ordered_on", "returned_on", "cancelled_on", "status", "id", "completed_on", "dispute_of"}) {
    if (f.has(other)) {
      f.fail(trf("{} is given on an exchange (exchange_of): such a row has only station, arrived_at, notified_at, "
                 "picked_up_on, exchanged_on and reason",
                 other));
    }
  }
  auto& e = x.sent_back;
  e.arrived_at = f.time("arrived_at", false);
  e.notified_at = f.time("notified_at", false);
  e.picked_up_on = f.day("picked_up_on", false);
  e.exchanged_on = f.day("exchanged_on", true);
  e.reason = f.note("reason", 200, true);
}

} // namespace

void parse_row(RowFields& f, ledger::Purchase& p, std::string& station, PurchaseRowExtras& x)
{
  p = ledger::Purchase{};
  // Only what the row's kind fills is reset (row_parsers.hpp says so): a row is read into the place
  // of an earlier one, and resetting the whole of the extras was 3% of reading a file.
  x.file_id = 0;
  x.exchanged_on.clear();
  x.exchange_of = file_record_id(f, "exchange_of", 'P', N_("{}: '{}' is not a purchase's number (write 12 or P12)"));
  x.dispute_of = file_record_id(f, "dispute_of", 'P', N_("{}: '{}' is not a purchase's number (write 12 or P12)"));
  if (x.dispute_of != 0 || x.exchange_of != 0) {
    x.dispute = ledger::Dispute{};
    x.sent_back = ledger::PurchaseExchange{};
  }
  if (x.dispute_of != 0 && x.exchange_of == 0) {
    station = f.has("station") ? station_of(f) : std::string();
    parse_dispute(f, x);
    return;
  }
  if (x.exchange_of != 0) {
    station = f.has("station") ? station_of(f) : std::string();
    parse_exchange(f, x);
    return;
  }
  x.file_id = file_record_id(f, "id", 'P', N_("{}: '{}' is not a purchase's number (write 12 or P12)"));
  station = station_of(f);
  refuse_dispute_columns(f, N_("{} is given on a purchase: a dispute goes on a line of its own below it, naming it "
                               "in dispute_of"));
  p.requested_on = f.day("requested_on", true);
  p.villager_name = f.name("villager", 50);
  p.villager_phone = f.phone("phone", true);
  p.item = f.text("item", 200, true);
  p.quantity = f.count("quantity", 1'000'000, 1);
  p.price_fen = f.yuan("price", true);
  p.fee_fen = f.yuan("fee", false);
  PurchaseDates& d = x.dates;
  d.ordered_on = f.day("ordered_on", false);
  d.platform = f.text("platform", 50, !d.ordered_on.empty());
  d.platform_order = f.identifier("platform_order", 64, !d.ordered_on.empty());
  d.paid_fen = f.yuan("paid", !d.ordered_on.empty());
  d.arrived_at = f.time("arrived_at", false);
  d.notified_at = f.time("notified_at", false);
  d.picked_up_on = f.day("picked_up_on", false);
  d.returned_on = f.day("returned_on", false);
  d.cancelled_on = f.day("cancelled_on", false);
  d.reason = f.note("reason", 200, !d.returned_on.empty() || !d.cancelled_on.empty());
  d.status = std::string(f.raw("status"));
  x.exchanged_on = f.day("exchanged_on", false);
  if (d.ordered_on.empty() && (f.has("platform") || f.has("platform_order") || f.has("paid"))) {
    f.fail(tr("platform, platform_order and paid need ordered_on"));
  }
  if (!f.errors().empty() || !x.exchanged_on.empty()) {
    return; // a purchase exchanged is replayed with its exchanges, on the rows above it (Sequels)
  }
  for (auto& error : replay_purchase(p, d, {}, nullptr)) {
    f.fail(std::move(error));
  }
}

namespace {

// Runs one lifecycle step of a replayed record, turning its refusal into one of the row's errors.
template <typename Step>
void take_step(std::vector<std::string>& errors, Step& step)
{
  try {
    step();
  } catch (const Error& e) {
    errors.push_back(e.diagnostics().front().message);
  }
}

} // namespace

std::vector<std::string> replay_purchase(ledger::Purchase& p, const PurchaseDates& d,
                                         std::span<const ledger::PurchaseExchange> exchanges,
                                         std::vector<ledger::PurchaseExchange>* sent_back)
{
  std::vector<std::string> errors;
  const auto take = [&errors](auto&& step) { take_step(errors, step); };
  // The dates applied in lifecycle order: any that does not fit is a step out of order.
  if (!d.ordered_on.empty())
    take([&] { ledger::pay(p, d.platform, d.platform_order, d.paid_fen, d.ordered_on); });
  for (const auto& e : exchanges) {
    if (!e.arrived_at.empty())
      take([&] { ledger::arrive(p, e.arrived_at); });
    if (!e.notified_at.empty())
      take([&] { ledger::notify(p, e.notified_at); });
    if (!e.picked_up_on.empty())
      take([&] { ledger::pick_up(p, e.picked_up_on); });
    take([&] {
      auto goods = ledger::exchange(p, e.exchanged_on, e.reason);
      if (sent_back) {
        sent_back->push_back(std::move(goods));
      }
    });
  }
  // A purchase whose replacement has not arrived yet still shows the arrival, notice and
  // pickup of the goods it sent back last: they were replayed with that exchange.
  const bool sent_back_last = !exchanges.empty() && !d.arrived_at.empty() && d.arrived_at == exchanges.back().arrived_at
                              && d.notified_at == exchanges.back().notified_at
                              && d.picked_up_on == exchanges.back().picked_up_on;
  if (!d.arrived_at.empty() && !sent_back_last)
    take([&] { ledger::arrive(p, d.arrived_at); });
  if (!d.notified_at.empty() && !sent_back_last)
    take([&] { ledger::notify(p, d.notified_at); });
  if (!d.picked_up_on.empty() && !sent_back_last)
    take([&] { ledger::pick_up(p, d.picked_up_on); });
  if (!d.returned_on.empty())
    take([&] { ledger::return_goods(p, d.returned_on, d.reason); });
  if (!d.cancelled_on.empty())
    take([&] { ledger::cancel(p, d.cancelled_on, d.reason); });
  // The status column, when given, must agree with what the dates say.
  const std::string given =
      d.status.empty() ? std::string() : ledger::parse_word(ledger::record_statuses(), d.status).value_or(d.status);
  if (!given.empty() && given != p.status && errors.empty()) {
    errors.push_back(trf("status is {}, but the dates say {}", given, p.status));
  }
  return errors;
}

std::vector<std::string> replay_dispute(ledger::Dispute& d, const DisputeSteps& steps)
{
  std::vector<std::string> errors;
  const auto take = [&errors](auto&& step) { take_step(errors, step); };
  // The lifecycle allows negotiation before referral, not after: a referral dated before the
  // negotiation is a step out of order, refused as `order dispute negotiate` would refuse it.
  if (!steps.negotiated_on.empty())
    take([&] { ledger::negotiate(d, steps.negotiated_on); });
  if (!steps.referred_on.empty())
    take([&] { ledger::refer(d, steps.referred_on, steps.department); });
  if (!steps.resolved_on.empty())
    take([&] { ledger::resolve(d, steps.resolved_on, steps.outcome); });
  const std::string given = steps.status.empty()
                                ? std::string()
                                : ledger::parse_word(ledger::record_statuses(), steps.status).value_or(steps.status);
  if (!given.empty() && given != d.status && errors.empty()) {
    errors.push_back(trf("status is {}, but the dates say {}", given, d.status));
  }
  return errors;
}

namespace {

// A record's number in a file (7, or with its letter: S7, P7), 0 when empty; a bad one is the
// row's error (`refusal`, a message id taking the column and the value), and -1.
std::int64_t file_record_id(RowFields& f, std::string_view column, char prefix, const char* refusal)
{
  std::string_view raw = f.raw(column);
  if (raw.empty()) {
    return 0;
  }
  auto word = text::input_word(raw);
  std::string_view digits = word;
  if (!digits.empty() && (digits.front() == prefix || digits.front() == prefix + ('a' - 'A'))) {
    digits.remove_prefix(1);
  }
  std::int64_t id = 0;
  for (char c : digits) {
    if (c < '0' || c > '9' || id > 1'000'000'000'000) {
      id = -1;
      break;
    }
    id = id * 10 + (c - '0');
  }
  if (id <= 0 || digits.empty()) {
    f.fail(trf(refusal, column, text::visible(raw)));
    return -1;
  }
  return id;
}

std::int64_t file_sale_id(RowFields& f, std::string_view column)
{
  return file_record_id(f, column, 'S', N_("{}: '{}' is not a sale's number (write 7 or S7)"));
}

// A further sale of a sale above it in the file: only its own columns may be filled.
void parse_further_sale(RowFields& f, SaleRowExtras& x)
{
  for (const char* other : {"recommended_on", "product", "category", "producer", "phone", "platform", "contacted_on",
                            "listed_on", "withdrawn_on", "delisted_on", "reason", "status"}) {
    if (f.has(other)) {
      f.fail(trf("{} is given on a further sale (again_of): such a row has only station, sold_on, quantity, unit, "
                 "amount and fee",
                 other));
    }
  }
  x.repeat.sold_on = f.day("sold_on", true);
  x.repeat.quantity_centi = f.decimal("quantity", 2, 1'000'000'000);
  x.repeat.unit = f.has("unit") ? f.text("unit", 10, true) : std::string();
  x.repeat.amount_fen = f.yuan("amount", true);
  x.repeat.fee_fen = f.yuan("fee", false);
}

} // namespace

void parse_row(RowFields& f, ledger::Sale& s, std::string& station, SaleRowExtras& x)
{
  s = ledger::Sale{};
  x = SaleRowExtras{};
  x.file_id = file_sale_id(f, "id");
  x.again_of = file_sale_id(f, "again_of");
  if (x.again_of != 0) {
    station = f.has("station") ? station_of(f) : std::string();
    parse_further_sale(f, x);
    return;
  }
  station = station_of(f);
  s.recommended_on = f.day("recommended_on", true);
  s.product = f.text("product", 200, true);
  s.category = choice(f, ledger::sale_categories(), "category");
  s.producer_name = f.name("producer", 50);
  s.producer_phone = f.phone("phone", false);
  s.platform = f.text("platform", 50, true);
  const std::string contacted = f.day("contacted_on", false);
  const std::string listed = f.day("listed_on", false);
  const std::string sold = f.day("sold_on", false);
  const std::string withdrawn = f.day("withdrawn_on", false);
  const std::string delisted = f.day("delisted_on", false);
  std::int64_t quantity = 0;
  if (f.has("quantity") || !sold.empty()) {
    quantity = f.decimal("quantity", 2, 1'000'000'000);
  }
  const std::string unit = f.has("unit") ? f.text("unit", 10, true) : std::string("件");
  const std::int64_t amount = f.yuan("amount", !sold.empty());
  const std::int64_t fee = f.yuan("fee", false);
  const std::string reason = f.note("reason", 200, !withdrawn.empty() || !delisted.empty());
  if (!delisted.empty() && sold.empty()) {
    f.fail(tr("delisted_on: only a sold product is delisted (sold_on is empty)"));
  }
  if (!f.errors().empty()) {
    return;
  }
  if (!contacted.empty())
    take(f, [&] { ledger::contact(s, contacted); });
  if (!listed.empty())
    take(f, [&] { ledger::list_product(s, listed); });
  if (!sold.empty())
    take(f, [&] { ledger::sell(s, sold, quantity, unit, amount, fee); });
  if (!withdrawn.empty())
    take(f, [&] { ledger::withdraw(s, withdrawn, reason); });
  if (sold.empty()) {
    s.fee_fen = fee;
  }
  if (!delisted.empty()) {
    if (delisted < sold) {
      f.fail(trf("delisted_on: {} is before its first sale on {}", delisted, sold));
    }
    x.delisting = ledger::Delisting{delisted, reason};
  }
  check_status(f, s.status);
}

void parse_row(RowFields& f, ledger::Service& v, std::string& station)
{
  v = ledger::Service{};
  station = station_of(f);
  v.served_on = f.day("served_on", true);
  v.kind = choice(f, ledger::service_kinds(), "kind");
  v.villager_name = f.name("villager", 50);
  v.villager_phone = f.phone("phone", false);
  v.amount_fen = f.yuan("amount", false);
  v.fee_fen = f.yuan("fee", false);
  v.note = f.note("note", 200, false);
  v.completed_on = v.served_on;
  check_status(f, v.status);
}

void parse_row(RowFields& f, ledger::Parcel& p, std::string& station)
{
  p = ledger::Parcel{};
  station = station_of(f);
  const std::string direction = ledger::parse_word(ledger::parcel_directions(), f.raw("direction")).value_or("");
  if (direction.empty()) {
    f.fail(trf("direction is '{}'; use {}", text::shown_value(f.raw("direction")),
               ledger::choice_list(ledger::parcel_directions())));
    return;
  }
  p.direction = direction;
  const bool in = p.direction == "in";
  p.carrier = f.text("carrier", 30, true);
  if (auto tracking = text::input_tracking_number(f.raw("tracking_no"), "tracking_no")) {
    p.tracking_no = *tracking;
  } else {
    f.fail(tracking.error());
  }
  p.person_name = f.name("name", 50);
  p.person_phone = f.phone("phone", in);
  p.destination = f.text("destination", 200, !in);
  p.fee_fen = f.yuan("fee", false);
  p.status = in ? "arrived" : "accepted";
  p.arrived_at = f.time("arrived_at", in);
  p.accepted_on = f.day("accepted_on", !in);
  const std::string notified = f.time("notified_at", false);
  const std::string picked = f.time("picked_up_at", false);
  const std::string returned = f.day("returned_on", false);
  const std::string dispatched = f.day("dispatched_on", false);
  const std::string reason = f.note("reason", 200, !returned.empty());
  const bool crossed = in ? (!p.accepted_on.empty() || !dispatched.empty() || !p.destination.empty())
                          : (!p.arrived_at.empty() || !notified.empty() || !picked.empty() || !returned.empty());
  if (crossed) {
    f.fail(in ? std::string(tr("an inbound parcel has no accepted_on, dispatched_on or destination"))
              : std::string(tr("an outbound parcel has no arrived_at, notified_at, picked_up_at or returned_on")));
  }
  if (!f.errors().empty()) {
    return;
  }
  if (!notified.empty())
    take(f, [&] { ledger::notify(p, notified); });
  // An imported pickup happened on paper: the code it was made with is not known here.
  if (!picked.empty())
    take(f, [&] { ledger::pick_up(p, picked, p.pickup_code); });
  if (!returned.empty())
    take(f, [&] { ledger::return_unclaimed(p, returned, reason); });
  if (!dispatched.empty())
    take(f, [&] { ledger::dispatch(p, dispatched); });
  check_status(f, p.status);
}

std::string first_day(const ledger::Purchase& r)
{
  return r.requested_on;
}
std::string first_day(const ledger::Sale& r)
{
  return r.recommended_on;
}
std::string first_day(const ledger::Service& r)
{
  return r.served_on;
}
std::string first_day(const ledger::Parcel& r)
{
  return day_of(r.direction == "in" ? r.arrived_at : r.accepted_on);
}

} // namespace czs::importing
