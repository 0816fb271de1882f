#include "ledger/words.hpp"

#include "i18n/translate.hpp"
#include "text/input_fields.hpp"

namespace czs::ledger {

namespace {

constexpr Choice k_statuses[] = {
    {"requested", "已登记", nullptr},  {"ordered", "已下单", nullptr},   {"arrived", "已到货", nullptr},
    {"notified", "已通知", nullptr},   {"picked_up", "已取货", nullptr}, {"exchanging", "换货中", nullptr},
    {"returned", "已退回", nullptr},   {"cancelled", "已取消", nullptr}, {"recommended", "已推荐", nullptr},
    {"in_contact", "洽谈中", nullptr}, {"listed", "已上架", nullptr},    {"sold", "已售出", nullptr},
    {"withdrawn", "已下架", nullptr},  {"done", "已办结", nullptr},      {"accepted", "已收寄", nullptr},
    {"dispatched", "已发出", nullptr}, {"open", "待处理", nullptr},      {"negotiating", "协商中", nullptr},
    {"referred", "已移交", nullptr},   {"resolved", "已解决", nullptr},
};

// The steps of a history that are not statuses a record rests in.
constexpr Choice k_history_steps[] = {
    {"exchanged", "已换货", nullptr},
    {"dispute_opened", "纠纷受理", nullptr},
    {"dispute_negotiating", "纠纷协商", nullptr},
    {"dispute_referred", "纠纷移交", nullptr},
    {"dispute_resolved", "纠纷解决", nullptr},
    {"sold_again", "再次售出", nullptr},
    {"delisted", "已停售", nullptr},
};

constexpr Choice k_kinds[] = {
    {"purchase", "代购", nullptr},
    {"sale", "代销", nullptr},
    {"service", "便民服务", nullptr},
    {"dispute", "纠纷", nullptr},
};

constexpr Choice k_directions[] = {
    {"in", "到件", nullptr},
    {"out", "寄件", nullptr},
};

constexpr Choice k_ledger_kinds[] = {
    {"purchase", "代购", nullptr},  {"sale", "代销", nullptr},       {"service", "便民服务", nullptr},
    {"parcel_in", "到件", nullptr}, {"parcel_out", "寄件", nullptr}, {"total", "合计", nullptr},
};

constexpr Choice k_period_kinds[] = {
    {"month", "月度", nullptr},
    {"quarter", "季度", nullptr},
};

constexpr Choice k_levels[] = {
    {"station", "服务站", nullptr},
    {"township", "乡镇", nullptr},
    {"county", "全县", nullptr},
    {"batch", "建设批次", nullptr},
};

// Art. 4.1: what an outreach activity was (lib/ledger/outreach.hpp).
constexpr Choice k_outreach_kinds[] = {
    {"publicity", "宣传", nullptr},
    {"training", "培训", nullptr},
    {"online_safety", "网络安全讲座", nullptr},
};

} // namespace

std::span<const Choice> ledger_kind_words()
{
  return k_ledger_kinds;
}

std::span<const Choice> report_levels()
{
  return k_levels;
}

std::span<const Choice> outreach_kinds()
{
  return k_outreach_kinds;
}

std::span<const Choice> record_statuses()
{
  return k_statuses;
}

std::string history_step_for_people(std::string_view step)
{
  for (const auto& w : k_history_steps) {
    if (w.name == step) {
      return word_for_people(k_history_steps, step);
    }
  }
  return word_for_people(k_statuses, step);
}

std::span<const Choice> period_kinds()
{
  return k_period_kinds;
}

std::span<const Choice> record_kinds()
{
  return k_kinds;
}

std::span<const Choice> parcel_directions()
{
  return k_directions;
}

std::optional<std::string> parse_word(std::span<const Choice> words, std::string_view text)
{
  const std::string folded = text::input_word(text);
  for (const auto& w : words) {
    if (w.name == folded || w.chinese == folded) {
      return std::string(w.name);
    }
  }
  return std::nullopt;
}

std::string word_for_people(std::span<const Choice> words, std::string_view key)
{
  if (current_language() == Language::zh) {
    for (const auto& w : words) {
      if (w.name == key) {
        return std::string(w.chinese);
      }
    }
  }
  return std::string(key);
}

} // namespace czs::ledger
