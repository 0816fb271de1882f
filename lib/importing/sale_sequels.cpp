#include "importing/sale_sequels.hpp"

#include "i18n/translate.hpp"
#include "ledger/sale_steps.hpp"
#include "ledger/station_gate.hpp"

#include <algorithm>

namespace czs::importing {

void Sequels<ledger::Sale>::sequel(ParsedRow<ledger::Sale>& row, bool write)
{
  const auto& x = row.extras;
  const auto it = m_sales.find(x.again_of);
  if (it == m_sales.end()) {
    row.errors.push_back(trf("again_of {}: no sale with id {} on a line above", x.again_of, x.again_of));
    return;
  }
  Known& sale = it->second;
  const std::string& day = x.repeat.sold_on;
  if (sale.twice) {
    row.errors.push_back(trf("again_of {}: the id {} is on more than one line above", x.again_of, x.again_of));
  } else if (sale.status != "sold") {
    row.errors.push_back(
        trf("again_of {}: the sale on line {} has not sold (it is {}): record its first sale on that line", x.again_of,
            sale.line, sale.status));
  } else if (!row.station.empty() && row.station != sale.station) {
    row.errors.push_back(
        trf("station {} is not the station of the sale on line {} ({})", row.station, sale.line, sale.station));
  } else if (day < sale.sold_on) {
    row.errors.push_back(trf("sold_on {} is before the first sale on line {} ({})", day, sale.line, sale.sold_on));
  } else if (!sale.delisted_on.empty() && day > sale.delisted_on) {
    row.errors.push_back(
        trf("sold_on {} is after the sale on line {} was delisted ({})", day, sale.line, sale.delisted_on));
  } else if (const auto* station = m_stations.find(sale.station)) {
    if (std::string refusal = ledger::new_record_refusal(*station, day); !refusal.empty()) {
      row.errors.push_back(std::move(refusal));
    }
  }
  if (!row.errors.empty()) {
    return;
  }
  sale.latest = std::max(sale.latest, day);
  ++m_further;
  if (write) {
    ledger::SaleRepeat repeat = x.repeat;
    repeat.sale_id = sale.id;
    repeat.station_id = sale.station_id;
    if (repeat.unit.empty()) {
      repeat.unit = sale.unit.empty() ? std::string(ledger::k_default_unit) : sale.unit;
    }
    ledger::insert_repeat(m_tx, repeat);
  }
}

void Sequels<ledger::Sale>::record(const ParsedRow<ledger::Sale>& row)
{
  const auto& s = row.record;
  const auto& x = row.extras;
  if (x.delisting) {
    m_pending.push_back({row.line, s.id, x.file_id, s.sold_on, *x.delisting});
  }
  if (x.file_id == 0) {
    return;
  }
  Known known{s.id,      s.station_id, row.station, s.status,
              s.sold_on, s.sold_on,    s.unit,      x.delisting ? x.delisting->day : std::string(),
              row.line};
  if (auto [it, fresh] = m_sales.emplace(x.file_id, known); !fresh) {
    it->second.twice = true;
  }
}

void Sequels<ledger::Sale>::finish(std::vector<Diagnostic>& problems, bool write)
{
  for (const auto& d : m_pending) {
    std::string latest = d.sold_on;
    if (const auto it = m_sales.find(d.file_id); d.file_id != 0 && it != m_sales.end()) {
      latest = std::max(latest, it->second.latest);
    }
    if (d.delisting.day < latest) {
      problems.push_back(
          {"", "",
           trf("line {}: delisted_on {} is before the product's latest sale on {}", d.line, d.delisting.day, latest),
           ""});
      continue;
    }
    ++m_delisted;
    if (write && problems.empty()) {
      ledger::insert_delisting(m_tx, d.sale_id, d.delisting);
    }
  }
}

} // namespace czs::importing
