#include "audit/keyed_chain.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::audit {

Signing signing(SQLite::Database& db)
{
  Signing s;
  // A database below schema 10 (being migrated, or a unit test's) has no key table: unsigned.
  if (!db.tableExists("audit_key")) {
    return s;
  }
  SQLite::Statement q(db, "SELECT key_id, signed_at FROM audit_key WHERE singleton = 1");
  if (q.executeStep()) {
    s.keyed = true;
    s.key_id = q.getColumn(0).getString();
    s.signed_at = q.getColumn(1).getString();
  }
  return s;
}

void sign_entry(SQLite::Database& db, const AuditKey& key, std::int64_t id, const std::string& hash)
{
  SQLite::Statement mac(db, "INSERT INTO audit_mac (entry_id, mac) VALUES (?, ?)");
  mac.bind(1, id);
  mac.bind(2, entry_mac(key, hash));
  mac.exec();
  SQLite::Statement head(db, "UPDATE audit_key SET head_mac = ? WHERE singleton = 1");
  head.bind(1, head_mac(key, id, hash));
  head.exec();
}

void sign_log(SQLite::Database& db, const AuditKey& key, const std::string& at)
{
  const Signing s = signing(db);
  if (s.keyed) {
    throw Error(ErrorKind::bad_data,
                s.key_id == key.id ? tr("the audit log is signed with this key already")
                                   : trf("the audit log is signed with another key (key id {}); a log is signed "
                                         "with one key for good",
                                         s.key_id),
                tr("nothing to do: every later entry is signed as it is written"));
  }
  SQLite::Statement entries(db, "SELECT id, hash FROM audit_entry ORDER BY id");
  SQLite::Statement mac(db, "INSERT INTO audit_mac (entry_id, mac) VALUES (?, ?)");
  while (entries.executeStep()) {
    mac.reset();
    mac.bind(1, entries.getColumn(0).getInt64());
    mac.bind(2, entry_mac(key, entries.getColumn(1).getString()));
    mac.exec();
  }
  SQLite::Statement head(db, "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  head.executeStep();
  SQLite::Statement insert(db, "INSERT INTO audit_key (singleton, key_id, signed_at, head_mac) VALUES (1, ?, ?, ?)");
  insert.bind(1, key.id);
  insert.bind(2, at);
  insert.bind(3, head_mac(key, head.getColumn(0).getInt64(), head.getColumn(1).getString()));
  insert.exec();
}

std::optional<SignatureProblem> check_signatures(SQLite::Database& db, const AuditKey& key)
{
  SQLite::Statement q(db, "SELECT e.id, e.hash, m.mac FROM audit_entry e LEFT JOIN audit_mac m ON m.entry_id = e.id "
                          "ORDER BY e.id");
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    if (q.getColumn(2).isNull()) {
      return SignatureProblem{id, trf("entry {} carries no signature: it was written outside czstation, or "
                                      "without the key",
                                      id)};
    }
    if (q.getColumn(2).getString() != entry_mac(key, q.getColumn(1).getString())) {
      return SignatureProblem{
          id, trf("entry {}'s signature does not match the key: the log was rewritten at or before that entry", id)};
    }
  }
  SQLite::Statement head(db, "SELECT h.last_id, h.last_hash, k.head_mac FROM audit_head h, audit_key k "
                             "WHERE h.singleton = 1 AND k.singleton = 1");
  if (!head.executeStep()) {
    return SignatureProblem{0, tr("the signature of the audit head is missing")};
  }
  const std::int64_t last = head.getColumn(0).getInt64();
  if (head.getColumn(2).getString() != head_mac(key, last, head.getColumn(1).getString())) {
    return SignatureProblem{last + 1, tr("the signature of the audit head does not match: entries were removed from "
                                         "the end of the log, or the head was moved, outside czstation")};
  }
  return std::nullopt;
}

} // namespace czs::audit
