// The table of every llmcost function: names, arguments in the card's frozen order, the domain of
// each argument, option groups, descriptions (for the Calc Function Wizard and the docs), and the
// formula.
//
// Validation lives here, once: evaluate() checks every argument against its domain (function card,
// section 1, "Argument domains"), checks option groups, calls the formula, and turns a non-finite
// result into `invalid:result`. Front-ends read their host's arguments into Values, call
// evaluate(), and map the Outcome; they never re-type a domain or a formula.
#pragma once

#include <span>
#include <string_view>

#include "llmcost/outcome.hpp"
#include "llmcost/value.hpp"

namespace llmcost {

class Catalog;  // prices (card section 7)

// The card's argument domains. Everything outside is invalid; whole numbers are never truncated.
enum class Domain : unsigned char {
  non_negative,  // finite, >= 0: token counts, requests, rates, costs, fixed_monthly
  any_finite,    // finite, any sign: monthly_savings
  positive,      // finite, > 0: months, amortize_months, tokens_per_second
  unit_closed,   // [0, 1]: hit_rate
  unit_open0,    // (0, 1]: success_rate, utilization
  multiplier,    // finite, >= 1: write_multiplier
  rate,          // finite, > -1: discount_rate, growth_rate
  whole_min1,    // whole, >= 1: max_attempts
  months_1200,   // whole, 1..1200: cost_schedule's months
  text,          // any text: model names, conventions, kinds (checked by the function itself)
  date,          // a date as ISO text "YYYY-MM-DD[ time]" (priced_at); Calc also takes a date cell
};

// Why x is outside the domain ("must be >= 0"), or an empty view when it is inside.
std::string_view domain_violation(Domain domain, double x);
inline bool is_text_domain(Domain d) { return d == Domain::text || d == Domain::date; }

struct ArgSpec {
  std::string_view name;
  Domain domain;
  std::string_view description;
  int group = 0;        // optional args sharing a non-zero group must be given together
  int needs_group = 0;  // this optional arg may be given only when that group is given
};

enum class ResultKind : unsigned char { number, text, table };

struct FunctionSpec {
  std::string_view name;         // SQL name; Calc shows it upper-cased
  std::string_view description;  // one sentence for the Function Wizard
  std::span<const ArgSpec> args;
  int required;  // the first `required` args are required, the rest optional
  Outcome (*compute)(std::span<const Value> args);  // args already validated; missing = default
  ResultKind result = ResultKind::number;
  // Functions that read prices (card section 7) compute with a catalog instead; they are not
  // deterministic (a catalog load may change the answer).
  Outcome (*compute_priced)(std::span<const Value> args, const Catalog& catalog) = nullptr;

  bool reads_catalog() const { return compute_priced != nullptr; }

  int max_args() const { return static_cast<int>(args.size()); }
};

// Every function, in the card's order.
std::span<const FunctionSpec> functions();
// The function of that (SQL) name, or nullptr.
const FunctionSpec* find_function(std::string_view name);

// Checks count, domains and option groups; an empty (number) outcome means the arguments are fine.
// Used by evaluate() and by functions whose result is a table (cost_schedule).
Outcome validate(const FunctionSpec& spec, std::span<const Value> args);
// validate, then compute; a non-finite number becomes invalid "result out of range".
// `catalog` is the price catalog for functions that read one (a SQL connection's own); nullptr
// means the process-wide catalog.
Outcome evaluate(const FunctionSpec& spec, std::span<const Value> args,
                 const Catalog* catalog = nullptr);
// evaluate by name (tests, examples); an unknown name is invalid naming "function".
Outcome call(std::string_view name, std::span<const Value> args);
inline Outcome call(std::string_view name, std::initializer_list<Value> args) {
  return call(name, std::span<const Value>(args.begin(), args.size()));
}

// Reads optional argument i, or its default when missing (or beyond the given count).
inline double arg_or(std::span<const Value> args, std::size_t i, double fallback) {
  return i < args.size() && args[i].is_number() ? args[i].number : fallback;
}
inline bool given(std::span<const Value> args, std::size_t i) {
  return i < args.size() && !args[i].missing();
}

}  // namespace llmcost
