#pragma once

#include "command.hpp"

namespace CLI {
class App;
}

namespace czs::cli {

// `czstation parcel`: inbound parcels (in, notify, pickup with the code, return) and outbound
// ones (out, dispatch), with list, overdue and show (Art. 4.2, 8). The steps are in parcel.cpp,
// the listings in parcel_list.cpp.
void add_parcel(CLI::App& app, Context& ctx, Action& chosen);

void add_parcel_listings(CLI::App& parcel, Context& ctx, Action& chosen);

} // namespace czs::cli
