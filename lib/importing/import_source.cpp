#include "importing/import_source.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/encoding.hpp"
#include "text/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace czs::importing {

// Reads a file descriptor in large blocks, feeding every block to SHA-256 as it passes.
class ImportSource::HashingBuf : public std::streambuf
{
public:
  HashingBuf(int fd, std::string path) : m_fd(fd), m_path(std::move(path)), m_block(256 * 1024) {}
  ~HashingBuf() override { ::close(m_fd); }
  HashingBuf(const HashingBuf&) = delete;
  HashingBuf& operator=(const HashingBuf&) = delete;

  std::string finish()
  {
    while (underflow() != traits_type::eof()) {
      setg(egptr(), egptr(), egptr());
    }
    return m_hasher.hex_digest();
  }

  // The first bytes of the file without consuming them, for sniffing the encoding.
  std::string peek_start(std::size_t bytes)
  {
    std::string start(bytes, '\0');
    const ssize_t got = ::pread(m_fd, start.data(), bytes, 0);
    start.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    return start;
  }

protected:
  int_type underflow() override
  {
    if (gptr() < egptr()) {
      return traits_type::to_int_type(*gptr());
    }
    if (m_eof) {
      return traits_type::eof();
    }
    ssize_t got;
    do {
      got = ::read(m_fd, m_block.data(), m_block.size());
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      throw Error(ErrorKind::io, trf("cannot read {}: {}", m_path, std::strerror(errno)));
    }
    if (got == 0) {
      m_eof = true;
      return traits_type::eof();
    }
    m_hasher.update(std::string_view(m_block.data(), static_cast<std::size_t>(got)));
    setg(m_block.data(), m_block.data(), m_block.data() + got);
    return traits_type::to_int_type(*gptr());
  }

  std::streamsize xsgetn(char* s, std::streamsize n) override
  {
    std::streamsize done = 0;
    while (done < n) {
      if (gptr() == egptr() && underflow() == traits_type::eof()) {
        break;
      }
      const std::streamsize chunk = std::min<std::streamsize>(n - done, egptr() - gptr());
      std::memcpy(s + done, gptr(), static_cast<std::size_t>(chunk));
      gbump(static_cast<int>(chunk));
      done += chunk;
    }
    return done;
  }

private:
  int m_fd;
  std::string m_path;
  std::vector<char> m_block;
  audit::Sha256 m_hasher;
  bool m_eof = false;
};

namespace {

// The sniffed start may end inside a multi-byte character; drop up to 3 trailing bytes.
bool valid_utf8_prefix(std::string_view start, bool whole_file)
{
  for (std::size_t cut = 0; cut <= (whole_file ? 0 : 3) && cut <= start.size(); ++cut) {
    if (text::is_valid_utf8(start.substr(0, start.size() - cut))) {
      return true;
    }
  }
  return false;
}

bool gbk_prefix(std::string_view start, bool whole_file)
{
  for (std::size_t cut = 0; cut <= (whole_file ? 0 : 1) && cut <= start.size(); ++cut) {
    if (text::gbk_to_utf8(start.substr(0, start.size() - cut))) {
      return true;
    }
  }
  return false;
}

std::string convert_hint()
{
  return tr("save the file as \"CSV UTF-8\" in Excel, or convert it with: iconv -f GBK -t UTF-8 FILE > FILE.utf8.csv");
}

} // namespace

ImportSource::ImportSource(const std::string& path)
{
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw Error(ErrorKind::no_input, trf("cannot open {}: {}", path, std::strerror(errno)),
                tr("check the file name and that it is readable"));
  }
  struct stat st
  {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error(ErrorKind::no_input, trf("{} is not a file", path), tr("give the path of a CSV file"));
  }
  m_buf = std::make_unique<HashingBuf>(fd, path);
  constexpr std::size_t k_sniff = 64 * 1024;
  const std::string start = m_buf->peek_start(k_sniff);
  const bool whole = start.size() < k_sniff;
  if (const auto workbook = text::workbook_kind(start)) {
    throw Error(ErrorKind::bad_data, trf("{} is {}, not a CSV file", path, *workbook),
                tr("open it in Excel or WPS and save it as \"CSV UTF-8\" (文件 → 另存为 → CSV UTF-8), then import "
                   "the .csv file; nothing was imported"));
  }
  if (valid_utf8_prefix(start, whole)) {
    m_stream = std::make_unique<std::istream>(m_buf.get());
    return;
  }
  if (!gbk_prefix(start, whole)) {
    throw Error(ErrorKind::bad_data, trf("{} is neither UTF-8 nor GBK text", path), convert_hint());
  }
  if (static_cast<std::size_t>(st.st_size) > k_max_gbk_bytes) {
    throw Error(ErrorKind::bad_data, trf("{} is GBK text, and too large ({} bytes) to convert here", path, st.st_size),
                convert_hint());
  }
  // Small enough: read it all (through the hasher), convert, and read the UTF-8 from memory.
  std::istream raw(m_buf.get());
  std::ostringstream bytes;
  bytes << raw.rdbuf();
  auto utf8 = text::gbk_to_utf8(bytes.str());
  if (!utf8) {
    throw Error(ErrorKind::bad_data, trf("{} is not valid GBK text throughout", path), convert_hint());
  }
  m_gbk = true;
  auto converted = std::make_unique<std::stringbuf>(std::move(*utf8), std::ios::in);
  m_stream = std::make_unique<std::istream>(converted.get());
  m_converted = std::move(converted);
}

ImportSource::~ImportSource() = default;

std::string ImportSource::file_sha256()
{
  return m_buf->finish();
}

} // namespace czs::importing
