#include "html/chart.hpp"

#include "html/escape.hpp"
#include "html/scale.hpp"
#include "text/display_width.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace czs::html {

namespace {

constexpr double k_font = 11;        // px, the chart's text
constexpr double k_char_width = 6.2; // px per display column at k_font (a CJK character takes two)
constexpr double k_top = 26;         // room for the axis title and the values above the bars
constexpr double k_right = 16;

// Fills for stacked segments, told apart in black and white: solid greys and hatchings.
constexpr std::array<const char*, 6> k_fills{
    R"~(<rect width="6" height="6" fill="#3a3a3a"/>)~",
    R"~(<rect width="6" height="6" fill="#fff"/><path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke="#000" stroke-width="1"/>)~",
    R"~(<rect width="6" height="6" fill="#b4b4b4"/>)~",
    R"~(<rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.1" fill="#000"/>)~",
    R"~(<rect width="6" height="6" fill="#777"/>)~",
    R"~(<rect width="6" height="6" fill="#fff"/><path d="M0,3 H6 M3,0 V6" stroke="#000" stroke-width="0.8"/>)~",
};
constexpr std::array<const char*, 6> k_dashes{"", "7 3", "2 2.5", "9 3 2 3", "4 4", "1 3"};

double text_width(const std::string& s)
{
  return static_cast<double>(text::display_width(s)) * k_char_width;
}

std::string num(double v)
{
  return fmt::format("{:.1f}", v);
}

double value_at(const Series& s, std::size_t i)
{
  return i < s.values.size() && s.values[i] > 0 ? s.values[i] : 0;
}

std::string value_text(double v, bool whole)
{
  return whole ? grouped(static_cast<std::int64_t>(std::llround(v)))
               : grouped(std::string_view(fmt::format("{:.2f}", v)));
}

// The frame common to both charts: plot area, scale and category slots.
struct Frame
{
  double left = 0;
  double top = k_top;
  double plot_w = 0;
  double plot_h = 0;
  double slot = 0;
  bool rotated = false; // category labels turned to fit
  double labels_h = 0;
  Scale scale;

  double y(double v) const { return top + plot_h * (1 - scale.fraction(v)); }
  double x_center(std::size_t i) const { return left + slot * (static_cast<double>(i) + 0.5); }
};

Frame make_frame(const Chart& c, double largest)
{
  Frame f;
  f.scale = zero_based_scale(largest, 5, c.whole_numbers);
  double label_w = 0;
  for (const double t : f.scale.ticks) {
    label_w = std::max(label_w, text_width(tick_label(f.scale, t)));
  }
  f.left = label_w + 12;
  f.plot_w = c.width - f.left - k_right;
  f.plot_h = c.plot_height;
  f.slot = f.plot_w / static_cast<double>(std::max<std::size_t>(1, c.categories.size()));
  double widest = 0;
  for (const auto& cat : c.categories) {
    widest = std::max(widest, text_width(cat));
  }
  f.rotated = widest > f.slot - 4;
  // A turned label runs down at 40 degrees: its height is about 0.65 of its length.
  f.labels_h = f.rotated ? std::min(widest, 140.0) * 0.65 + 16 : 20;
  return f;
}

// Gridlines, tick labels, the axis title and the category labels.
std::string axes(const Chart& c, const Frame& f)
{
  std::string out;
  for (const double t : f.scale.ticks) {
    const double y = f.y(t);
    out += fmt::format(R"~(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{}/>)~", num(f.left),
                       num(y), num(f.left + f.plot_w), num(y), t == 0 ? "#000" : "#999", t == 0 ? "1" : "0.5",
                       t == 0 ? "" : R"~( stroke-dasharray="2 2")~");
    out += fmt::format(R"~(<text x="{}" y="{}" text-anchor="end">{}</text>)~", num(f.left - 5), num(y + 4),
                       escape(tick_label(f.scale, t)));
  }
  out += fmt::format(R"~(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#000" stroke-width="1"/>)~", num(f.left),
                     num(f.top), num(f.top + f.plot_h));
  out += fmt::format(R"~(<text x="{}" y="{}" font-weight="bold">{}</text>)~", num(f.left - 5), num(12),
                     escape(c.value_label));
  const double base = f.top + f.plot_h;
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    const double x = f.x_center(i);
    if (f.rotated) {
      out += fmt::format(R"~(<text x="{0}" y="{1}" text-anchor="end" transform="rotate(-40 {0} {1})">{2}</text>)~",
                         num(x + 3), num(base + 12), escape(c.categories[i]));
    } else {
      out += fmt::format(R"~(<text x="{}" y="{}" text-anchor="middle">{}</text>)~", num(x), num(base + 15),
                         escape(c.categories[i]));
    }
  }
  return out;
}

// Legend entries laid out in rows under the chart; `swatch(k, x, y)` draws series k's sample.
template <typename Swatch>
std::string legend(const Chart& c, double y0, double& height, Swatch swatch)
{
  std::string out;
  double x = 8;
  double y = y0;
  for (std::size_t k = 0; k < c.series.size(); ++k) {
    const double w = 30 + text_width(c.series[k].name) + 16;
    if (x > 8 && x + w > c.width) {
      x = 8;
      y += 18;
    }
    out += swatch(k, x, y);
    out += fmt::format(R"~(<text x="{}" y="{}">{}</text>)~", num(x + 30), num(y + 4), escape(c.series[k].name));
    x += w;
  }
  height = y - y0 + 18;
  return out;
}

std::string figure(const Chart& c, double height, const std::string& body)
{
  return fmt::format("<figure class=\"chart\"><figcaption>{}</figcaption>\n"
                     "<svg viewBox=\"0 0 {} {}\" width=\"{}\" "
                     "font-size=\"{}\" role=\"img\" aria-label=\"{}\">{}</svg></figure>\n",
                     escape(c.title), c.width, num(height), c.width, k_font, escape(c.title), body);
}

} // namespace

std::string bar_chart(const Chart& c)
{
  std::vector<double> totals(c.categories.size(), 0);
  for (const auto& s : c.series) {
    for (std::size_t i = 0; i < totals.size(); ++i) {
      totals[i] += value_at(s, i);
    }
  }
  const Frame f = make_frame(c, totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end()));
  std::string body = "<defs>";
  for (std::size_t k = 0; k < c.series.size(); ++k) {
    body += fmt::format(R"~(<pattern id="{}-f{}" width="6" height="6" patternUnits="userSpaceOnUse">{}</pattern>)~",
                        escape(c.id), k, k_fills[k % k_fills.size()]);
  }
  body += "</defs>" + axes(c, f);
  const double bar_w = std::min(f.slot * 0.62, 48.0);
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    double below = 0;
    const double x = f.x_center(i) - bar_w / 2;
    for (std::size_t k = 0; k < c.series.size(); ++k) {
      const double v = value_at(c.series[k], i);
      if (v <= 0) {
        continue;
      }
      const double y_top = f.y(below + v);
      body += fmt::format(R"~(<rect x="{}" y="{}" width="{}" height="{}" fill="url(#{}-f{})" stroke="#000" )~"
                          R"~(stroke-width="0.6"/>)~",
                          num(x), num(y_top), num(bar_w), num(f.y(below) - y_top), escape(c.id), k);
      below += v;
    }
    body += fmt::format(R"~(<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>)~",
                        num(f.x_center(i)), num(f.y(totals[i]) - 4), escape(value_text(totals[i], c.whole_numbers)));
  }
  double height = f.top + f.plot_h + f.labels_h;
  if (c.series.size() > 1) {
    double legend_h = 0;
    body += legend(c, height + 8, legend_h, [&](std::size_t k, double x, double y) {
      return fmt::format(R"~(<rect x="{}" y="{}" width="22" height="11" fill="url(#{}-f{})" stroke="#000" )~"
                         R"~(stroke-width="0.6"/>)~",
                         num(x), num(y - 6), escape(c.id), k);
    });
    height += 8 + legend_h;
  }
  return figure(c, height + 4, body);
}

namespace {

// Series k's marker at (x, y): circle, square, triangle, diamond, cross, filled or open.
std::string marker(std::size_t k, double x, double y)
{
  const char* fill = k % 2 == 0 ? "#000" : "#fff";
  switch (k % 5) {
  case 0:
    return fmt::format(R"~(<circle cx="{}" cy="{}" r="3.2" fill="{}" stroke="#000"/>)~", num(x), num(y), fill);
  case 1:
    return fmt::format(R"~(<rect x="{}" y="{}" width="6" height="6" fill="{}" stroke="#000"/>)~", num(x - 3),
                       num(y - 3), fill);
  case 2:
    return fmt::format(R"~(<path d="M{},{} l3.6,6.2 h-7.2 z" fill="{}" stroke="#000"/>)~", num(x), num(y - 4), fill);
  case 3:
    return fmt::format(R"~(<path d="M{},{} l4,4 l-4,4 l-4,-4 z" fill="{}" stroke="#000"/>)~", num(x), num(y - 4), fill);
  default:
    return fmt::format(R"~(<path d="M{},{} l7,7 M{},{} l-7,7" stroke="#000" stroke-width="1.4"/>)~", num(x - 3.5),
                       num(y - 3.5), num(x + 3.5), num(y - 3.5));
  }
}

} // namespace

std::string line_chart(const Chart& c)
{
  double largest = 0;
  for (const auto& s : c.series) {
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
      largest = std::max(largest, value_at(s, i));
    }
  }
  // Room on the right for the end values.
  double end_w = 0;
  for (const auto& s : c.series) {
    if (!c.categories.empty()) {
      end_w = std::max(end_w, text_width(value_text(value_at(s, c.categories.size() - 1), c.whole_numbers)));
    }
  }
  Frame f = make_frame(c, largest);
  f.plot_w -= end_w + 8;
  f.slot = f.plot_w / static_cast<double>(std::max<std::size_t>(1, c.categories.size()));
  std::string body = axes(c, f);
  // End labels, nudged apart so that lines ending close together keep readable values.
  std::vector<std::pair<double, std::size_t>> ends;
  for (std::size_t k = 0; k < c.series.size(); ++k) {
    std::string points;
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
      points += fmt::format("{}{},{}", i ? " " : "", num(f.x_center(i)), num(f.y(value_at(c.series[k], i))));
    }
    body += fmt::format(R"~(<polyline points="{}" fill="none" stroke="#000" stroke-width="1.5"{}/>)~", points,
                        *k_dashes[k % k_dashes.size()]
                            ? fmt::format(R"~( stroke-dasharray="{}")~", k_dashes[k % k_dashes.size()])
                            : std::string());
    for (std::size_t i = 0; i < c.categories.size(); ++i) {
      body += marker(k, f.x_center(i), f.y(value_at(c.series[k], i)));
    }
    if (!c.categories.empty()) {
      ends.emplace_back(f.y(value_at(c.series[k], c.categories.size() - 1)), k);
    }
  }
  std::sort(ends.begin(), ends.end());
  double last_y = -1e9;
  for (auto& [y, k] : ends) {
    y = std::max(y + 4, last_y + 12);
    last_y = y;
    body += fmt::format(R"~(<text x="{}" y="{}">{}</text>)~", num(f.x_center(c.categories.size() - 1) + 8), num(y),
                        escape(value_text(value_at(c.series[k], c.categories.size() - 1), c.whole_numbers)));
  }
  double height = f.top + f.plot_h + f.labels_h;
  double legend_h = 0;
  body += legend(c, height + 8, legend_h, [&](std::size_t k, double x, double y) {
    const char* dash = k_dashes[k % k_dashes.size()];
    return fmt::format(R"~(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#000" stroke-width="1.5"{}/>)~", num(x),
                       num(y), num(x + 24), num(y), *dash ? fmt::format(R"~( stroke-dasharray="{}")~", dash) : "")
           + marker(k, x + 12, y);
  });
  height += 8 + legend_h;
  return figure(c, std::max(height + 4, last_y + 6), body);
}

} // namespace czs::html
