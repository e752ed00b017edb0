// Card section 2: token_cost, cached_input_rate, request_cost.
#include <string>

#include "compute.hpp"

namespace llmcost::compute {

constexpr double kPerM = 1e6;  // rates are per 1,000,000 tokens

// hit x read + (1 - hit) x input x write_multiplier
static double cached_rate(double input, double read, double hit, double w) {
  return hit * read + (1.0 - hit) * input * w;
}

double prompt_rate(Args a, std::size_t input, std::size_t read) {
  if (!given(a, read)) return a[input].number;
  return cached_rate(a[input].number, a[read].number, a[read + 1].number, arg_or(a, read + 2, 1.0));
}

Outcome token_cost(Args a) { return Outcome::of(a[0].number * a[1].number / kPerM); }

Outcome cached_input_rate(Args a) {
  return Outcome::of(cached_rate(a[0].number, a[1].number, a[2].number, arg_or(a, 3, 1.0)));
}

// (input_tokens, output_tokens, input_rate, output_rate [, cached_tokens, cache_read_rate
//  [, cache_write_tokens, cache_write_rate]]): uncached = input - cached - written, never < 0.
Outcome request_cost(Args a) {
  const double input = a[0].number, output = a[1].number;
  const double cached = arg_or(a, 4, 0.0), read_rate = arg_or(a, 5, 0.0);
  const double written = arg_or(a, 6, 0.0), write_rate = arg_or(a, 7, 0.0);
  if (cached > input)
    return Outcome::invalid("cached_tokens",
                            "must not exceed input_tokens (" + format_number(input) + ")",
                            format_number(cached));
  // Counts may be fractional averages: a remainder below 0 only by rounding (0.3 - 0.1 - 0.2) is 0.
  double uncached = input - cached - written;
  if (uncached < 0 && -uncached <= 1e-12 * input) uncached = 0;
  if (uncached < 0)
    return Outcome::invalid(
        "cache_write_tokens",
        "must not exceed input_tokens - cached_tokens (" + format_number(input - cached) + ")",
        format_number(written));
  return Outcome::of(
      (uncached * a[2].number + cached * read_rate + written * write_rate + output * a[3].number) /
      kPerM);
}

}  // namespace llmcost::compute
