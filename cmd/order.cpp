#include "order.hpp"

#include "i18n/translate.hpp"

#include <CLI/CLI.hpp>

namespace czs::cli {

void add_order(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* order = app.add_subcommand(
      "order", tr("proxy purchases, proxy sales, convenience services and disputes through their lifecycles"));
  order->require_subcommand(1);
  // The children are built only when `order` is the command given: every czstation command
  // pays for the command-line objects it builds at start-up.
  order->preparse_callback([order, &ctx, &chosen](std::size_t) {
    add_order_purchase(*order, ctx, chosen);
    add_order_sale(*order, ctx, chosen);
    add_order_service(*order, ctx, chosen);
    add_order_dispute(*order, ctx, chosen);
    add_order_list(*order, ctx, chosen);
  });
}

} // namespace czs::cli
