#include "stations/station.hpp"
#include "stations/status_words.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/input_fields.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

namespace czs::stations {

namespace {

struct StatusName
{
  Status status;
  std::string_view name;
  std::string_view chinese; // what status_label prints in Chinese (po/zh_CN.po), also accepted
};

constexpr std::array<StatusName, 5> k_statuses{{
    {Status::applied, "applied", "已申请"},
    {Status::open, "open", "已开业"},
    {Status::rectifying, "rectifying", "整改中"},
    {Status::closing, "closing", "退出中"},
    {Status::closed, "closed", "已关闭"},
}};

struct PremisesName
{
  Premises premises;
  std::string_view name;
  std::string_view chinese;
  std::string_view label; // what premises_label prints in Chinese, when it differs
};

constexpr std::array<PremisesName, 3> k_premises{{
    {Premises::village_office, "village_office", "村部", "村部"},
    {Premises::convenience_store, "convenience_store", "便民超市", "便民超市"},
    {Premises::other, "other", "其他", "其他场所"},
}};

} // namespace

std::string_view to_string(Status status)
{
  for (const auto& s : k_statuses) {
    if (s.status == status) {
      return s.name;
    }
  }
  return "applied";
}

std::optional<Status> parse_status(std::string_view raw)
{
  const std::string text = text::input_word(raw);
  for (const auto& s : k_statuses) {
    if (s.name == text || s.chinese == text) {
      return s.status;
    }
  }
  return std::nullopt;
}

std::string status_list()
{
  std::string list;
  for (const auto& s : k_statuses) {
    list += fmt::format("{}{} ({})", list.empty() ? "" : ", ", s.name, s.chinese);
  }
  return list;
}

const char* status_label(Status status)
{
  switch (status) {
  case Status::applied:
    return tr("applied");
  case Status::open:
    return tr("open");
  case Status::rectifying:
    return tr("rectifying");
  case Status::closing:
    return tr("closing");
  case Status::closed:
    return tr("closed");
  }
  return "";
}

std::string_view to_string(Premises premises)
{
  for (const auto& p : k_premises) {
    if (p.premises == premises) {
      return p.name;
    }
  }
  return "other";
}

std::optional<Premises> parse_premises(std::string_view raw)
{
  const std::string text = text::input_word(raw);
  for (const auto& p : k_premises) {
    if (p.name == text || p.chinese == text || p.label == text) {
      return p.premises;
    }
  }
  return std::nullopt;
}

const char* premises_label(Premises premises)
{
  switch (premises) {
  case Premises::village_office:
    return tr("village office");
  case Premises::convenience_store:
    return tr("convenience store");
  case Premises::other:
    return tr("other premises");
  }
  return "";
}

bool is_operating(Status status)
{
  return status == Status::open || status == Status::rectifying;
}

void require_takes_registration_records(const Station& s)
{
  if (s.status == Status::closing || s.status == Status::closed) {
    throw Error(ErrorKind::bad_data, trf("station {} is {}; it takes no new records", s.code, status_label(s.status)),
                tr("see the station with czstation register show CODE"));
  }
}

std::string exit_refusal(const Station& s, const std::string& day)
{
  if (s.exit_decided_on.empty() || day < s.exit_decided_on) {
    return {};
  }
  return trf("station {} is {}: its exit was decided on {}, so it takes no new records dated from then; it only "
             "finishes pickups, returns and refunds of goods already at the station (Art. 14)",
             s.code, status_label(s.status), s.exit_decided_on);
}

void require_not_closed(const Station& s)
{
  if (s.status == Status::closed) {
    throw Error(ErrorKind::bad_data,
                trf("station {} is closed (on {}); its records are kept as they were", s.code, s.closed_on));
  }
}

} // namespace czs::stations
