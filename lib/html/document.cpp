#include "html/document.hpp"

#include "html/escape.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

namespace czs::html {

namespace {

// Print first: A4 with margins, each sheet from a new page, tables whose header repeats and
// whose rows do not split, black on white. On screen the sheets look like paper.
constexpr std::string_view k_css = R"(
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: FONTS; font-size: 10pt; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; line-height: 1.35; }
.sheet { break-before: page; page-break-before: always; }
.sheet:first-of-type { break-before: auto; page-break-before: auto; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 2pt; letter-spacing: 0.5pt; }
h2 { font-size: 12.5pt; margin: 12pt 0 5pt; padding-bottom: 2pt; border-bottom: 1.2pt solid #000; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; }
p { margin: 3pt 0; }
p.lead { text-align: center; margin-bottom: 10pt; }
p.note { font-size: 8.5pt; color: #333; }
table { width: 100%; border-collapse: collapse; margin: 3pt 0 8pt; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: 2pt 0; }
th, td { border: 0.6pt solid #000; padding: 1.5pt 4pt; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; text-align: center; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1.2pt solid #000; }
td.empty { text-align: center; color: #333; }
thead { display: table-header-group; }
tr, figure, .figures, .signatures, .fields { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 4pt 0 8pt; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
figure svg { display: block; width: 100%; height: auto; }
svg text { font-family: FONTS; fill: #000; }
.fields { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 0; border: 0.6pt solid #000; margin: 4pt 0 8pt; }
.fields div { border: 0.6pt solid #000; padding: 2pt 5pt; }
.fields .k { background: #e6e6e6; font-weight: bold; white-space: nowrap; }
.figures { display: flex; flex-wrap: wrap; gap: 4pt; margin: 6pt 0 8pt; }
.figures > div { flex: 1 1 28%; border: 0.8pt solid #000; padding: 4pt 6pt; }
.figures .v { font-size: 16pt; font-weight: bold; font-variant-numeric: tabular-nums; }
.figures .l { font-size: 8.5pt; }
.figures .d { font-size: 8pt; color: #333; }
.signatures { display: flex; gap: 10pt; margin-top: 14pt; }
.signatures > div { flex: 1; }
.signatures .line { border-bottom: 0.8pt solid #000; height: 22pt; }
.signatures .who { font-size: 9pt; min-height: 12pt; }
@media screen {
  html { background: #d9d9d9; }
  body { padding: 6mm 0; }
  .sheet { width: 210mm; min-height: 297mm; margin: 0 auto 6mm; padding: 14mm; background: #fff;
    box-shadow: 0 0 3mm rgba(0, 0, 0, 0.25); }
}
)";

std::string css()
{
  std::string out(k_css);
  for (std::size_t at = out.find("FONTS"); at != std::string::npos; at = out.find("FONTS", at)) {
    out.replace(at, 5, k_font_stack);
    at += k_font_stack.size();
  }
  return out;
}

} // namespace

Document::Document(std::ostream& out, std::string_view title, std::string_view lang) : m_out(out)
{
  // The policy makes the promise checkable: no script runs and nothing is fetched.
  m_out << "<!DOCTYPE html>\n<html lang=\"" << escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<meta name=\"generator\" content=\"czstation\">\n"
        << "<title>" << escape(title) << "</title>\n<style>" << css() << "</style>\n</head>\n<body>\n";
}

Document::~Document()
{
  finish();
}

void Document::sheet()
{
  if (m_in_sheet) {
    m_out << "</section>\n";
  }
  m_out << "<section class=\"sheet\">\n";
  m_in_sheet = true;
}

Document& Document::add(std::string_view fragment)
{
  if (!m_in_sheet) {
    sheet();
  }
  m_out << fragment;
  return *this;
}

void Document::finish()
{
  if (m_finished) {
    return;
  }
  m_finished = true;
  m_out << (m_in_sheet ? "</section>\n" : "") << "</body>\n</html>\n";
  m_out.flush();
}

std::string heading(int level, std::string_view text)
{
  const int l = std::clamp(level, 1, 3);
  return fmt::format("<h{0}>{1}</h{0}>\n", l, escape(text));
}

std::string paragraph(std::string_view text, std::string_view css_class)
{
  return css_class.empty() ? fmt::format("<p>{}</p>\n", escape(text))
                           : fmt::format("<p class=\"{}\">{}</p>\n", escape(css_class), escape(text));
}

std::string fields(const std::vector<std::pair<std::string, std::string>>& pairs)
{
  std::string out = "<div class=\"fields\">";
  for (const auto& [k, v] : pairs) {
    out += fmt::format("<div class=\"k\">{}</div><div>{}</div>", escape(k), escape(v));
  }
  if (pairs.size() % 2 == 1) {
    out += "<div class=\"k\"></div><div></div>";
  }
  return out + "</div>\n";
}

std::string figures(const std::vector<Figure>& items)
{
  std::string out = "<div class=\"figures\">";
  for (const auto& f : items) {
    out += fmt::format("<div><div class=\"l\">{}</div><div class=\"v\">{}</div>", escape(f.label), escape(f.value));
    if (!f.note.empty()) {
      out += fmt::format("<div class=\"d\">{}</div>", escape(f.note));
    }
    out += "</div>";
  }
  return out + "</div>\n";
}

std::string signatures(const std::vector<Signature>& lines, std::string_view date_label)
{
  std::string out = "<div class=\"signatures\">";
  for (const auto& s : lines) {
    out += fmt::format("<div><div>{}</div><div class=\"line\"></div><div class=\"who\">{}</div>"
                       "<div>{}</div><div class=\"line\"></div></div>",
                       escape(s.role), escape(s.name), escape(date_label));
  }
  return out + "</div>\n";
}

} // namespace czs::html
