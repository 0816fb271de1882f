#pragma once

#include "audit/sha256.hpp"

#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

namespace czs::importing {

// A CSV file opened for import: read as a stream of UTF-8 text whose bytes are hashed as they
// are read, so the audit entry can name the file by its SHA-256 without a second pass. A file
// that is not UTF-8 but reads as GBK (as Chinese Excel saves "CSV") is converted, when it is
// small enough to convert in memory; a larger one is refused with the command that converts it.
class ImportSource
{
public:
  // Opens and sniffs the file. Throws czs::Error: no_input when it is missing or unreadable,
  // bad_data when it is neither UTF-8 nor GBK text, or GBK and too large to convert here.
  explicit ImportSource(const std::string& path);
  ~ImportSource();
  ImportSource(const ImportSource&) = delete;
  ImportSource& operator=(const ImportSource&) = delete;

  std::istream& stream() { return *m_stream; }
  // The SHA-256 of the file's bytes; reads what the import left unread first.
  std::string file_sha256();
  bool converted_from_gbk() const { return m_gbk; }

  // GBK files up to this size are converted in memory.
  static constexpr std::size_t k_max_gbk_bytes = std::size_t{16} << 20;

private:
  class HashingBuf;

  std::unique_ptr<HashingBuf> m_buf;
  std::unique_ptr<std::streambuf> m_converted;
  std::unique_ptr<std::istream> m_stream;
  bool m_gbk = false;
};

} // namespace czs::importing
