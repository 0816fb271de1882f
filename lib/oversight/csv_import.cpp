#include "oversight/csv_import.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"

#include <vector>

namespace czs::oversight {

namespace {

constexpr std::size_t k_max_reported = 20;

} // namespace

CsvPass read_csv_import(std::istream& in, const std::string& source, const std::string& empty_hint,
                        const std::function<void(const text::CsvRow&)>& header,
                        const std::function<void(const text::CsvRow&)>& row)
{
  CsvPass pass;
  std::vector<Diagnostic> problems;
  std::size_t broken = 0;
  auto report = [&](std::size_t line, const Error& e) {
    ++broken;
    for (auto d : e.diagnostics()) {
      if (problems.size() >= k_max_reported) {
        return;
      }
      if (d.message.rfind(source + " ", 0) != 0) {
        d.message = trf("{} line {}: {}", source, line, d.message);
      }
      problems.push_back(std::move(d));
    }
  };
  text::CsvReader reader(in);
  text::CsvRow r;
  bool at_header = true;
  try {
    while (reader.next(r)) {
      if (r.blank || text::is_empty_row(r)) {
        pass.empty_rows += at_header ? 0 : 1;
        continue;
      }
      if (at_header) {
        header(r);
        at_header = false;
        continue;
      }
      ++pass.rows;
      try {
        row(r);
      } catch (const Error& e) {
        report(r.line, e);
      }
    }
  } catch (const text::CsvError& e) {
    ++broken;
    problems.push_back(
        {{}, {}, trf("{}: {}", source, e.what()), tr("fix the file and import it again; nothing was imported")});
  }
  if (at_header && broken == 0) {
    throw Error(ErrorKind::bad_data, trf("{} is empty: it has no header row", source), empty_hint);
  }
  if (broken > 0) {
    problems.push_back({{},
                        {},
                        broken > problems.size()
                            ? trf("{}: nothing was imported; rows with problems: {} (the first {} are listed above)",
                                  source, broken, problems.size())
                            : trf("{}: nothing was imported; rows with problems: {}", source, broken),
                        tr("fix the rows and import the file again")});
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  return pass;
}

} // namespace czs::oversight
