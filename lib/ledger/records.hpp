#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace czs::ledger {

// The records of the ledger tables (schemas/0002_ledger.sql), one struct per table. Text
// columns that may be NULL are empty strings here; dates are YYYY-MM-DD, times (arrival and
// notice, which R-PICKUP-NOTICE measures in hours) YYYY-MM-DDTHH:MM:SS; money is fen.

// Art. 5.1: a proxy purchase (代购).
struct Purchase
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string status = "requested";
  std::string requested_on;
  std::string villager_name;
  std::string villager_phone;
  std::string item;
  std::int64_t quantity = 1;
  std::int64_t price_fen = 0;
  std::int64_t fee_fen = 0;
  std::string platform;
  std::string platform_order;
  std::optional<std::int64_t> paid_fen;
  std::string ordered_on;
  std::string arrived_at;
  std::string notified_at;
  std::string picked_up_on;
  std::string exchanged_on;
  std::string closed_on;
  std::string close_reason;
  std::string completed_on;
};

// Goods of a purchase sent back for an exchange, with the dates they had.
struct PurchaseExchange
{
  std::int64_t id = 0;
  std::int64_t purchase_id = 0;
  std::string exchanged_on;
  std::string reason;
  std::string arrived_at;
  std::string notified_at;
  std::string picked_up_on;
};

// Art. 4.3, 8: a dispute over a purchase.
struct Dispute
{
  std::int64_t id = 0;
  std::int64_t purchase_id = 0;
  std::int64_t station_id = 0;
  std::string status = "open";
  std::string kind; // counterfeit, spoiled, damaged, late, other
  std::string description;
  std::string opened_on;
  std::string negotiated_on;
  std::string referred_on;
  std::string department;
  std::string resolved_on;
  std::string outcome;
};

// Art. 4.4, 5.2: a proxy sale (代销) of a product or tourism resource.
struct Sale
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string status = "recommended";
  std::string recommended_on;
  std::string product;
  std::string category; // farm, sideline, specialty, tourism
  std::string producer_name;
  std::string producer_phone;
  std::string platform;
  std::string contacted_on;
  std::string listed_on;
  std::string sold_on;
  std::optional<std::int64_t> quantity_centi;
  std::string unit;
  std::optional<std::int64_t> amount_fen;
  std::int64_t fee_fen = 0;
  std::string withdrawn_on;
  std::string withdraw_reason;
  std::string completed_on;
};

// Art. 4.5: a convenience service (便民服务).
struct Service
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string status = "done";
  std::string served_on;
  std::string kind; // water, electricity, broadband, phone, finance, ticket, hotel, medical, information
  std::string villager_name;
  std::string villager_phone;
  std::int64_t amount_fen = 0;
  std::int64_t fee_fen = 0;
  std::string note;
  std::string completed_on;
};

// Art. 4.2: a parcel received (direction "in") or sent (direction "out") for a villager.
struct Parcel
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string direction = "in";
  std::string status = "arrived";
  std::string carrier;
  std::string tracking_no;
  std::string person_name;
  std::string person_phone;
  std::string destination;
  std::int64_t fee_fen = 0;
  std::string pickup_code;
  std::string arrived_at;
  std::string notified_at;
  std::string picked_up_at;
  std::string returned_on;
  std::string return_reason;
  std::string accepted_on;
  std::string dispatched_on;
  std::string completed_on;
  // Not a column of parcel: true when the notice was recorded at the pickup because none was
  // recorded before (table parcel_notice_at_pickup; ledger::record_notice_at_pickup).
  bool notice_at_pickup = false;
};

} // namespace czs::ledger
