// Import of LiteLLM's price file, genai-prices' v2 catalog and the project's CSV; files that fail.
#include <catch2/catch.hpp>
#include <fstream>

#include "catalog_test_util.hpp"

using cattest::describe;
using cattest::run;
using llmcost::RateKind;

namespace {

double rate(const llmcost::Catalog& c, const char* model, const char* kind,
            const char* priced_at = nullptr) {
  llmcost::Outcome o = priced_at ? run(&c, "model_rate", {model, kind, priced_at})
                                 : run(&c, "model_rate", {model, kind});
  INFO(model << " " << kind << " -> " << describe(o));
  REQUIRE(o.is_number());
  return o.value;
}

bool lacks(const llmcost::Catalog& c, const char* model, const char* kind) {
  return run(&c, "model_rate", {model, kind}).is_none();
}

std::size_t skipped(const llmcost::Catalog& c, std::string_view reason_start) {
  std::size_t n = 0;
  for (const auto& [reason, count] : c.skipped())
    if (std::string_view(reason).starts_with(reason_start)) n += count;
  return n;
}

}  // namespace

TEST_CASE("LiteLLM import: counts loaded and skipped", "[import][litellm]") {
  const auto c = cattest::load("litellm_model_prices.json");
  // The file (tests/data/README.md) has 2,985 top-level keys: 2,983 models, sample_spec and
  // last_updated. Counted independently (python3: json.load, then per key): 2,521 entries carry
  // input_cost_per_token or output_cost_per_token; they name 2,451 distinct (provider alias, id)
  // pairs, so 70 are duplicates; without token prices: 213 image/video-mode entries, 18 search-mode
  // entries, 231 others (audio, rerank, OCR...); plus the documentation entry and one non-object.
  CHECK(c->models().size() == 2451);
  CHECK(skipped(*c, "documentation") == 1);
  CHECK(skipped(*c, "not an object") == 1);
  CHECK(skipped(*c, "image or video") == 213);
  CHECK(skipped(*c, "search") == 18);
  CHECK(skipped(*c, "other entry") == 231);
  CHECK(skipped(*c, "duplicate") == 70);
  CHECK(c->skipped_total() == 534);
  CHECK(c->models().size() + c->skipped_total() == 2985);
  // The file's last_updated, 2026-07-24T18:23:43, is the catalog's date.
  REQUIRE(c->date().has_value());
  CHECK(llmcost::format_day(*c->date()) == "2026-07-24");
  CHECK(c->info_json().find(R"("models":2451,"skipped":534)") != std::string::npos);
}

TEST_CASE("LiteLLM import: spot checks against the file's own numbers", "[import][litellm]") {
  const auto c = cattest::load("litellm_model_prices.json");
  // claude-sonnet-4-5: input_cost_per_token 3e-06, output 1.5e-05, cache read 3e-07, cache creation
  // 3.75e-06, above_1hr 6e-06; above_200k: input 6e-06, output 2.25e-05, read 6e-07,
  // creation 7.5e-06, 1hr 1.2e-05. Per M: exactly the file's decimals x 1e6.
  CHECK(rate(*c, "claude-sonnet-4-5", "input") == 3.0);
  CHECK(rate(*c, "claude-sonnet-4-5", "output") == 15.0);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_read") == 0.3);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_write_5m") == 3.75);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_write_1h") == 6.0);
  CHECK(rate(*c, "claude-sonnet-4-5", "long_context_threshold") == 200000.0);
  CHECK(rate(*c, "claude-sonnet-4-5", "input_long") == 6.0);
  CHECK(rate(*c, "claude-sonnet-4-5", "output_long") == 22.5);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_read_long") == 0.6);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_write_5m_long") == 7.5);
  CHECK(rate(*c, "claude-sonnet-4-5", "cache_write_1h_long") == 12.0);
  CHECK(lacks(*c, "claude-sonnet-4-5", "batch_input"));
  // Its 200K tier in a cost: 250,000 in + 1,000 out above 200K: 250,000 x 6 + 1,000 x 22.5.
  CHECK(run(c.get(), "usage_cost", {"claude-sonnet-4-5", "anthropic", 250000.0, 1000.0}).value ==
        Approx(1.5225).epsilon(1e-12));
  // gpt-4.1: 2e-06 / 8e-06, read 5e-07, batches 1e-06 / 4e-06; no tier (priority prices not read).
  CHECK(rate(*c, "gpt-4.1", "input") == 2.0);
  CHECK(rate(*c, "gpt-4.1", "output") == 8.0);
  CHECK(rate(*c, "gpt-4.1", "cache_read") == 0.5);
  CHECK(rate(*c, "gpt-4.1", "batch_input") == 1.0);
  CHECK(rate(*c, "gpt-4.1", "batch_output") == 4.0);
  CHECK(lacks(*c, "gpt-4.1", "long_context_threshold"));
  // ft:gpt-4.1-2025-04-14: 3e-06 / 1.2e-05, read 7.5e-07, batches 1.5e-06 / 6e-06.
  CHECK(rate(*c, "ft:gpt-4.1-2025-04-14", "input") == 3.0);
  CHECK(rate(*c, "ft:gpt-4.1-2025-04-14", "output") == 12.0);
  CHECK(rate(*c, "ft:gpt-4.1-2025-04-14", "cache_read") == 0.75);
  CHECK(rate(*c, "ft:gpt-4.1-2025-04-14", "batch_input") == 1.5);
  CHECK(rate(*c, "ft:gpt-4.1-2025-04-14", "batch_output") == 6.0);
  // gemini/gemini-2.5-pro: 1.25e-06 / 1e-05, read 1.25e-07; above 200K 2.5e-06 / 1.5e-05 / 2.5e-07.
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "input") == 1.25);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "output") == 10.0);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "cache_read") == 0.125);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "long_context_threshold") == 200000.0);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "input_long") == 2.5);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "output_long") == 15.0);
  CHECK(rate(*c, "gemini/gemini-2.5-pro", "cache_read_long") == 0.25);
  // The key gemini-2.5-pro (vertex_ai-language-models) maps to the same google/gemini-2.5-pro; the
  // Gemini API's own entry is kept. Only the Vertex entry has a cache creation price above 200K.
  const llmcost::Model* m = c->resolve("gemini-2.5-pro");
  REQUIRE(m != nullptr);
  CHECK(m->rows.front().source.ends_with("gemini/gemini-2.5-pro"));
  CHECK(lacks(*c, "gemini-2.5-pro", "cache_write_5m_long"));
}

TEST_CASE("genai-prices import: tiers, dates, skipped time-of-day prices", "[import][genai]") {
  const auto c = cattest::load("genai_prices_v2.json");
  // 36 providers; deepseek-chat and deepseek-reasoner price by the time of day: skipped.
  CHECK(skipped(*c, "price depends on the time of day") == 2);
  CHECK(c->skipped_total() == 2);
  CHECK(c->models().size() == 1464);  // python3: sum of len(p['models']) is 1,466, minus those 2
  CHECK_FALSE(c->date().has_value());
  // claude-sonnet-5: input 2 until 2026-09-01, then 3; no stated date: the newest row by default.
  CHECK(rate(*c, "claude-sonnet-5", "input", "2026-08-21") == 2.0);
  CHECK(rate(*c, "claude-sonnet-5", "input", "2026-09-01T00:00:00Z") == 3.0);
  CHECK(rate(*c, "claude-sonnet-5", "input") == 3.0);
  CHECK(rate(*c, "claude-sonnet-5", "cache_write_1h", "2026-08-21") == 4.0);
  // claude-opus-4-6 dropped its 200K tier on 2026-03-13.
  CHECK(rate(*c, "claude-opus-4-6", "input_long", "2026-03-12") == 10.0);
  CHECK(run(c.get(), "model_rate", {"claude-opus-4-6", "input_long", "2026-03-13"}).is_none());
  // gpt-5.4: tiers on input, read and output at 272,000; it has no cache writes.
  CHECK(rate(*c, "gpt-5.4", "long_context_threshold") == 272000.0);
  CHECK(rate(*c, "gpt-5.4", "output_long") == 22.5);
  CHECK(lacks(*c, "gpt-5.4", "cache_write_5m"));
  // o3's first price holds from the beginning (genai-prices falls back to it): 10 before
  // 2025-06-10.
  CHECK(rate(*c, "o3", "input", "2020-01-01") == 10.0);
  CHECK(rate(*c, "o3", "input", "2025-06-10") == 2.0);
  // A class genai-prices leaves untiered keeps its rate above the threshold (x-ai/grok-4-fast on
  // openrouter tiers input and output but not cache reads).
  CHECK(rate(*c, "openrouter/x-ai/grok-4-fast", "cache_read_long") ==
        rate(*c, "openrouter/x-ai/grok-4-fast", "cache_read"));
}

TEST_CASE("CSV import: the format and its errors", "[import][csv]") {
  const auto ok = cattest::from_csv(
      "# a comment\n"
      "\n"
      "# date: 2026-01-31\n"
      "Provider,Model,From,Input,Output,Source\r\n"
      "acme,\"m,1\",,1.5,2,\"a \"\"quoted\"\" source, with a comma\"\r\n"
      "acme,m2,2026-01-01,+1e0,2,\n");
  CHECK(ok->models().size() == 2);
  CHECK(ok->models()[0].id == "m,1");
  CHECK(ok->models()[0].rows[0].source == "a \"quoted\" source, with a comma");
  CHECK(ok->models()[1].rows[0].rate(RateKind::input) == 1.0);
  CHECK(llmcost::format_day(*ok->date()) == "2026-01-31");

  const std::pair<const char*, const char*> bad[] = {
      {"provider,model,input\nacme,m,abc\n", "test catalog:2: input must be a number >= 0"},
      {"provider,model,input\nacme,m,-1\n", "test catalog:2: input must be a number >= 0"},
      {"provider,model,price\n", "test catalog:1: unknown column 'price'"},
      {"provider,input\n", "test catalog:1: the header needs columns"},
      {"provider,model,input,input\n", "test catalog:1: column 'input' appears twice"},
      {"provider,model,from,input\nacme,m,,1\nacme,M,,2\n",
       "test catalog:3: a second row for acme/m"},
      {"provider,model,input_long\nacme,m,2\n",
       "test catalog:2: input_long needs long_context_threshold"},
      {"provider,model,from\nacme,m,2026-02-30\n", "test catalog:2: 'from' must be a date"},
      {"provider,model,source\nacme,m,\"open\n", "test catalog:2: a quoted cell is not closed"},
      {"# date: soon\nprovider,model\n", "test catalog:1: the '# date:' line needs a date"},
      {"provider,model\n,m\n", "test catalog:2: a row needs a provider and a model"},
      {"# only comments\n", "test catalog: no header line"},
      {"   \n", "test catalog: the file is empty"},
      {"{\"m\": ", "test catalog: not valid JSON"},
      // A provider without a string id is skipped; then no model has a price: an error.
      {"[{\"id\": 1}]", "no models with prices in test catalog (1 entries skipped)"},
  };
  for (const auto& [text, error] : bad) {
    llmcost::LoadResult r = llmcost::parse_catalog(text, "test catalog");
    INFO(text << " -> " << (r.ok() ? "loaded" : r.error));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.starts_with(error));
  }
}

TEST_CASE("a file that cannot be read is an error naming it", "[import]") {
  llmcost::LoadResult r = llmcost::load_catalog_file(cattest::data_path("no_such_catalog.json"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.find("no_such_catalog.json") != std::string::npos);
  // A failed catalog makes every catalog function invalid with the error, never a fallback.
  const auto failed = llmcost::Catalog::failed("x.csv", r.error);
  llmcost::Outcome o = run(failed.get(), "usage_cost", {"gpt-4.1", "openai", 1.0, 1.0});
  REQUIRE(o.is_invalid());
  CHECK(o.argument == "catalog");
  CHECK(o.reason.find("no_such_catalog.json") != std::string::npos);
  CHECK(run(failed.get(), "model_resolve", {"gpt-4.1"}).is_invalid());
  CHECK(run(failed.get(), "model_rate", {"gpt-4.1", "input"}).is_invalid());
  llmcost::Outcome info = run(failed.get(), "llmcost_catalog_info", {});
  REQUIRE(info.is_text);
  CHECK(info.text.find(R"("models":0)") != std::string::npos);
  CHECK(info.text.find("no_such_catalog.json") != std::string::npos);
}
