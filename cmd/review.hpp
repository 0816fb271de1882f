#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation review`: quarterly callbacks (Art. 14.2) in review_callback.cpp, post moderation
// (Art. 12) in review_post.cpp and credit incidents (Art. 14.3) in review_credit.cpp.
void add_review(CLI::App& app, Context& ctx, Action& chosen);

void add_review_callback(CLI::App& review, Context& ctx, Action& chosen);
void add_review_post(CLI::App& review, Context& ctx, Action& chosen);
void add_review_credit(CLI::App& review, Context& ctx, Action& chosen);
// Daily activity on the content platform (Art. 12), in review_login.cpp.
void add_review_login(CLI::App& review, Context& ctx, Action& chosen);

} // namespace czs::cli
