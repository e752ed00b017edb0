// Costing usage rows against one model's prices (card section 7, usage_cost and bucket_cost rules).
#pragma once

#include <optional>
#include <string_view>

#include "llmcost/catalog.hpp"
#include "llmcost/outcome.hpp"

namespace llmcost::pricing {

// What input_tokens counts. inclusive (openai, gemini, openrouter, litellm): cached and
// cache-written tokens are inside it; exclusive (anthropic, bedrock): outside it.
enum class Convention : unsigned char { inclusive, exclusive };
// Which rates a row takes: by its own prompt size (one request), or as its bucket states.
enum class Window : unsigned char { by_prompt, base, long_context };

struct Usage {
  Convention convention = Convention::inclusive;
  Window window = Window::by_prompt;
  bool batch = false;
  double input_tokens = 0, output_tokens = 0;  // reasoning tokens are part of output
  double cache_read_tokens = 0, cache_write_tokens = 0;
  double cache_write_1h_tokens = 0;  // the part of cache_write_tokens with a 1-hour lifetime
};

// Keywords, ASCII case-insensitive; nullopt when the text is not one.
std::optional<Convention> parse_convention(std::string_view text);
std::optional<Window> parse_window(std::string_view text);  // "", base, 0-200k, long, 200k-1M
std::optional<bool> parse_batch(std::string_view text);     // "" or standard: false; batch: true

// The cost in the rates' currency:
//   uncached = input - cache_read - cache_write (inclusive) or input (exclusive), never below 0;
//   prompt = uncached + cache_read + cache_write; long = a tier is in force and (window long, or
//   window by_prompt and prompt > threshold: a prompt exactly at the threshold is below the cliff);
//   every class (input, output, cache read, 5-minute and 1-hour writes) at its long rate when long;
//   batch: input and output at their batch rates where the row has them (above the threshold the
//   long rate x batch / base); a class with tokens and no price is invalid naming model and kind.
Outcome cost(const Model& model, const PriceRow& row, const Usage& usage);

}  // namespace llmcost::pricing
