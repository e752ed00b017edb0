// cost_schedule as a table-valued function: rows, hidden argument columns, constraints, joins,
// and the card's NULL / missing / invalid rules. Expected values are worked out by hand beside
// them.
#include <catch2/catch.hpp>

#include "sql_session.hpp"

using llmcost::test::SqlSession;
using llmcost::test::SqlValue;

TEST_CASE("cost_schedule lists one row a month", "[schedule]") {
  SqlSession db;
  const auto rows = db.all("SELECT * FROM cost_schedule(24, 0, 1200, 6000, 0)");
  REQUIRE(rows.size() == 24);
  for (std::size_t k = 1; k <= rows.size(); ++k) {
    const auto& row = rows[k - 1];
    REQUIRE(row.size() == 4);
    // Example 2 (card s0): prompting 1200 a month vs a 6000 fine-tune; a = 1200 k, b = 6000.
    CHECK(row[0].number == static_cast<double>(k));
    CHECK(row[1].number == 1200.0 * static_cast<double>(k));
    CHECK(row[2].number == 6000.0);
    CHECK(row[3].number == 1200.0 * static_cast<double>(k) - 6000.0);
  }
  // Breaks even in month 5, as breakeven_months(6000, 1200) = 5 says; 24 months save 22,800.
  CHECK(db.one("SELECT min(month) FROM cost_schedule(24, 0, 1200, 6000, 0) WHERE difference >= 0")
            .number == 5);
  CHECK(db.one("SELECT difference FROM cost_schedule(24, 0, 1200, 6000, 0) WHERE month = 24")
            .number == 22800);
}

TEST_CASE("cost_schedule discounts and grows the monthly amounts", "[schedule]") {
  SqlSession db;
  // month 1: 1200 / 1.01 = 1188.1188118811881; month 2 adds 1200 * 1.02 / 1.01^2 = 1199.8823644...
  const auto rows = db.all(
      "SELECT cumulative_a, cumulative_b FROM cost_schedule(2, 0, 1200, 6000, 0, 0.01, 0.02)");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0].number == Approx(1188.1188118811881).epsilon(1e-12));
  CHECK(rows[1][0].number == Approx(1188.1188118811881 + 1224.0 / 1.0201).epsilon(1e-12));
  CHECK(rows[1][1].number == 6000);  // the one-time cost is never discounted
}

TEST_CASE("cost_schedule's arguments are hidden columns", "[schedule]") {
  SqlSession db;
  const auto rows = db.all(
      "SELECT months, one_time_b, discount_rate, growth_rate FROM cost_schedule(3, 0, 1, 2, 0, "
      "0.5)");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0].number == 3);
  CHECK(rows[0][1].number == 2);
  CHECK(rows[0][2].number == 0.5);
  CHECK(rows[0][3].kind == SqlValue::Kind::null);  // not given
  // Named constraints instead of table arguments: 5 months.
  CHECK(db.one("SELECT count(*) FROM cost_schedule WHERE months = 5 AND one_time_a = 0 AND "
               "monthly_a = 1 AND one_time_b = 2 AND monthly_b = 3")
            .number == 5);
  // A second, contradicting constraint on an argument leaves no rows (24 is not 12).
  CHECK(db.one("SELECT count(*) FROM cost_schedule(24, 0, 1, 0, 0) WHERE months = 12").number == 0);
}

TEST_CASE("cost_schedule joins to a table of plans", "[schedule]") {
  SqlSession db;
  REQUIRE(
      db.exec(
          "CREATE TABLE plans(months, monthly); INSERT INTO plans VALUES (5, 1200), (10, 1000)") ==
      "");
  const auto rows = db.all(
      "SELECT p.months, s.difference FROM plans p, cost_schedule(p.months, 0, p.monthly, 6000, 0) "
      "s "
      "WHERE s.month = p.months ORDER BY p.months");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][1].number == 0);     // 5 * 1200 - 6000
  CHECK(rows[1][1].number == 4000);  // 10 * 1000 - 6000
  // ORDER BY month DESC still sorts (only ascending order is left to the table).
  CHECK(db.one("SELECT month FROM cost_schedule(24, 0, 1, 0, 0) ORDER BY month DESC").number == 24);
}

TEST_CASE("cost_schedule: NULL gives no rows, missing and invalid arguments are errors",
          "[schedule]") {
  SqlSession db;
  CHECK(db.all("SELECT * FROM cost_schedule(24, NULL, 1200, 6000, 0)").empty());
  CHECK(db.all("SELECT * FROM cost_schedule(24, 0, 1200, 6000, 0, NULL)").empty());
  CHECK(db.one("SELECT * FROM cost_schedule").text ==
        "cost_schedule: months is required (got nothing)");
  CHECK(db.one("SELECT * FROM cost_schedule(24, 0, 1200)").text ==
        "cost_schedule: one_time_b is required (got nothing)");
  CHECK(llmcost::test::starts_with(db.one("SELECT * FROM cost_schedule(1201, 0, 1, 0, 0)").text,
                                   "cost_schedule: months "));
  CHECK(llmcost::test::starts_with(db.one("SELECT * FROM cost_schedule(24.5, 0, 1, 0, 0)").text,
                                   "cost_schedule: months "));
  CHECK(db.one("SELECT * FROM cost_schedule(24, 'abc', 1, 0, 0)").text ==
        "cost_schedule: one_time_a must be a number (got 'abc')");
  CHECK(db.one("SELECT * FROM cost_schedule(24, 0, x'00', 0, 0)").text ==
        "cost_schedule: monthly_a must be a number (got blob)");
  CHECK(db.one("SELECT count(*) FROM cost_schedule('24', '0', '1', '0', '0')").number == 24);
  // 1e308 a month for 2 months overflows the cumulative cost.
  CHECK(llmcost::test::starts_with(db.one("SELECT * FROM cost_schedule(2, 0, 1e308, 0, 0)").text,
                                   "cost_schedule: result "));
}
