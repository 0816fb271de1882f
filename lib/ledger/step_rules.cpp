#include "ledger/step_rules.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "period/date.hpp"

namespace czs::ledger {

std::string next_status(const Lifecycle& lifecycle, std::string_view from, std::string_view step, std::string_view ref)
{
  auto to = advance(lifecycle, from, step);
  if (!to) {
    // A record not stored yet (a paper form's steps taken before the insert) has no number and
    // no history to look at.
    const bool stored = ref.find_first_of("0123456789") != std::string_view::npos;
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
    throw Error(ErrorKind::bad_data, trf("{}: {}", ref, to.error()), hint);
  }
  return *to;
}

void require_in_order(std::string_view when, std::string_view previous, std::string_view step, std::string_view ref)
{
  const bool both_timed = when.size() > 10 && previous.size() > 10;
  const std::string a = both_timed ? std::string(when) : day_of(when);
  const std::string b = both_timed ? std::string(previous) : day_of(previous);
  if (!previous.empty() && a < b) {
    throw Error(ErrorKind::bad_data,
                trf("{}: cannot {} on {}, before the previous step on {}", ref, step, when, previous),
                tr("steps are dated in the order they happened; check the date"));
  }
}

std::string_view later_of(std::string_view a, std::string_view b)
{
  return a.substr(0, 19) < b.substr(0, 19) ? b : a;
}

} // namespace czs::ledger
