#pragma once

#include "audit/anchor.hpp"
#include "audit/audit_key.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// The outcome of checking the audit log against itself and against the data it describes.
struct VerifyReport
{
  bool ok = true;
  std::int64_t entries = 0;   // entries whose hash was checked
  std::int64_t rows = 0;      // data rows compared with their last recorded image or import digest
  std::int64_t bad_entry = 0; // the first entry that does not match (0: none, or not an entry)
  std::string problem;        // what is wrong, translated; empty when ok
  // Protection found weakened, each its own finding, translated: a missing append-only trigger,
  // an anchor the chain no longer passes through. `ok` speaks of the chain and data only (a
  // backup of such a database is still a faithful copy); `audit verify` fails on either.
  std::vector<std::string> findings;
  std::int64_t anchors = 0;        // anchors the chain was checked against
  std::string signed_with;         // the key id the log is signed with (schemas/0010), empty when not keyed
  bool signatures_checked = false; // every entry's signature and the head's were checked with the key
};

// How far verify() has gone: entries read from the log, then rows of `table` compared.
struct VerifyProgress
{
  std::int64_t entries = 0;
  std::int64_t rows = 0;
  std::string table; // empty while the log is being read
};

// Walks the chain from the first entry, recomputing each hash and, in the same pass, noting in
// temporary tables keyed by (table, row id) a digest of the last image each row was given and
// the imports that wrote rows; checks that the head matches the last entry (so entries removed
// from the end are found); then reads each table once in id order, merged with those notes in
// id order, comparing every row with its last image and recomputing each import's digest. Time
// linear in the size of the database, memory bounded by SQLite's caches and the largest single
// entry. Stops at the first problem. `progress`, when set, is called now and then. Also checks
// that the append-only triggers are in place and that the chain passes through every anchor
// (its entry exists and has the anchor's hash), reporting each failure as a finding. With `key`
// (the county's audit key, when this verifier can read it), checks every entry's signature and
// the head's too: a missing or wrong one is tampering; a log signed with another key, an
// unsigned log while a key is configured, and a key file any user can read are findings.
VerifyReport verify(SQLite::Database& db, const std::function<void(const VerifyProgress&)>& progress = {},
                    const std::vector<Anchor>& anchors = {}, const AuditKey* key = nullptr);

} // namespace czs::audit
