// Runs every golden vector whose hosts include `sql` as a SELECT through the statically registered
// extension: scalar rows as `SELECT f(args)`, schedule cells as
// `SELECT <column> FROM cost_schedule(args) WHERE month = <k>` (no such row is none).
// number: REAL within rel_tol; none: NULL; invalid: an error "<function>: <argument> ... (got
// <v>)", the value as SQLite read it, in the card's format (shortest round-trip number, quoted
// text, blob).
#include <catch2/catch.hpp>

#include "llmcost/llmcost.hpp"
#include "sql_session.hpp"
#include "vectors.hpp"

using llmcost::test::SqlSession;
using llmcost::test::SqlValue;
using llmcost::test::Vector;
using llmcost::test::VectorArg;

namespace {

// The arguments in SQL syntax; omitted trailing arguments are left out (SQL has no empty slot).
std::string sql_args(const Vector& v) {
  std::size_t n = v.args.size();
  while (n > 0 && v.args[n - 1].kind == VectorArg::Kind::omitted) --n;
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (v.args[i].kind == VectorArg::Kind::omitted)
      FAIL(v.where() << ": an omitted argument inside the list has no SQL form; drop `sql`");
    if (i) out += ", ";
    out += v.args[i].literal;
  }
  return out;
}

std::string query(const Vector& v) {
  if (const auto cell = v.schedule_cell())
    return "SELECT " + cell->second + " FROM " + v.base_function() + "(" + sql_args(v) +
           ") WHERE month = " + std::to_string(cell->first);
  return "SELECT " + v.function + "(" + sql_args(v) + ")";
}

// How the card shows the argument's value in an error: what SQLite reads the literal as (a number,
// or text that reads whole as a number), in the shortest round-trip form; other text quoted.
std::string shown_value(const SqlSession& db, const VectorArg& arg) {
  if (arg.kind == VectorArg::Kind::blob) return "blob";
  if (arg.kind == VectorArg::Kind::text) {
    // A NUMERIC column applies the same affinity as sqlite3_value_numeric_type().
    REQUIRE(db.exec("CREATE TEMP TABLE IF NOT EXISTS numeric_probe(x NUMERIC);"
                    "DELETE FROM numeric_probe;"
                    "INSERT INTO numeric_probe VALUES(" +
                    arg.literal + ")") == "");
    const SqlValue as_number = db.one("SELECT x FROM numeric_probe");
    if (as_number.kind == SqlValue::Kind::integer || as_number.kind == SqlValue::Kind::real)
      return llmcost::format_number(as_number.number);
    return llmcost::quote_text(arg.text);
  }
  const SqlValue read = db.one("SELECT " + arg.literal);
  return llmcost::format_number(read.number);
}

// The value an invalid row's error must show, or "" when the named argument is not one given.
std::string expected_got(const SqlSession& db, const Vector& v) {
  const llmcost::FunctionSpec* spec = llmcost::find_function(v.base_function());
  if (spec == nullptr) return "";
  for (std::size_t i = 0; i < spec->args.size() && i < v.args.size(); ++i) {
    if (spec->args[i].name != v.argument) continue;
    const VectorArg& a = v.args[i];
    if (a.kind == VectorArg::Kind::omitted || a.kind == VectorArg::Kind::null) return "";
    return shown_value(db, a);
  }
  return "";
}

}  // namespace

TEST_CASE("golden vectors: every sql row", "[vectors]") {
  const auto vectors = llmcost::test::load_vectors(LLMCOST_VECTORS_DIR);
  SqlSession db;
  int ran = 0, numbers = 0, nones = 0, invalids = 0, values_shown = 0;
  for (const Vector& v : vectors) {
    if (!v.runs_on("sql")) continue;
    ++ran;
    const std::string sql = query(v);
    const SqlValue got = db.one(sql);
    INFO(v.where() << "  " << sql << "  got " << got.describe() << "  source: " << v.source);
    switch (v.expect) {
      case Vector::Expect::number:
        ++numbers;
        REQUIRE(got.kind == SqlValue::Kind::real);
        CHECK(llmcost::test::close_enough(got.number, v.value, v.rel_tol));
        break;
      case Vector::Expect::none:
        ++nones;
        CHECK((got.kind == SqlValue::Kind::null ||
               (v.schedule_cell() && got.kind == SqlValue::Kind::no_row)));
        break;
      case Vector::Expect::invalid: {
        ++invalids;
        REQUIRE(got.is_error());
        CHECK(llmcost::test::starts_with(got.text, v.base_function() + ": " + v.argument + " "));
        const std::string value = expected_got(db, v);
        if (!value.empty()) {
          ++values_shown;
          CHECK(llmcost::test::ends_with(got.text, " (got " + value + ")"));
        }
        if (v.argument == "result")
          CHECK((llmcost::test::ends_with(got.text, " (got inf)") ||
                 llmcost::test::ends_with(got.text, " (got -inf)")));
        break;
      }
      case Vector::Expect::calc_error:
        FAIL("calc_error rows are Calc-only; drop `sql` from hosts");
    }
  }
  WARN("sql vectors run: " << ran << " (" << numbers << " numbers, " << nones << " none, "
                           << invalids << " invalid, " << values_shown
                           << " of them checked for the value shown)");
  CHECK(ran >= LLMCOST_MIN_SQL_VECTORS);
}
