// The catalog's readers, one per file format; parse_catalog() (catalog_load.cpp) picks one by
// content. Each returns a catalog or an error naming the source and the line or entry; none throws.
#pragma once

#include <string>
#include <string_view>

#include "llmcost/catalog.hpp"

namespace llmcost::import {

// The project's CSV: `#` comment lines, an optional "# date: YYYY-MM-DD" line stating the catalog's
// date, a header naming the columns (provider, model, from, source and any of the card's kinds),
// then one row per model, provider and date. Rates are per 1,000,000 tokens; an empty cell is no
// price.
LoadResult csv(std::string_view text, std::string source);
// LiteLLM's model_prices_and_context_window.json (prices per token; catalog date = last_updated).
LoadResult litellm(std::string_view text, std::string source);
// genai-prices' v2 data.json (prices per M tokens, tiers, start dates and match rules; no date).
LoadResult genai_prices(std::string_view text, std::string source);

// Rules every reader applies to a row: a *_long rate needs long_context_threshold, and a class the
// tier leaves untiered keeps its rate above the threshold (its _long rate is filled from the base).
// Returns why the row is unusable, or "".
std::string finish_row(PriceRow& row);

}  // namespace llmcost::import
