#include "privacy.hpp"

#include "audit/audited_transaction.hpp"
#include "text/mask.hpp"

namespace czs::cli {

std::string Privacy::name(const std::string& value) const
{
  return revealing() ? value : text::mask_name(value);
}

std::string Privacy::phone(const std::string& value) const
{
  return revealing() ? value : text::mask_phone(value);
}

void log_reveal(Context& ctx, const std::string& what, const std::string& station_code)
{
  if (!ctx.options.reveal) {
    return;
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "privacy.reveal");
  if (!station_code.empty()) {
    tx.set_station(station_code);
  }
  tx.note("reveal", what);
  tx.commit();
  ctx.reveal_was_logged();
}

void note_reveal(Context& ctx, audit::AuditedTransaction& tx, const std::string& what)
{
  if (!ctx.options.reveal) {
    return;
  }
  tx.note("reveal", what);
  ctx.reveal_was_logged();
}

} // namespace czs::cli
