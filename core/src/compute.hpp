// The formulas behind the function table (function_table.cpp). Each takes arguments already checked
// by validate(), in the card's order, with missing optionals read through arg_or().
#pragma once

#include <span>

#include "llmcost/registry.hpp"

namespace llmcost::compute {

using Args = std::span<const Value>;

// The per-M rate of the engineered prompt: input_rate, or the cached rate when the caching group
// (cache_read_rate, hit_rate [, write_multiplier]) starting at index `read` is given.
double prompt_rate(Args a, std::size_t input, std::size_t read);

Outcome token_cost(Args a);
Outcome cached_input_rate(Args a);
Outcome request_cost(Args a);
Outcome prompt_overhead_cost(Args a);
Outcome pe_monthly_cost(Args a);
Outcome ft_monthly_cost(Args a);
Outcome amortized_cost(Args a);
Outcome breakeven_months(Args a);
Outcome breakeven_requests(Args a);
Outcome breakeven_prompt_tokens(Args a);
Outcome breakeven_hit_rate(Args a);
Outcome expected_attempts(Args a);
Outcome cost_per_success(Args a);
Outcome selfhost_rate(Args a);

}  // namespace llmcost::compute
