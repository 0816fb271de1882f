#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace czs::stations {

// SPEC.md section 2: applied → open ↔ rectifying → closing → closed.
enum class Status
{
  applied,
  open,
  rectifying,
  closing,
  closed
};

// Art. 3.1: the fixed premises a station works from.
enum class Premises
{
  village_office,
  convenience_store,
  other
};

std::string_view to_string(Status status);
// A status from its English key or the Chinese word a Chinese table prints (已开业 for open),
// trimmed and folded as every input is.
std::optional<Status> parse_status(std::string_view text);
// The status in the clerk's language ("已开业" / "open").
const char* status_label(Status status);

std::string_view to_string(Premises premises);
// Accepts the stored names and the Chinese ones (村部, 便民超市, 其他 or 其他场所), trimmed and folded.
std::optional<Premises> parse_premises(std::string_view text);
const char* premises_label(Premises premises);

// True while the measures apply and the station takes new records (open or rectifying).
bool is_operating(Status status);

struct Station
{
  std::int64_t id = 0;
  std::string code;
  std::string name;
  std::string township;
  std::string village;
  Premises premises = Premises::other;
  std::int64_t area_centi_m2 = 0;
  std::int64_t population = 0;
  std::string manager_name;
  std::string manager_phone;
  Status status = Status::applied;
  std::string applied_on;
  std::string opened_on;       // empty until opened
  std::string closed_on;       // empty until closed
  std::string exit_decided_on; // the day it became closing (its exit decided, Art. 14); empty before
  std::string batch;           // its construction batch (Art. 2.2, stations/batch.hpp); empty: none set
  std::int64_t phase = 0;      // its construction phase; 0: none given
};

// Refuses, with czs::Error(bad_data), a new registration record (site check, agreement,
// training, equipment, account) for a closing or closed station: its exit is decided (Art. 14).
void require_takes_registration_records(const Station& station);

// Why the station cannot take a new record dated `day` because its exit was decided on or before
// that day (closing, or closed after closing): it only finishes what is in flight (pickups, returns
// and refunds of goods already at the station). Empty when it can.
std::string exit_refusal(const Station& station, const std::string& day);

// Refuses, with czs::Error(bad_data), a change to a closed station's details: its records are
// kept as they were.
void require_not_closed(const Station& station);

} // namespace czs::stations
