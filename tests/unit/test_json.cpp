#include "text/json.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace czs;

TEST_SUITE("text")
{
  TEST_CASE("JsonWriter: a document flushed in pieces is the document built whole")
  {
    auto build = [](text::JsonWriter& j, std::ostringstream* out) {
      j.begin_object().key("findings").begin_array();
      for (int i = 0; i < 3; ++i) {
        j.begin_object().key("station").value("CN-KD-001").key("n").value(i).key("ok").value(i == 1).end_object();
        if (out) {
          j.flush_to(*out); // between elements: the next one still gets its comma
        }
      }
      j.end_array().key("note").value("卓玛 \"quoted\"").key("none").null().end_object();
    };
    text::JsonWriter whole;
    build(whole, nullptr);
    text::JsonWriter pieces;
    std::ostringstream out;
    build(pieces, &out);
    pieces.flush_to(out);
    CHECK(out.str() == whole.str());
    CHECK(pieces.str().empty());
    CHECK(whole.str()
          == R"({"findings":[{"station":"CN-KD-001","n":0,"ok":false},{"station":"CN-KD-001","n":1,"ok":true},)"
             R"({"station":"CN-KD-001","n":2,"ok":false}],"note":"卓玛 \"quoted\"","none":null})");
  }
}
