#include "audit/sign.hpp"

#include "audit/keyed_chain.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"

namespace czs::audit {

std::int64_t sign_verified_log(SQLite::Database& db, const AuditContext& who, const AuditKey& key)
{
  AuditedTransaction tx(db, who, "audit.sign");
  // Checked inside the write transaction, so nothing is written between the check and the
  // signatures: a signature vouches only for a log that verified.
  if (signing(db).keyed) {
    sign_log(db, key, utc_now()); // throws, saying with which key
  }
  const VerifyReport report = verify(db);
  if (!report.ok || !report.findings.empty()) {
    std::vector<Diagnostic> problems;
    const std::string hint = tr("a signature would vouch for a log that does not verify: run `czstation audit "
                                "verify`, restore the database from a backup that verifies, then sign");
    if (!report.ok) {
      problems.push_back({{}, {}, report.problem, hint});
    }
    for (const auto& f : report.findings) {
      problems.push_back({{}, {}, f, hint});
    }
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  tx.use_key(key);
  tx.note("audit.sign", key.id);
  sign_log(db, key, utc_now());
  tx.commit();
  return report.entries;
}

} // namespace czs::audit
