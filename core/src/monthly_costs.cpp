// Card section 3: the seed's monthly cost curves.
#include "compute.hpp"

namespace llmcost::compute {

constexpr double kPerM = 1e6;

// (requests, prompt_tokens, input_rate [, cache_read_rate, hit_rate [, write_multiplier]])
// R x P x rate / 1e6
Outcome prompt_overhead_cost(Args a) {
  return Outcome::of(a[0].number * a[1].number * prompt_rate(a, 2, 3) / kPerM);
}

// (requests, task_tokens, prompt_tokens, output_tokens, input_rate, output_rate
//  [, cache_read_rate, hit_rate [, write_multiplier]])
// R x (I x in + P x rate + O x out) / 1e6
Outcome pe_monthly_cost(Args a) {
  const double per_request =
      a[1].number * a[4].number + a[2].number * prompt_rate(a, 4, 6) + a[3].number * a[5].number;
  return Outcome::of(a[0].number * per_request / kPerM);
}

// (requests, task_tokens, output_tokens, ft_input_rate, ft_output_rate, one_time_cost,
//  amortize_months [, fixed_monthly])
// C / M + fixed + R x (I x ft_in + O x ft_out) / 1e6
Outcome ft_monthly_cost(Args a) {
  const double per_request = a[1].number * a[3].number + a[2].number * a[4].number;
  return Outcome::of(a[5].number / a[6].number + arg_or(a, 7, 0.0) +
                     a[0].number * per_request / kPerM);
}

// (one_time_cost, months): C / M
Outcome amortized_cost(Args a) { return Outcome::of(a[0].number / a[1].number); }

}  // namespace llmcost::compute
