// LiteLLM's model_prices_and_context_window.json: one object per model key, prices in USD per
// token.
//
// Rules (issue 5):
//  - every entry with a token price (input_cost_per_token or output_cost_per_token) is loaded; the
//  rest
//    is skipped and counted by reason: the documentation entry (sample_spec), values that are not
//    objects (last_updated), image or video entries, search entries, other entries without token
//    prices;
//  - provider = the card's alias of litellm_provider (gemini, vertex_ai* -> google; bedrock* ->
//  aws);
//  - id = the key without a leading provider segment ("gemini/gemini-2.5-pro" -> "gemini-2.5-pro");
//  - where two entries give the same provider and id, the first-party API's entry is kept (gemini
//  over
//    vertex_ai*, bedrock_converse over bedrock over other bedrock*), else the first in the file;
//    the other is counted as skipped;
//  - the catalog's date is last_updated's date.
// Fields read (per token, scaled to per M): input_cost_per_token, output_cost_per_token,
// cache_read_input_token_cost, cache_creation_input_token_cost (5-minute writes),
// cache_creation_input_token_cost_above_1hr (1-hour writes), *_batches, and each of those with
// _above_<N>k_tokens (the long-context tier above N x 1000 prompt tokens). Priority, flex, audio,
// image and per-request prices are not part of the card's kinds and are not read.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "catalog_import.hpp"
#include "catalog_text.hpp"

namespace llmcost::import {
namespace {

using json = nlohmann::ordered_json;
using catalog_text::lowercase;

struct Field {
  std::string_view name;
  RateKind kind;
};
constexpr Field kFields[] = {
    {"input_cost_per_token", RateKind::input},
    {"output_cost_per_token", RateKind::output},
    {"cache_read_input_token_cost", RateKind::cache_read},
    {"cache_creation_input_token_cost", RateKind::cache_write_5m},
    {"cache_creation_input_token_cost_above_1hr", RateKind::cache_write_1h},
    {"input_cost_per_token_batches", RateKind::batch_input},
    {"output_cost_per_token_batches", RateKind::batch_output},
};

// "_above_200k_tokens" at the end of a field name: 200000; 0 if it has none.
long tier_threshold(std::string_view field, std::string_view& base) {
  constexpr std::string_view kTail = "k_tokens";
  if (!field.ends_with(kTail)) return 0;
  std::size_t above = field.rfind("_above_");
  if (above == std::string_view::npos) return 0;
  std::string_view number = field.substr(above + 7, field.size() - above - 7 - kTail.size());
  long n = 0;
  for (char c : number) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  base = field.substr(0, above);
  return number.empty() ? 0 : n * 1000;
}

// The litellm_providers whose entries win a duplicate (lower rank wins): the provider's own API.
int first_party_rank(std::string_view litellm_provider) {
  if (litellm_provider == "gemini" || litellm_provider == "bedrock_converse") return 0;
  if (litellm_provider == "bedrock" || litellm_provider == "vertex_ai-language-models") return 1;
  return litellm_provider.starts_with("vertex_ai") || litellm_provider.starts_with("bedrock") ? 2
                                                                                              : 0;
}

std::string normalized(std::string_view s) {
  std::string out = lowercase(s);
  for (char& c : out)
    if (c == '-') c = '_';
  return out;
}

// The key without its first segment when that segment names the entry's provider.
std::string id_of(std::string_view key, std::string_view litellm_provider) {
  std::size_t slash = key.find('/');
  if (slash == std::string_view::npos) return std::string(key);
  std::string first = normalized(key.substr(0, slash));
  std::string provider = normalized(litellm_provider);
  bool names_provider =
      first == provider || provider.starts_with(first) ||
      catalog_text::provider_alias(first) == catalog_text::provider_alias(provider);
  return names_provider ? std::string(key.substr(slash + 1)) : std::string(key);
}

bool has_token_price(const json& entry) {
  for (const char* f : {"input_cost_per_token", "output_cost_per_token"}) {
    auto it = entry.find(f);
    if (it != entry.end() && it->is_number()) return true;
  }
  return false;
}

std::string skip_reason(std::string_view key, const json& entry) {
  if (key == "sample_spec") return "documentation entry";
  if (!entry.is_object()) return "not an object";
  std::string mode;
  if (auto it = entry.find("mode"); it != entry.end() && it->is_string())
    mode = it->get<std::string>();
  if (has_token_price(entry)) return "";
  if (mode.starts_with("image") || mode.starts_with("video"))
    return "image or video entry without token prices";
  if (mode == "search") return "search entry without token prices";
  return "other entry without token prices";
}

// Reads the entry's prices into row; returns why it cannot, or "".
std::string read_prices(const json& entry, PriceRow& row) {
  long threshold = 0;
  for (const auto& [name, value] : entry.items()) {
    std::string_view field = name;
    std::string_view base = field;
    long tier = tier_threshold(field, base);
    for (const Field& f : kFields) {
      if (base != f.name) continue;
      if (!value.is_number()) return "'" + name + "' is not a number";
      double per_token = value.get<double>();
      if (!std::isfinite(per_token) || per_token < 0) return "'" + name + "' is not a price >= 0";
      double per_m = catalog_text::scale_decimal(per_token, 6);
      if (tier == 0) {
        row.set(f.kind, per_m);
      } else {
        if (f.kind == RateKind::batch_input || f.kind == RateKind::batch_output)
          break;  // no such kind
        if (threshold != 0 && threshold != tier) return "several long-context thresholds";
        threshold = tier;
        row.set(long_kind(f.kind), per_m);
      }
      break;
    }
  }
  if (threshold != 0) row.set(RateKind::long_context_threshold, static_cast<double>(threshold));
  return finish_row(row);
}

}  // namespace

LoadResult litellm(std::string_view text, std::string source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const std::exception& e) {
    return LoadResult{nullptr, source + ": not valid JSON (" + error_excerpt(e.what(), 200) + ")"};
  }
  if (!root.is_object())
    return LoadResult{nullptr, source + ": a LiteLLM price file is a JSON object"};

  std::optional<Day> date;
  if (auto it = root.find("last_updated"); it != root.end() && it->is_string())
    date = parse_priced_at(it->get<std::string>());
  const std::string row_source =
      "LiteLLM" + (date ? " " + format_day(*date) : std::string()) + ": ";

  std::vector<Model> models;
  std::vector<int> ranks;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  SkipCounts skipped;
  auto skip = [&](const std::string& reason) {
    for (auto& [r, n] : skipped)
      if (r == reason) return void(++n);
    skipped.emplace_back(reason, 1);
  };

  for (const auto& [key, entry] : root.items()) {
    if (std::string reason = skip_reason(key, entry); !reason.empty()) {
      skip(reason);
      continue;
    }
    auto p = entry.find("litellm_provider");
    if (p == entry.end() || !p->is_string() || p->get<std::string>().empty()) {
      skip("entry without litellm_provider");
      continue;
    }
    const std::string litellm_provider = p->get<std::string>();
    Model model{
        catalog_text::provider_alias(litellm_provider), id_of(key, litellm_provider), {}, nullptr};
    PriceRow row;
    if (std::string why = read_prices(entry, row); !why.empty()) {
      skip("unusable prices (" + why + ")");
      continue;
    }
    row.source = row_source + key;
    model.rows.push_back(std::move(row));

    const int rank = first_party_rank(litellm_provider);
    auto [it, fresh] =
        index.emplace(std::make_pair(model.provider, lowercase(model.id)), models.size());
    if (fresh) {
      models.push_back(std::move(model));
      ranks.push_back(rank);
    } else {
      skip("duplicate provider and id (the first-party API's entry is kept)");
      if (rank < ranks[it->second]) {
        models[it->second] = std::move(model);
        ranks[it->second] = rank;
      }
    }
  }
  return LoadResult{
      std::make_shared<Catalog>(std::move(source), date, std::move(models), std::move(skipped)),
      ""};
}

}  // namespace llmcost::import
