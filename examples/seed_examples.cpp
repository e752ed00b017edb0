// Prints the seed article's worked examples (function card, section 0) as llmcost computes them.
#include <cstdio>

#include "llmcost/llmcost.hpp"

using namespace llmcost;

static void show(const char* what, const Outcome& o, const char* fn) {
  if (o.is_number())
    std::printf("  %-58s %12.6g\n", what, o.value);
  else if (o.is_none())
    std::printf("  %-58s %12s\n", what, "none");
  else
    std::printf("  %-58s %s\n", what, error_message(fn, o).c_str());
}

int main() {
  std::puts("llmcost: the seed article's examples");
  show("overhead: 10K req x 5,000-token prompt at $3/M ($/month)",
       prompt_overhead_cost(10000, 5000, 3), "prompt_overhead_cost");
  std::puts("Example 1 (code review)");
  show("prompt overhead, 4,000 req x 4,000 tokens at $2/M", prompt_overhead_cost(4000, 4000, 2),
       "prompt_overhead_cost");
  show("fine-tune $5,000 amortized over 24 months", amortized_cost(5000, 24), "amortized_cost");
  show("break-even months, $5,000 vs $32 a month", breakeven_months(5000, 32), "breakeven_months");
  std::puts("Example 2 (documentation)");
  show("prompt overhead, 200,000 req x 6,000 tokens at $1/M", prompt_overhead_cost(200000, 6000, 1),
       "prompt_overhead_cost");
  show("fine-tune $6,000 amortized over 24 months", amortized_cost(6000, 24), "amortized_cost");
  show("break-even months, $6,000 vs $1,200 a month", breakeven_months(6000, 1200),
       "breakeven_months");
  show("  ... discounted at 1 % a month (= NPER(0.01;1200;-6000))",
       breakeven_months(6000, 1200, 0.01), "breakeven_months");
  show("break-even cache hit rate", breakeven_hit_rate(200000, 6000, 1, 0.1, 6000, 24),
       "breakeven_hit_rate");
  std::puts("Caching (85 % hits, $0.20/M read vs $2.00/M input)");
  show("effective prompt rate ($/M)", cached_input_rate(2.00, 0.20, 0.85), "cached_input_rate");
  show("  ... with a 1.25x cache-write premium", cached_input_rate(2.00, 0.20, 0.85, 1.25),
       "cached_input_rate");
  std::puts("Rules of thumb");
  show("requests/month where a $5,000 fine-tune pays (2,000-token prompt)",
       breakeven_requests(0, 2000, 0, 2, 0, 2, 0, 5000, 24), "breakeven_requests");
  show("prompt tokens where a $6,000 fine-tune pays at 200K req",
       breakeven_prompt_tokens(200000, 1, 6000, 24), "breakeven_prompt_tokens");
  return 0;
}
