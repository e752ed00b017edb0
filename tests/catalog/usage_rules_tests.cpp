// The usage_cost / bucket_cost / model_rate rules of card section 7 beyond the notes' faults: parts
// and wholes, the threshold itself, buckets, batch, dates, missing prices, keywords.
#include <catch2/catch.hpp>

#include "catalog_test_util.hpp"

using cattest::describe;
using cattest::run;
using llmcost::Outcome;
using llmcost::Value;

namespace {

// "tiered": Claude Sonnet 4.5's list prices (3 / 15, reads 0.30, writes 3.75 and 6, 6 / 22.5 / 0.6
// / 7.5 / 12 above 200K prompt tokens, batch 1.5 / 7.5). "flat": GPT-4.1's (2 / 8, reads 0.5; no
// tier, no batch, no writes). "dated": a price that changed on 2026-09-01, first priced 2026-07-03.
constexpr std::string_view kRulesCatalog = R"(# date: 2026-08-21
provider,model,from,input,output,cache_read,cache_write_5m,cache_write_1h,batch_input,batch_output,long_context_threshold,input_long,output_long,cache_read_long,cache_write_5m_long,cache_write_1h_long,training_flat_10k,source
anthropic,tiered,,3,15,0.3,3.75,6,1.5,7.5,200000,6,22.5,0.6,7.5,12,,test: Claude Sonnet 4.5 list prices
openai,flat,,2,8,0.5,,,,,,,,,,,,test: GPT-4.1 list prices without batch
openai,dated,2026-07-03,2,8,,,,,,,,,,,,450,test: first price
openai,dated,2026-09-01,3,8,,,,,,,,,,,,450,test: changed price
)";

std::shared_ptr<const llmcost::Catalog> rules() {
  static const auto catalog = cattest::from_csv(kRulesCatalog);
  return catalog;
}

Outcome usage(std::initializer_list<Value> args) { return run(rules().get(), "usage_cost", args); }
Outcome bucket(std::initializer_list<Value> args) {
  return run(rules().get(), "bucket_cost", args);
}

double number(const Outcome& o) {
  INFO(describe(o));
  REQUIRE(o.is_number());
  return o.value;
}

void require_invalid(const Outcome& o, const std::string& argument) {
  INFO(describe(o));
  REQUIRE(o.is_invalid());
  CHECK(o.argument == argument);
  CHECK_FALSE(o.reason.empty());
}

const Value kOmit{};

}  // namespace

TEST_CASE("a part larger than its whole is invalid, never a negative cost", "[usage]") {
  // 1-hour writes are a part of all writes.
  require_invalid(usage({"tiered", "anthropic", 10.0, 0.0, 0.0, 100.0, 101.0}),
                  "cache_write_1h_tokens");
  // Inclusive: reads are part of input; reads + writes too.
  require_invalid(usage({"flat", "openai", 100.0, 0.0, 101.0}), "cache_read_tokens");
  require_invalid(usage({"tiered", "litellm", 100.0, 0.0, 60.0, 41.0}), "cache_write_tokens");
  // Exactly the whole is fine: 100 tokens all read at 0.5: 50 / 1e6.
  CHECK(number(usage({"flat", "openai", 100.0, 0.0, 100.0})) == Approx(0.00005).epsilon(1e-12));
  // Negative counts never reach the formula (card domain: >= 0).
  require_invalid(usage({"flat", "openai", -1.0, 0.0}), "input_tokens");
  require_invalid(usage({"flat", "openai", 1.0, 0.0, -5.0}), "cache_read_tokens");
}

TEST_CASE("a prompt exactly at the threshold is below the cliff", "[usage]") {
  // 200,000 x 3 = 0.6 at base; 200,001 x 6 = 1.200006 above.
  CHECK(number(usage({"tiered", "anthropic", 200000.0, 0.0})) == Approx(0.6).epsilon(1e-12));
  CHECK(number(usage({"tiered", "anthropic", 200001.0, 0.0})) == Approx(1.200006).epsilon(1e-12));
  // Inclusive count of the same whole prompt: 200,000 with 50,000 read: 150,000 x 3 + 50,000 x 0.3.
  CHECK(number(usage({"tiered", "openai", 200000.0, 0.0, 50000.0})) ==
        Approx(0.465).epsilon(1e-12));
  // Exclusive: 150,000 + 50,000 read = 200,000, still base.
  CHECK(number(usage({"tiered", "anthropic", 150000.0, 0.0, 50000.0})) ==
        Approx(0.465).epsilon(1e-12));
  // One more read token crosses: 150,000 x 6 + 50,001 x 0.6 = 930,000.6.
  CHECK(number(usage({"tiered", "anthropic", 150000.0, 0.0, 50001.0})) ==
        Approx(0.9300006).epsilon(1e-12));
}

TEST_CASE("a bucket is at base rates unless its context window says long", "[usage][bucket]") {
  // 50 requests of 10K tokens = 500K input in one row: base 500,000 x 3 = 1.5.
  CHECK(number(bucket({"tiered", "anthropic", "base", 500000.0, 0.0})) ==
        Approx(1.5).epsilon(1e-12));
  CHECK(number(bucket({"tiered", "anthropic", "", 500000.0, 0.0})) == Approx(1.5).epsilon(1e-12));
  CHECK(number(bucket({"tiered", "anthropic", "0-200k", 500000.0, 0.0})) ==
        Approx(1.5).epsilon(1e-12));
  // As one request of 500K it would cross the cliff: 500,000 x 6 = 3.
  CHECK(number(usage({"tiered", "anthropic", 500000.0, 0.0})) == Approx(3.0).epsilon(1e-12));
  // The row says long: 500,000 x 6 + 10,000 x 22.5 = 3.225, any spelling of the card's words.
  for (const char* window : {"long", "LONG", "200k-1M", "200K-1m"})
    CHECK(number(bucket({"tiered", "anthropic", window, 500000.0, 10000.0})) ==
          Approx(3.225).epsilon(1e-12));
  // A long row of small requests is still long: 1,000 x 6 = 0.006.
  CHECK(number(bucket({"tiered", "anthropic", "long", 1000.0, 0.0})) ==
        Approx(0.006).epsilon(1e-12));
  // `long` on a model with no tier prices at its flat rates: 500,000 x 2 = 1.
  CHECK(number(bucket({"flat", "openai", "long", 500000.0, 0.0})) == Approx(1.0).epsilon(1e-12));
  require_invalid(bucket({"tiered", "anthropic", "medium", 1.0, 1.0}), "context_window");
  require_invalid(bucket({"tiered", "anthropic", 1.0, 1.0, 1.0}), "context_window");  // not text
}

TEST_CASE("batch rows use batch rates", "[usage][batch]") {
  // 1,000 in + 1,000 out at 1.5 / 7.5 = 0.009; reads have no batch kind: 1,000 x 0.3 more.
  CHECK(number(usage({"tiered", "anthropic", 1000.0, 1000.0, kOmit, kOmit, kOmit, "batch"})) ==
        Approx(0.009).epsilon(1e-12));
  CHECK(number(usage({"tiered", "anthropic", 1000.0, 1000.0, 1000.0, kOmit, kOmit, "Batch"})) ==
        Approx(0.0093).epsilon(1e-12));
  // Above the threshold: long x batch / base: input 6 x 1.5 / 3 = 3, output 22.5 x 7.5 / 15
  // = 11.25: 250,000 x 3 + 1,000 x 11.25 = 761,250 -> 0.76125.
  CHECK(number(usage({"tiered", "anthropic", 250000.0, 1000.0, kOmit, kOmit, kOmit, "batch"})) ==
        Approx(0.76125).epsilon(1e-12));
  // A bucket of batch requests: 500,000 x 1.5 + 100,000 x 7.5 = 1.5.
  CHECK(number(bucket({"tiered", "anthropic", "base", 500000.0, 100000.0, kOmit, kOmit, kOmit,
                       "batch"})) == Approx(1.5).epsilon(1e-12));
  // standard or empty text: the standard rates, 1,000 x 3 + 1,000 x 15.
  for (const char* tier : {"standard", ""})
    CHECK(number(usage({"tiered", "anthropic", 1000.0, 1000.0, kOmit, kOmit, kOmit, tier})) ==
          Approx(0.018).epsilon(1e-12));
  // A model without batch rates keeps its standard ones: 1,000 x 2 + 1,000 x 8.
  CHECK(number(usage({"flat", "openai", 1000.0, 1000.0, kOmit, kOmit, kOmit, "batch"})) ==
        Approx(0.01).epsilon(1e-12));
  require_invalid(usage({"tiered", "anthropic", 1.0, 1.0, kOmit, kOmit, kOmit, "flex"}),
                  "service_tier");
}

TEST_CASE("prices by date: before the first price is invalid, a change is picked by priced_at",
          "[usage][dates]") {
  const auto at = [](const char* day) {
    return usage({"dated", "openai", 1e6, 0.0, kOmit, kOmit, kOmit, kOmit, day});
  };
  require_invalid(at("2026-07-02"), "priced_at");
  CHECK(number(at("2026-07-03")) == Approx(2.0).epsilon(1e-12));
  CHECK(number(at("2026-08-31T23:59:59Z")) == Approx(2.0).epsilon(1e-12));
  CHECK(number(at("2026-09-01")) == Approx(3.0).epsilon(1e-12));
  CHECK(number(at("2026-09-01 00:00")) == Approx(3.0).epsilon(1e-12));
  // Without priced_at: the catalog's stated date (2026-08-21): 2.
  CHECK(number(usage({"dated", "openai", 1e6, 0.0})) == Approx(2.0).epsilon(1e-12));
  // model_rate and model_resolve read the same rows.
  CHECK(number(run(rules().get(), "model_rate", {"dated", "input", "2026-09-02"})) == 3.0);
  CHECK(number(run(rules().get(), "model_rate", {"dated", "training_flat_10k"})) == 450.0);
  require_invalid(run(rules().get(), "model_rate", {"dated", "input", "2026-07-01"}), "priced_at");
  CHECK(run(rules().get(), "model_resolve", {"dated", "2026-07-01"}).is_none());
  CHECK(run(rules().get(), "model_resolve", {"dated", "2026-07-03"}).text == "openai/dated");
  // A malformed date is invalid, never "today".
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-7-3", "yesterday", "", "2026-07-03X"})
    require_invalid(at(bad), "priced_at");
}

TEST_CASE("a catalog without a stated date prices at each model's newest row", "[usage][dates]") {
  std::string csv(kRulesCatalog);
  csv.erase(0, csv.find('\n') + 1);  // drop "# date: ..."
  auto undated = cattest::from_csv(csv);
  CHECK_FALSE(undated->date().has_value());
  CHECK(run(undated.get(), "usage_cost", {"dated", "openai", 1e6, 0.0}).value == Approx(3.0));
  CHECK(undated->info_json().find(R"("date":null)") != std::string::npos);
}

TEST_CASE("a class with tokens needs a price; a class without tokens does not", "[usage]") {
  // "flat" has no cache write prices: 0 writes cost nothing extra, 10 writes are invalid.
  CHECK(number(usage({"flat", "openai", 1000.0, 0.0, 0.0, 0.0, 0.0})) ==
        Approx(0.002).epsilon(1e-12));
  Outcome o = usage({"flat", "openai", 1000.0, 0.0, 0.0, 10.0});
  require_invalid(o, "model");
  CHECK(o.reason.find("openai/flat") != std::string::npos);
  CHECK(o.reason.find("cache_write_5m") != std::string::npos);
  o = usage({"tiered", "anthropic", 0.0, 0.0, 0.0, 10.0, 10.0});
  CHECK(number(o) == Approx(0.00006).epsilon(1e-12));  // 10 x 6
  // model_rate says none for a kind the model lacks; an unknown kind is invalid.
  CHECK(run(rules().get(), "model_rate", {"flat", "cache_write_1h"}).is_none());
  CHECK(run(rules().get(), "model_rate", {"flat", "long_context_threshold"}).is_none());
  CHECK(number(run(rules().get(), "model_rate", {"tiered", "LONG_CONTEXT_THRESHOLD"})) == 200000.0);
  require_invalid(run(rules().get(), "model_rate", {"flat", "price"}), "kind");
}

TEST_CASE("conventions: the card's names, any case; anything else is invalid", "[usage]") {
  // Inclusive: 1,000 input with 400 read: 600 x 2 + 400 x 0.5 = 1,400 millionths.
  for (const char* c : {"openai", "gemini", "openrouter", "litellm", "inclusive", "OpenAI"})
    CHECK(number(usage({"flat", c, 1000.0, 0.0, 400.0})) == Approx(0.0014).epsilon(1e-12));
  // Exclusive: 1,000 + 400 read: 1,000 x 2 + 400 x 0.5 = 2,200 millionths.
  for (const char* c : {"anthropic", "bedrock", "exclusive", "Anthropic"})
    CHECK(number(usage({"flat", c, 1000.0, 0.0, 400.0})) == Approx(0.0022).epsilon(1e-12));
  require_invalid(usage({"flat", "azure", 1.0, 1.0}), "convention");
  require_invalid(usage({"flat", 3.0, 1.0, 1.0}), "convention");  // a number where text is due
}

TEST_CASE("never a negative zero, NaN or infinity", "[usage]") {
  Outcome zero = usage({"flat", "openai", 0.0, 0.0});
  REQUIRE(zero.is_number());
  CHECK(zero.value == 0.0);
  CHECK_FALSE(std::signbit(zero.value));
  require_invalid(usage({"flat", "openai", 1e308, 1e308}), "result");
}
