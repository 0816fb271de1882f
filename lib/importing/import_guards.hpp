#pragma once

#include "stations/station.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::importing {

// Stations by code, looked up once per code however many rows name them.
class StationCache
{
public:
  explicit StationCache(SQLite::Database& db) : m_db(db) {}

  // The station with this code, or nullptr when there is none.
  const stations::Station* find(const std::string& code);
  // The message for an unknown code, with "did you mean" when one is close.
  std::string unknown(const std::string& code);

private:
  SQLite::Database& m_db;
  std::unordered_map<std::string, std::optional<stations::Station>> m_cache;
  std::vector<std::string> m_codes;
};

// Keeps the import's pages in memory rather than spilling them to the WAL mid-transaction;
// restores the connection's setting afterwards.
class CacheSize
{
public:
  explicit CacheSize(SQLite::Database& db);
  ~CacheSize();
  CacheSize(const CacheSize&) = delete;
  CacheSize& operator=(const CacheSize&) = delete;

private:
  SQLite::Database& m_db;
  int m_old;
};

// The import checks every row's station itself (through StationCache), so the per-row foreign
// key lookup SQLite would repeat is switched off for the import's transaction, and back on
// after. The pragma is per connection and only takes effect outside a transaction.
class ForeignKeysChecked
{
public:
  explicit ForeignKeysChecked(SQLite::Database& db);
  ~ForeignKeysChecked();
  ForeignKeysChecked(const ForeignKeysChecked&) = delete;
  ForeignKeysChecked& operator=(const ForeignKeysChecked&) = delete;

private:
  SQLite::Database& m_db;
};

} // namespace czs::importing
