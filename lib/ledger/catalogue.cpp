#include "ledger/catalogue.hpp"

#include "i18n/chinese_lookup.hpp"
#include "i18n/translate.hpp"
#include "text/input_fields.hpp"

#include <array>

namespace czs::ledger {

namespace {

constexpr std::array k_service_kinds{
    Choice{"water", "水费", N_("water bill")},
    Choice{"electricity", "电费", N_("electricity bill")},
    Choice{"broadband", "宽带", N_("broadband bill")},
    Choice{"phone", "话费", N_("phone bill")},
    Choice{"finance", "金融", N_("rural finance")},
    Choice{"ticket", "票务", N_("ticket booking")},
    Choice{"hotel", "酒店", N_("hotel booking")},
    Choice{"medical", "挂号", N_("medical appointment")},
    Choice{"information", "信息", N_("local information")},
};
constexpr std::array k_sale_categories{
    Choice{"farm", "农产品", N_("farm product")},
    Choice{"sideline", "副产品", N_("sideline product")},
    Choice{"specialty", "特产", N_("local specialty")},
    Choice{"tourism", "旅游", N_("tourism resource")},
};
constexpr std::array k_dispute_kinds{
    Choice{"counterfeit", "假冒", N_("counterfeit goods")},
    Choice{"spoiled", "变质", N_("spoiled goods")},
    Choice{"damaged", "损坏", N_("damaged goods")},
    Choice{"late", "延误", N_("late delivery")},
    Choice{"other", "其他", N_("other")},
};

} // namespace

std::span<const Choice> service_kinds()
{
  return k_service_kinds;
}
std::span<const Choice> sale_categories()
{
  return k_sale_categories;
}
std::span<const Choice> dispute_kinds()
{
  return k_dispute_kinds;
}

std::optional<std::string> parse_choice(std::span<const Choice> choices, std::string_view raw)
{
  for (const auto& c : choices) {
    if (c.name == raw || c.chinese == raw) {
      return std::string(c.name);
    }
  }
  // As typed: trimmed, full-width folded, or the label a table prints in either language
  // (预约挂号, "medical appointment").
  const std::string text = text::input_word(raw);
  if (text.empty()) {
    return std::nullopt;
  }
  for (const auto& c : choices) {
    // Never in_both_languages here: the import's reading thread parses rows while the main
    // thread writes, and switching the language is not for two threads.
    if (c.name == text || c.chinese == text || tr_chinese(c.label) == text || text::input_word(c.label) == text) {
      return std::string(c.name);
    }
  }
  return std::nullopt;
}

std::string choice_label(std::span<const Choice> choices, std::string_view name)
{
  for (const auto& c : choices) {
    if (c.name == name) {
      return tr(c.label);
    }
  }
  return std::string(name);
}

std::string choice_list(std::span<const Choice> choices)
{
  std::string list;
  for (const auto& c : choices) {
    list += (list.empty() ? "" : ", ") + std::string(c.name) + " (" + std::string(c.chinese) + ")";
  }
  return list;
}

} // namespace czs::ledger
