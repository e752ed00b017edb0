// The seven faults that real cost tools shipped (notes/usage-and-prices.md, "Faults"), each with
// the right value. The rates are the notes' own, in a test catalog written out here.
#include <catch2/catch.hpp>

#include "catalog_test_util.hpp"

using cattest::describe;
using cattest::run;
using llmcost::Value;

namespace {

// Rates per M tokens, as each fault states them.
constexpr std::string_view kFaultCatalog = R"(# date: 2026-08-21
provider,model,from,input,output,cache_read,cache_write_5m,cache_write_1h,long_context_threshold,input_long,output_long,cache_read_long,cache_write_5m_long,cache_write_1h_long,source
openai,fault1-gpt,,2.5,10,1.25,,,,,,,,,fault 1: 2.50 / 1.25 cached / 10
anthropic,fault2-claude,,3,15,0.3,3.75,6,200000,6,22.5,0.6,7.5,12,"faults 2, 3, 5: 3 / 3.75 writes / 15, reads 0.30, 6 above 200K"
anthropic,fault4-claude,,10,50,1,12.5,20,,,,,,,"fault 4: base input 10, 1-hour writes 2x = 20, 5-minute 1.25x = 12.5"
google,fault7-gemini,,0.3,2.5,0.03,,,,,,,,,"fault 7: Gemini 2.5 Flash, 0.30 / 2.50"
)";

std::shared_ptr<const llmcost::Catalog> faults() {
  static const auto catalog = cattest::from_csv(kFaultCatalog);
  return catalog;
}

double cost(std::initializer_list<Value> args) {
  llmcost::Outcome o = run(faults().get(), "usage_cost", args);
  INFO(describe(o));
  REQUIRE(o.is_number());
  return o.value;
}

}  // namespace

TEST_CASE("fault 1: OpenAI cached tokens are inside prompt_tokens, not charged twice", "[faults]") {
  // prompt 2,006 (1,920 cached), 300 out: (86 x 2.5 + 1,920 x 1.25 + 300 x 10) / 1e6 = 0.005615.
  const double right = cost({"fault1-gpt", "openai", 2006.0, 300.0, 1920.0});
  CHECK(right == Approx(0.005615).epsilon(1e-12));
  // The double count: 2,006 x 2.5 + 1,920 x 1.25 + 300 x 10 = 10,415 -> 0.010415.
  CHECK(right != Approx(0.010415).epsilon(1e-6));
}

TEST_CASE("fault 2: Anthropic cache writes are outside input_tokens, not charged twice",
          "[faults]") {
  // input 3, writes 12,304, output 550: (3 x 3 + 12,304 x 3.75 + 550 x 15) / 1e6 = 0.054399.
  const double right = cost({"fault2-claude", "anthropic", 3.0, 550.0, 0.0, 12304.0});
  CHECK(right == Approx(0.054399).epsilon(1e-12));
  // The writes added to input and priced again: (12,307 x 3 + 12,304 x 3.75 + 8,250) = 0.091311.
  CHECK(right != Approx(0.091311).epsilon(1e-6));
}

TEST_CASE("fault 3: no negative cost when reads were never inside input", "[faults]") {
  // exclusive: input 50, reads 10,000: (50 x 3 + 10,000 x 0.30) / 1e6 = 0.00315.
  CHECK(cost({"fault2-claude", "anthropic", 50.0, 0.0, 10000.0}) == Approx(0.00315).epsilon(1e-12));
  CHECK(cost({"fault2-claude", "bedrock", 50.0, 0.0, 10000.0}) == Approx(0.00315).epsilon(1e-12));
  // The same numbers under an inclusive convention are impossible (10,000 read of 50): invalid,
  // never the negative (50 - 10,000) x 3 + 3,000 = -26,850 millionths.
  llmcost::Outcome o =
      run(faults().get(), "usage_cost", {"fault2-claude", "openai", 50.0, 0.0, 10000.0});
  INFO(describe(o));
  REQUIRE(o.is_invalid());
  CHECK(o.argument == "cache_read_tokens");
}

TEST_CASE("fault 4: 1-hour cache writes at the 1-hour rate", "[faults]") {
  // 37,175 tokens written with a 1-hour lifetime: 37,175 x 20 / 1e6 = 0.7435.
  const double right = cost({"fault4-claude", "anthropic", 0.0, 0.0, 0.0, 37175.0, 37175.0});
  CHECK(right == Approx(0.7435).epsilon(1e-12));
  CHECK(right != Approx(0.4646875).epsilon(1e-6));  // at the 5-minute 12.5
  // A mix: 37,175 writes of which 10,000 for an hour: 27,175 x 12.5 + 10,000 x 20 = 539,687.5.
  CHECK(cost({"fault4-claude", "anthropic", 0.0, 0.0, 0.0, 37175.0, 10000.0}) ==
        Approx(0.5396875).epsilon(1e-12));
}

TEST_CASE("fault 5: the long-context tier is a cliff over the whole request", "[faults]") {
  // 250K input at 3, 6 above 200K: the whole request at 6: 250,000 x 6 / 1e6 = 1.50.
  const double right = cost({"fault2-claude", "anthropic", 250000.0, 0.0});
  CHECK(right == Approx(1.5).epsilon(1e-12));
  CHECK(right != Approx(0.90).epsilon(1e-6));  // 200,000 x 3 + 50,000 x 6
  // Every class moves: 150K uncached + 60K read + 40K written = 250K prompt > 200K, 1,000 out:
  // 150,000 x 6 + 60,000 x 0.6 + 40,000 x 7.5 + 1,000 x 22.5 = 1,258,500 -> 1.2585.
  CHECK(cost({"fault2-claude", "anthropic", 150000.0, 1000.0, 60000.0, 40000.0}) ==
        Approx(1.2585).epsilon(1e-12));
  // 1-hour writes too: 150K + 50K written for an hour + 10K read = 210K: 150,000 x 6 + 50,000 x 12
  // + 10,000 x 0.6 = 1,506,000 -> 1.506.
  CHECK(cost({"fault2-claude", "anthropic", 150000.0, 0.0, 10000.0, 50000.0, 50000.0}) ==
        Approx(1.506).epsilon(1e-12));
  // The same prompt counted the OpenAI way (cached and written inside 250K): the same cliff.
  CHECK(cost({"fault2-claude", "openai", 250000.0, 1000.0, 60000.0, 40000.0}) ==
        Approx(1.2585).epsilon(1e-12));
}

TEST_CASE("fault 6: a model missing from the catalog is an error naming it, never 0", "[faults]") {
  for (const char* fn : {"usage_cost", "model_rate"}) {
    llmcost::Outcome o = fn == std::string_view("usage_cost")
                             ? run(faults().get(), fn, {"gpt-9-imaginary", "openai", 1000.0, 100.0})
                             : run(faults().get(), fn, {"gpt-9-imaginary", "input"});
    INFO(fn << ": " << describe(o));
    REQUIRE(o.is_invalid());
    CHECK(o.argument == "model");
    CHECK(llmcost::error_message(fn, o).find("'gpt-9-imaginary'") != std::string::npos);
  }
  // model_resolve says none, so a query can filter unknown names first.
  CHECK(run(faults().get(), "model_resolve", {"gpt-9-imaginary"}).is_none());
}

TEST_CASE("fault 7: thinking tokens are output", "[faults]") {
  // A real Gemini 2.5 Flash response (genai_prices_usages.json, the record whose gateway estimated
  // 0.0001546): promptTokenCount 7, candidatesTokenCount 8, thoughtsTokenCount 53. The caller adds
  // thoughts to output: (7 x 0.30 + (8 + 53) x 2.50) / 1e6 = 0.0001546, the gateway's own figure.
  const double right = cost({"fault7-gemini", "gemini", 7.0, 8.0 + 53.0});
  CHECK(right == Approx(0.0001546).epsilon(1e-12));
  CHECK(right != Approx(0.0000221).epsilon(1e-6));  // thoughts left out: 7 x 0.3 + 8 x 2.5
}
