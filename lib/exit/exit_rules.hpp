#pragma once

#include "base/error.hpp"
#include "ledger/ledger.hpp"
#include "period/date.hpp"
#include "rules/parameters.hpp"
#include "stations/onboarding_records.hpp"

#include <optional>
#include <string>
#include <vector>

namespace czs::exit {

// Why a station leaves (Art. 14): its own wish, an early exit negotiated with the centre, or a
// termination by the centre for low volume (14.2) or bad credit (14.3).
enum class Basis
{
  voluntary,
  negotiated,
  low_volume,
  bad_credit
};

std::string_view to_string(Basis basis);
// The basis from its key or the Chinese a Chinese table prints (自愿退出, 协商退出, 业务量不足,
// 严重不良信用), trimmed and with full-width letters folded; nullopt for any other word.
std::optional<Basis> parse_basis(std::string_view text);
// The basis as a table shows it: its Chinese when the clerk's language is Chinese, else the key.
std::string basis_for_people(Basis basis);

// R-EXIT-MIN (Art. 14.1): a station leaving of its own wish before min_months_open months of
// operation needs a negotiated agreement. Returns the basis to record (negotiated when a
// reference is given for an early exit), or a diagnostic when the exit is refused.
struct ExitMinOutcome
{
  Basis basis = Basis::voluntary;
  std::vector<Diagnostic> problems;
};
ExitMinOutcome check_exit_min(Date opened_on, Date decided_on, const std::string& agreement_ref,
                              const rules::Parameters& params);

// R-EXIT-RECOVER (Art. 14.4): one diagnostic per item of equipment or account not yet recovered.
std::vector<Diagnostic> check_recovered(const std::vector<stations::Equipment>& equipment,
                                        const std::vector<stations::PlatformAccount>& accounts);

// R-EXIT-WAITING (Art. 5.1, 14.4): one diagnostic per villager's purchase or parcel still waiting
// at the station, which must be handed over or returned before the closure completes.
std::vector<Diagnostic> check_nothing_waiting(const std::vector<ledger::WaitingGoods>& waiting);

} // namespace czs::exit
