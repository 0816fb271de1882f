#pragma once

#include "output.hpp"
#include "stations/station.hpp"

#include <vector>

namespace czs::cli {

// The columns of a station row in listings and exports (keys documented in czstation(1)).
std::vector<Column> station_columns();
// In a table (for_people) status and premises read in the clerk's language; machine formats
// carry the stable names (applied, open, ...; village_office, ...).
std::vector<Cell> station_cells(const stations::Station& s, bool for_people);

} // namespace czs::cli
