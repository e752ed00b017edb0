// Runs every golden vector whose hosts include `core` through llmcost::evaluate / cost_schedule.
#include <catch2/catch.hpp>
#include <sstream>

#include "llmcost/llmcost.hpp"
#include "vectors.hpp"

using llmcost::test::Vector;
using llmcost::test::VectorArg;

namespace {

std::vector<llmcost::Value> to_values(const Vector& v) {
  std::vector<llmcost::Value> out;
  for (const VectorArg& a : v.args) {
    switch (a.kind) {
      case VectorArg::Kind::omitted:
        out.emplace_back();
        break;
      case VectorArg::Kind::number:
        out.emplace_back(a.number);
        break;
      case VectorArg::Kind::text:
        out.emplace_back(std::string_view(a.text));
        break;
      default:
        FAIL(v.where() << ": NULL and blobs have no core form; drop `core` from hosts");
    }
  }
  return out;
}

double cell(const llmcost::ScheduleRow& r, const std::string& column) {
  if (column == "month") return r.month;
  if (column == "cumulative_a") return r.cumulative_a;
  if (column == "cumulative_b") return r.cumulative_b;
  if (column == "difference") return r.difference;
  throw std::runtime_error("unknown schedule column " + column);
}

// The outcome for one vector: the scalar function, or one cell of cost_schedule.
llmcost::Outcome run(const Vector& v, const std::vector<llmcost::Value>& values) {
  const auto schedule_cell = v.schedule_cell();
  if (!schedule_cell) return llmcost::call(v.function, values);
  llmcost::Schedule s = llmcost::cost_schedule(values);
  if (!s.outcome.is_number()) return s.outcome;
  const auto [month, column] = *schedule_cell;
  if (month < 1 || month > static_cast<int>(s.rows.size())) return llmcost::Outcome::nothing();
  return llmcost::Outcome::of(cell(s.rows[static_cast<std::size_t>(month - 1)], column));
}

std::string describe(const llmcost::Outcome& o) {
  std::ostringstream s;
  if (o.is_number()) s.precision(17), s << o.value;
  if (o.is_none()) s << "none";
  if (o.is_invalid()) s << "invalid:" << o.argument << " (" << o.reason << ", got " << o.got << ")";
  return s.str();
}

}  // namespace

TEST_CASE("golden vectors: every core row", "[vectors]") {
  const auto vectors = llmcost::test::load_vectors(LLMCOST_VECTORS_DIR);
  REQUIRE(vectors.size() >= 200);
  int ran = 0;
  for (const Vector& v : vectors) {
    if (!v.runs_on("core")) continue;
    ++ran;
    const llmcost::Outcome got = run(v, to_values(v));
    INFO(v.where() << "  " << v.function << "(" << v.args_text << ")  got " << describe(got)
                   << "  source: " << v.source);
    switch (v.expect) {
      case Vector::Expect::number:
        REQUIRE(got.is_number());
        CHECK(llmcost::test::close_enough(got.value, v.value, v.rel_tol));
        break;
      case Vector::Expect::none:
        CHECK(got.is_none());
        break;
      case Vector::Expect::invalid:
        REQUIRE(got.is_invalid());
        CHECK(got.argument == v.argument);
        CHECK_FALSE(got.reason.empty());
        break;
      case Vector::Expect::calc_error:
        FAIL("calc_error rows are Calc-only; drop `core` from hosts");
    }
  }
  CHECK(ran >= 150);
}
