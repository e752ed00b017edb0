"""Loads llmcost.so into /usr/bin/python3's sqlite3 module and checks values, NULL and an error.

Usage: python_load_test.py <module path without .so> <LLMCOST_SANITIZE> <project version>
Exits 77 (skipped) in a sanitized build or where this Python cannot load extensions.
"""
import sqlite3
import sys
import unittest

MODULE, SANITIZE, VERSION = sys.argv[1], sys.argv[2], sys.argv[3]
SKIP = 77


def connect():
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(MODULE)
    conn.enable_load_extension(False)
    return conn


class LoadFromPython(unittest.TestCase):
    def setUp(self):
        self.conn = connect()

    def tearDown(self):
        self.conn.close()

    def one(self, sql, params=()):
        return self.conn.execute(sql, params).fetchone()[0]

    def test_version(self):
        self.assertEqual(self.one("SELECT llmcost_version()"), VERSION)

    def test_card_checks(self):
        # card s4: 6000 / 1200 = 5; s3: 10000 * 5000 * 3 / 1e6 = 150
        self.assertEqual(self.one("SELECT breakeven_months(6000, 1200)"), 5.0)
        self.assertEqual(self.one("SELECT prompt_overhead_cost(10000, 5000, 3)"), 150.0)
        # card s2: 0.85 * 0.20 + 0.15 * 2.00 * 1.25 = 0.17 + 0.375 = 0.545
        self.assertAlmostEqual(self.one("SELECT cached_input_rate(2.00, 0.20, 0.85, 1.25)"),
                               0.545, places=12)

    def test_python_parameters(self):
        # Example 2: 200,000 requests x 6,000 prompt tokens x $1/M = 1200 a month
        got = self.one("SELECT pe_monthly_cost(?, ?, ?, ?, ?, ?)", (200000, 0, 6000.0, 0, 1, 0))
        self.assertEqual(got, 1200.0)

    def test_none_is_null(self):
        # 95 a month discounted at 4 % is worth at most 95 / 0.04 = 2375 < 2400: never repaid
        self.assertIsNone(self.one("SELECT breakeven_months(2400, 95, 0.04)"))
        self.assertIsNone(self.one("SELECT token_cost(NULL, 2)"))

    def test_error_names_function_and_argument(self):
        with self.assertRaises(sqlite3.OperationalError) as caught:
            self.one("SELECT breakeven_months(-1, 1200)")
        message = str(caught.exception)
        self.assertTrue(message.startswith("breakeven_months: one_time_cost "), message)
        self.assertTrue(message.endswith("(got -1)"), message)

    def test_usage_table(self):
        self.conn.execute("CREATE TABLE usage(tokens, rate)")
        self.conn.executemany("INSERT INTO usage VALUES (?, ?)",
                              [(1_000_000, 3.0), (500_000, 15.0), (2_000, 0.5)])
        # 3 + 7.5 + 0.001 = 10.501
        self.assertAlmostEqual(self.one("SELECT sum(token_cost(tokens, rate)) FROM usage"),
                               10.501, places=12)

    def test_cost_schedule(self):
        rows = self.conn.execute(
            "SELECT month, difference FROM cost_schedule(6, 0, 1200, 6000, 0)").fetchall()
        # month k: 1200 k - 6000; zero in month 5 (breakeven_months(6000, 1200) = 5)
        self.assertEqual(rows, [(1.0, -4800.0), (2.0, -3600.0), (3.0, -2400.0), (4.0, -1200.0),
                                (5.0, 0.0), (6.0, 1200.0)])


if __name__ == "__main__":
    if SANITIZE.upper() in ("ON", "1", "TRUE", "YES"):
        print("skipped: a sanitized llmcost.so cannot load into an uninstrumented Python")
        sys.exit(SKIP)
    if not hasattr(sqlite3.Connection, "enable_load_extension"):
        print("skipped: this Python's sqlite3 module cannot load extensions")
        sys.exit(SKIP)
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
