#include "audit/anchor.hpp"

#include "audit/chain.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::audit {

Head chain_head(SQLite::Database& db)
{
  SQLite::Statement q(db, "SELECT id, at, hash FROM audit_entry ORDER BY id DESC LIMIT 1");
  if (!q.executeStep()) {
    return {{0, k_genesis_hash}, {}};
  }
  return {{q.getColumn(0).getInt64(), q.getColumn(2).getString()}, q.getColumn(1).getString()};
}

std::string anchor_text(const Anchor& anchor)
{
  return fmt::format("{}:{}", anchor.entry, anchor.hash);
}

Result<Anchor> parse_anchor(std::string_view text)
{
  using R = Result<Anchor>;
  // Anchors come from files as well: a binary one must not reach the terminal raw.
  const auto shown = text::printable(text.substr(0, 80));
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    return R::failure(trf("'{}' is not an anchor: write ENTRY:HASH as `czstation audit anchor` prints it, "
                          "for example 42:3fa4c2e19b0d7a61",
                          shown));
  }
  Anchor a;
  const std::string_view number = text.substr(0, colon);
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), a.entry);
  if (number.empty() || ec != std::errc() || end != number.data() + number.size() || a.entry < 1) {
    return R::failure(trf("'{}' is not an anchor: '{}' is not an entry number (1 or more)", shown,
                          text::printable(number.substr(0, 20))));
  }
  const std::string_view hash = text.substr(colon + 1);
  const bool hex =
      std::all_of(hash.begin(), hash.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  if (!hex || hash.size() < k_anchor_min_hex || hash.size() > 64) {
    return R::failure(trf("'{}' is not an anchor: after the colon come {} to 64 hex digits (0-9, a-f) of the "
                          "entry's hash",
                          shown, k_anchor_min_hex));
  }
  a.hash = std::string(hash);
  std::transform(a.hash.begin(), a.hash.end(), a.hash.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return a;
}

std::vector<Anchor> read_anchors(const std::string& path)
{
  std::ifstream in(path);
  if (!in) {
    throw Error(ErrorKind::no_input, trf("cannot read the anchors file {}", path),
                tr("give the file `czstation audit anchor` output was kept in"));
  }
  std::vector<Anchor> anchors;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') {
      continue;
    }
    const std::size_t stop = line.find_first_of(" \t\r", start);
    auto anchor = parse_anchor(std::string_view(line).substr(start, stop == std::string::npos ? stop : stop - start));
    if (!anchor) {
      throw Error(ErrorKind::bad_data, trf("{} line {}: {}", path, number, anchor.error()),
                  tr("each line starts with ENTRY:HASH as `czstation audit anchor` prints it; nothing was checked"));
    }
    anchors.push_back(std::move(anchor).value());
  }
  if (in.bad()) {
    throw Error(ErrorKind::no_input, trf("cannot read the anchors file {}", path));
  }
  return anchors;
}

} // namespace czs::audit
