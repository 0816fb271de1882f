#pragma once

#include <string>
#include <vector>

namespace czs::html {

struct TableColumn
{
  std::string header;
  bool numeric = false; // right-aligned, tabular digits
};

// A table for print: a caption, a header row repeated on every page it runs across, rows that
// never split over a page break, and an optional bold total row. Every cell is plain text,
// escaped here.
class Table
{
public:
  Table(std::string caption, std::vector<TableColumn> columns);

  // Adds a row (missing cells are empty, extra ones dropped).
  void row(std::vector<std::string> cells);
  void total(std::vector<std::string> cells);
  std::size_t rows() const { return m_rows; }

  // The <table>; `empty_text` is shown in one row when no row was added.
  std::string html(const std::string& empty_text = {}) const;

private:
  std::string cells_html(std::vector<std::string> cells, const char* tag) const;

  std::string m_caption;
  std::vector<TableColumn> m_columns;
  std::string m_body;
  std::string m_total;
  std::size_t m_rows = 0;
};

} // namespace czs::html
