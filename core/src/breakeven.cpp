// Card section 4: break-even in months, requests, prompt tokens and cache hit rate.
#include <cmath>

#include "compute.hpp"

namespace llmcost::compute {

constexpr double kPerM = 1e6;
// Sums of products of two doubles are formed in long double (exponent range to 1e4932), so that an
// intermediate step never overflows to inf or underflows to 0 where the answer itself is finite:
// (I x in + P x in) - I x ft_in stays > 0 even with 1e200-sized terms.
using Wide = long double;

// (one_time_cost, monthly_savings [, discount_rate [, growth_rate]])
// Present value of the savings after n months, S growing by g and discounted by d:
//   PV(n) = S/(1+d) x (1 - q^n) / (1 - q),  q = (1+g)/(1+d).  Solving PV(n) = C:
//   n = log1p(C (g - d) / S) / log1p((g - d) / (1 + d))   (exact near q = 1, unlike ln/ln)
//   n = C (1 + d) / S                                      when g = d (q = 1).
Outcome breakeven_months(Args a) {
  const double c = a[0].number, s = a[1].number;
  const double d = arg_or(a, 2, 0.0), g = arg_or(a, 3, 0.0);
  if (c == 0) return Outcome::of(0.0);
  if (s <= 0) return Outcome::nothing();
  const double r = g - d;
  if (r == 0) return Outcome::of(c * (1 + d) / s);
  const double x = c * r / s;
  if (!(1 + x > 0)) return Outcome::nothing();  // the savings' present value never reaches C
  // x = +inf only when C (g - d) / S overflows; then log1p(x) = log C + log(g - d) - log S.
  const double log_1px = std::isinf(x) ? std::log(c) + std::log(r) - std::log(s) : std::log1p(x);
  return Outcome::of(log_1px / std::log1p(r / (1 + d)));
}

// (task_tokens, prompt_tokens, output_tokens, input_rate, output_rate, ft_input_rate,
//  ft_output_rate, one_time_cost, amortize_months [, fixed_monthly [, cache_read_rate, hit_rate
//  [, write_multiplier]]])
// R* = (C/M + fixed) x 1e6 / ((I x in + P x rate + O x out) - (I x ft_in + O x ft_out))
Outcome breakeven_requests(Args a) {
  const Wide i = a[0].number, p = a[1].number, o = a[2].number;
  const Wide numerator = (Wide{a[7].number} / a[8].number + arg_or(a, 9, 0.0)) * kPerM;
  const Wide prompting = i * a[3].number + p * prompt_rate(a, 3, 10) + o * a[4].number;
  const Wide fine_tuned = i * a[5].number + o * a[6].number;
  const Wide denominator = prompting - fine_tuned;
  if (!(denominator > 0)) return Outcome::nothing();  // the fine-tune is never cheaper per request
  if (numerator == 0) return Outcome::of(0.0);
  return Outcome::of(static_cast<double>(numerator / denominator));
}

// (requests, input_rate, one_time_cost, amortize_months [, cache_read_rate, hit_rate
//  [, write_multiplier]])
// P* = (C/M) x 1e6 / (R x rate); if R x rate = 0: 0 when C = 0, else none.
Outcome breakeven_prompt_tokens(Args a) {
  const Wide per_token = Wide{a[0].number} * prompt_rate(a, 1, 4);
  const double c = a[2].number;
  if (per_token == 0) return c == 0 ? Outcome::of(0.0) : Outcome::nothing();
  return Outcome::of(static_cast<double>(Wide{c} / a[3].number * kPerM / per_token));
}

// (requests, prompt_tokens, input_rate, cache_read_rate, one_time_cost, amortize_months
//  [, write_multiplier])
// h* = (in x w - t) / (in x w - read), t = A x 1e6 / (R x P), A = C / M.
Outcome breakeven_hit_rate(Args a) {
  const Wide volume = Wide{a[0].number} * a[1].number;  // R x P prompt tokens a month
  if (volume == 0) return Outcome::of(0.0);
  const Wide miss_rate = Wide{a[2].number} * arg_or(a, 6, 1.0);  // in x w
  const Wide t = Wide{a[4].number} / a[5].number * kPerM / volume;
  const Wide spread = miss_rate - a[3].number;
  if (!(spread > 0)) return t >= miss_rate ? Outcome::of(0.0) : Outcome::nothing();
  const Wide h = (miss_rate - t) / spread;
  if (h <= 0) return Outcome::of(0.0);
  if (h > 1) return Outcome::nothing();
  return Outcome::of(static_cast<double>(h));
}

}  // namespace llmcost::compute
