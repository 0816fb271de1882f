#pragma once

#include <string>
#include <string_view>

namespace czs::audit {

// The audit log keeps whole row images, villagers' names and phones included (Art. 13), so
// that `audit verify` can compare them. Shown to a person, they are masked like every other
// listing: returns the changes JSON with the string values of the private columns
// (villager_name, person_name, producer_name and their _phone) masked as text/mask.hpp does.
std::string mask_private_fields(std::string_view changes_json);

// The command line of an entry, as recorded (shell-quoted), with the values of the options that
// carry a villager's name or phone (--villager, --recipient, --sender, --producer, --phone)
// masked.
std::string mask_private_arguments(std::string_view command_line);

} // namespace czs::audit
