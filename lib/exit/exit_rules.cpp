#include "exit/exit_rules.hpp"

#include "i18n/translate.hpp"
#include "ledger/words.hpp"
#include "rules/rule_catalogue.hpp"

namespace czs::exit {

std::string_view to_string(Basis basis)
{
  switch (basis) {
  case Basis::voluntary:
    return "voluntary";
  case Basis::negotiated:
    return "negotiated";
  case Basis::low_volume:
    return "low_volume";
  case Basis::bad_credit:
    return "bad_credit";
  }
  return "voluntary";
}

namespace {

// In the order of Basis; Art. 14.1 (自身原因提前退出 ... 互相协商), 14.2, 14.3.
constexpr ledger::Choice k_bases[] = {
    {"voluntary", "自愿退出", nullptr},
    {"negotiated", "协商退出", nullptr},
    {"low_volume", "业务量不足", nullptr},
    {"bad_credit", "严重不良信用", nullptr},
};

} // namespace

std::optional<Basis> parse_basis(std::string_view text)
{
  const auto key = ledger::parse_word(k_bases, text);
  for (auto b : {Basis::voluntary, Basis::negotiated, Basis::low_volume, Basis::bad_credit}) {
    if (key && to_string(b) == *key) {
      return b;
    }
  }
  return std::nullopt;
}

std::string basis_for_people(Basis basis)
{
  return ledger::word_for_people(k_bases, to_string(basis));
}

ExitMinOutcome check_exit_min(Date opened_on, Date decided_on, const std::string& agreement_ref,
                              const rules::Parameters& params)
{
  ExitMinOutcome out;
  const Date minimum_end = add_months(opened_on, params.min_months_open);
  if (decided_on >= minimum_end) {
    return out;
  }
  if (!agreement_ref.empty()) {
    out.basis = Basis::negotiated;
    return out;
  }
  out.problems.push_back(rules::diagnostic(
      rules::Rule::exit_min,
      trf("the station opened on {} and would leave on {}, before its {} months of operation end on {}",
          to_string(opened_on), to_string(decided_on), params.min_months_open, to_string(minimum_end)),
      tr("an early exit must be negotiated with the county centre: give the negotiated agreement's "
         "reference with --agreement REF")));
  return out;
}

std::vector<Diagnostic> check_recovered(const std::vector<stations::Equipment>& equipment,
                                        const std::vector<stations::PlatformAccount>& accounts)
{
  std::vector<Diagnostic> out;
  for (const auto& e : equipment) {
    if (e.recovered_on.empty()) {
      out.push_back(rules::diagnostic(rules::Rule::exit_recover,
                                      trf("{} {} issued on {} has not been recovered", e.kind, e.serial, e.issued_on),
                                      trf("recover it with: czstation close recover CODE --equipment {}", e.serial)));
    }
  }
  for (const auto& a : accounts) {
    if (a.recovered_on.empty()) {
      out.push_back(rules::diagnostic(rules::Rule::exit_recover,
                                      trf("the {} account {} has not been recovered", a.platform, a.login),
                                      trf("recover it with: czstation close recover CODE --account {}", a.login)));
    }
  }
  return out;
}

std::vector<Diagnostic> check_nothing_waiting(const std::vector<ledger::WaitingGoods>& waiting)
{
  std::vector<Diagnostic> out;
  for (const auto& w : waiting) {
    out.push_back(rules::diagnostic(
        rules::Rule::exit_waiting,
        w.kind == "purchase" ? trf("purchase {} has been waiting at the station since {}", w.ref, w.since)
                             : trf("parcel {} has been waiting at the station since {}", w.ref, w.since),
        w.kind == "purchase"
            ? trf("hand it over (czstation order purchase pickup {}) or return it (czstation order purchase return {} "
                  "--reason TEXT)",
                  w.ref, w.ref)
            : trf(
                "hand it over against its code (czstation parcel pickup {} --code CODE) or return it (czstation parcel "
                "return {} --reason TEXT)",
                w.ref, w.ref)));
  }
  return out;
}

} // namespace czs::exit
