// The bad-input sweep: every function, every argument replaced by NULL, 'abc', a blob, -1, 0, 1e308
// and an infinity (9e999), and every function called with a wrong argument count. Each gives its
// defined outcome (card section 1) and nothing crashes:
//   NULL                 -> NULL (cost_schedule: no rows);
//   'abc', a blob, 9e999 -> an error naming that argument, the value shown as the card says;
//   -1, 0, 1e308         -> outside the argument's domain: an error naming that argument;
//                           inside: a finite number >= 0, NULL (none) or a well-formed error;
//   a wrong count        -> too many: "<function>: arguments ..."; too few: the first argument
//                           left out is named (cost_schedule: too many is SQLite's own error).
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <regex>

#include "llmcost/registry.hpp"
#include "sql_session.hpp"

using llmcost::Domain;
using llmcost::test::SqlSession;
using llmcost::test::SqlValue;

namespace {

// A valid call of every function with all its arguments (checked below to give a number).
const std::map<std::string, std::vector<std::string>> kBaseline = {
    {"token_cost", {"1000", "2"}},
    {"cached_input_rate", {"2", "0.2", "0.85", "1.25"}},
    {"request_cost", {"1000", "100", "2", "8", "200", "0.2", "100", "2.5"}},
    {"prompt_overhead_cost", {"4000", "4000", "2", "0.2", "0.85", "1.25"}},
    {"pe_monthly_cost", {"10000", "500", "5000", "300", "3", "15", "0.3", "0.85", "1.25"}},
    {"ft_monthly_cost", {"10000", "500", "300", "3", "12", "5000", "24", "100"}},
    {"amortized_cost", {"5000", "24"}},
    {"breakeven_months", {"6000", "1200", "0.01", "0.02"}},
    // per request: prompting 500*2 + 2000*1.35 + 300*8 = 6100 > fine-tuned 500*3 + 300*12 = 5100
    {"breakeven_requests",
     {"500", "2000", "300", "2", "8", "3", "12", "5000", "24", "100", "0.2", "0.5", "1.25"}},
    {"breakeven_prompt_tokens", {"200000", "1", "6000", "24", "0.1", "0.5", "1.25"}},
    {"breakeven_hit_rate", {"200000", "6000", "1", "0.1", "6000", "24", "1.25"}},
    {"expected_attempts", {"0.8", "3"}},
    {"cost_per_success", {"0.05", "0.8"}},
    {"selfhost_rate", {"5.98", "890", "0.5"}},
    {"cost_schedule", {"24", "0", "1200", "6000", "0", "0.01", "0.02"}},
    // Catalog functions, priced by the default catalog (core/data/default_catalog.csv).
    {"model_rate", {"'anthropic/claude-sonnet-4'", "'input'", "'2026-08-01'"}},
    {"usage_cost",
     {"'anthropic/claude-sonnet-4'", "'anthropic'", "1000", "500", "2000", "300", "100",
      "'standard'", "'2026-08-01'"}},
    {"bucket_cost",
     {"'anthropic/claude-sonnet-4'", "'anthropic'", "'base'", "1000", "500", "2000", "300", "100",
      "'batch'", "'2026-08-01'"}},
    {"model_resolve", {"'claude-sonnet-4'", "'2026-08-01'"}},
    {"llmcost_catalog_info", {}},
    {"llmcost_version", {}},
};

// The card's domain table ("Argument domains"), written here independently of the core.
bool card_accepts(Domain d, double x) {
  if (!std::isfinite(x)) return false;
  switch (d) {
    case Domain::non_negative:
      return x >= 0;
    case Domain::any_finite:
      return true;
    case Domain::positive:
      return x > 0;
    case Domain::unit_closed:
      return x >= 0 && x <= 1;
    case Domain::unit_open0:
      return x > 0 && x <= 1;
    case Domain::multiplier:
      return x >= 1;
    case Domain::rate:
      return x > -1;
    case Domain::whole_min1:
      return x >= 1 && x == std::floor(x);
    case Domain::months_1200:
      return x >= 1 && x <= 1200 && x == std::floor(x);
    case Domain::text:
    case Domain::date:
      return false;  // a number where text is expected
  }
  return false;
}

struct Replacement {
  std::string literal;
  double number;      // for the domain check; NaN for non-numbers
  std::string shown;  // how the card shows it in an error
};
const Replacement kNumbers[] = {
    {"-1", -1, "-1"}, {"0", 0, "0"}, {"1e308", 1e308, "1e+308"}, {"9e999", INFINITY, "inf"}};

std::string join(const std::vector<std::string>& args) {
  std::string out;
  for (std::size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
  return out;
}

bool is_table(const llmcost::FunctionSpec& spec) {
  return spec.result == llmcost::ResultKind::table;
}

// Every row of the call: a scalar as one row of one column; a table's rows (or its error).
std::vector<std::vector<SqlValue>> run(const SqlSession& db, const llmcost::FunctionSpec& spec,
                                       const std::vector<std::string>& args) {
  const std::string call = std::string(spec.name) + "(" + join(args) + ")";
  return db.all(is_table(spec) ? "SELECT * FROM " + call : "SELECT " + call);
}

bool is_error(const std::vector<std::vector<SqlValue>>& rows) {
  return rows.size() == 1 && rows[0].size() == 1 && rows[0][0].is_error();
}
std::string error_of(const std::vector<std::vector<SqlValue>>& rows) {
  return is_error(rows) ? rows[0][0].text : "";
}
std::string describe(const std::vector<std::vector<SqlValue>>& rows) {
  if (rows.empty()) return "no rows";
  return std::to_string(rows.size()) + " row(s), first " + rows[0][0].describe();
}

// The card's error format: "<function>: <argument> <reason> (got <value>)".
bool well_formed_error(const std::string& function, const std::string& message) {
  static const std::regex shape(R"(^(\w+): \w+ .+ \(got .+\)$)");
  std::smatch m;
  return std::regex_match(message, m, shape) && m[1] == function;
}

// The kind of value a successful call answers with.
SqlValue::Kind answer_kind(const llmcost::FunctionSpec& spec) {
  return spec.result == llmcost::ResultKind::text ? SqlValue::Kind::text : SqlValue::Kind::real;
}

// A defined answer for arguments inside their domains: numbers finite (>= 0 for scalars, whose
// results are all costs, rates, counts or months), text from text functions, NULL, no rows, or a
// well-formed error.
bool defined_answer(const llmcost::FunctionSpec& spec,
                    const std::vector<std::vector<SqlValue>>& rows) {
  if (is_error(rows)) return well_formed_error(std::string(spec.name), error_of(rows));
  for (const auto& row : rows)
    for (const SqlValue& v : row) {
      if (v.kind == SqlValue::Kind::null) continue;
      if (v.kind != answer_kind(spec)) return false;
      if (v.kind == SqlValue::Kind::text) continue;
      if (!std::isfinite(v.number) || (!is_table(spec) && v.number < 0)) return false;
    }
  return true;
}

// Sweeps argument i of a valid call `args`.
void sweep_argument(const SqlSession& db, const llmcost::FunctionSpec& spec,
                    std::vector<std::string> args, std::size_t i) {
  const llmcost::ArgSpec& arg = spec.args[i];
  const std::string prefix = std::string(spec.name) + ": " + std::string(arg.name) + " ";
  const std::string original = args[i];

  args[i] = "NULL";
  auto rows = run(db, spec, args);
  INFO(spec.name << "(" << join(args) << ") gave " << describe(rows));
  if (is_table(spec))
    CHECK(rows.empty());
  else
    CHECK((rows.size() == 1 && rows[0][0].kind == SqlValue::Kind::null));

  const std::pair<std::string, std::string> invalid_always[] = {{"x'00ff'", "blob"}};
  for (const auto& [literal, shown] : invalid_always) {
    args[i] = literal;
    rows = run(db, spec, args);
    INFO(spec.name << "(" << join(args) << ") gave " << describe(rows));
    CHECK(llmcost::test::starts_with(error_of(rows), prefix));
    CHECK(llmcost::test::ends_with(error_of(rows), "(got " + shown + ")"));
  }

  args[i] = "'abc'";
  rows = run(db, spec, args);
  INFO(spec.name << "(" << join(args) << ") gave " << describe(rows));
  if (llmcost::is_text_domain(arg.domain)) {
    CHECK(defined_answer(spec, rows));
  } else {
    CHECK(llmcost::test::starts_with(error_of(rows), prefix));
    CHECK(llmcost::test::ends_with(error_of(rows), "(got 'abc')"));
  }

  for (const Replacement& r : kNumbers) {
    args[i] = r.literal;
    rows = run(db, spec, args);
    INFO(spec.name << "(" << join(args) << ") gave " << describe(rows));
    if (card_accepts(arg.domain, r.number)) {
      CHECK(defined_answer(spec, rows));
    } else {
      CHECK(llmcost::test::starts_with(error_of(rows), prefix));
      CHECK(llmcost::test::ends_with(error_of(rows), "(got " + r.shown + ")"));
    }
  }
  args[i] = original;
}

}  // namespace

TEST_CASE("every function has a baseline call", "[sweep]") {
  for (const llmcost::FunctionSpec& spec : llmcost::functions()) {
    INFO(spec.name);
    const auto it = kBaseline.find(std::string(spec.name));
    REQUIRE(it != kBaseline.end());
    CHECK(it->second.size() == spec.args.size());
  }
}

TEST_CASE("bad-input sweep: every argument of every function at every arity", "[sweep]") {
  SqlSession db;
  int swept = 0;
  for (const llmcost::FunctionSpec& spec : llmcost::functions()) {
    const auto it = kBaseline.find(std::string(spec.name));
    if (it == kBaseline.end()) continue;  // failed in the test above
    int arities = 0;
    for (int n = spec.required; n <= spec.max_args(); ++n) {
      const std::vector<std::string> args(it->second.begin(), it->second.begin() + n);
      const auto rows = run(db, spec, args);
      INFO(spec.name << "(" << join(args) << ") gave " << describe(rows));
      if (is_error(rows)) {
        // Only a part of an option group: the card names the missing member.
        CHECK(llmcost::test::ends_with(error_of(rows), "(got nothing)"));
        continue;
      }
      REQUIRE(!rows.empty());
      REQUIRE(rows[0][0].kind == answer_kind(spec));
      ++arities;
      for (int i = 0; i < n; ++i) {
        sweep_argument(db, spec, args, static_cast<std::size_t>(i));
        ++swept;
      }
    }
    // The required arguments alone, and all of them.
    CHECK(arities >= (spec.max_args() > spec.required ? 2 : 1));
  }
  WARN("bad-input sweep: " << swept << " argument positions, 7 replacements each");
}

TEST_CASE("a wrong argument count is an error naming the arguments", "[sweep]") {
  SqlSession db;
  for (const llmcost::FunctionSpec& spec : llmcost::functions()) {
    const auto it = kBaseline.find(std::string(spec.name));
    if (it == kBaseline.end()) continue;
    const std::string name(spec.name);
    std::vector<std::string> too_many = it->second;
    too_many.push_back("1");
    INFO(name);
    if (spec.required == 0) {  // only too many is possible
      const std::string error = error_of(run(db, spec, too_many));
      CHECK(llmcost::test::starts_with(error, name + ": arguments "));
      CHECK(llmcost::test::ends_with(error, "(got " + std::to_string(too_many.size()) + ")"));
      continue;
    }
    std::vector<std::string> too_few(it->second.begin(), it->second.begin() + spec.required - 1);
    std::vector<std::string> nulls_too_few(too_few.size(), "NULL");
    if (is_table(spec)) {
      // SQLite counts a table function's arguments itself; a missing one is named by llmcost.
      CHECK(error_of(run(db, spec, too_many)) ==
            "too many arguments on " + name + "() - max " + std::to_string(spec.max_args()));
      const std::string missing(spec.args[spec.required - 1].name);
      CHECK(error_of(run(db, spec, too_few)) ==
            name + ": " + missing + " is required (got nothing)");
      CHECK(error_of(run(db, spec, nulls_too_few)) ==
            name + ": " + missing + " is required (got nothing)");
      continue;
    }
    // Too many: "arguments" and the count; too few: the first argument left out (core rule). The
    // count is checked before the NULL rule.
    const std::string error = error_of(run(db, spec, too_many));
    CHECK(llmcost::test::starts_with(error, name + ": arguments "));
    CHECK(llmcost::test::ends_with(error, "(got " + std::to_string(too_many.size()) + ")"));
    const std::string missing(spec.args[spec.required - 1].name);
    CHECK(error_of(run(db, spec, too_few)) == name + ": " + missing + " is required (got nothing)");
    CHECK(error_of(run(db, spec, nulls_too_few)) ==
          name + ": " + missing + " is required (got nothing)");
  }
}
