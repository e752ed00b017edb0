// The cost model of the function card, sections 2 to 6, as typed C++ calls.
//
// Units: token rates are currency per 1,000,000 tokens ("per M"); token counts are per request (may
// be fractional averages); requests are per month; money is in the rates' currency; hit, success
// and utilization rates are fractions; discount and growth rates are per month, like NPER's rate.
//
// Every call is checked against the card's argument domains (registry.hpp) before its formula runs,
// and answers an Outcome: a number, none, or invalid naming the argument. A result that is not
// finite is invalid with argument "result". Optional arguments are std::optional: nullopt takes the
// default. Option groups ([cache_read_rate, hit_rate [, write_multiplier]]) are all-or-nothing:
// giving part of a group is invalid, naming the missing argument.
#pragma once

#include <optional>

#include "llmcost/outcome.hpp"

namespace llmcost {

using opt = std::optional<double>;

// ---- Building blocks (card section 2) ----

// token_cost = tokens x rate / 1e6.  Never none.  Invalid: either argument < 0 or not finite.
Outcome token_cost(double tokens, double rate);

// cached_input_rate = hit x read + (1 - hit) x input x write_multiplier (per M): the effective rate
// of a cached prompt prefix.  write_multiplier defaults to 1 (no write premium).  Never none.
// Invalid: rates < 0, hit_rate outside [0, 1], write_multiplier < 1.
Outcome cached_input_rate(double input_rate, double cache_read_rate, double hit_rate,
                          opt write_multiplier = {});

// request_cost = (uncached x input + cached x read + written x write + output x output_rate) / 1e6,
// uncached = input_tokens - cached_tokens - cache_write_tokens (input_tokens counts ALL prompt
// tokens).  Groups: (cached_tokens, cache_read_rate), then (cache_write_tokens, cache_write_rate).
// Never none.  Invalid: negatives; uncached < 0 (names cached_tokens or cache_write_tokens).
Outcome request_cost(double input_tokens, double output_tokens, double input_rate,
                     double output_rate, opt cached_tokens = {}, opt cache_read_rate = {},
                     opt cache_write_tokens = {}, opt cache_write_rate = {});

// ---- Monthly cost curves (card section 3) ----

// prompt_overhead_cost = R x P x rate / 1e6 a month, rate = input_rate, or cached_input_rate(...)
// when the caching group is given.  Never none.
Outcome prompt_overhead_cost(double requests, double prompt_tokens, double input_rate,
                             opt cache_read_rate = {}, opt hit_rate = {},
                             opt write_multiplier = {});

// pe_monthly_cost = R x (I x input_rate + P x rate + O x output_rate) / 1e6 a month; caching (rate
// as in prompt_overhead_cost) applies to the stable prefix P only.  Never none.
Outcome pe_monthly_cost(double requests, double task_tokens, double prompt_tokens,
                        double output_tokens, double input_rate, double output_rate,
                        opt cache_read_rate = {}, opt hit_rate = {}, opt write_multiplier = {});

// ft_monthly_cost = C / M + fixed + R x (I x ft_in + O x ft_out) / 1e6 a month.  fixed defaults to
// 0. Never none.  Invalid: amortize_months <= 0.
Outcome ft_monthly_cost(double requests, double task_tokens, double output_tokens,
                        double ft_input_rate, double ft_output_rate, double one_time_cost,
                        double amortize_months, opt fixed_monthly = {});

// amortized_cost = C / M.  Never none.  Invalid: months <= 0.
Outcome amortized_cost(double one_time_cost, double months);

// ---- Break-even (card section 4) ----

// breakeven_months: the fractional month n at which the present value of the savings (S in month 1,
// growing by g, discounted by d a month) reaches C:
//   n = log1p(C (g - d) / S) / log1p((g - d) / (1 + d));   for g = d: n = C (1 + d) / S.
// C = 0 gives 0 whatever S is.  None: S <= 0, or 1 + C (g - d) / S <= 0 (the savings' present value
// never reaches C).  With g = 0 this is Calc's NPER(d; S; -C).  Invalid: C < 0, d or g <= -1.
Outcome breakeven_months(double one_time_cost, double monthly_savings, opt discount_rate = {},
                         opt growth_rate = {});

// breakeven_requests: requests a month at which the fine-tune and prompting cost the same:
//   (C/M + fixed) x 1e6 / ((I x in + P x rate + O x out) - (I x ft_in + O x ft_out)),
// rate as in pe_monthly_cost.  0 when the numerator is 0 and the denominator > 0.  None when the
// denominator <= 0 (the fine-tune is never cheaper per request).
Outcome breakeven_requests(double task_tokens, double prompt_tokens, double output_tokens,
                           double input_rate, double output_rate, double ft_input_rate,
                           double ft_output_rate, double one_time_cost, double amortize_months,
                           opt fixed_monthly = {}, opt cache_read_rate = {}, opt hit_rate = {},
                           opt write_multiplier = {});

// breakeven_prompt_tokens: the seed's simplified rule solved for P (assumes fine-tuned per-token
// rates equal the base rates):  P* = (C/M) x 1e6 / (R x rate).  If R x rate = 0: 0 when C = 0, else
// none.
Outcome breakeven_prompt_tokens(double requests, double input_rate, double one_time_cost,
                                double amortize_months, opt cache_read_rate = {}, opt hit_rate = {},
                                opt write_multiplier = {});

// breakeven_hit_rate: the hit rate h* at which caching the prompt costs the fine-tune's
// amortization A = C/M:  h* = (in x w - A x 1e6 / (R x P)) / (in x w - read). 0 when even 0 % beats
// fine-tuning (h* <= 0, or R x P = 0); none when fine-tuning wins even at 100 % (h* > 1); exactly 1
// stays 1.  If in x w - read <= 0: 0 when A x 1e6 / (R x P) >= in x w, else none.
Outcome breakeven_hit_rate(double requests, double prompt_tokens, double input_rate,
                           double cache_read_rate, double one_time_cost, double amortize_months,
                           opt write_multiplier = {});

// ---- Quality and self-hosting (card section 5) ----

// expected_attempts = 1/p with retries until success; (1 - (1 - p)^k) / p with at most k attempts.
// Never none.  Invalid: p outside (0, 1]; k not a whole number >= 1.
Outcome expected_attempts(double success_rate, opt max_attempts = {});

// cost_per_success = cost / p.  Never none.  Invalid: cost < 0; p outside (0, 1].
Outcome cost_per_success(double cost_per_attempt, double success_rate);

// selfhost_rate = hourly / (tokens_per_second x 3600 x utilization) x 1e6, per M tokens.
// Never none.  Invalid: hourly < 0; tokens_per_second <= 0; utilization outside (0, 1].
Outcome selfhost_rate(double gpu_hourly_cost, double tokens_per_second, opt utilization = {});

}  // namespace llmcost
