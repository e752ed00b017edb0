#include "usage_pricing.hpp"

#include <string>

#include "catalog_text.hpp"

namespace llmcost::pricing {
namespace {

using catalog_text::iequals;

}  // namespace

std::optional<Convention> parse_convention(std::string_view text) {
  for (std::string_view k : {"openai", "gemini", "openrouter", "litellm", "inclusive"})
    if (iequals(text, k)) return Convention::inclusive;
  for (std::string_view k : {"anthropic", "bedrock", "exclusive"})
    if (iequals(text, k)) return Convention::exclusive;
  return std::nullopt;
}

std::optional<Window> parse_window(std::string_view text) {
  if (text.empty() || iequals(text, "base") || iequals(text, "0-200k")) return Window::base;
  if (iequals(text, "long") || iequals(text, "200k-1m")) return Window::long_context;
  return std::nullopt;
}

std::optional<bool> parse_batch(std::string_view text) {
  if (text.empty() || iequals(text, "standard")) return false;
  if (iequals(text, "batch")) return true;
  return std::nullopt;
}

Outcome cost(const Model& model, const PriceRow& row, const Usage& u) {
  if (u.cache_write_1h_tokens > u.cache_write_tokens)
    return Outcome::invalid("cache_write_1h_tokens", "must not exceed cache_write_tokens",
                            format_number(u.cache_write_1h_tokens));
  double uncached = u.input_tokens;
  if (u.convention == Convention::inclusive) {
    uncached = u.input_tokens - u.cache_read_tokens - u.cache_write_tokens;
    if (u.cache_read_tokens > u.input_tokens)
      return Outcome::invalid("cache_read_tokens",
                              "must not exceed input_tokens (cache reads are inside it)",
                              format_number(u.cache_read_tokens));
    // Token counts may be fractional averages: a remainder below 0 only by rounding
    // (0.3 - 0.1 - 0.2) is 0; a real excess stays invalid.
    if (uncached < 0 && -uncached <= 1e-12 * u.input_tokens) uncached = 0;
    if (uncached < 0)
      return Outcome::invalid(
          "cache_write_tokens",
          "with cache_read_tokens must not exceed input_tokens (both are inside it)",
          format_number(u.cache_write_tokens));
  }
  const double prompt = uncached + u.cache_read_tokens + u.cache_write_tokens;
  const bool tier = row.has(RateKind::long_context_threshold);
  const bool long_context =
      tier &&
      (u.window == Window::long_context ||
       (u.window == Window::by_prompt && prompt > row.rate(RateKind::long_context_threshold)));

  struct Class {
    double tokens;
    RateKind kind;
  };
  const Class classes[] = {
      {uncached, RateKind::input},
      {u.cache_read_tokens, RateKind::cache_read},
      {u.cache_write_tokens - u.cache_write_1h_tokens, RateKind::cache_write_5m},
      {u.cache_write_1h_tokens, RateKind::cache_write_1h},
      {u.output_tokens, RateKind::output}};
  double total = 0;
  for (const Class& c : classes) {
    if (c.tokens == 0) continue;  // a class without tokens needs no price
    const RateKind kind = long_context ? long_kind(c.kind) : c.kind;
    if (!row.has(kind))
      return Outcome::invalid(
          "model", model.full_name() + " has no " + std::string(kind_name(kind)) + " price",
          quote_text(model.full_name()));
    double rate = row.rate(kind);
    if (u.batch && (c.kind == RateKind::input || c.kind == RateKind::output)) {
      const RateKind batch_kind =
          c.kind == RateKind::input ? RateKind::batch_input : RateKind::batch_output;
      if (row.has(batch_kind)) {
        const double base = row.rate(c.kind);
        rate = !long_context ? row.rate(batch_kind)
               : base > 0    ? rate * (row.rate(batch_kind) / base)
                             : row.rate(batch_kind);
      }
    }
    total += c.tokens * rate;
  }
  return Outcome::of(total / 1e6);
}

}  // namespace llmcost::pricing
