#pragma once

#include "oversight/post.hpp"
#include "period/date.hpp"

#include <optional>
#include <string>

namespace czs::audit {
class AuditedTransaction;
}

// A post's decision (Art. 9, 12) as a file carries it: the columns status, decided_on,
// decided_by, reason and ground that `review post list` exports, read back by `review post
// import` and recorded through approve_post / reject_post, as the review commands record it.
namespace czs::oversight {

// The cells of a row's decision columns, as read (empty when the file lacks the column), each
// with the heading the file gives it, which messages name.
struct DecisionCells
{
  struct Cell
  {
    std::string heading; // as the file names the column ("status", "审核日期")
    std::string value;
  };
  Cell status;
  Cell decided_on;
  Cell decided_by;
  Cell reason;
  Cell ground;
};

// A decision recorded on a post.
struct RecordedDecision
{
  PostStatus status = PostStatus::approved; // approved or rejected
  std::string decided_on;                   // YYYY-MM-DD
  std::string decided_by;                   // who decided; the importing clerk when the file does not say
  bool by_given = false;                    // the file named who decided
  std::string reason;                       // a rejection's reason (required); empty for an approval
  std::optional<RejectionGround> ground;    // a rejection's ground (violation when the file leaves it empty)
};

// The decision of a post submitted on `submitted_on` as the cells give it: nullopt for a post
// still undecided (status empty or submitted / 已提交, every other decision cell empty). A
// status is its key or the word a table prints in either language (approved, 已通过, 未通过); a
// date any form text::input_date reads, on or after the submission and not after `today`; a
// ground its key or its label in either language, violation when empty. `actor` decides when
// decided_by is empty. Throws czs::Error(bad_data) naming the column as the file heads it, the
// value (non-printing characters made visible) and the accepted form: an unknown status or
// ground, a decision without its date, a date before the submission or after today, a rejection
// without a reason, an approval with a reason or ground, an undecided post with a decision cell.
std::optional<RecordedDecision> read_decision(const DecisionCells& cells, const std::string& submitted_on, Date today,
                                              const std::string& actor);

// Records the decision on an undecided post, through approve_post or reject_post within `tx`
// (its audit entry gets the post's new image). Throws as they do.
void replay_decision(audit::AuditedTransaction& tx, Post& post, const RecordedDecision& decision);

// Whether `post` already holds this decision: the same status, date, reason and ground, and
// the same reviewer when the file named one.
bool holds_decision(const Post& post, const RecordedDecision& decision);

} // namespace czs::oversight
