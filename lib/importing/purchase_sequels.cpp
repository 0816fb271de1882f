#include "importing/purchase_sequels.hpp"

#include "i18n/translate.hpp"
#include "importing/row_parsers.hpp"
#include "ledger/record_store.hpp"

namespace czs::importing {

void Sequels<ledger::Purchase>::sequel(ParsedRow<ledger::Purchase>& row, bool)
{
  const auto& x = row.extras;
  if (m_seen.contains(x.exchange_of)) {
    row.errors.push_back(trf("exchange_of {}: the purchase with id {} is on a line above; an exchange goes above its "
                             "purchase, oldest first, as export writes it",
                             x.exchange_of, x.exchange_of));
    return;
  }
  m_pending[x.exchange_of].push_back({row.line, row.station, x.sent_back});
}

void Sequels<ledger::Purchase>::prepare(ParsedRow<ledger::Purchase>& row)
{
  m_sent_back.clear();
  const auto& x = row.extras;
  std::vector<Pending> pending;
  if (x.file_id != 0) {
    // Ids are not stored (records get new numbers), so a file may repeat one: exchanges above
    // belong to the first purchase below them with that id.
    m_seen.insert(x.file_id);
    if (auto it = m_pending.find(x.file_id); it != m_pending.end()) {
      pending = std::move(it->second);
      m_pending.erase(it);
    }
  }
  if (x.exchanged_on.empty()) {
    if (!pending.empty()) {
      row.errors.push_back(trf("exchanged_on is empty, but line {} names this purchase in exchange_of: give the day "
                               "of its latest exchange",
                               pending.front().line));
    }
    return;
  }
  if (pending.empty()) {
    row.errors.push_back(
        tr("exchanged_on is given, but no line above names this purchase's id in exchange_of: write each exchange "
           "on a line of its own above the purchase (see czstation-import(1))"));
    return;
  }
  std::vector<ledger::PurchaseExchange> exchanges;
  for (const auto& p : pending) {
    if (!p.station.empty() && p.station != row.station) {
      row.errors.push_back(
          trf("station {} of the exchange on line {} is not the purchase's ({})", p.station, p.line, row.station));
      return;
    }
    exchanges.push_back(p.sent_back);
  }
  if (exchanges.back().exchanged_on != x.exchanged_on) {
    row.errors.push_back(trf("exchanged_on {} is not the day of the latest exchange above it ({}, line {})",
                             x.exchanged_on, exchanges.back().exchanged_on, pending.back().line));
    return;
  }
  ledger::Purchase replayed = row.record; // the row's own fields, still only requested
  row.errors = replay_purchase(replayed, x.dates, exchanges, &m_sent_back);
  if (row.errors.empty()) {
    row.record = std::move(replayed);
    row.retold = true;
  }
}

void Sequels<ledger::Purchase>::record(const ParsedRow<ledger::Purchase>& row)
{
  m_exchanges += static_cast<std::int64_t>(m_sent_back.size());
  if (row.record.id == 0) {
    return; // still validating, after a bad row: nothing is written
  }
  for (auto& goods : m_sent_back) {
    goods.purchase_id = row.record.id;
    ledger::insert_record(m_tx, goods);
  }
  m_sent_back.clear();
}

void Sequels<ledger::Purchase>::finish(std::vector<Diagnostic>& problems, bool)
{
  for (const auto& [file_id, pending] : m_pending) {
    for (const auto& p : pending) {
      problems.push_back(
          {"", "", trf("line {}: exchange_of {}: no purchase with id {} on a line below", p.line, file_id, file_id),
           ""});
    }
  }
}

} // namespace czs::importing
