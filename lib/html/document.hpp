#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A printable HTML document: one self-contained file (inline CSS, inline SVG, no script, no
// network, no web font) laid out for A4 paper, written as it is built so a long report never
// sits in memory whole. Knows nothing of what it prints: callers give it translated text.
namespace czs::html {

// The fonts every page asks for, CJK-capable ones first, then the generic fallback.
inline constexpr std::string_view k_font_stack =
    R"("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", )"
    R"("WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif)";

class Document
{
public:
  // Writes the head: `title` (escaped here), `lang` as HTML's lang attribute ("zh-CN", "en").
  Document(std::ostream& out, std::string_view title, std::string_view lang);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // Starts a sheet: printed from the top of a new page (the first one too), ended by the next
  // sheet or by finish(). A sheet longer than a page runs on to further pages.
  void sheet();
  // Appends HTML made by this library's functions (or escaped by the caller).
  Document& add(std::string_view fragment);
  // Ends the last sheet and the document; called by the destructor too.
  void finish();

private:
  std::ostream& m_out;
  bool m_in_sheet = false;
  bool m_finished = false;
};

// A heading of level 1 to 3 with escaped text.
std::string heading(int level, std::string_view text);
// A paragraph of escaped text; `css_class` ("note", "lead") may be empty.
std::string paragraph(std::string_view text, std::string_view css_class = {});

// Label/value pairs as a two-column grid (the head of a form: station, date, inspector...).
std::string fields(const std::vector<std::pair<std::string, std::string>>& pairs);

// Key figures as large numbers under small labels, for the first page of a report.
struct Figure
{
  std::string label;
  std::string value;
  std::string note; // a small line under the value ("+12% on 2026Q1"); may be empty
};
std::string figures(const std::vector<Figure>& items);

// Signature lines, as a paper form has them: for each role a line to sign on ("巡检人（签字）")
// with a name printed under it when known, and a line for the date.
struct Signature
{
  std::string role;
  std::string name; // printed under the line; may be empty
};
std::string signatures(const std::vector<Signature>& lines, std::string_view date_label);

} // namespace czs::html
