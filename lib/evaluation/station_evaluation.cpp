#include "evaluation/station_evaluation.hpp"

#include "i18n/translate.hpp"

namespace czs::evaluation {

std::string_view stocktake_key(assessment::StocktakeState state)
{
  switch (state) {
  case assessment::StocktakeState::unclosed:
    return "unclosed";
  case assessment::StocktakeState::matched:
    return "matched";
  case assessment::StocktakeState::mismatched:
    return "mismatched";
  case assessment::StocktakeState::missing:
    break;
  }
  return "missing";
}

std::string stocktake_label(assessment::StocktakeState state)
{
  switch (state) {
  case assessment::StocktakeState::unclosed:
    return tr("counted, not closed");
  case assessment::StocktakeState::matched:
    return tr("closed, books and stock match");
  case assessment::StocktakeState::mismatched:
    return tr("closed, books and stock differ");
  case assessment::StocktakeState::missing:
    break;
  }
  return tr("not recorded");
}

std::string ledger_kind_label(std::string_view kind)
{
  if (kind == "purchase") {
    return tr("proxy purchases picked up");
  }
  if (kind == "sale") {
    return tr("proxy sales sold");
  }
  if (kind == "service") {
    return tr("convenience services");
  }
  if (kind == "parcel_in") {
    return tr("parcels picked up");
  }
  if (kind == "parcel_out") {
    return tr("parcels dispatched");
  }
  return std::string(kind);
}

} // namespace czs::evaluation
