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

constexpr std::array k_options{
    PrivateOption{"--villager", name, {}},
    PrivateOption{"--producer", name, {}},
    PrivateOption{"--recipient", name, {}},
    PrivateOption{"--sender", name, {}},
    // A station's name (register add --name) is public; only parcel list --name is a person's.
    PrivateOption{"--name", name, "parcel"},
    PrivateOption{"--phone", phone, {}},
    PrivateOption{"--code", code, "pickup"},
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
