#include "result_output.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "xlsx/workbook.hpp"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace czs::cli {

namespace {

constexpr std::size_t k_default_terminal_width = 80;

// A new empty file from a mkstemps() template ending in `suffix`; its path.
std::string make_temporary(std::string pattern, const std::string& suffix, const std::string& shown)
{
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const int fd = mkstemps(buffer.data(), static_cast<int>(suffix.size()));
  if (fd < 0) {
    throw Error(ErrorKind::cant_create, trf("cannot create {}: {}", shown, std::strerror(errno)),
                tr("check that the directory exists and is writable"));
  }
  close(fd);
  return buffer.data();
}

// The mode the result gets: the replaced file's own (a private export stays private), else what
// a new file gets from the clerk's umask (mkstemp makes 0600).
void give_mode(const std::string& path, const std::string& replaced)
{
  struct stat st
  {};
  if (::stat(replaced.c_str(), &st) == 0) {
    chmod(path.c_str(), st.st_mode & 07777);
    return;
  }
  const mode_t mask = umask(0);
  umask(mask);
  chmod(path.c_str(), 0666 & ~mask);
}

// --output names a file the result replaces whole: a device, a pipe or a link would be replaced
// by a regular file (a renamed /dev/full breaks the machine), so only a regular file or a new
// path is taken.
void require_plain_target(const std::string& target)
{
  struct stat st
  {};
  if (::lstat(target.c_str(), &st) != 0 || S_ISREG(st.st_mode)) {
    return;
  }
  throw Error(ErrorKind::cant_create,
              S_ISLNK(st.st_mode) ? trf("--output {} is a symbolic link: the result would replace the link", target)
                                  : trf("--output {} is not a regular file (a device, a pipe or a directory)", target),
              trf("give the path of a file, or redirect standard output instead (> {})", target));
}

} // namespace

std::optional<std::size_t> stdout_terminal_width()
{
  if (!isatty(STDOUT_FILENO)) {
    return std::nullopt;
  }
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
    std::size_t n = 0;
    const char* end = columns + std::strlen(columns);
    if (auto [p, ec] = std::from_chars(columns, end, n); ec == std::errc() && p == end && n > 0) {
      return n;
    }
  }
  return k_default_terminal_width;
}

ResultOutput::ResultOutput(Format format, const std::string& output, bool wide, const std::string& sheet,
                           HeldOutput& held, std::ostream& out, std::ostream* notes)
    : m_format(format), m_target(output), m_held(held), m_out(out)
{
  m_presentation.sheet_name = sheet;
  m_presentation.notes = notes;
  if (m_target.empty() && format == Format::table && !wide) {
    m_presentation.fit_width = stdout_terminal_width();
  }
  if (format == Format::xlsx && m_target.empty() && isatty(STDOUT_FILENO)) {
    throw Error(ErrorKind::usage, tr("--format xlsx writes an Excel file, which a terminal cannot show"),
                tr("redirect it to a file (> report.xlsx) or give --output report.xlsx"));
  }
  if (!m_target.empty()) {
    require_plain_target(m_target);
    m_temp = make_temporary(m_target + ".tmp-XXXXXX", "", m_target);
  } else if (format == Format::xlsx) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path();
    m_temp = make_temporary((dir / "czstation-XXXXXX.xlsx").string(), ".xlsx", tr("a temporary file"));
  }
  if (format == Format::xlsx) {
    m_book = std::make_unique<xlsx::Workbook>(m_temp);
    m_presentation.workbook = m_book.get();
  } else if (!m_target.empty()) {
    m_file.open(m_temp, std::ios::binary | std::ios::trunc);
    if (!m_file) {
      throw Error(ErrorKind::cant_create, trf("cannot write {}: {}", m_target, std::strerror(errno)));
    }
    m_held.retarget(m_file);
  }
  attach_presentation(m_out, &m_presentation);
}

ResultOutput::~ResultOutput()
{
  attach_presentation(m_out, nullptr);
  m_book.reset(); // closes a workbook a failed command left open, before its file goes
  if (!m_committed && !m_temp.empty()) {
    std::remove(m_temp.c_str());
  }
}

void ResultOutput::commit()
{
  if (m_format == Format::xlsx) {
    commit_workbook();
  } else if (!m_target.empty()) {
    m_held.release();
    m_file.close();
    if (!m_file) {
      throw Error(ErrorKind::io, trf("cannot write {}: {}", m_target, std::strerror(errno)),
                  tr("check that the disk has free space"));
    }
  }
  if (!m_target.empty()) {
    move_into_place();
  }
  m_committed = true;
}

void ResultOutput::commit_workbook()
{
  // A command that printed text instead of tables (a confirmation, a record sheet) has nothing
  // a spreadsheet could hold; the text is dropped rather than mixed into the workbook.
  if (m_held.held_bytes() > 0 || m_book->sheets() == 0) {
    throw Error(ErrorKind::usage, tr("this command has no table to write as an Excel file"),
                tr("use --format xlsx with reports, exports and listings; use --format json or csv here"));
  }
  m_book->close();
  if (!m_target.empty()) {
    return;
  }
  std::ifstream in(m_temp, std::ios::binary);
  m_out << in.rdbuf();
  if (!in || !m_out) {
    throw Error(ErrorKind::io, trf("cannot write the Excel file to standard output: {}", std::strerror(errno)));
  }
  std::remove(m_temp.c_str());
}

void ResultOutput::move_into_place()
{
  give_mode(m_temp, m_target);
  if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    throw Error(ErrorKind::io, trf("cannot write {}: {}", m_target, std::strerror(errno)),
                tr("check that the directory is writable and --output is not a directory"));
  }
}

} // namespace czs::cli
