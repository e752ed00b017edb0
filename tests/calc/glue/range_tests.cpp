// The range form (rules 5 in calc_addin/src/invoke.hpp).  Expected numbers: hand calculations.
#include <catch2/catch.hpp>

#include "glue.hpp"

using glue::Any;
using glue::column;
using glue::num;
using glue::range;
using glue::Result;
using glue::run;
using glue::text;

namespace {
double number(const Any& a) {
  double x = 0;
  REQUIRE((a >>= x));
  return x;
}
}  // namespace

TEST_CASE("a single value is used for every cell of the ranges") {
  // breakeven_months(C, S): 6000/1200 = 5, 0 (C = 0 gives 0), 2400/95 = none at d = 0.04, 5000/32
  const Result r = run("breakeven_months", {column({6000, 0, 5000}), column({1200, 1200, 32})});
  REQUIRE(r.kind == Result::Kind::array);
  const auto out = glue::cells(r);
  REQUIRE(out.size() == 3);
  CHECK(number(out[0][0]) == Approx(5).epsilon(1e-12));
  CHECK(number(out[1][0]) == 0);
  CHECK(number(out[2][0]) == Approx(156.25).epsilon(1e-12));  // 5000 / 32
  // With d = 0.04 for every row: row 1 is NPER(0.04; 1200; -6000) = ln(1200/960)/ln(1.04)
  const Result d = run("breakeven_months", {column({6000, 2400}), column({1200, 95}), num(0.04)});
  REQUIRE(d.kind == Result::Kind::array);
  const auto dout = glue::cells(d);
  CHECK(number(dout[0][0]) == Approx(std::log(1200.0 / 960.0) / std::log(1.04)).epsilon(1e-12));
  CHECK_FALSE(dout[1][0].hasValue());  // 2400 x 0.04 = 96 > 95: none, an empty cell
}

TEST_CASE("two-dimensional ranges give a result of their shape") {
  // token_cost = tokens x rate / 1e6: [[1e6 x 2, 2e6 x 3], [5e5 x 8, 0 x 1]] = [[2, 6], [4, 0]]
  const Result r = run("token_cost", {range({{num(1e6), num(2e6)}, {num(5e5), num(0)}}),
                                      range({{num(2), num(3)}, {num(8), num(1)}})});
  REQUIRE(r.kind == Result::Kind::array);
  const auto out = glue::cells(r);
  REQUIRE(out.size() == 2);
  REQUIRE(out[0].size() == 2);
  CHECK(number(out[0][0]) == Approx(2).epsilon(1e-12));
  CHECK(number(out[0][1]) == Approx(6).epsilon(1e-12));
  CHECK(number(out[1][0]) == Approx(4).epsilon(1e-12));
  CHECK(number(out[1][1]) == 0);
}

TEST_CASE("ranges of unequal shapes are invalid") {
  const Result r = run("breakeven_months", {column({6000, 0, 5000}), column({1200, 32})});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("breakeven_months: monthly_savings ", 0) == 0);
  const Result t = run("token_cost", {column({1, 2}), range({{num(1), num(2)}})});
  CHECK(t.kind == Result::Kind::invalid);
}

TEST_CASE("an empty cell in a range is 0") {
  // Calc passes an empty cell of a range as "" (or an empty any): one_time_cost 0 gives 0 months
  const Result r = run("breakeven_months",
                       {range({{text("")}, {Any()}, {num(6000)}}), column({1200, 1200, 1200})});
  REQUIRE(r.kind == Result::Kind::array);
  const auto out = glue::cells(r);
  CHECK(number(out[0][0]) == 0);
  CHECK(number(out[1][0]) == 0);
  CHECK(number(out[2][0]) == Approx(5).epsilon(1e-12));
  // ... so an empty write_multiplier cell is 0 < 1: invalid
  const Result w =
      run("cached_input_rate", {num(2), num(0.2), num(0.85), range({{num(1.25)}, {text("")}})});
  REQUIRE(w.kind == Result::Kind::invalid);
  CHECK(w.text.rfind("cached_input_rate: write_multiplier ", 0) == 0);
}

TEST_CASE("text in a range is #VALUE!, even after an invalid cell") {
  const Result r = run("breakeven_months", {range({{num(-1)}, {text("x")}}), column({1200, 1200})});
  REQUIRE(r.kind == Result::Kind::value_error);
  CHECK(r.text.rfind("breakeven_months: one_time_cost must be a number (got 'x')", 0) == 0);
}

TEST_CASE("one invalid cell makes the whole result invalid") {
  const Result r = run("breakeven_months", {column({6000, -1, 2400}), num(1200)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("breakeven_months: one_time_cost ", 0) == 0);
  CHECK(r.text.find("row 2") != std::string::npos);
}

TEST_CASE("a 1 x 1 range is one value") {
  const Result r = run("breakeven_months", {range({{num(6000)}}), num(1200)});
  REQUIRE(r.kind == Result::Kind::number);
  CHECK(r.number == Approx(5).epsilon(1e-12));
}

TEST_CASE("ragged or empty arrays are invalid") {
  CHECK(run("token_cost", {range({{num(1), num(2)}, {num(3)}}), num(1)}).kind ==
        Result::Kind::invalid);
  CHECK(run("token_cost", {range({}), num(1)}).kind == Result::Kind::invalid);
}

TEST_CASE("a table function takes no ranges") {
  const Result r = run("cost_schedule", {column({12, 24}), num(0), num(1200), num(6000), num(0)});
  REQUIRE(r.kind == Result::Kind::invalid);
  CHECK(r.text.rfind("cost_schedule: months ", 0) == 0);
}
