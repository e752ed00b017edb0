// The formulas behind the function table's catalog rows (card section 7). Arguments are already
// checked by validate() (text where the card wants text, numbers in their domains); these check
// what only the catalog can: keywords, dates, model names, and the prices a model has.
#pragma once

#include <span>

#include "llmcost/catalog.hpp"
#include "llmcost/registry.hpp"

namespace llmcost::catalog_fn {

using Args = std::span<const Value>;

Outcome model_rate(Args a, const Catalog& c);     // (model, kind [, priced_at])
Outcome usage_cost(Args a, const Catalog& c);     // (model, convention, input, output [, ...])
Outcome bucket_cost(Args a, const Catalog& c);    // (model, convention, context_window, input, ...)
Outcome model_resolve(Args a, const Catalog& c);  // (model [, priced_at]) -> "provider/id" or none
Outcome catalog_info(Args a, const Catalog& c);   // () -> JSON text
Outcome version(Args a);                          // () -> "0.1.0"

}  // namespace llmcost::catalog_fn
