// One value per argument: how each kind of Any reaches the core (rules in
// calc_addin/src/invoke.hpp). Expected numbers are hand calculations from the function card.
#include <catch2/catch.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "date.hpp"
#include "glue.hpp"

using glue::num;
using glue::omitted;
using glue::Result;
using glue::run;
using glue::text;

TEST_CASE("numbers give the card's numbers") {
  // card s4: breakeven_months(6000, 1200) = 6000 / 1200 = 5
  const Result r = run("breakeven_months", {num(6000), num(1200)});
  REQUIRE(r.kind == Result::Kind::number);
  CHECK(r.number == Approx(5).epsilon(1e-12));
  // card s2: cached_input_rate(2.00, 0.20, 0.85, 1.25) = 0.85*0.2 + 0.15*2*1.25 = 0.545
  const Result c = run("cached_input_rate", {num(2), num(0.2), num(0.85), num(1.25)});
  REQUIRE(c.kind == Result::Kind::number);
  CHECK(c.number == Approx(0.545).epsilon(1e-12));
}

TEST_CASE("an omitted optional argument takes its default") {
  // cached_input_rate(2, 0.2, 0.85) = 0.85*0.2 + 0.15*2 = 0.47 (write_multiplier 1)
  const Result r = run("cached_input_rate", {num(2), num(0.2), num(0.85), omitted()});
  REQUIRE(r.kind == Result::Kind::number);
  CHECK(r.number == Approx(0.47).epsilon(1e-12));
  // expected_attempts(0.8) = 1 / 0.8 = 1.25 (no limit on attempts)
  CHECK(run("expected_attempts", {num(0.8)}).number == Approx(1.25).epsilon(1e-12));
  // ft_monthly_cost(200000, 0, 0, 0, 0, 6000, 24) = 6000 / 24 = 250 (fixed_monthly 0)
  CHECK(run("ft_monthly_cost", {num(200000), num(0), num(0), num(0), num(0), num(6000), num(24)})
            .number == Approx(250).epsilon(1e-12));
}

TEST_CASE("an omitted required argument is invalid, naming it") {
  const Result r = run("breakeven_months", {omitted(), num(1200)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("breakeven_months: one_time_cost ", 0) == 0);
  const Result last = run("breakeven_months", {num(6000)});
  REQUIRE(last.kind == Result::Kind::invalid);
  CHECK(last.text.rfind("breakeven_months: monthly_savings ", 0) == 0);
}

TEST_CASE("every method: all arguments omitted is invalid, text in a number is #VALUE!") {
  for (const llmcost::FunctionSpec& f : llmcost::functions()) {
    INFO(f.name);
    if (f.required > 0) {
      const Result r = run(std::string(f.name), {});
      REQUIRE(r.kind == Result::Kind::invalid);
      CHECK(r.text.rfind(std::string(f.name) + ": " + std::string(f.args[0].name) + " ", 0) == 0);
    }
    for (std::size_t i = 0; i < f.args.size(); ++i) {
      if (llmcost::is_text_domain(f.args[i].domain)) continue;
      std::vector<glue::Any> args(f.args.size());
      args[i] = text("abc");
      const Result r = run(std::string(f.name), args);
      CHECK(r.kind == Result::Kind::value_error);
      CHECK(r.text == std::string(f.name) + ": " + std::string(f.args[i].name) +
                          " must be a number (got 'abc')");
    }
  }
}

TEST_CASE("empty text in a number argument is #VALUE!, as text") {
  CHECK(run("token_cost", {num(1000), text("")}).kind == Result::Kind::value_error);
}

TEST_CASE("an empty cell (Calc passes 0) as write_multiplier is invalid, never free writes") {
  const Result r = run("cached_input_rate", {num(2), num(0.2), num(0.85), num(0)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("cached_input_rate: write_multiplier ", 0) == 0);
}

TEST_CASE("half an option group is invalid, naming the missing argument") {
  // prompt_overhead_cost(10000, 5000, 3, 0.3) without its hit rate
  const Result r = run("prompt_overhead_cost", {num(10000), num(5000), num(3), num(0.3)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("prompt_overhead_cost: hit_rate ", 0) == 0);
}

TEST_CASE("none is an empty any (#N/A)") {
  // card s4: breakeven_months(2400, 95, 0.04) = none (2400 x 0.04 = 96 > 95 a month)
  const Result r = run("breakeven_months", {num(2400), num(95), num(0.04)});
  CHECK(r.kind == Result::Kind::none);
  CHECK_FALSE(r.any.hasValue());
}

TEST_CASE("other numeric Any types are numbers; other types are #VALUE!") {
  // amortized_cost(6000, 24) = 250, with the count as a UNO long
  const Result r = run("amortized_cost", {glue::Any(sal_Int32(6000)), num(24)});
  REQUIRE(r.kind == Result::Kind::number);
  CHECK(r.number == Approx(250).epsilon(1e-12));
  CHECK(run("amortized_cost", {glue::Any(true), num(24)}).kind == Result::Kind::value_error);
  glue::Sequence<rtl::OUString> strings(1);
  CHECK(run("amortized_cost", {glue::Any(strings), num(24)}).kind == Result::Kind::value_error);
}

TEST_CASE("an overflowing result is invalid") {
  // token_cost(1e300, 1e300) = 1e600 / 1e6: not finite
  const Result r = run("token_cost", {num(1e300), num(1e300)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("token_cost: result ", 0) == 0);
}

TEST_CASE("COST_SCHEDULE returns months x 4 numbers") {
  // cost_schedule(3, 0, 1200, 6000, 0): month k: 1200k, 6000, 1200k - 6000
  const Result r = run("cost_schedule", {num(3), num(0), num(1200), num(6000), num(0)});
  REQUIRE(r.kind == Result::Kind::array);
  const auto rows = glue::cells(r);
  REQUIRE(rows.size() == 3);
  for (int k = 1; k <= 3; ++k) {
    REQUIRE(rows[k - 1].size() == 4);
    const double want[] = {double(k), 1200.0 * k, 6000, 1200.0 * k - 6000};
    for (int c = 0; c < 4; ++c) CHECK(rows[k - 1][c].get<double>() == want[c]);
  }
  const Result half = run("cost_schedule", {num(24.5), num(0), num(1200), num(6000), num(0)});
  REQUIRE(half.kind == Result::Kind::invalid);
  CHECK(half.text.rfind("cost_schedule: months ", 0) == 0);
}

TEST_CASE("date cells become ISO dates with the document's null date") {
  using llmcost::calc::iso_date;
  // Calc's default null date 1899-12-30: day 1 is 1899-12-31; day 45658 is 2025-01-01 (Calc's
  // DATE(2025;1;1) shows 45658); the time of day is dropped.
  CHECK(iso_date(1) == "1899-12-31");
  CHECK(iso_date(45658) == "2025-01-01");
  CHECK(iso_date(45658.75) == "2025-01-01");
  // A leap day: 2024-01-01 is day 45292, + 31 days of January + 28 = day 45351, 2024-02-29.
  CHECK(iso_date(45351) == "2024-02-29");
  // The 1904 null date (1904-01-01): day 1 is 1904-01-02.
  CHECK(iso_date(1, {1904, 1, 1}) == "1904-01-02");
  // 0 is an empty cell: invalid; so is anything before day 1 or past year 9999.
  CHECK_FALSE(iso_date(0).has_value());
  CHECK_FALSE(iso_date(-5).has_value());
  CHECK_FALSE(iso_date(1e7).has_value());
}
