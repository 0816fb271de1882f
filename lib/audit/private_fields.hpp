#pragma once

#include "storage/private_data.hpp"

#include <string>
#include <string_view>

namespace czs::audit {

// `value` masked as its kind asks (text/mask.hpp): a name, a phone number or a secret code.
std::string mask_private(storage::PrivateKind kind, std::string_view value);

// The audit log keeps whole row images, villagers' names and phones included (Art. 13), so
// that `audit verify` can compare them. Shown to a person, they are masked like every other
// listing: returns the changes JSON with the string values of every private column
// (storage::private_columns(): names, phones, pickup codes) masked as mask_private does.
std::string mask_private_fields(std::string_view changes_json);

// The command line of an entry, as recorded (shell-quoted), with the value of every option that
// carries a villager's private value in its command (storage::private_options(): `order
// purchase add --villager|--phone`, `parcel list --name`, `parcel pickup --code`, ...) masked,
// as "--name X" or "--name=X"; the same option of another command (`register add --phone`, the
// station's public contact) is left whole.
std::string mask_private_arguments(std::string_view command_line);

} // namespace czs::audit
