#pragma once

#include <string>
#include <vector>

// Charts as inline SVG for printed reports: black and white first (series told apart by
// hatching, dashes and marker shapes, never by colour alone), axes with labelled ticks from
// zero, and the values written on the chart, so a photocopy still reads.
namespace czs::html {

// One named row of values, one value per category (missing values count as zero).
struct Series
{
  std::string name;
  std::vector<double> values;
};

struct Chart
{
  std::string id;          // unique within the document (prefixes the SVG's pattern ids)
  std::string title;       // the figure's caption
  std::string value_label; // what the value axis counts ("records", "stations")
  std::vector<std::string> categories;
  std::vector<Series> series;
  bool whole_numbers = true; // counts: no fractional ticks
  int width = 680;           // in CSS pixels; the SVG scales to the page width
  int plot_height = 170;     // the plotting area's height
};

// A <figure> with the chart as stacked bars, one bar per category, each series a segment with
// its own fill, each bar's total written above it, and a legend (omitted for a single series).
std::string bar_chart(const Chart& chart);

// A <figure> with one line per series over the categories (time, left to right), each with its
// own dash pattern and marker, each line's last value written at its end, and a legend.
std::string line_chart(const Chart& chart);

} // namespace czs::html
