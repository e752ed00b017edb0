// The function card's reference values (sections 0-5), each with its arithmetic.
#include <catch2/catch.hpp>

#include "llmcost/llmcost.hpp"

using namespace llmcost;

namespace {
double num(const Outcome& o) {
  INFO("outcome was " << (o.is_none() ? "none" : "invalid: " + error_message("f", o)));
  REQUIRE(o.is_number());
  return o.value;
}
Approx exactly(double x) { return Approx(x).epsilon(1e-12); }
}  // namespace

TEST_CASE("card section 2: cached_input_rate", "[reference]") {
  // 0.85 x 0.20 + 0.15 x 2.00 = 0.17 + 0.30 = 0.47
  CHECK(num(cached_input_rate(2.00, 0.20, 0.85)) == exactly(0.47));
  // 0.17 + 0.15 x 2.00 x 1.25 = 0.17 + 0.375 = 0.545
  CHECK(num(cached_input_rate(2.00, 0.20, 0.85, 1.25)) == exactly(0.545));
}

TEST_CASE("card section 3: the seed's overhead and amortization", "[reference]") {
  CHECK(num(prompt_overhead_cost(4000, 4000, 2)) == exactly(32));      // 16M tokens x $2/M
  CHECK(num(prompt_overhead_cost(200000, 6000, 1)) == exactly(1200));  // 1.2B tokens x $1/M
  CHECK(num(prompt_overhead_cost(10000, 5000, 3)) == exactly(150));    // 50M tokens x $3/M
  CHECK(num(amortized_cost(5000, 24)) == exactly(5000.0 / 24));        // 208.333...
  CHECK(num(amortized_cost(6000, 24)) == exactly(250));                // 6000 / 24
  // Example 2: 1200 overhead - 250 amortization = 950 a month, x 24 = 22,800
  CHECK(num(prompt_overhead_cost(200000, 6000, 1)) - num(amortized_cost(6000, 24)) == exactly(950));
}

TEST_CASE("card section 4: break-even", "[reference]") {
  CHECK(num(breakeven_months(6000, 1200)) == exactly(5));     // 6000 / 1200
  CHECK(num(breakeven_months(5000, 32)) == exactly(156.25));  // 5000 / 32
  // NPER(0.01; 1200; -6000) = ln(1 - 6000 x 0.01 / 1200) / ln(1 / 1.01) = 5.154933...
  CHECK(num(breakeven_months(6000, 1200, 0.01)) ==
        exactly(std::log(1 - 6000 * 0.01 / 1200) / std::log(1 / 1.01)));
  CHECK(num(breakeven_months(6000, 1200, 0.01)) == Approx(5.15493).epsilon(1e-5));
  // 1 - 2400 x 0.04 / 95 = -0.0105 < 0: the savings' present value never reaches 2400
  CHECK(breakeven_months(2400, 95, 0.04).is_none());
  // ln(1 + 5000 x 0.05 / 32) / ln(1.05) = ln(8.8125) / ln(1.05) = 44.6027...
  CHECK(num(breakeven_months(5000, 32, 0, 0.05)) == exactly(std::log(8.8125) / std::log(1.05)));
  CHECK(num(breakeven_months(5000, 32, 0, 0.05)) == Approx(44.6027).epsilon(1e-5));
  // (5000/24) x 1e6 / (2000 x 2) = 52,083.33...
  CHECK(num(breakeven_requests(0, 2000, 0, 2, 0, 2, 0, 5000, 24)) ==
        exactly(5000.0 / 24 * 1e6 / 4000));
  CHECK(num(breakeven_requests(0, 2000, 0, 2, 0, 2, 0, 5000, 24)) == Approx(52083.3).epsilon(1e-5));
  // 250 x 1e6 / (200000 x 1) = 1250
  CHECK(num(breakeven_prompt_tokens(200000, 1, 6000, 24)) == exactly(1250));
  // t = 250e6 / (200000 x 6000) = 0.208333; h* = (1 - 0.208333) / (1 - 0.1) = 0.879629...
  CHECK(num(breakeven_hit_rate(200000, 6000, 1, 0.1, 6000, 24)) ==
        exactly((1 - 250e6 / 1.2e9) / 0.9));
  CHECK(num(breakeven_hit_rate(200000, 6000, 1, 0.1, 6000, 24)) == Approx(0.87963).epsilon(1e-5));
}

TEST_CASE("card section 5: quality and self-hosting", "[reference]") {
  CHECK(num(expected_attempts(0.8)) == exactly(1.25));         // 1 / 0.8
  CHECK(num(expected_attempts(0.8, 3)) == exactly(1.24));      // (1 - 0.2^3) / 0.8 = 0.992 / 0.8
  CHECK(num(cost_per_success(0.05, 0.8)) == exactly(0.0625));  // 0.05 / 0.8
  // 5.98 / (890 x 3600) x 1e6 = 5.98e6 / 3,204,000 = 1.866417...
  CHECK(num(selfhost_rate(5.98, 890)) == exactly(5.98e6 / 3204000));
  CHECK(num(selfhost_rate(5.98, 890)) == Approx(1.86642).epsilon(1e-5));
}

TEST_CASE("errors name the function, the argument and the value", "[outcome]") {
  const Outcome o = breakeven_months(-1, 100);
  REQUIRE(o.is_invalid());
  CHECK(error_message("breakeven_months", o) ==
        "breakeven_months: one_time_cost must be >= 0 (got -1)");
  const Outcome half = pe_monthly_cost(1, 1, 1, 1, 1, 1, std::nullopt, 0.85);
  REQUIRE(half.is_invalid());
  CHECK(half.argument == "cache_read_rate");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(1e308) == "1e+308");
  CHECK(quote_text("it's") == "'it''s'");
  // Shortest round-trip numbers, exponent without padding (to_chars gives "1e-04").
  CHECK(format_number(-1e-4) == "-1e-4");
  CHECK(format_number(1.5e-300) == "1.5e-300");
  CHECK(format_number(0.0001234) == "0.0001234");
  // Error text stays valid UTF-8 and short: bad bytes and control characters as \xNN, 80
  // characters.
  CHECK(quote_text(std::string("a\xff"
                               "b",
                               3)) == "'a\\xffb'");
  CHECK(quote_text(std::string("a\0b", 3)) == "'a\\x00b'");
  CHECK(quote_text("caf\xc3\xa9") == "'caf\xc3\xa9'");       // é is kept
  CHECK(quote_text("\xed\xa0\x80") == "'\\xed\\xa0\\x80'");  // a surrogate is not UTF-8
  CHECK(quote_text(std::string(100, 'x')) == "'" + std::string(80, 'x') + "...'");
}
