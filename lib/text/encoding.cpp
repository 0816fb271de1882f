#include "text/encoding.hpp"

#include "i18n/translate.hpp"
#include "text/utf8.hpp"

#include <cerrno>
#include <cstddef>
#include <cstdint>

#include <iconv.h>

namespace czs::text {

namespace {

// Owns an iconv descriptor so every return path closes it.
class Converter
{
public:
  Converter(const char* to, const char* from) : m_cd(iconv_open(to, from)) {}
  ~Converter()
  {
    if (ok()) {
      iconv_close(m_cd);
    }
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  bool ok() const { return m_cd != reinterpret_cast<iconv_t>(std::intptr_t{-1}); }
  iconv_t get() const { return m_cd; }

private:
  iconv_t m_cd;
};

constexpr std::size_t k_iconv_error = static_cast<std::size_t>(-1);

} // namespace

std::optional<std::string> gbk_to_utf8(std::string_view bytes)
{
  Converter converter("UTF-8", "GB18030");
  if (!converter.ok()) {
    return std::nullopt;
  }
  // iconv wants a mutable input pointer; work on a copy rather than cast away const.
  std::string input(bytes);
  char* in = input.data();
  std::size_t in_left = input.size();
  std::string out;
  char chunk[4096];
  while (in_left > 0) {
    char* out_ptr = chunk;
    std::size_t out_left = sizeof chunk;
    const std::size_t rc = iconv(converter.get(), &in, &in_left, &out_ptr, &out_left);
    out.append(chunk, sizeof chunk - out_left);
    // E2BIG only means the chunk is full; EILSEQ and EINVAL (a truncated sequence) are bad data.
    if (rc == k_iconv_error && errno != E2BIG) {
      return std::nullopt;
    }
  }
  return out;
}

bool looks_like_gbk(std::string_view bytes)
{
  return !is_valid_utf8(bytes) && gbk_to_utf8(bytes).has_value();
}

std::optional<std::string> workbook_kind(std::string_view start)
{
  using namespace std::string_view_literals;
  if (start.substr(0, 4) == "PK\x03\x04"sv) {
    return std::string(tr("an Excel workbook (.xlsx)"));
  }
  if (start.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv) {
    return std::string(tr("an old Excel workbook (.xls)"));
  }
  return std::nullopt;
}

} // namespace czs::text
