#pragma once

#include "command.hpp"

namespace CLI {
class App;
}

namespace czs::cli {

// `czstation order`: proxy purchases, proxy sales, convenience services and disputes through
// their lifecycles (Art. 4, 5, 8), with list and show. Purchases are in order_purchase.cpp,
// sales and services in order_sale.cpp, disputes in order_dispute.cpp, list and show in
// order_list.cpp.
void add_order(CLI::App& app, Context& ctx, Action& chosen);

void add_order_purchase(CLI::App& order, Context& ctx, Action& chosen);
void add_order_sale(CLI::App& order, Context& ctx, Action& chosen);
void add_order_service(CLI::App& order, Context& ctx, Action& chosen);
void add_order_dispute(CLI::App& order, Context& ctx, Action& chosen);
void add_order_list(CLI::App& order, Context& ctx, Action& chosen);

} // namespace czs::cli
