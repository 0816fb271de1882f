#include "ledger/parcel_steps.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "ledger/step_rules.hpp"
#include "period/date.hpp"
#include "text/mask.hpp"

#include <fmt/format.h>

namespace czs::ledger {

namespace {

const Lifecycle& lifecycle_of(const Parcel& p)
{
  return p.direction == "out" ? parcel_out_lifecycle() : parcel_in_lifecycle();
}

// The date or time of the parcel's latest step (a view of one of its fields).
std::string_view latest_step(const Parcel& p)
{
  std::string_view last = p.direction == "out" ? p.accepted_on : p.arrived_at;
  for (const std::string* t : {&p.notified_at, &p.picked_up_at, &p.returned_on, &p.dispatched_on}) {
    if (!t->empty()) { // most are, early in a record's life
      last = later_of(last, *t);
    }
  }
  return last;
}

void step(Parcel& p, std::string_view name, const std::string& when)
{
  const std::string_view to = next_status(lifecycle_of(p), p.status, name, p.id, parcel_ref);
  require_in_order(when, latest_step(p), name, p.id, parcel_ref);
  p.status = to;
  p.completed_on = completed_on(lifecycle_of(p), p.status, day_of(when));
}

} // namespace

std::string parcel_ref(std::int64_t id)
{
  return id ? fmt::format("{}", id) : std::string(tr("the new parcel"));
}

std::string last_step(const Parcel& p)
{
  return std::string(latest_step(p));
}

void notify(Parcel& p, const std::string& at)
{
  step(p, "notify", at);
  p.notified_at = at;
}

void pick_up(Parcel& p, const std::string& at, const std::string& code)
{
  // The state is checked first: a parcel already collected says so, whatever code is given.
  next_status(lifecycle_of(p), p.status, "pickup", p.id, parcel_ref);
  if (code != p.pickup_code) {
    const std::string ref = parcel_ref(p.id);
    // The code given is not echoed: it may be another waiting parcel's (Art. 13; a message lands
    // in logs and cron mail).
    throw Error(ErrorKind::bad_data,
                trf("parcel {}: the pickup code given ({}) is not this parcel's", ref, text::mask_code(code)),
                tr("ask the recipient for the code in the pickup notice; the parcel is handed over only with it"));
  }
  const bool unannounced = p.status == "arrived";
  step(p, "pickup", at);
  p.picked_up_at = at;
  if (unannounced) {
    // No notice was recorded: the villager learnt of it otherwise. The notice is recorded at
    // the pickup, flagged, so R-PICKUP-NOTICE measures it and says where it came from.
    p.notified_at = at;
    p.notice_at_pickup = true;
  }
}

void return_unclaimed(Parcel& p, const std::string& day, const std::string& reason)
{
  step(p, "return", day);
  p.returned_on = day;
  p.return_reason = reason;
}

void dispatch(Parcel& p, const std::string& day)
{
  step(p, "dispatch", day);
  p.dispatched_on = day;
}

} // namespace czs::ledger
