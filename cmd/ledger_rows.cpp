#include "ledger_rows.hpp"

#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/record_headings.hpp"
#include "ledger/words.hpp"

#include <initializer_list>
#include <ostream>
#include <string_view>
#include <utility>

namespace czs::cli {

Cell day_cell(const std::string& day)
{
  return day.empty() ? Cell{} : Cell{day};
}

Cell yuan_cell(std::int64_t fen)
{
  return Decimal{fen, 2};
}

namespace {

Cell optional_yuan_cell(const std::optional<std::int64_t>& fen)
{
  return fen ? yuan_cell(*fen) : Cell{};
}

// A record's columns from its heading table (ledger/record_headings.hpp), which import reads
// too: numbers right-aligned, fixed words shown in the clerk's language (`kinds`: the words of
// a kind column).
std::vector<Column> columns_of(std::span<const ledger::RecordHeading> headings, std::span<const ledger::Choice> kinds)
{
  std::vector<Column> columns;
  for (const auto& h : headings) {
    const std::string_view key = h.key;
    if (key == "status") {
      columns.emplace_back(h.key, tr(h.heading), ledger::record_statuses());
    } else if (key == "direction") {
      columns.emplace_back(h.key, tr(h.heading), ledger::parcel_directions());
    } else if (key == "category") {
      columns.emplace_back(h.key, tr(h.heading), ledger::sale_categories());
    } else if (key == "kind") {
      columns.emplace_back(h.key, tr(h.heading), kinds);
    } else if (key == "dispute_kind") {
      columns.emplace_back(h.key, tr(h.heading), ledger::dispute_kinds());
    } else {
      const bool number = key == "id" || key == "quantity" || key == "price" || key == "fee" || key == "paid"
                          || key == "amount" || key == "again_of" || key == "exchange_of" || key == "dispute_of";
      columns.emplace_back(h.key, tr(h.heading), number);
    }
  }
  return columns;
}

// A row's cells, each value moved or copied once into its cell: a braced list would build every
// cell and then copy it into the vector (a listing writes millions).
template <typename... Values>
std::vector<Cell> cells_of(Values&&... values)
{
  std::vector<Cell> cells;
  cells.reserve(sizeof...(values));
  (cells.emplace_back(std::forward<Values>(values)), ...);
  return cells;
}

// A row of `columns` whose only cells are those `given` names (a follow-up row of an export:
// an exchange above its purchase, a dispute below it, a further sale below its sale).
std::vector<Cell> cells_by_key(const std::vector<Column>& columns,
                               std::initializer_list<std::pair<std::string_view, Cell>> given)
{
  std::vector<Cell> cells(columns.size());
  for (const auto& [key, cell] : given) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].key == key) {
        cells[i] = cell;
      }
    }
  }
  return cells;
}

} // namespace

std::vector<Column> purchase_columns()
{
  return columns_of(ledger::purchase_headings(), {});
}

std::vector<Cell> purchase_cells(const ledger::Purchase& p, const std::string& station, const Privacy& privacy)
{
  const bool returned = p.status == "returned";
  const bool cancelled = p.status == "cancelled";
  // exchange_of, dispute_of and the dispute's columns stay empty: those rows are lines of their own.
  return cells_of(p.id, station, p.status, p.requested_on, privacy.name(p.villager_name),
                  privacy.phone(p.villager_phone), p.item, p.quantity, yuan_cell(p.price_fen), yuan_cell(p.fee_fen),
                  day_cell(p.platform), day_cell(p.platform_order), optional_yuan_cell(p.paid_fen),
                  day_cell(p.ordered_on), day_cell(p.arrived_at), day_cell(p.notified_at), day_cell(p.picked_up_on),
                  day_cell(p.exchanged_on), day_cell(returned ? p.closed_on : std::string()),
                  day_cell(cancelled ? p.closed_on : std::string()), day_cell(p.close_reason), day_cell(p.completed_on),
                  Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{});
}

std::vector<Cell> purchase_exchange_cells(const ledger::PurchaseExchange& e, const std::string& station)
{
  return cells_by_key(purchase_columns(), {{"station", station},
                                           {"arrived_at", day_cell(e.arrived_at)},
                                           {"notified_at", day_cell(e.notified_at)},
                                           {"picked_up_on", day_cell(e.picked_up_on)},
                                           {"exchanged_on", e.exchanged_on},
                                           {"reason", e.reason},
                                           {"exchange_of", e.purchase_id}});
}

namespace {

// How many columns of purchase_columns() a purchase on its own has: up to exchange_of.
std::size_t purchase_record_width()
{
  const auto columns = purchase_columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == "dispute_of") {
      return i;
    }
  }
  return columns.size();
}

} // namespace

std::vector<Column> purchase_record_columns()
{
  auto columns = purchase_columns();
  columns.erase(columns.begin() + static_cast<std::ptrdiff_t>(purchase_record_width()), columns.end());
  return columns;
}

std::vector<Cell> purchase_record_cells(const ledger::Purchase& p, const std::string& station, const Privacy& privacy)
{
  auto cells = purchase_cells(p, station, privacy);
  cells.resize(purchase_record_width());
  return cells;
}

std::vector<Cell> purchase_dispute_cells(const ledger::Dispute& d, const std::string& station)
{
  return cells_by_key(purchase_columns(), {{"station", station},
                                           {"status", d.status},
                                           {"dispute_of", d.purchase_id},
                                           {"dispute_kind", d.kind},
                                           {"description", d.description},
                                           {"opened_on", d.opened_on},
                                           {"negotiated_on", day_cell(d.negotiated_on)},
                                           {"referred_on", day_cell(d.referred_on)},
                                           {"department", day_cell(d.department)},
                                           {"resolved_on", day_cell(d.resolved_on)},
                                           {"outcome", day_cell(d.outcome)}});
}

std::vector<Column> sale_columns()
{
  return columns_of(ledger::sale_headings(), {});
}

std::vector<Cell> sale_cells(const ledger::Sale& s, const std::string& station, const Privacy& privacy,
                             const std::optional<ledger::Delisting>& delisting)
{
  return cells_of(s.id, station, s.status, s.recommended_on, s.product, s.category, privacy.name(s.producer_name),
                  s.producer_phone.empty() ? Cell{} : Cell{privacy.phone(s.producer_phone)}, s.platform,
                  day_cell(s.contacted_on), day_cell(s.listed_on), day_cell(s.sold_on),
                  s.quantity_centi ? Cell{Decimal{*s.quantity_centi, 2}} : Cell{}, day_cell(s.unit),
                  optional_yuan_cell(s.amount_fen), yuan_cell(s.fee_fen), day_cell(s.withdrawn_on),
                  day_cell(delisting ? delisting->day : std::string()),
                  // Withdrawn (before a sale) and delisted (after one) never meet: one reason column.
                  day_cell(delisting ? delisting->reason : s.withdraw_reason), day_cell(s.completed_on), Cell{});
}

std::vector<Cell> sale_repeat_cells(const ledger::SaleRepeat& r, const std::string& station)
{
  return cells_by_key(sale_columns(), {{"station", station},
                                       {"sold_on", r.sold_on},
                                       {"quantity", Decimal{r.quantity_centi, 2}},
                                       {"unit", r.unit},
                                       {"amount", yuan_cell(r.amount_fen)},
                                       {"fee", yuan_cell(r.fee_fen)},
                                       {"completed_on", r.sold_on}, // a further sale is in the ledger on its day
                                       {"again_of", r.sale_id}});
}

std::vector<Column> service_columns()
{
  return columns_of(ledger::service_headings(), ledger::service_kinds());
}

std::vector<Cell> service_cells(const ledger::Service& v, const std::string& station, const Privacy& privacy)
{
  return cells_of(v.id, station, v.status, v.served_on, v.kind, privacy.name(v.villager_name),
                  v.villager_phone.empty() ? Cell{} : Cell{privacy.phone(v.villager_phone)}, yuan_cell(v.amount_fen),
                  yuan_cell(v.fee_fen), v.note, day_cell(v.completed_on));
}

std::vector<Column> parcel_columns()
{
  return columns_of(ledger::parcel_headings(), {});
}

std::vector<Cell> parcel_cells(const ledger::Parcel& p, const std::string& station, const Privacy& privacy)
{
  return cells_of(p.id, station, p.direction, p.status, p.carrier, p.tracking_no, privacy.name(p.person_name),
                  p.person_phone.empty() ? Cell{} : Cell{privacy.phone(p.person_phone)}, day_cell(p.destination),
                  yuan_cell(p.fee_fen), day_cell(p.arrived_at), day_cell(p.notified_at), day_cell(p.picked_up_at),
                  day_cell(p.returned_on), day_cell(p.return_reason), day_cell(p.accepted_on),
                  day_cell(p.dispatched_on), day_cell(p.completed_on));
}

std::vector<Column> dispute_columns()
{
  return {{"id", tr("id"), true},
          {"purchase", tr("purchase"), true},
          {"station", tr("station")},
          {"status", tr("status"), ledger::record_statuses()},
          {"kind", tr("kind"), ledger::dispute_kinds()},
          {"description", tr("description")},
          {"opened_on", tr("dispute raised")},
          {"negotiated_on", tr("negotiated")},
          {"referred_on", tr("referred")},
          {"department", tr("department")},
          {"resolved_on", tr("resolved")},
          {"outcome", tr("outcome")}};
}

std::vector<Cell> dispute_cells(const ledger::Dispute& d, const std::string& station)
{
  return cells_of(d.id, d.purchase_id, station, d.status, d.kind, d.description, d.opened_on, day_cell(d.negotiated_on),
                  day_cell(d.referred_on), day_cell(d.department), day_cell(d.resolved_on), day_cell(d.outcome));
}

void print_record(Context& ctx, const std::vector<Column>& columns, std::vector<Cell> cells)
{
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), columns);
    w.row(std::move(cells));
    return;
  }
  std::vector<std::pair<std::string, std::string>> fields;
  for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    fields.emplace_back(columns[i].header, cell_for_people(columns[i], cells[i]));
  }
  print_fields(ctx.out(), fields);
}

} // namespace czs::cli

#include "ledger/checks.hpp"

namespace czs::cli {

void warn_finding(Context& ctx, const ledger::LedgerFinding& finding)
{
  if (ctx.quiet()) {
    return;
  }
  ctx.err() << "czstation: " << tr("warning") << ": "
            << trf("[{}, Art. {}] ", rules::id_of(finding.rule), rules::info(finding.rule).article) << finding.message
            << '\n';
}

} // namespace czs::cli
