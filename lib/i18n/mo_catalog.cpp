#include "i18n/mo_catalog.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

namespace czs {

namespace {

constexpr std::uint32_t k_magic = 0x950412de;
constexpr std::uint32_t k_magic_swapped = 0xde120495;

std::uint32_t swap32(std::uint32_t v)
{
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

class Reader
{
public:
  Reader(std::string_view bytes, bool swapped) : m_bytes(bytes), m_swapped(swapped) {}

  std::optional<std::uint32_t> word(std::size_t offset) const
  {
    if (offset > m_bytes.size() || m_bytes.size() - offset < 4) {
      return std::nullopt;
    }
    std::uint32_t v = 0;
    std::memcpy(&v, m_bytes.data() + offset, 4);
    return m_swapped ? swap32(v) : v;
  }

  // The string described by the (length, offset) pair at table_offset + 8 * index.
  std::optional<std::string_view> string_at(std::size_t table_offset, std::size_t index) const
  {
    auto length = word(table_offset + 8 * index);
    auto offset = word(table_offset + 8 * index + 4);
    if (!length || !offset || *offset > m_bytes.size() || m_bytes.size() - *offset < *length) {
      return std::nullopt;
    }
    return m_bytes.substr(*offset, *length);
  }

private:
  std::string_view m_bytes;
  bool m_swapped;
};

} // namespace

std::optional<MoCatalog> MoCatalog::parse(std::string_view bytes)
{
  if (bytes.size() < 28) {
    return std::nullopt;
  }
  std::uint32_t magic = 0;
  std::memcpy(&magic, bytes.data(), 4);
  if (magic != k_magic && magic != k_magic_swapped) {
    return std::nullopt;
  }
  const Reader reader(bytes, magic == k_magic_swapped);
  auto count = reader.word(8);
  auto originals = reader.word(12);
  auto translations = reader.word(16);
  if (!count || !originals || !translations) {
    return std::nullopt;
  }
  MoCatalog catalog;
  for (std::uint32_t i = 0; i < *count; ++i) {
    auto msgid = reader.string_at(*originals, i);
    auto msgstr = reader.string_at(*translations, i);
    if (!msgid || !msgstr) {
      return std::nullopt;
    }
    // The empty msgid is the catalogue header; plural forms are not used by czstation.
    if (!msgid->empty() && !msgstr->empty()) {
      catalog.m_messages.emplace(std::string(*msgid), std::string(*msgstr));
    }
  }
  return catalog;
}

std::optional<MoCatalog> MoCatalog::load(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse(bytes.str());
}

const char* MoCatalog::find(std::string_view msgid) const
{
  auto it = m_messages.find(std::string(msgid));
  return it == m_messages.end() ? nullptr : it->second.c_str();
}

} // namespace czs
