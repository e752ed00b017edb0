// The one table of llmcost functions (card sections 2-6). Argument order is frozen once released:
// volumes, token counts (task, prompt, output), rates, one-time cost, amortization, fixed, options.
#include "arg_catalog.hpp"
#include "catalog_compute.hpp"
#include "compute.hpp"

namespace llmcost {
namespace {

using namespace args;
constexpr int kCache = 1;  // (cache_read_rate, hit_rate) [, write_multiplier]
constexpr int kWrite = 2;  // request_cost's (cache_write_tokens, cache_write_rate)

constexpr ArgSpec kTokenCost[] = {tokens, rate};
constexpr ArgSpec kCachedInputRate[] = {input_rate, cache_read_rate, hit_rate, write_multiplier};
constexpr ArgSpec kRequestCost[] = {input_tokens,
                                    output_tokens,
                                    input_rate,
                                    output_rate,
                                    in_group(cached_tokens, kCache),
                                    in_group(cache_read_rate, kCache),
                                    needs(in_group(cache_write_tokens, kWrite), kCache),
                                    needs(in_group(cache_write_rate, kWrite), kCache)};
constexpr ArgSpec kPromptOverhead[] = {requests,
                                       prompt_tokens,
                                       input_rate,
                                       in_group(cache_read_rate, kCache),
                                       in_group(hit_rate, kCache),
                                       needs(write_multiplier, kCache)};
constexpr ArgSpec kPeMonthly[] = {requests,
                                  task_tokens,
                                  prompt_tokens,
                                  output_tokens,
                                  input_rate,
                                  output_rate,
                                  in_group(cache_read_rate, kCache),
                                  in_group(hit_rate, kCache),
                                  needs(write_multiplier, kCache)};
constexpr ArgSpec kFtMonthly[] = {requests,       task_tokens,   output_tokens,   ft_input_rate,
                                  ft_output_rate, one_time_cost, amortize_months, fixed_monthly};
constexpr ArgSpec kAmortized[] = {one_time_cost, months};
constexpr ArgSpec kBreakevenMonths[] = {one_time_cost, monthly_savings, discount_rate, growth_rate};
constexpr ArgSpec kBreakevenRequests[] = {task_tokens,
                                          prompt_tokens,
                                          output_tokens,
                                          input_rate,
                                          output_rate,
                                          ft_input_rate,
                                          ft_output_rate,
                                          one_time_cost,
                                          amortize_months,
                                          fixed_monthly,
                                          in_group(cache_read_rate, kCache),
                                          in_group(hit_rate, kCache),
                                          needs(write_multiplier, kCache)};
constexpr ArgSpec kBreakevenPrompt[] = {requests,
                                        input_rate,
                                        one_time_cost,
                                        amortize_months,
                                        in_group(cache_read_rate, kCache),
                                        in_group(hit_rate, kCache),
                                        needs(write_multiplier, kCache)};
constexpr ArgSpec kBreakevenHit[] = {requests,        prompt_tokens, input_rate,
                                     cache_read_rate, one_time_cost, amortize_months,
                                     write_multiplier};
constexpr ArgSpec kExpectedAttempts[] = {success_rate, max_attempts};
constexpr ArgSpec kCostPerSuccess[] = {cost_per_attempt, success_rate};
constexpr ArgSpec kSelfhostRate[] = {gpu_hourly_cost, tokens_per_second, utilization};
constexpr ArgSpec kCostSchedule[] = {
    {"months", Domain::months_1200, "Number of months to list (whole, 1 to 1200)"},
    {"one_time_a", Domain::non_negative, "Option A's one-time cost, paid in month 1"},
    {"monthly_a", Domain::non_negative, "Option A's cost in month 1"},
    {"one_time_b", Domain::non_negative, "Option B's one-time cost, paid in month 1"},
    {"monthly_b", Domain::non_negative, "Option B's cost in month 1"},
    discount_rate,
    growth_rate};

// Prices and usage rows (card section 7).
constexpr ArgSpec kModelRate[] = {model, kind, priced_at};
constexpr ArgSpec kUsageCost[] = {model,
                                  convention,
                                  usage_input_tokens,
                                  output_tokens,
                                  cache_read_tokens,
                                  usage_cache_write_tokens,
                                  cache_write_1h_tokens,
                                  service_tier,
                                  priced_at};
constexpr ArgSpec kBucketCost[] = {
    model,         convention,        context_window,           usage_input_tokens,
    output_tokens, cache_read_tokens, usage_cache_write_tokens, cache_write_1h_tokens,
    service_tier,  priced_at};
constexpr ArgSpec kModelResolve[] = {model, priced_at};

const FunctionSpec kFunctions[] = {
    {"token_cost", "Cost of tokens at a per-1M-token rate", kTokenCost, 2, compute::token_cost},
    {"cached_input_rate", "Effective per-1M rate of a cached prompt prefix", kCachedInputRate, 3,
     compute::cached_input_rate},
    {"request_cost", "Cost of one request, cached and cache-written tokens inside input_tokens",
     kRequestCost, 4, compute::request_cost},
    {"prompt_overhead_cost", "Monthly cost of sending the engineered prompt with every request",
     kPromptOverhead, 3, compute::prompt_overhead_cost},
    {"pe_monthly_cost", "Monthly cost of the prompt-engineering option", kPeMonthly, 6,
     compute::pe_monthly_cost},
    {"ft_monthly_cost", "Monthly cost of the fine-tuning option, one-time cost amortized",
     kFtMonthly, 7, compute::ft_monthly_cost},
    {"amortized_cost", "One-time cost spread evenly over months", kAmortized, 2,
     compute::amortized_cost},
    {"breakeven_months", "Months until the savings' present value repays the one-time cost",
     kBreakevenMonths, 2, compute::breakeven_months},
    {"breakeven_requests", "Requests a month at which fine-tuning and prompting cost the same",
     kBreakevenRequests, 9, compute::breakeven_requests},
    {"breakeven_prompt_tokens", "Prompt size above which fine-tuning pays (simplified rule)",
     kBreakevenPrompt, 4, compute::breakeven_prompt_tokens},
    {"breakeven_hit_rate", "Cache hit rate at which caching the prompt costs what fine-tuning does",
     kBreakevenHit, 6, compute::breakeven_hit_rate},
    {"expected_attempts", "Expected attempts per success with retries", kExpectedAttempts, 1,
     compute::expected_attempts},
    {"cost_per_success", "Cost of one successful answer once retries are paid for", kCostPerSuccess,
     2, compute::cost_per_success},
    {"selfhost_rate", "Per-1M-token rate of a self-hosted GPU", kSelfhostRate, 2,
     compute::selfhost_rate},
    {"cost_schedule", "Month-by-month cumulative costs of two options and their difference",
     kCostSchedule, 5, nullptr, ResultKind::table},
    {"model_rate", "A model's price of one kind from the price catalog (per 1M tokens)", kModelRate,
     2, nullptr, ResultKind::number, catalog_fn::model_rate},
    {"usage_cost", "Cost of one request's usage at the catalog's prices", kUsageCost, 4, nullptr,
     ResultKind::number, catalog_fn::usage_cost},
    {"bucket_cost", "Cost of a usage row summing many requests at the catalog's prices",
     kBucketCost, 5, nullptr, ResultKind::number, catalog_fn::bucket_cost},
    {"model_resolve", "The catalog's provider/model for a model name, or nothing", kModelResolve, 1,
     nullptr, ResultKind::text, catalog_fn::model_resolve},
    {"llmcost_catalog_info",
     "The price catalog's source, date, model count and load error (JSON)",
     {},
     0,
     nullptr,
     ResultKind::text,
     catalog_fn::catalog_info},
    {"llmcost_version", "The llmcost version", {}, 0, catalog_fn::version, ResultKind::text},
};

}  // namespace

std::span<const FunctionSpec> functions() { return kFunctions; }

}  // namespace llmcost
