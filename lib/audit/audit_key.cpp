#include "audit/audit_key.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace czs::audit {

namespace {

constexpr std::size_t k_key_bytes = 32;

std::string hex(const unsigned char* bytes, std::size_t n)
{
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = k_digits[bytes[i] >> 4];
    out[2 * i + 1] = k_digits[bytes[i] & 0xF];
  }
  return out;
}

int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

std::string hmac_hex(const std::string& key, std::string_view message)
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &n)
      == nullptr) {
    throw Error(ErrorKind::internal, "OpenSSL's HMAC-SHA-256 failed");
  }
  return hex(mac, n);
}

AuditKey with_id(std::string bytes, const std::string& path)
{
  AuditKey key;
  key.bytes = std::move(bytes);
  // The id is a MAC of a fixed text: it tells keys apart without giving anything away.
  key.id = hmac_hex(key.bytes, "czstation-audit-key-id").substr(0, 16);
  key.path = path;
  struct stat st
  {};
  key.world_readable = ::stat(path.c_str(), &st) == 0 && (st.st_mode & S_IROTH) != 0;
  return key;
}

} // namespace

AuditKey load_key(const std::string& path)
{
  struct stat st
  {};
  if (::stat(path.c_str(), &st) != 0) {
    throw Error(ErrorKind::no_input, trf("the audit key file {} does not exist", path),
                tr("give the key file the database was signed with (audit_key in the config file, or --key)"));
  }
  if (S_ISDIR(st.st_mode)) {
    throw Error(ErrorKind::no_input, trf("the audit key file {} is a directory", path),
                tr("give the key file itself, such as /etc/czstation/audit.key"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::no_input, trf("cannot read the audit key file {}", path),
                tr("the key is readable by the county IT office only; ask them to run this command, or to let "
                   "your account read the key"));
  }
  // Only the first line counts; the contents are never echoed (they are the secret).
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  std::string bytes;
  bool ok = line.size() == 2 * k_key_bytes;
  for (std::size_t i = 0; ok && i < line.size(); i += 2) {
    const int hi = hex_value(line[i]);
    const int lo = hex_value(line[i + 1]);
    ok = hi >= 0 && lo >= 0;
    bytes.push_back(static_cast<char>(hi * 16 + lo));
  }
  if (!ok) {
    throw Error(ErrorKind::bad_data,
                trf("the audit key file {} does not hold a key (64 hex digits on its first line)", path),
                tr("give the file `czstation init --audit-key` or `czstation audit sign --key` created"));
  }
  return with_id(std::move(bytes), path);
}

AuditKey create_key(const std::string& path)
{
  unsigned char bytes[k_key_bytes];
  if (RAND_bytes(bytes, static_cast<int>(k_key_bytes)) != 1) {
    throw Error(ErrorKind::internal, "OpenSSL's random generator failed");
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    const int err = errno;
    throw Error(ErrorKind::cant_create,
                err == EEXIST ? trf("the audit key file {} exists already: a key is never overwritten", path)
                              : trf("cannot create the audit key file {}: {}", path, std::strerror(err)),
                err == EEXIST ? tr("to sign with the existing key, give it to `czstation audit sign --key`; to make "
                                   "a new one, choose another path")
                              : tr("choose a directory you may write, such as /etc/czstation as root"));
  }
  const std::string text = hex(bytes, k_key_bytes) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    ::unlink(path.c_str());
    throw Error(ErrorKind::io, trf("cannot write the audit key file {}", path), tr("check the disk, then try again"));
  }
  return with_id(std::string(reinterpret_cast<const char*>(bytes), k_key_bytes), path);
}

std::string entry_mac(const AuditKey& key, std::string_view hash)
{
  return hmac_hex(key.bytes, fmt::format("entry:{}", hash));
}

std::string head_mac(const AuditKey& key, std::int64_t last_id, std::string_view last_hash)
{
  return hmac_hex(key.bytes, fmt::format("head:{}:{}", last_id, last_hash));
}

} // namespace czs::audit
