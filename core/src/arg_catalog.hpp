// Every argument name the card uses, with its domain and its help text, written once.
// Function tables pick from these; option groups are set where a function uses them.
#pragma once

#include "llmcost/registry.hpp"

namespace llmcost::args {

constexpr ArgSpec in_group(ArgSpec a, int group) {
  a.group = group;
  return a;
}
constexpr ArgSpec needs(ArgSpec a, int group) {
  a.needs_group = group;
  return a;
}

using D = Domain;
// Volumes and token counts.
inline constexpr ArgSpec requests{"requests", D::non_negative, "Requests a month"};
inline constexpr ArgSpec tokens{"tokens", D::non_negative, "Number of tokens"};
inline constexpr ArgSpec task_tokens{
    "task_tokens", D::non_negative,
    "Input tokens a request that are not the engineered prompt (I)"};
inline constexpr ArgSpec prompt_tokens{
    "prompt_tokens", D::non_negative, "Tokens of the engineered prompt added to every request (P)"};
inline constexpr ArgSpec output_tokens{"output_tokens", D::non_negative,
                                       "Output tokens a request, reasoning included (O)"};
inline constexpr ArgSpec input_tokens{
    "input_tokens", D::non_negative,
    "All input tokens of the request, cached and cache-written included"};
inline constexpr ArgSpec cached_tokens{"cached_tokens", D::non_negative,
                                       "Input tokens read from the cache (part of input_tokens)"};
inline constexpr ArgSpec cache_write_tokens{
    "cache_write_tokens", D::non_negative,
    "Input tokens written to the cache (part of input_tokens)"};
// Rates, per 1,000,000 tokens.
inline constexpr ArgSpec rate{"rate", D::non_negative, "Price per 1M tokens"};
inline constexpr ArgSpec input_rate{"input_rate", D::non_negative, "Input price per 1M tokens"};
inline constexpr ArgSpec output_rate{"output_rate", D::non_negative, "Output price per 1M tokens"};
inline constexpr ArgSpec ft_input_rate{"ft_input_rate", D::non_negative,
                                       "Fine-tuned model's input price per 1M tokens"};
inline constexpr ArgSpec ft_output_rate{"ft_output_rate", D::non_negative,
                                        "Fine-tuned model's output price per 1M tokens"};
inline constexpr ArgSpec cache_read_rate{"cache_read_rate", D::non_negative,
                                         "Cached-input (cache read) price per 1M tokens"};
inline constexpr ArgSpec cache_write_rate{"cache_write_rate", D::non_negative,
                                          "Cache write price per 1M tokens"};
inline constexpr ArgSpec hit_rate{"hit_rate", D::unit_closed,
                                  "Fraction of prompt tokens served from the cache, 0 to 1"};
inline constexpr ArgSpec write_multiplier{
    "write_multiplier", D::multiplier,
    "Cache write price as a multiple of input (>= 1; 1.25 = 25% premium)"};
// One-time and fixed costs, time.
inline constexpr ArgSpec one_time_cost{
    "one_time_cost", D::non_negative,
    "One-time cost: training, dataset preparation, engineering hours"};
inline constexpr ArgSpec amortize_months{"amortize_months", D::positive,
                                         "Months over which the one-time cost is spread"};
inline constexpr ArgSpec months{"months", D::positive, "Number of months"};
inline constexpr ArgSpec fixed_monthly{
    "fixed_monthly", D::non_negative,
    "Fixed monthly cost of the fine-tune: hosting, reserved GPU, upkeep (default 0)"};
inline constexpr ArgSpec monthly_savings{
    "monthly_savings", D::any_finite,
    "Savings in the first month (any sign; <= 0 never breaks even)"};
inline constexpr ArgSpec discount_rate{
    "discount_rate", D::rate, "Discount rate per month, like NPER's rate (0.01 = 1%; default 0)"};
inline constexpr ArgSpec growth_rate{
    "growth_rate", D::rate, "Growth of the monthly amounts per month (0.05 = 5%; default 0)"};
// Quality and self-hosting.
inline constexpr ArgSpec success_rate{"success_rate", D::unit_open0,
                                      "Fraction of attempts that succeed, above 0 up to 1"};
inline constexpr ArgSpec max_attempts{"max_attempts", D::whole_min1,
                                      "Most attempts made (whole, >= 1; default unlimited)"};
inline constexpr ArgSpec cost_per_attempt{"cost_per_attempt", D::non_negative,
                                          "Cost of one attempt"};
inline constexpr ArgSpec gpu_hourly_cost{"gpu_hourly_cost", D::non_negative, "GPU cost per hour"};
inline constexpr ArgSpec tokens_per_second{"tokens_per_second", D::positive,
                                           "Tokens the GPU serves per second at full load"};
inline constexpr ArgSpec utilization{
    "utilization", D::unit_open0,
    "Fraction of the time the GPU is busy, above 0 up to 1 (default 1)"};

// Prices and usage rows (card section 7).
inline constexpr ArgSpec model{
    "model", D::text,
    "Model name, optionally provider/model ('gpt-4.1', 'anthropic/claude-sonnet-4-5')"};
inline constexpr ArgSpec kind{
    "kind", D::text,
    "Price kind: input, output, cache_read, cache_write_5m, cache_write_1h, "
    "batch_input, batch_output, training, training_flat_10k, "
    "long_context_threshold, input_long, ..."};
inline constexpr ArgSpec priced_at{
    "priced_at", D::date,
    "Date of the prices, YYYY-MM-DD (a time may follow); default: the catalog's"};
inline constexpr ArgSpec convention{
    "convention", D::text,
    "What input_tokens counts: openai, gemini, openrouter, litellm, "
    "inclusive (cache inside) or anthropic, bedrock, exclusive "
    "(outside)"};
inline constexpr ArgSpec context_window{
    "context_window", D::text, "The bucket's context window: base or long (also 0-200k, 200k-1M)"};
inline constexpr ArgSpec usage_input_tokens{
    "input_tokens", D::non_negative, "Input tokens as the provider counts them (see convention)"};
inline constexpr ArgSpec cache_read_tokens{"cache_read_tokens", D::non_negative,
                                           "Input tokens read from the cache (default 0)"};
inline constexpr ArgSpec usage_cache_write_tokens{
    "cache_write_tokens", D::non_negative,
    "Input tokens written to the cache, all lifetimes (default 0)"};
inline constexpr ArgSpec cache_write_1h_tokens{
    "cache_write_1h_tokens", D::non_negative,
    "The part of cache_write_tokens written with a 1-hour lifetime (default 0)"};
inline constexpr ArgSpec service_tier{"service_tier", D::text, "standard (default) or batch"};

}  // namespace llmcost::args
