// cost_schedule (card section 6): month-by-month cumulative costs of two options, for charts and
// budget rows.  Month k = 1..months adds monthly x (1+g)^(k-1) / (1+d)^k to each side (growth
// applies to both); the one-time costs are added in month 1, undiscounted (paid at the start), so
// the month in which `difference` = a - b changes sign is the month breakeven_months names.
// Invalid: months not a whole number in 1..1200; costs < 0; d or g <= -1; a non-finite cell
// ("result").
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "llmcost/outcome.hpp"
#include "llmcost/value.hpp"

namespace llmcost {

struct ScheduleRow {
  double month, cumulative_a, cumulative_b, difference;
};

struct Schedule {
  Outcome outcome;  // number (value = months) when rows are valid, else invalid
  std::vector<ScheduleRow> rows;
};

// Checked, from host values in the card's order:
// (months, one_time_a, monthly_a, one_time_b, monthly_b [, discount_rate [, growth_rate]]).
Schedule cost_schedule(std::span<const Value> args);
Schedule cost_schedule(double months, double one_time_a, double monthly_a, double one_time_b,
                       double monthly_b, std::optional<double> discount_rate = {},
                       std::optional<double> growth_rate = {});

}  // namespace llmcost
