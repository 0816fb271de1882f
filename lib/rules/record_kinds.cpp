#include "rules/record_kinds.hpp"

#include <algorithm>
#include <array>

namespace czs::rules {

namespace {

using namespace std::string_view_literals;

constexpr std::array k_volume_kinds{"purchase"sv, "sale"sv, "parcel_in"sv, "parcel_out"sv, "service"sv};

// Art. 4.5: bills (water, electricity, broadband, phone), rural finance, ticket and hotel
// booking, medical appointments, local information.
constexpr std::array k_service_kinds{"water"sv,  "electricity"sv, "broadband"sv, "phone"sv,      "finance"sv,
                                     "ticket"sv, "hotel"sv,       "medical"sv,   "information"sv};

bool contains(std::span<const std::string_view> list, std::string_view word)
{
  return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace

std::span<const std::string_view> volume_kinds()
{
  return k_volume_kinds;
}

std::span<const std::string_view> service_kinds()
{
  return k_service_kinds;
}

bool is_fee_kind(std::string_view kind)
{
  constexpr std::string_view prefix = "service.";
  if (kind.starts_with(prefix)) {
    return contains(k_service_kinds, kind.substr(prefix.size()));
  }
  return contains(k_volume_kinds, kind);
}

} // namespace czs::rules
