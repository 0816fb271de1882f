#include "ledger/record_headings.hpp"

#include "i18n/translate.hpp"

namespace czs::ledger {

namespace {

constexpr RecordHeading k_purchase[] = {
    {"id", N_("id")},
    {"station", N_("station")},
    {"status", N_("status")},
    {"requested_on", N_("requested")},
    {"villager", N_("villager")},
    {"phone", N_("phone")},
    {"item", N_("item")},
    {"quantity", N_("quantity")},
    {"price", N_("price")},
    {"fee", N_("fee")},
    {"platform", N_("platform")},
    {"platform_order", N_("platform order")},
    {"paid", N_("paid")},
    {"ordered_on", N_("ordered")},
    {"arrived_at", N_("arrived")},
    {"notified_at", N_("notified")},
    {"picked_up_on", N_("picked up")},
    {"exchanged_on", N_("exchanged")},
    {"returned_on", N_("returned")},
    {"cancelled_on", N_("cancelled")},
    {"reason", N_("reason")},
    {"completed_on", N_("completed")},
    {"exchange_of", N_("exchange of")},
    // A dispute over the purchase (Art. 4.3, 8), on a line of its own below it.
    {"dispute_of", N_("dispute of")},
    {"dispute_kind", N_("dispute kind")},
    {"description", N_("complaint")},
    {"opened_on", N_("dispute raised")},
    {"negotiated_on", N_("negotiated")},
    {"referred_on", N_("referred")},
    {"department", N_("department")},
    {"resolved_on", N_("resolved")},
    {"outcome", N_("outcome")},
};

constexpr RecordHeading k_sale[] = {
    {"id", N_("id")},
    {"station", N_("station")},
    {"status", N_("status")},
    {"recommended_on", N_("recommended")},
    {"product", N_("product")},
    {"category", N_("category")},
    {"producer", N_("producer")},
    {"phone", N_("phone")},
    {"platform", N_("platform")},
    {"contacted_on", N_("in contact")},
    {"listed_on", N_("listed")},
    {"sold_on", N_("sold")},
    {"quantity", N_("quantity")},
    {"unit", N_("unit")},
    {"amount", N_("amount")},
    {"fee", N_("fee")},
    {"withdrawn_on", N_("withdrawn")},
    {"delisted_on", N_("delisted")},
    {"reason", N_("reason")},
    {"completed_on", N_("completed")},
    {"again_of", N_("further sale of")},
};

constexpr RecordHeading k_service[] = {
    {"id", N_("id")},
    {"station", N_("station")},
    {"status", N_("status")},
    {"served_on", N_("served")},
    {"kind", N_("kind")},
    {"villager", N_("villager")},
    {"phone", N_("phone")},
    {"amount", N_("amount")},
    {"fee", N_("fee")},
    {"note", N_("note")},
    {"completed_on", N_("completed")},
};

constexpr RecordHeading k_parcel[] = {
    {"id", N_("id")},
    {"station", N_("station")},
    {"direction", N_("direction")},
    {"status", N_("status")},
    {"carrier", N_("carrier")},
    {"tracking_no", N_("tracking no.")},
    {"name", N_("full name")}, // a person's (姓名), the recipient's or the sender's
    {"phone", N_("phone")},
    {"destination", N_("destination")},
    {"fee", N_("fee")},
    {"arrived_at", N_("arrived")},
    {"notified_at", N_("notified")},
    {"picked_up_at", N_("picked up")},
    {"returned_on", N_("returned")},
    {"reason", N_("reason")},
    {"accepted_on", N_("accepted")},
    {"dispatched_on", N_("dispatched")},
    {"completed_on", N_("completed")},
};

// Headings earlier versions printed: a parcel's name was headed "name" (名称, a thing's name).
constexpr RecordHeading k_former[] = {
    {"name", N_("name")},
};

} // namespace

std::span<const RecordHeading> former_headings()
{
  return k_former;
}

std::span<const RecordHeading> purchase_headings()
{
  return k_purchase;
}
std::span<const RecordHeading> sale_headings()
{
  return k_sale;
}
std::span<const RecordHeading> service_headings()
{
  return k_service;
}
std::span<const RecordHeading> parcel_headings()
{
  return k_parcel;
}

const char* heading_of(std::span<const RecordHeading> headings, std::string_view key)
{
  for (const auto& h : headings) {
    if (key == h.key) {
      return h.heading;
    }
  }
  return nullptr;
}

} // namespace czs::ledger
