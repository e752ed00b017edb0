// Agreement with a peer on real data (issue 5's main test), through the core: with genai-prices' v2
// catalog loaded, every usage record of tests/data/genai_prices_usages.json is costed with
// usage_cost and the convention of its API, and compared with the price genai-prices computed for
// that API's provider (input_price + output_price of the extractor openai/chat, openai/responses,
// anthropic/default or google/default), priced on 2026-08-21 as genai-prices was.
//
// The API is told from the body's shape and the model id, never the file path:
//   usageMetadata                                -> Gemini (google/default), convention gemini:
//       input = promptTokenCount + toolUsePromptTokenCount, output = candidates + thoughts,
//       cache read = cachedContentTokenCount;
//   usage.prompt_tokens                          -> OpenAI chat (openai/chat), convention openai;
//   usage.input_tokens with cache_*_input_tokens
//       or a claude-* model                      -> Anthropic Messages (anthropic/default),
//       anthropic;
//   usage.input_tokens otherwise                 -> OpenAI Responses (openai/responses), openai;
//   usage.inputTokens                            -> Bedrock Converse: no model id in the body,
//   skipped.
// Scope: text records (no image, audio or video tokens and no web searches in the extractor's
// usage; no embeddings) with such a price. tests/data/conformance.md holds the counts and explains
// them.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "catalog_test_util.hpp"

using json = nlohmann::json;

namespace {

struct Usage {
  std::string api;       // "openai", "gemini", "anthropic" (for the counts)
  std::string provider;  // genai-prices provider of the extractor
  std::string flavor;    // its api_flavor
  std::string convention;
  std::string model;
  double input = 0, output = 0, cache_read = 0, cache_write = 0, cache_write_1h = 0;
};

double count(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_number() ? it->get<double>() : 0.0;
}

std::string text(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

// The API of a body and its usage in the card's terms, or a skip reason in `why`.
bool read_body(const json& record, Usage& u, std::string& why) {
  const json& body = record["body"];
  const std::string record_model = text(record, "model");
  if (body.contains("usageMetadata")) {
    const json& m = body["usageMetadata"];
    u = {"gemini", "google", "default", "gemini", text(body, "modelVersion")};
    u.input = count(m, "promptTokenCount") + count(m, "toolUsePromptTokenCount");
    u.output = count(m, "candidatesTokenCount") + count(m, "thoughtsTokenCount");
    u.cache_read = count(m, "cachedContentTokenCount");
  } else if (body.contains("usage") && body["usage"].is_object()) {
    const json& m = body["usage"];
    const std::string model = text(body, "model").empty() ? record_model : text(body, "model");
    if (m.contains("inputTokens")) {
      why = "Bedrock Converse body: no model id";
      return false;
    }
    if (m.contains("prompt_tokens")) {
      u = {"openai", "openai", "chat", "openai", model};
      u.input = count(m, "prompt_tokens");
      u.output = count(m, "completion_tokens");
      if (m.contains("prompt_tokens_details") && m["prompt_tokens_details"].is_object()) {
        u.cache_read = count(m["prompt_tokens_details"], "cached_tokens");
        u.cache_write = count(m["prompt_tokens_details"], "cache_write_tokens");
      }
    } else if (m.contains("input_tokens") &&
               (m.contains("cache_creation_input_tokens") ||
                m.contains("cache_read_input_tokens") || model.starts_with("claude"))) {
      u = {"anthropic", "anthropic", "default", "anthropic", model};
      u.input = count(m, "input_tokens");
      u.output = count(m, "output_tokens");
      u.cache_read = count(m, "cache_read_input_tokens");
      u.cache_write = count(m, "cache_creation_input_tokens");
      if (m.contains("cache_creation") && m["cache_creation"].is_object())
        u.cache_write_1h = count(m["cache_creation"], "ephemeral_1h_input_tokens");
    } else if (m.contains("input_tokens")) {
      u = {"openai", "openai", "responses", "openai", model};
      u.input = count(m, "input_tokens");
      u.output = count(m, "output_tokens");
      if (m.contains("input_tokens_details") && m["input_tokens_details"].is_object()) {
        u.cache_read = count(m["input_tokens_details"], "cached_tokens");
        u.cache_write = count(m["input_tokens_details"], "cache_write_tokens");
      }
    } else {
      why = "usage of an API outside the comparison (Cohere, ...)";
      return false;
    }
  } else {
    why = "usage of an API outside the comparison (Cohere, ...)";
    return false;
  }
  if (u.model.empty()) u.model = record_model;
  if (u.model.empty()) {
    why = "no model id in the body or the record";
    return false;
  }
  return true;
}

bool non_text(const json& usage) {
  for (const auto& [key, value] : usage.items())
    if ((key.find("audio") != std::string::npos || key.find("image") != std::string::npos ||
         key.find("video") != std::string::npos || key.find("web_search") != std::string::npos) &&
        value.is_number() && value.get<double>() != 0)
      return true;
  return false;
}

}  // namespace

TEST_CASE("usage_cost agrees with genai-prices on real usage records", "[conformance]") {
  const auto catalog = cattest::load("genai_prices_v2.json");
  std::ifstream in(cattest::data_path("genai_prices_usages.json"));
  REQUIRE(in.good());
  const json records = json::parse(in);
  REQUIRE(records.size() == 1207);

  const llmcost::FunctionSpec* usage_cost = llmcost::find_function("usage_cost");
  std::map<std::string, int> in_scope, agree, skipped;
  std::vector<std::string> differences;
  for (const json& record : records) {
    Usage u;
    std::string why;
    if (!read_body(record, u, why)) {
      ++skipped[why];
      continue;
    }
    const json* price = nullptr;
    const json* usage = nullptr;
    for (const json& e : record["extracted"])
      for (const json& x : e["extractors"])
        if (x["provider_id"] == u.provider && x["api_flavor"] == u.flavor)
          price = &x, usage = &e["usage"];
    if (u.model.find("embedding") != std::string::npos) {
      ++skipped["embeddings"];
      continue;
    }
    if (price == nullptr || !price->contains("input_price")) {
      ++skipped["genai-prices has no " + u.provider + "/" + u.flavor + " price (" + u.api +
                " shape)"];
      continue;
    }
    if (non_text(*usage)) {
      ++skipped["image, audio or video tokens, or web searches"];
      continue;
    }
    ++in_scope[u.api];
    const double want = std::stod((*price)["input_price"].get<std::string>()) +
                        std::stod((*price)["output_price"].get<std::string>());
    const std::string model = u.provider + "/" + u.model;
    const llmcost::Value args[] = {std::string_view(model),
                                   std::string_view(u.convention),
                                   u.input,
                                   u.output,
                                   u.cache_read,
                                   u.cache_write,
                                   u.cache_write_1h,
                                   llmcost::Value{},
                                   "2026-08-21"};
    const llmcost::Outcome got = llmcost::evaluate(*usage_cost, args, catalog.get());
    const bool same = got.is_number() && !got.is_text &&
                      std::fabs(got.value - want) <= 1e-9 * std::fabs(want) + 1e-15;
    if (same) {
      ++agree[u.api];
    } else {
      std::ostringstream d;
      d.precision(17);
      d << model << " (" << u.convention << " " << u.input << "/" << u.output << "/" << u.cache_read
        << "/" << u.cache_write << "/" << u.cache_write_1h << "): ours " << cattest::describe(got)
        << ", genai-prices " << want;
      differences.push_back(d.str());
    }
  }

  int total = 0, agreeing = 0, skipped_total = 0;
  std::ostringstream summary;
  for (const auto& [api, n] : in_scope) {
    summary << api << ": " << n << " in scope, " << agree[api] << " agree\n";
    total += n;
    agreeing += agree[api];
  }
  for (const auto& [why, n] : skipped) {
    summary << "skipped " << n << ": " << why << "\n";
    skipped_total += n;
  }
  for (const std::string& d : differences) summary << "differs: " << d << "\n";
  WARN(summary.str());

  // The counts that tests/data/conformance.md reports.
  CHECK(in_scope["openai"] == 325);
  CHECK(in_scope["gemini"] == 249);
  CHECK(in_scope["anthropic"] == 167);
  CHECK(total + skipped_total == 1207);
  CHECK(agreeing >= 0.99 * total);
  CHECK(differences.empty());
}
