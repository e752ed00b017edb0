"""SQL speed of llmcost over a usage table (issue 3's targets), run by bench/sql/run.

One process (/usr/bin/python3's sqlite3 module), one in-memory table of ROWS rows
(requests, task/prompt/output tokens, input/output rates), the same sum computed five ways:
  scan     SELECT sum(r+i+p+o+ir+orate)                       the table scan alone
  inline   SELECT sum(r*(i*ir + p*ir + o*orate)/1e6)          the arithmetic written in SQL
  llmcost  SELECT sum(pe_monthly_cost(r, i, p, o, ir, orate)) the extension (validation included)
  minimal  SELECT sum(pe_min(r, i, p, o, ir, orate))          a bare C function of the arithmetic
  python   SELECT sum(pe_py(r, i, p, o, ir, orate))           a Python user function of it
Each round runs all five in a rotating order; every ratio is the median over the rounds of that
round's ratio. Targets: llmcost / inline <= 1.2; python / llmcost >= 2.5. Prints whether each is met;
never fails on a missed ratio.

Usage: bench_sql.py <llmcost module without .so> <minimal_pe module without .so> [rows] [rounds]
"""
import resource
import os
import sqlite3
import statistics
import sys


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from interleaved import median_ratio, print_rows, run_interleaved  # noqa: E402

LLMCOST, MINIMAL = sys.argv[1], sys.argv[2]
ROWS = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
ROUNDS = int(sys.argv[4]) if len(sys.argv) > 4 else 5
COLUMNS = "r, i, p, o, ir, orate"
QUERIES = {
    "scan": "SELECT sum(r + i + p + o + ir + orate) FROM t",
    "inline": "SELECT sum(r * (i * ir + p * ir + o * orate) / 1e6) FROM t",
    "llmcost": f"SELECT sum(pe_monthly_cost({COLUMNS})) FROM t",
    "minimal": f"SELECT sum(pe_min({COLUMNS})) FROM t",
    "python": f"SELECT sum(pe_py({COLUMNS})) FROM t",
}


def pe_py(r, i, p, o, ir, orate):
    return r * (i * ir + p * ir + o * orate) / 1e6


def setup():
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(LLMCOST)
    conn.load_extension(MINIMAL)
    conn.enable_load_extension(False)
    conn.create_function("pe_py", 6, pe_py, deterministic=True)
    # A usage table as exports have it: whole counts, fractional rates.
    conn.execute("CREATE TABLE t(r INTEGER, i INTEGER, p INTEGER, o INTEGER, ir REAL, orate REAL)")
    # Deterministic spread of realistic values: 1K-51K requests, 100-4K task tokens, 0-8K prompt,
    # 50-2K output tokens, $0.10-$9.80 / $0.40-$39.60 per M.
    conn.execute(f"""
        WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {ROWS})
        INSERT INTO t SELECT 1000 + (x * 7919) % 50000, 100 + (x * 104729) % 3900,
                             (x * 1299709) % 8000, 50 + (x * 15485863) % 1950,
                             0.1 + (x % 98) / 10.0, 0.4 + (x % 100) * 0.4
        FROM n""")
    return conn


def main():
    conn = setup()
    times, values = run_interleaved(conn, QUERIES, ROUNDS)

    for name in ("inline", "minimal", "python"):
        assert abs(values[name] - values["llmcost"]) <= 1e-9 * abs(values["inline"]), (name, values)

    def ratio(a, b):
        return median_ratio(times, a, b)

    print(f"sql bench: {ROWS:,} rows, {ROUNDS} interleaved rounds, medians; sum = {values['llmcost']:.6f}")
    print_rows(times, ROWS)
    vs_inline = ratio("llmcost", "inline")
    minimal_vs_inline = ratio("minimal", "inline")
    python_vs = ratio("python", "llmcost")
    print(f"  llmcost / inline SQL     = {vs_inline:.2f}x  (target <= 1.2: "
          f"{'met' if vs_inline <= 1.2 else 'NOT met'}; bare C function: {minimal_vs_inline:.2f}x)")
    print(f"  llmcost / bare C         = {ratio('llmcost', 'minimal'):.2f}x  (reading, checking and mapping: glue + core evaluate)")
    print(f"  python UDF / llmcost     = {python_vs:.2f}x  (target >= 2.5: "
          f"{'met' if python_vs >= 2.5 else 'NOT met'})")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory (whole process, table included) = {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
