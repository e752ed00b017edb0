// Registration: one row per function and arity (plus -1 for the count error) with the card's flags,
// usable where SQLite demands deterministic / innocuous functions, the version, the host check,
// per-connection state, and the first failure stopping registration with a message.
#include <catch2/catch.hpp>
#include <set>

#include "glue.hpp"
#include "llmcost/registry.hpp"
#include "llmcost_sqlite.h"
#include "sql_session.hpp"

using llmcost::test::SqlSession;
using llmcost::test::SqlValue;

TEST_CASE("every scalar function at each arity, with the card's flags", "[registration]") {
  SqlSession db;
  // sqlite3.h: SQLITE_DETERMINISTIC 0x800 + SQLITE_INNOCUOUS 0x200000 = 2048 + 2097152.
  constexpr double kPure = 2099200, kCatalog = 2097152;
  for (const llmcost::FunctionSpec& spec : llmcost::functions()) {
    const std::string name(spec.name);
    INFO(name);
    if (spec.result == llmcost::ResultKind::table) {
      CHECK(db.one("SELECT count(*) FROM pragma_module_list WHERE name = '" + name + "'").number ==
            1);
      continue;
    }
    std::set<int> want{-1};
    for (int n = spec.required; n <= spec.max_args(); ++n) want.insert(n);
    std::set<int> got;
    for (const auto& row :
         db.all("SELECT narg, flags FROM pragma_function_list WHERE name = '" + name + "'")) {
      REQUIRE(row.size() == 2);
      got.insert(static_cast<int>(row[0].number));
      CHECK(row[1].number == (spec.reads_catalog() ? kCatalog : kPure));
    }
    CHECK(got == want);
  }
}

TEST_CASE("pure functions work in generated columns, indexes and untrusted views",
          "[registration]") {
  SqlSession db;
  REQUIRE(db.exec("PRAGMA trusted_schema = OFF;"
                  "CREATE TABLE usage(tokens, rate, cost AS (token_cost(tokens, rate)));"
                  "CREATE INDEX usage_cost ON usage(token_cost(tokens, rate));"
                  "CREATE VIEW payback AS SELECT breakeven_months(6000, 1200) AS months;"
                  "CREATE VIEW schedule AS SELECT * FROM cost_schedule(24, 0, 1200, 6000, 0);"
                  "INSERT INTO usage(tokens, rate) VALUES (1000, 2);") == "");
  CHECK(db.one("SELECT cost FROM usage").number == Approx(0.002).epsilon(1e-12));  // 1000*2/1e6
  CHECK(db.one("SELECT months FROM payback").number == 5);                         // 6000/1200
  CHECK(db.one("SELECT difference FROM schedule WHERE month = 5").number == 0);    // 5*1200-6000
}

TEST_CASE("llmcost_version() is the project's version", "[registration]") {
  SqlSession db;
  const SqlValue v = db.one("SELECT llmcost_version()");
  CHECK(v.kind == SqlValue::Kind::text);
  CHECK(v.text == LLMCOST_PROJECT_VERSION);
}

TEST_CASE("a host SQLite older than 3.31.0 is refused with a clear message", "[registration]") {
  using llmcost::sqlite::host_version_problem;
  CHECK(host_version_problem(3031000, "3.31.0").empty());
  CHECK(host_version_problem(3040001, "3.40.1").empty());
  const std::string old = host_version_problem(3030001, "3.30.1");
  CHECK(old.find("3.31.0") != std::string::npos);
  CHECK(old.find("3.30.1") != std::string::npos);
  CHECK(host_version_problem(sqlite3_libversion_number(), sqlite3_libversion()).empty());
}

TEST_CASE("each connection registers on its own and survives the other closing", "[registration]") {
  auto first = std::make_unique<SqlSession>();
  SqlSession second;
  CHECK(first->one("SELECT amortized_cost(6000, 24)").number == 250);  // 6000/24
  first.reset();                                                       // frees its bindings
  CHECK(second.one("SELECT amortized_cost(5000, 24)").number ==
        Approx(208.33333333333334).epsilon(1e-12));  // 5000/24
}

TEST_CASE("registering again replaces the functions", "[registration]") {
  SqlSession db;
  REQUIRE(llmcost_register(db.db()) == SQLITE_OK);
  CHECK(db.one("SELECT cost_per_success(0.05, 0.8)").number == Approx(0.0625).epsilon(1e-12));
}

TEST_CASE("registration stops at the first failure and says which", "[registration]") {
  SqlSession db;
  // SQLite refuses to replace a function while a statement is running.
  sqlite3_stmt* running = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.db(), "SELECT month FROM cost_schedule(3, 0, 1, 0, 0)", -1,
                             &running, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(running) == SQLITE_ROW);
  char* error = nullptr;
  const int rc = llmcost_register_v2(db.db(), &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_finalize(running);
  CHECK(rc == SQLITE_BUSY);
  const llmcost::sqlite::SqlFunction first = llmcost::sqlite::sql_function_table().front();
  CHECK(llmcost::test::starts_with(message, "llmcost: cannot register " +
                                                std::string(first.spec->name) + "/" +
                                                std::to_string(first.arity) + ": "));
  // The functions registered before still work once the statement is done.
  CHECK(db.one("SELECT token_cost(1000, 2)").number == Approx(0.002).epsilon(1e-12));
}

TEST_CASE("text reads as a number only when all of it is one", "[registration]") {
  SqlSession db;
  CHECK(db.one("SELECT token_cost('1000', '2')").number == Approx(0.002).epsilon(1e-12));
  CHECK(db.one("SELECT token_cost('1e3', 2.0)").number == Approx(0.002).epsilon(1e-12));
  CHECK(db.one("SELECT token_cost('12abc', 2)").text ==
        "token_cost: tokens must be a number (got '12abc')");
  CHECK(db.one("SELECT token_cost('', 2)").text == "token_cost: tokens must be a number (got '')");
  CHECK(db.one("SELECT token_cost(1, 'it''s')").text ==
        "token_cost: rate must be a number (got 'it''s')");
  // A NULL anywhere wins over a bad argument elsewhere.
  CHECK(db.one("SELECT token_cost(x'01', NULL)").kind == SqlValue::Kind::null);
  CHECK(db.one("SELECT token_cost('abc', NULL)").kind == SqlValue::Kind::null);
}

TEST_CASE("a bound NaN arrives as NULL and gives NULL", "[registration]") {
  SqlSession db;
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.db(), "SELECT token_cost(?, 2)", -1, &stmt, nullptr) == SQLITE_OK);
  sqlite3_bind_double(stmt, 1, std::nan(""));
  REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
  CHECK(sqlite3_column_type(stmt, 0) == SQLITE_NULL);
  sqlite3_finalize(stmt);
}

TEST_CASE("results: none is NULL, overflow is an error, -0 never leaves", "[registration]") {
  SqlSession db;
  // card s4: S = 95 discounted at 4 % never repays 2400 (95/0.04 = 2375 < 2400).
  CHECK(db.one("SELECT breakeven_months(2400, 95, 0.04)").kind == SqlValue::Kind::null);
  // 1e308 * 1e308 / 1e6 overflows.
  CHECK(db.one("SELECT token_cost(1e308, 1e308)").text ==
        "token_cost: result out of range (got inf)");
  const SqlValue zero = db.one("SELECT token_cost(0, 2)");
  CHECK(zero.kind == SqlValue::Kind::real);
  CHECK(zero.number == 0);
  CHECK_FALSE(std::signbit(zero.number));
}
