#include "oversight/post_decision.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

namespace czs::oversight {

namespace {

[[noreturn]] void refuse(const std::string& message, const std::string& hint)
{
  throw Error(ErrorKind::bad_data, message, hint);
}

// An undecided post (status empty or submitted) carries no decision: a cell of one is refused
// rather than dropped, since the file would then not come back as it was.
void require_no_decision(const DecisionCells& c)
{
  for (const DecisionCells::Cell* cell : {&c.decided_on, &c.decided_by, &c.reason, &c.ground}) {
    if (!cell->value.empty()) {
      refuse(c.status.value.empty()
                 ? trf("{}: '{}' is given, but {} is empty: the post is not decided", cell->heading,
                       text::shown_value(cell->value), c.status.heading)
                 : trf("{}: '{}' is given, but {} is '{}': the post is not decided", cell->heading,
                       text::shown_value(cell->value), c.status.heading, text::shown_value(c.status.value)),
             tr("give the status approved (已通过) or rejected (未通过) with a decision, or leave the decision's "
                "columns empty"));
    }
  }
}

std::string decision_date(const DecisionCells::Cell& cell, const std::string& submitted_on, Date today)
{
  if (cell.value.empty()) {
    refuse(trf("{}: a decided post needs the date of its decision, and it is empty", cell.heading),
           tr("give the day it was approved or rejected, year first: 2026-03-05, 2026/3/5 or 2026年3月5日"));
  }
  const auto date = text::input_date(cell.value);
  if (!date) {
    refuse(trf("{}: {}", cell.heading, date.error()),
           tr("give the day it was approved or rejected, year first: 2026-03-05, 2026/3/5 or 2026年3月5日"));
  }
  const std::string day = to_string(*date);
  if (day < submitted_on) {
    refuse(trf("{}: the decision on {} is before the post was submitted on {}", cell.heading, day, submitted_on),
           tr("give the date of the decision, on or after the submission"));
  }
  if (*date > today) {
    refuse(trf("{}: the decision is dated {}, after today ({})", cell.heading, day, to_string(today)),
           tr("check the date of the decision; use --as-of to set a different today"));
  }
  return day;
}

void read_rejection(const DecisionCells& c, RecordedDecision& d)
{
  const auto reason = text::input_note(c.reason.value, c.reason.heading.c_str(), 500, false);
  if (!reason) {
    refuse(reason.error(), tr("write the reason as text, at most 500 characters"));
  }
  if (reason->empty()) {
    refuse(trf("{}: a rejected post needs the reason it was rejected for, and it is empty", c.reason.heading),
           tr("say which law or trade rule it breaks, or what is untrue or not standard (Art. 9, 12)"));
  }
  d.reason = *reason;
  d.ground = RejectionGround::violation; // as review post reject records it without --ground
  if (!c.ground.value.empty()) {
    d.ground = parse_rejection_ground(c.ground.value);
    if (!d.ground) {
      refuse(trf("{}: unknown ground '{}'", c.ground.heading, text::shown_value(c.ground.value)),
             trf("use one of: {}", rejection_ground_list()));
    }
  }
}

} // namespace

std::optional<RecordedDecision> read_decision(const DecisionCells& c, const std::string& submitted_on, Date today,
                                              const std::string& actor)
{
  std::optional<PostStatus> status = PostStatus::submitted;
  if (!c.status.value.empty()) {
    status = parse_post_status(c.status.value);
    if (!status) {
      refuse(trf("{}: unknown status '{}'", c.status.heading, text::shown_value(c.status.value)),
             tr("use submitted (已提交), approved (已通过) or rejected (未通过)"));
    }
  }
  if (*status == PostStatus::submitted) {
    require_no_decision(c);
    return std::nullopt;
  }
  RecordedDecision d;
  d.status = *status;
  d.decided_on = decision_date(c.decided_on, submitted_on, today);
  const auto by = text::input_text(c.decided_by.value, c.decided_by.heading.c_str(), 50, false);
  if (!by) {
    refuse(by.error(), tr("give who decided as a name, at most 50 characters, or leave it empty for yourself"));
  }
  d.by_given = !by->empty();
  d.decided_by = d.by_given ? *by : actor;
  if (d.status == PostStatus::rejected) {
    read_rejection(c, d);
    return d;
  }
  for (const DecisionCells::Cell* cell : {&c.reason, &c.ground}) {
    if (!cell->value.empty()) {
      refuse(trf("{}: '{}' is given, but an approved post has no reason or ground", cell->heading,
                 text::shown_value(cell->value)),
             tr("leave the column empty for an approved post, or give the status rejected (未通过)"));
    }
  }
  return d;
}

void replay_decision(audit::AuditedTransaction& tx, Post& post, const RecordedDecision& d)
{
  if (d.status == PostStatus::rejected) {
    reject_post(tx, post, d.decided_on, d.decided_by, d.reason, d.ground.value_or(RejectionGround::violation));
  } else {
    approve_post(tx, post, d.decided_on, d.decided_by);
  }
}

bool holds_decision(const Post& p, const RecordedDecision& d)
{
  return p.status == d.status && p.decided_on == d.decided_on && p.reason == d.reason && p.ground == d.ground
         && (!d.by_given || p.decided_by == d.decided_by);
}

} // namespace czs::oversight
