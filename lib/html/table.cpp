#include "html/table.hpp"

#include "html/escape.hpp"

#include <fmt/format.h>

namespace czs::html {

Table::Table(std::string caption, std::vector<TableColumn> columns)
    : m_caption(std::move(caption)), m_columns(std::move(columns))
{
}

std::string Table::cells_html(std::vector<std::string> cells, const char* tag) const
{
  cells.resize(m_columns.size());
  std::string out = "<tr>";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out += fmt::format("<{0}{1}>{2}</{0}>", tag, m_columns[i].numeric ? " class=\"n\"" : "", escape(cells[i]));
  }
  return out + "</tr>\n";
}

void Table::row(std::vector<std::string> cells)
{
  m_body += cells_html(std::move(cells), "td");
  ++m_rows;
}

void Table::total(std::vector<std::string> cells)
{
  m_total = cells_html(std::move(cells), "td");
  m_total.insert(3, " class=\"total\"");
}

std::string Table::html(const std::string& empty_text) const
{
  std::string out = "<table>";
  if (!m_caption.empty()) {
    out += fmt::format("<caption>{}</caption>", escape(m_caption));
  }
  out += "\n<thead><tr>";
  for (const auto& c : m_columns) {
    out += fmt::format("<th{}>{}</th>", c.numeric ? " class=\"n\"" : "", escape(c.header));
  }
  out += "</tr></thead>\n<tbody>\n" + m_body;
  if (m_rows == 0) {
    out += fmt::format("<tr><td class=\"empty\" colspan=\"{}\">{}</td></tr>\n", m_columns.size(), escape(empty_text));
  }
  return out + m_total + "</tbody></table>\n";
}

} // namespace czs::html
