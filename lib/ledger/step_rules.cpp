#include "ledger/step_rules.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

namespace czs::ledger {

std::string_view next_status(const Lifecycle& lifecycle, std::string_view from, std::string_view step, std::int64_t id,
                             RecordRef name_of)
{
  for (const auto& t : lifecycle.transitions) {
    if (t.from == from && t.step == step) {
      return t.to;
    }
  }
  // Out of order: advance() says which steps are allowed.
  const auto refused = advance(lifecycle, from, step);
  const std::string ref = name_of(id);
  // A record not stored yet (a paper form's steps taken before the insert) has no number and
  // no history to look at.
  const bool stored = id != 0;
  std::string hint = stored ? trf("see its history with: czstation {} show {}",
                                  lifecycle.name.substr(0, 6) == "parcel" ? "parcel" : "order", ref)
                            : std::string(tr("give the steps the paper form shows, each in the order of the "
                                             "measures"));
  if (stored && lifecycle.name == "sale" && from == "sold") {
    // A sold product sells again, or is delisted, by commands of their own (Art. 5.2).
    hint = trf("a further sale is recorded with: czstation order sale again {}; to stop its sales: czstation "
               "order sale delist {}",
               ref, ref);
  }
  throw Error(ErrorKind::bad_data, trf("{}: {}", ref, refused ? std::string() : refused.error()), hint);
}

void require_in_order(std::string_view when, std::string_view previous, std::string_view step, std::int64_t id,
                      RecordRef name_of)
{
  const bool both_timed = when.size() > 10 && previous.size() > 10;
  const std::string_view a = both_timed ? when : when.substr(0, 10);
  const std::string_view b = both_timed ? previous : previous.substr(0, 10);
  if (!previous.empty() && a < b) {
    throw Error(ErrorKind::bad_data,
                trf("{}: cannot {} on {}, before the previous step on {}", name_of(id), step, when, previous),
                tr("steps are dated in the order they happened; check the date"));
  }
}

std::string_view later_of(std::string_view a, std::string_view b)
{
  return a.substr(0, 19) < b.substr(0, 19) ? b : a;
}

} // namespace czs::ledger
