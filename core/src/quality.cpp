// Card section 5: quality (retries) and self-hosting.
#include <cmath>

#include "compute.hpp"

namespace llmcost::compute {

// (success_rate [, max_attempts]): 1/p; with at most k attempts (1 - (1-p)^k) / p, computed as
// -expm1(k log1p(-p)) / p to stay exact for small p.
Outcome expected_attempts(Args a) {
  const double p = a[0].number;
  if (!given(a, 1)) return Outcome::of(1.0 / p);
  const double k = a[1].number;
  if (p == 1) return Outcome::of(1.0);
  return Outcome::of(-std::expm1(k * std::log1p(-p)) / p);
}

// (cost_per_attempt, success_rate): cost / p
Outcome cost_per_success(Args a) { return Outcome::of(a[0].number / a[1].number); }

// (gpu_hourly_cost, tokens_per_second [, utilization]): hourly / (tps x 3600 x u) x 1e6
Outcome selfhost_rate(Args a) {
  const double tokens_per_hour = a[1].number * 3600.0 * arg_or(a, 2, 1.0);
  return Outcome::of(a[0].number / tokens_per_hour * 1e6);
}

}  // namespace llmcost::compute
