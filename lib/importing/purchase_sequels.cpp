#include "importing/purchase_sequels.hpp"

#include "i18n/translate.hpp"
#include "importing/row_parsers.hpp"
#include "ledger/dispute_steps.hpp"
#include "ledger/record_store.hpp"
#include "ledger/station_gate.hpp"

#include <algorithm>

namespace czs::importing {

void Sequels<ledger::Purchase>::sequel(ParsedRow<ledger::Purchase>& row, bool write)
{
  const auto& x = row.extras;
  if (x.dispute_of != 0) {
    dispute(row, write);
    return;
  }
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

namespace {

// A purchase's day kept in its ten characters (its time dropped), and back.
std::array<char, 10> day_of_text(std::string_view stored)
{
  std::array<char, 10> day{};
  std::copy_n(stored.begin(), std::min(stored.size(), day.size()), day.begin());
  return day;
}

std::string text_of(const std::array<char, 10>& day)
{
  return day[0] == '\0' ? std::string() : std::string(day.begin(), day.end());
}

} // namespace

void Sequels<ledger::Purchase>::dispute(ParsedRow<ledger::Purchase>& row, bool write)
{
  const auto& x = row.extras;
  const auto it = m_known.find(x.dispute_of);
  if (it == m_known.end()) {
    row.errors.push_back(trf("dispute_of {}: no purchase with id {} on a line above; a dispute goes below its "
                             "purchase, as export writes it",
                             x.dispute_of, x.dispute_of));
    return;
  }
  const Known& known = it->second;
  const std::string& code = m_codes[known.station_id];
  ledger::Dispute d = x.dispute;
  if (known.twice) {
    row.errors.push_back(trf("dispute_of {}: the id {} is on more than one line above", x.dispute_of, x.dispute_of));
  } else if (!row.station.empty() && row.station != code) {
    row.errors.push_back(
        trf("station {} is not the station of the purchase on line {} ({})", row.station, known.line, code));
  } else {
    // The goods a dispute is about had arrived when it opened, also when they were exchanged
    // since: the purchase is judged with its first arrival, as `order dispute open` saw it then,
    // and named by its number in the file.
    ledger::Purchase then;
    then.id = x.dispute_of;
    then.status = known.cancelled ? "cancelled" : "requested"; // named only when never ordered
    then.ordered_on = text_of(known.ordered_on);
    then.arrived_at = text_of(known.first_arrival);
    if (std::string refusal = ledger::dispute_refusal(then, d.kind, d.opened_on); !refusal.empty()) {
      row.errors.push_back(std::move(refusal));
    } else if (const stations::Station* station = m_stations.find(code)) {
      for (const std::string& day : {d.opened_on, ledger::last_step(d)}) {
        if (std::string late = ledger::record_day_refusal(*station, day); !late.empty()) {
          row.errors.push_back(std::move(late));
          break;
        }
      }
    }
  }
  if (!row.errors.empty()) {
    return;
  }
  ++m_disputes;
  if (write && known.id != 0) {
    d.purchase_id = known.id;
    d.station_id = known.station_id;
    ledger::insert_record(m_tx, d);
  }
}

void Sequels<ledger::Purchase>::record(const ParsedRow<ledger::Purchase>& row)
{
  m_exchanges += static_cast<std::int64_t>(m_sent_back.size());
  if (const auto& x = row.extras; x.file_id != 0) {
    const auto& p = row.record;
    // Its goods first arrived with the goods sent back for its first exchange, if any; a
    // dispute's checks read only the day.
    const std::string& arrived = m_sent_back.empty() ? p.arrived_at : m_sent_back.front().arrived_at;
    Known known{p.id,
                p.station_id,
                day_of_text(p.ordered_on),
                day_of_text(arrived.empty() ? p.arrived_at : arrived),
                static_cast<std::uint32_t>(row.line),
                p.status == "cancelled"};
    m_codes.try_emplace(p.station_id, row.station);
    if (auto [at, fresh] = m_known.emplace(x.file_id, known); !fresh) {
      at->second.twice = true;
    }
  }
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
