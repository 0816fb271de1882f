// The private fields of the schema (Art. 13), declared once next to the migrations that create
// them (see storage/private_data.hpp). A column added by a migration that holds a villager's
// name, phone number or a secret belongs here; tests/unit/test_private_data.cpp fails on a
// *_name or *_phone column of the ledger that is missing.
#include "storage/private_data.hpp"

#include <array>

namespace czs::storage {

namespace {

using enum PrivateKind;

constexpr std::array k_columns{
    PrivateColumn{"purchase", "villager_name", name}, PrivateColumn{"purchase", "villager_phone", phone},
    PrivateColumn{"sale", "producer_name", name},     PrivateColumn{"sale", "producer_phone", phone},
    PrivateColumn{"service", "villager_name", name},  PrivateColumn{"service", "villager_phone", phone},
    PrivateColumn{"parcel", "person_name", name},     PrivateColumn{"parcel", "person_phone", phone},
    PrivateColumn{"parcel", "pickup_code", code},
};

// Command by command: only a villager's own data is private. The station manager's phone
// (register add|update --phone) and a station's name are the station's public contact, shown
// whole by register show and register list, so they are never masked.
constexpr std::array k_options{
    PrivateOption{"--villager", name, "order purchase add"},
    PrivateOption{"--phone", phone, "order purchase add"},
    PrivateOption{"--producer", name, "order sale add"},
    PrivateOption{"--phone", phone, "order sale add"},
    PrivateOption{"--villager", name, "order service add"},
    PrivateOption{"--phone", phone, "order service add"},
    PrivateOption{"--villager", name, "order list"},
    PrivateOption{"--phone", phone, "order list"},
    PrivateOption{"--recipient", name, "parcel in"},
    PrivateOption{"--phone", phone, "parcel in"},
    PrivateOption{"--sender", name, "parcel out"},
    PrivateOption{"--phone", phone, "parcel out"},
    PrivateOption{"--name", name, "parcel list"},
    PrivateOption{"--phone", phone, "parcel list"},
    PrivateOption{"--code", code, "parcel pickup"},
};

} // namespace

std::span<const PrivateColumn> private_columns()
{
  return k_columns;
}

std::span<const PrivateOption> private_options()
{
  return k_options;
}

} // namespace czs::storage
