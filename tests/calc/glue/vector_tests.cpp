// Every golden vector whose hosts include calc, through the add-in's generated methods: one value
// per argument, and again in the range form (vectors of one function stacked as columns).
#include <catch2/catch.hpp>
#include <map>

#include "glue.hpp"
#include "vectors.hpp"

using glue::Result;
using llmcost::test::Vector;
using llmcost::test::VectorArg;

namespace {

const std::vector<Vector>& calc_vectors() {
  static const std::vector<Vector> all = [] {
    std::vector<Vector> out;
    for (auto& v : llmcost::test::load_vectors(LLMCOST_VECTORS_DIR))
      if (v.runs_on("calc")) out.push_back(v);
    return out;
  }();
  return all;
}

glue::Any any_of(const Vector& v, const VectorArg& a) {
  switch (a.kind) {
    case VectorArg::Kind::omitted:
      return glue::omitted();
    case VectorArg::Kind::number:
      return glue::num(a.number);
    case VectorArg::Kind::text:
      return glue::text(a.text);
    default:
      FAIL(v.where() << ": NULL and blobs have no Calc form; drop calc from its hosts");
  }
  return {};
}

std::vector<glue::Any> anys(const Vector& v) {
  std::vector<glue::Any> out;
  for (const auto& a : v.args) out.push_back(any_of(v, a));
  return out;
}

const char* kColumns[] = {"month", "cumulative_a", "cumulative_b", "difference"};

// The vector's outcome: the function's, or one cell of COST_SCHEDULE's array.
Result outcome(const Vector& v) {
  Result r = glue::run(v.base_function(), anys(v));
  const auto cell = v.schedule_cell();
  if (!cell || r.kind != Result::Kind::array) return r;
  const auto rows = glue::cells(r);
  const auto [month, column] = *cell;
  int c = 0;
  while (c < 4 && column != kColumns[c]) ++c;
  REQUIRE(c < 4);
  REQUIRE(month >= 1);
  REQUIRE(static_cast<std::size_t>(month) <= rows.size());
  Result out;
  out.kind = Result::Kind::number;
  rows[static_cast<std::size_t>(month - 1)][static_cast<std::size_t>(c)] >>= out.number;
  return out;
}

void check(const Vector& v, const Result& r) {
  INFO(v.where() << " " << v.function << "(" << v.args_text << ") -> " << r.text);
  switch (v.expect) {
    case Vector::Expect::number:
      REQUIRE(r.kind == Result::Kind::number);
      CHECK(llmcost::test::close_enough(r.number, v.value, v.rel_tol));
      break;
    case Vector::Expect::none:
      CHECK(r.kind == Result::Kind::none);
      break;
    case Vector::Expect::invalid:
      REQUIRE(r.kind == Result::Kind::invalid);
      // The card's message: "<function>: <argument> <reason> (got <value>)".
      CHECK(r.text.rfind(v.base_function() + ": " + v.argument + " ", 0) == 0);
      break;
    case Vector::Expect::calc_error:
      REQUIRE(v.calc_error == 519);  // the only Calc-specific error the card defines: #VALUE!
      CHECK(r.kind == Result::Kind::value_error);
      break;
  }
}

}  // namespace

TEST_CASE("every calc vector through the add-in's methods") {
  REQUIRE(calc_vectors().size() > 0);
  for (const Vector& v : calc_vectors()) check(v, outcome(v));
}

// Vectors of one function with numbers in the same argument slots (none omitted differently),
// stacked: argument i becomes a column of the rows' values; the answer is a column of answers.
TEST_CASE("vectors in the range form: one call per group of rows") {
  std::map<std::string, std::vector<const Vector*>> groups;
  for (const Vector& v : calc_vectors()) {
    if (v.schedule_cell() ||
        (v.expect != Vector::Expect::number && v.expect != Vector::Expect::none))
      continue;
    std::string key = v.function + "/";
    for (const auto& a : v.args)
      key += a.kind == VectorArg::Kind::number    ? 'n'
             : a.kind == VectorArg::Kind::omitted ? 'o'
                                                  : 't';
    if (key.find('t', key.find('/')) != std::string::npos) continue;  // numbers only
    groups[key].push_back(&v);
  }
  std::size_t stacked = 0;
  for (const auto& [key, rows] : groups) {
    if (rows.size() < 2) continue;
    const Vector& first = *rows.front();
    std::vector<glue::Any> args;
    for (std::size_t i = 0; i < first.args.size(); ++i) {
      if (first.args[i].kind != VectorArg::Kind::number) {
        args.push_back(glue::omitted());
        continue;
      }
      std::vector<double> column;
      for (const Vector* v : rows) column.push_back(v->args[i].number);
      args.push_back(glue::column(column));
    }
    const Result r = glue::run(first.function, args);
    INFO(key << ": " << r.text);
    REQUIRE(r.kind == Result::Kind::array);
    const auto out = glue::cells(r);
    REQUIRE(out.size() == rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const Vector& v = *rows[k];
      INFO(v.where() << " " << v.function << "(" << v.args_text << ")");
      REQUIRE(out[k].size() == 1);
      if (v.expect == Vector::Expect::none) {
        CHECK_FALSE(out[k][0].hasValue());  // none: an empty cell
      } else {
        double x = 0;
        REQUIRE((out[k][0] >>= x));
        CHECK(llmcost::test::close_enough(x, v.value, v.rel_tol));
      }
    }
    stacked += rows.size();
  }
  CHECK(stacked > 0);
}
