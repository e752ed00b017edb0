// The typed C++ calls of functions.hpp: each packs its arguments and goes through evaluate(), so
// the typed API is checked exactly like the SQL and Calc front-ends.
#include "llmcost/functions.hpp"
#include "llmcost/registry.hpp"

namespace llmcost {

namespace {
Outcome run(std::string_view name, std::initializer_list<Value> args) { return call(name, args); }
}  // namespace

Outcome token_cost(double tokens, double rate) { return run("token_cost", {tokens, rate}); }
Outcome cached_input_rate(double in, double read, double hit, opt w) {
  return run("cached_input_rate", {in, read, hit, w});
}
Outcome request_cost(double input, double output, double in, double out, opt cached, opt read,
                     opt written, opt write_rate) {
  return run("request_cost", {input, output, in, out, cached, read, written, write_rate});
}
Outcome prompt_overhead_cost(double r, double p, double in, opt read, opt hit, opt w) {
  return run("prompt_overhead_cost", {r, p, in, read, hit, w});
}
Outcome pe_monthly_cost(double r, double i, double p, double o, double in, double out, opt read,
                        opt hit, opt w) {
  return run("pe_monthly_cost", {r, i, p, o, in, out, read, hit, w});
}
Outcome ft_monthly_cost(double r, double i, double o, double ft_in, double ft_out, double c,
                        double m, opt fixed) {
  return run("ft_monthly_cost", {r, i, o, ft_in, ft_out, c, m, fixed});
}
Outcome amortized_cost(double c, double m) { return run("amortized_cost", {c, m}); }
Outcome breakeven_months(double c, double s, opt d, opt g) {
  return run("breakeven_months", {c, s, d, g});
}
Outcome breakeven_requests(double i, double p, double o, double in, double out, double ft_in,
                           double ft_out, double c, double m, opt fixed, opt read, opt hit, opt w) {
  return run("breakeven_requests", {i, p, o, in, out, ft_in, ft_out, c, m, fixed, read, hit, w});
}
Outcome breakeven_prompt_tokens(double r, double in, double c, double m, opt read, opt hit, opt w) {
  return run("breakeven_prompt_tokens", {r, in, c, m, read, hit, w});
}
Outcome breakeven_hit_rate(double r, double p, double in, double read, double c, double m, opt w) {
  return run("breakeven_hit_rate", {r, p, in, read, c, m, w});
}
Outcome expected_attempts(double p, opt k) { return run("expected_attempts", {p, k}); }
Outcome cost_per_success(double cost, double p) { return run("cost_per_success", {cost, p}); }
Outcome selfhost_rate(double hourly, double tps, opt u) {
  return run("selfhost_rate", {hourly, tps, u});
}

}  // namespace llmcost
