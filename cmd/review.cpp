#include "review.hpp"

#include "i18n/translate.hpp"

#include <CLI/CLI.hpp>

namespace czs::cli {

void add_review(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* review = app.add_subcommand(
      "review", tr("quarterly callbacks (Art. 14.2), post moderation and daily platform activity (Art. 12), credit "
                   "incidents (Art. 14.3)"));
  review->require_subcommand(1);
  add_review_callback(*review, ctx, chosen);
  add_review_post(*review, ctx, chosen);
  add_review_credit(*review, ctx, chosen);
  add_review_login(*review, ctx, chosen);
}

} // namespace czs::cli
