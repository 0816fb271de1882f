#pragma once

#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>

namespace czs::cli {

// stdout held back until the command has succeeded, so that a command failing part way (a
// damaged database found after a table's header was written) leaves nothing on stdout for a
// script to mistake for a result. Past `limit` bytes (a large export) it streams instead,
// since holding it all would break the memory bound of SPEC.md section 6.
class HeldOutput : public std::streambuf
{
public:
  explicit HeldOutput(std::ostream& target, std::size_t limit = std::size_t{1} << 20)
      : m_target(&target), m_limit(limit)
  {
  }

  // Sends the output to `target` instead (the file of --output); only before anything streamed.
  void retarget(std::ostream& target) { m_target = &target; }
  // Bytes held and not yet written.
  std::size_t held_bytes() const { return m_held.size(); }

  // Writes what is held and streams from then on (the command succeeded).
  void release();
  // Drops what is held (the command failed); returns false when output had already streamed.
  bool discard();

protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

private:
  std::ostream* m_target;
  std::size_t m_limit;
  std::string m_held;
  bool m_streaming = false;
};

} // namespace czs::cli
