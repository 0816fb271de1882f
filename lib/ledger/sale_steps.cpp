#include "ledger/sale_steps.hpp"

#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "ledger/step_rules.hpp"

#include <fmt/format.h>

namespace czs::ledger {

namespace {

// The day of the sale's latest step (a view of one of its fields).
std::string_view latest_step(const Sale& s)
{
  std::string_view last = s.recommended_on;
  for (const std::string* t : {&s.contacted_on, &s.listed_on, &s.sold_on, &s.withdrawn_on}) {
    if (!t->empty()) { // most are, early in a record's life
      last = later_of(last, *t);
    }
  }
  return last;
}

void step(Sale& s, std::string_view name, const std::string& day)
{
  const std::string_view to = next_status(sale_lifecycle(), s.status, name, s.id, sale_ref);
  require_in_order(day, latest_step(s), name, s.id, sale_ref);
  s.status = to;
  s.completed_on = completed_on(sale_lifecycle(), s.status, day);
}

} // namespace

std::string sale_ref(std::int64_t id)
{
  return id ? fmt::format("S{}", id) : std::string(tr("the new sale"));
}

std::string last_step(const Sale& s)
{
  return std::string(latest_step(s));
}

void contact(Sale& s, const std::string& day)
{
  step(s, "contact", day);
  s.contacted_on = day;
}

void list_product(Sale& s, const std::string& day)
{
  step(s, "list", day);
  s.listed_on = day;
}

void sell(Sale& s, const std::string& day, std::int64_t quantity_centi, const std::string& unit,
          std::int64_t amount_fen, std::int64_t fee_fen)
{
  step(s, "sell", day);
  s.sold_on = day;
  s.quantity_centi = quantity_centi;
  s.unit = unit;
  s.amount_fen = amount_fen;
  s.fee_fen = fee_fen;
}

void withdraw(Sale& s, const std::string& day, const std::string& reason)
{
  step(s, "withdraw", day);
  s.withdrawn_on = day;
  s.withdraw_reason = reason;
}

} // namespace czs::ledger
