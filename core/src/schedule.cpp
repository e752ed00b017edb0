// Card section 6: cost_schedule.
#include "llmcost/schedule.hpp"

#include <cmath>

#include "llmcost/registry.hpp"

namespace llmcost {

Schedule cost_schedule(std::span<const Value> args) {
  static const FunctionSpec& spec = *find_function("cost_schedule");
  Schedule out;
  out.outcome = validate(spec, args);
  if (!out.outcome.is_number()) return out;
  const int n = static_cast<int>(args[0].number);
  const double d = arg_or(args, 5, 0.0), g = arg_or(args, 6, 0.0);
  // One-time costs are paid at the start, undiscounted.
  double a = args[1].number, b = args[3].number;
  out.rows.reserve(static_cast<std::size_t>(n));
  for (int k = 1; k <= n; ++k) {
    // month k's factor: (1+g)^(k-1) / (1+d)^k
    const double factor = std::exp((k - 1) * std::log1p(g) - k * std::log1p(d));
    // 0 a month stays 0 even when the factor overflows (never 0 x inf = NaN).
    if (args[2].number != 0) a += args[2].number * factor;
    if (args[4].number != 0) b += args[4].number * factor;
    const ScheduleRow row{static_cast<double>(k), a, b, a - b};
    if (!std::isfinite(row.cumulative_a) || !std::isfinite(row.cumulative_b) ||
        !std::isfinite(row.difference)) {
      out.rows.clear();
      out.outcome = Outcome::invalid("result", "out of range",
                                     format_number(!std::isfinite(a)   ? a
                                                   : !std::isfinite(b) ? b
                                                                       : a - b));
      return out;
    }
    out.rows.push_back(row);
  }
  out.outcome = Outcome::of(n);
  return out;
}

Schedule cost_schedule(double months, double one_time_a, double monthly_a, double one_time_b,
                       double monthly_b, std::optional<double> discount_rate,
                       std::optional<double> growth_rate) {
  const Value v[] = {months,    one_time_a,    monthly_a,  one_time_b,
                     monthly_b, discount_rate, growth_rate};
  return cost_schedule(v);
}

}  // namespace llmcost
