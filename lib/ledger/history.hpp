#pragma once

#include "ledger/records.hpp"

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// One dated step in a record's history, for `order show` and `parcel show`.
struct HistoryStep
{
  std::string at;     // YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS
  std::string step;   // stable English name: requested, ordered, arrived, ...
  std::string detail; // what the step recorded (platform, reason, outcome ...), as entered, with
                      // fixed words as their English keys and English joining words (JSON)
  std::string shown;  // the same in the reader's language: a kind as a Chinese table prints it
                      // (损坏, 电费), joining words translated; what was entered as is (tables)
};

// The steps of each kind of record, oldest first. A purchase's includes the goods sent back
// for exchanges and its disputes (read from the database); a step's detail never carries the
// villager's name or phone.
std::vector<HistoryStep> history_of(SQLite::Database& db, const Purchase& p);
// A sale's includes each further sale of the product and its delisting (Art. 5.2).
std::vector<HistoryStep> history_of(SQLite::Database& db, const Sale& s);
std::vector<HistoryStep> history_of(const Service& v);
std::vector<HistoryStep> history_of(const Parcel& p);
std::vector<HistoryStep> history_of(const Dispute& d);

} // namespace czs::ledger
