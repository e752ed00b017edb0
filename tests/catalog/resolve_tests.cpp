// Model-name resolution (card section 7) and priced_at text.
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

#include "catalog_test_util.hpp"

using cattest::describe;
using cattest::run;

namespace {

std::string resolved(const llmcost::Catalog& c, const char* name) {
  llmcost::Outcome o = run(&c, "model_resolve", {name});
  INFO(name << " -> " << describe(o));
  REQUIRE((o.is_none() || o.is_text));
  return o.is_none() ? "none" : o.text;
}

}  // namespace

TEST_CASE("resolution in the default catalog", "[resolve]") {
  const auto c = llmcost::default_catalog();
  // Exact ids, any case and surrounding blanks.
  CHECK(resolved(*c, "gpt-4.1") == "openai/gpt-4.1");
  CHECK(resolved(*c, "GPT-4.1") == "openai/gpt-4.1");
  CHECK(resolved(*c, " gpt-4.1 ") == "openai/gpt-4.1");
  CHECK(resolved(*c, "gpt-4.1-mini") == "openai/gpt-4.1-mini");  // an id, not gpt-4.1 + "-mini"
  // Dated, versioned and fine-tune suffixes.
  CHECK(resolved(*c, "claude-sonnet-4-5-20250929") == "anthropic/claude-sonnet-4-5");
  CHECK(resolved(*c, "claude-opus-4-20250514") == "anthropic/claude-opus-4");
  CHECK(resolved(*c, "claude-opus-4-1-20250805") == "anthropic/claude-opus-4-1");
  CHECK(resolved(*c, "claude-3-5-haiku-latest") == "anthropic/claude-3-5-haiku");
  CHECK(resolved(*c, "gpt-4o-2024-08-06") == "openai/gpt-4o");
  CHECK(resolved(*c, "gpt-4.1-2025-04-14-v2") == "openai/gpt-4.1");
  CHECK(resolved(*c, "claude-sonnet-4-5@20250929") == "anthropic/claude-sonnet-4-5");
  CHECK(resolved(*c, "ft:gpt-4.1-2025-04-14:acme::BC8m4xyz") == "openai/ft:gpt-4.1-2025-04-14");
  CHECK(resolved(*c, "ft:gpt-4.1-mini-2025-04-14:acme::x1") == "openai/ft:gpt-4.1-mini-2025-04-14");
  // Any other remainder does not resolve.
  CHECK(resolved(*c, "gpt-4o-audio-preview") == "none");
  CHECK(resolved(*c, "claude-sonnet-4-5-preview") == "none");
  CHECK(resolved(*c, "gpt-4.1-20250414x") == "none");
  CHECK(resolved(*c, "") == "none");
  // Provider prefixes and aliases scope the search to that provider.
  CHECK(resolved(*c, "anthropic/claude-sonnet-4-5") == "anthropic/claude-sonnet-4-5");
  CHECK(resolved(*c, "openai/claude-sonnet-4-5") == "none");
  CHECK(resolved(*c, "gemini/gemini-2.5-pro") == "google/gemini-2.5-pro");
  CHECK(resolved(*c, "vertex_ai/gemini-2.5-pro") == "google/gemini-2.5-pro");
  CHECK(resolved(*c, "bedrock/anthropic.claude-opus-4-7") == "aws/anthropic.claude-opus-4-7");
  CHECK(resolved(*c, "bedrock_converse/us.anthropic.claude-sonnet-4-6") ==
        "aws/us.anthropic.claude-sonnet-4-6");
  // Bedrock ids: exact rows (regional prices), else the region dropped.
  CHECK(resolved(*c, "anthropic.claude-sonnet-4-5-20250929-v1:0") ==
        "aws/anthropic.claude-sonnet-4-5-20250929-v1:0");
  CHECK(resolved(*c, "us.anthropic.claude-sonnet-4-5-20250929-v1:0") ==
        "aws/us.anthropic.claude-sonnet-4-5-20250929-v1:0");
  CHECK(resolved(*c, "global.anthropic.claude-sonnet-4-5-20250929-v1:0") ==
        "aws/anthropic.claude-sonnet-4-5-20250929-v1:0");
  CHECK(resolved(*c, "apac.anthropic.claude-sonnet-4-6") == "aws/anthropic.claude-sonnet-4-6");
  CHECK(resolved(*c, "global.anthropic.claude-sonnet-5-v1:0") == "aws/anthropic.claude-sonnet-5");
  // The maker's own row first; a name the maker lacks falls through to the others.
  CHECK(resolved(*c, "claude-sonnet-5") == "anthropic/claude-sonnet-5");
  CHECK(resolved(*c, "ft:claude-sonnet-5") == "aws/ft:claude-sonnet-5");
  CHECK(resolved(*c, "ft:llama-3.3-70b") == "together/ft:llama-3.3-70b");
}

TEST_CASE("resolution with genai-prices' own match rules", "[resolve]") {
  const auto c = cattest::load("genai_prices_v2.json");
  // starts_with rules: claude-3.5-sonnet-... is claude-3-5-sonnet.
  CHECK(resolved(*c, "claude-3.5-sonnet-20240620") == "anthropic/claude-3-5-sonnet");
  // contains rules in google's scope.
  CHECK(resolved(*c, "google/gemini-2.0-flash-001") == "google/gemini-2.0-flash");
  // regex rules: ^gpt-5\.6-luna-\d{4}-\d{2}-\d{2}$.
  CHECK(resolved(*c, "gpt-5.6-luna-2026-07-30") == "openai/gpt-5.6-luna");
  // equals in an `or`: gpt-5.6 is gpt-5.6-sol.
  CHECK(resolved(*c, "gpt-5.6") == "openai/gpt-5.6-sol");
  // The maker first: claude-* is anthropic's, though google also lists Claude models.
  CHECK(resolved(*c, "claude-opus-4-6") == "anthropic/claude-opus-4-6");
  CHECK(resolved(*c, "google/claude-opus-4-6") == "google/claude-opus-4-6");
  CHECK(resolved(*c, "vertex_ai/claude-opus-4-6") == "google/claude-opus-4-6");
  // Not a match of any rule, nor a version suffix.
  CHECK(resolved(*c, "gpt-4o-turbo-imaginary") == "none");
}

TEST_CASE("resolution in LiteLLM's catalog", "[resolve]") {
  const auto c = cattest::load("litellm_model_prices.json");
  CHECK(resolved(*c, "gemini/gemini-2.5-pro") == "google/gemini-2.5-pro");
  CHECK(resolved(*c, "gemini-2.5-pro") == "google/gemini-2.5-pro");
  CHECK(resolved(*c, "claude-sonnet-4-5-20250929") == "anthropic/claude-sonnet-4-5-20250929");
  CHECK(resolved(*c, "openrouter/anthropic/claude-sonnet-4.5") != "none");
  CHECK(resolved(*c, "bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0") ==
        "aws/us.anthropic.claude-3-5-haiku-20241022-v1:0");
}

TEST_CASE("one catalog resolves the same names from many threads", "[resolve][threads]") {
  const auto c = llmcost::default_catalog();
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"claude-sonnet-4-5-20250929", "anthropic/claude-sonnet-4-5"},
      {"gpt-4o-2024-08-06", "openai/gpt-4o"},
      {"global.anthropic.claude-sonnet-5-v1:0", "aws/anthropic.claude-sonnet-5"},
      {"gemini-2.5-flash", "google/gemini-2.5-flash"},
      {"no-such-model", ""}};
  std::vector<int> wrong(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const auto& [name, want] = cases[static_cast<std::size_t>((i + t) % 5)];
        const llmcost::Model* m = c->resolve(name);
        const std::string got = m ? m->full_name() : "";
        if (got != want) ++wrong[static_cast<std::size_t>(t)];
      }
    });
  for (auto& th : threads) th.join();
  for (int w : wrong) CHECK(w == 0);
}

TEST_CASE("priced_at: a date, optionally a time", "[dates]") {
  using llmcost::format_day;
  using llmcost::parse_priced_at;
  // 1970-01-01 is day 0; 2026-07-03 is 20,637 days later (56 years of 365 + 14 leap days + 183).
  CHECK(parse_priced_at("1970-01-01") == 0);
  CHECK(parse_priced_at("2026-07-03") == 56 * 365 + 14 + 183);
  for (const char* ok :
       {"2026-07-03T10:00", "2026-07-03T10:00:59Z", "2026-07-03 10:00:00.123456",
        "2026-07-03T23:59:59+02:00", "2026-07-03t00:00:00-0500", "2026-07-03T10:00+05"})
    CHECK(parse_priced_at(ok) == parse_priced_at("2026-07-03"));
  CHECK(parse_priced_at("2024-02-29").has_value());  // a leap day
  for (const char* bad : {"2026-02-29", "2026-04-31", "2026-00-10", "2026-7-3", "26-07-03",
                          "2026-07-03T", "2026-07-03T25:00", "2026-07-03T10:60", "2026-07-03 10",
                          "2026-07-03T10:00:00+2", "2026/07/03", "2026-07-03Z"})
    CHECK_FALSE(parse_priced_at(bad).has_value());
  // format_day reads back every day of four years, leap years included.
  for (llmcost::Day d = 20000; d < 20000 + 4 * 366; ++d) CHECK(parse_priced_at(format_day(d)) == d);
  CHECK(format_day(0) == "1970-01-01");
}
