#pragma once

#include "held_output.hpp"
#include "output.hpp"

#include <cstddef>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace czs::xlsx {
class Workbook;
}

namespace czs::cli {

// The display columns of the terminal stdout is, or none when stdout is not a terminal: the
// window's width (TIOCGWINSZ), else $COLUMNS, else 80.
std::optional<std::size_t> stdout_terminal_width();

// Where a command's result goes: stdout, or the file --output names, which is replaced whole
// only when the command succeeds (written beside it, then renamed); with --format xlsx, the
// workbook the command's tables become sheets of. Attaches the Presentation RecordWriter reads.
class ResultOutput
{
public:
  // `output` is --output (empty: stdout), `wide` --wide, `sheet` the name of a lone table's sheet.
  // Throws czs::Error(usage) for xlsx to a terminal, czs::Error(cant_create) when the file or
  // its temporary cannot be created.
  // `notes` (stderr, or nullptr under --quiet) hears what a fitted table left out.
  ResultOutput(Format format, const std::string& output, bool wide, const std::string& sheet, HeldOutput& held,
               std::ostream& out, std::ostream* notes);
  // Removes what a failed command left half-written; detaches the presentation.
  ~ResultOutput();
  ResultOutput(const ResultOutput&) = delete;
  ResultOutput& operator=(const ResultOutput&) = delete;

  // After the command succeeded: closes the workbook and streams it to stdout, or moves the
  // file into place. Throws czs::Error(usage) when an xlsx command wrote no table, (io) when
  // writing fails.
  void commit();

private:
  void commit_workbook();
  void move_into_place();

  Format m_format;
  std::string m_target; // --output, empty for stdout
  std::string m_temp;   // the file being written: beside m_target, or xlsx's temporary file
  HeldOutput& m_held;
  std::ostream& m_out;
  std::ofstream m_file;
  std::unique_ptr<xlsx::Workbook> m_book;
  Presentation m_presentation;
  bool m_committed = false;
};

} // namespace czs::cli
