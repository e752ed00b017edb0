"""Speed of the price catalog (issue 5's targets), run by bench/catalog/run.

1. usage_cost over a usage table of ROWS rows whose model column mixes 10 names (dated ids, a Bedrock
   id with its region, a provider prefix), against the same cost written as inline SQL on rates
   already joined into the table (filled once from model_rate, so both sums must agree):
     scan     SELECT sum(i + o + cr)                                        the table scan alone
     inline   SELECT sum(((i - cr) * ir + cr * crr + o * orate) / 1e6)       arithmetic on joined rates
     llmcost  SELECT sum(usage_cost(model, 'openai', i, o, cr))              the catalog, resolved per name
   Each round runs the three in a rotating order; ratios are medians of the rounds' ratios.
   Target: llmcost / inline <= 2 (each distinct name is resolved once, not per row).
2. Loading LiteLLM's model_prices_and_context_window.json with llmcost_load_catalog, in a fresh
   process each round, against Python's json.load of the same file in the same process: time, and
   the peak memory the load adds. Target: under 0.5 s.
Prints whether each target is met; never fails on a missed target.

Usage: bench_catalog.py <llmcost module without .so> <litellm json> [rows] [rounds]
"""
import os
import sqlite3
import statistics
import subprocess
import sys


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from interleaved import median_ratio, print_rows, run_interleaved  # noqa: E402

LLMCOST, LITELLM = sys.argv[1], sys.argv[2]
ROWS = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
ROUNDS = int(sys.argv[4]) if len(sys.argv) > 4 else 5
MODELS = ["gpt-4o-2024-08-06", "gpt-4.1", "gpt-4.1-mini-2025-04-14", "gpt-5-mini", "o4-mini-2025-04-16",
          "claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001", "gemini/gemini-2.5-flash",
          "gemini-2.5-pro", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"]
QUERIES = {
    "scan": "SELECT sum(i + o + cr) FROM t",
    "inline": "SELECT sum(((i - cr) * ir + cr * crr + o * orate) / 1e6) FROM t",
    "llmcost": "SELECT sum(usage_cost(model, 'openai', i, o, cr)) FROM t",
}


def connect():
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(LLMCOST)
    conn.enable_load_extension(False)
    return conn


def setup():
    conn = connect()
    conn.execute("CREATE TABLE names(k INTEGER PRIMARY KEY, model TEXT)")
    conn.executemany("INSERT INTO names VALUES (?, ?)", enumerate(MODELS))
    # Usage rows as exports have them: whole counts; prompts of 100 to 60K tokens (below every
    # long-context threshold, so the inline arithmetic needs no tier), up to half of them cached.
    conn.execute("CREATE TABLE t(model TEXT, i INTEGER, o INTEGER, cr INTEGER, ir REAL, crr REAL, orate REAL)")
    conn.execute(f"""
        WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {ROWS})
        INSERT INTO t(model, i, o, cr)
        SELECT (SELECT model FROM names WHERE k = (x * 7919) % 10),
               100 + (x * 104729) % 60000, 10 + (x * 15485863) % 4000, 0 FROM n""")
    conn.execute("UPDATE t SET cr = (i * ((rowid * 31) % 50)) / 100")
    # The join a user would do by hand: each name's rates, read once from the same catalog.
    conn.execute("""
        CREATE TABLE rates AS SELECT model, model_rate(model, 'input') AS ir,
               model_rate(model, 'cache_read') AS crr, model_rate(model, 'output') AS orate FROM names""")
    conn.execute("""UPDATE t SET (ir, crr, orate) = (SELECT ir, crr, orate FROM rates
                                                    WHERE rates.model = t.model)""")
    return conn


def usage_cost_bench():
    conn = setup()
    times, values = run_interleaved(conn, QUERIES, ROUNDS)
    assert abs(values["llmcost"] - values["inline"]) <= 1e-9 * abs(values["inline"]), values

    def ratio(a, b):
        return median_ratio(times, a, b)

    print(f"catalog bench: usage_cost over {ROWS:,} rows, {len(MODELS)} model names, {ROUNDS} "
          f"interleaved rounds, medians; sum = {values['llmcost']:.6f} (inline: {values['inline']:.6f})")
    print_rows(times, ROWS)
    vs_inline = ratio("llmcost", "inline")
    print(f"  usage_cost / inline SQL on joined rates = {vs_inline:.2f}x  (target <= 2: "
          f"{'met' if vs_inline <= 2 else 'NOT met'})")


# Run in a fresh process: loads the file with llmcost_load_catalog, then with json.load, and
# prints seconds and the growth of the peak resident memory (KiB) of each, llmcost first.
PROBE = r"""
import json, sqlite3, sys, time
def peak_kib():  # VmHWM: this process's peak resident memory (a fresh count after exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
conn = sqlite3.connect(":memory:")
conn.enable_load_extension(True)
conn.load_extension(sys.argv[1])
conn.execute("SELECT llmcost_version()").fetchone()
rss0 = peak_kib()
t0 = time.perf_counter()
models = conn.execute("SELECT llmcost_load_catalog(?)", (sys.argv[2],)).fetchone()[0]
t1 = time.perf_counter()
rss1 = peak_kib()
with open(sys.argv[2]) as f:
    data = json.load(f)
t2 = time.perf_counter()
rss2 = peak_kib()
print(models, t1 - t0, rss1 - rss0, t2 - t1, rss2 - rss1)
"""


def load_bench():
    runs = []
    for _ in range(ROUNDS):
        out = subprocess.run([sys.executable, "-c", PROBE, LLMCOST, LITELLM], check=True,
                             capture_output=True, text=True).stdout.split()
        runs.append((int(out[0]), float(out[1]), int(out[2]), float(out[3]), int(out[4])))
    models = runs[0][0]
    load = statistics.median(r[1] for r in runs)
    load_kib = statistics.median(r[2] for r in runs)
    py = statistics.median(r[3] for r in runs)
    py_kib = statistics.median(r[4] for r in runs)
    ratio = statistics.median(r[1] / r[3] for r in runs)
    size_mib = len(open(LITELLM, "rb").read()) / 2**20
    print(f"catalog bench: LiteLLM price file ({size_mib:.1f} MiB, {models} models), {ROUNDS} fresh "
          f"processes, medians")
    print(f"  llmcost_load_catalog  {load * 1000:7.1f} ms   peak memory +{load_kib / 1024:5.1f} MiB")
    print(f"  Python json.load      {py * 1000:7.1f} ms   peak memory +{py_kib / 1024:5.1f} MiB")
    print(f"  load / json.load = {ratio:.2f}x; load time {load:.3f} s (target < 0.5 s: "
          f"{'met' if load < 0.5 else 'NOT met'})")


if __name__ == "__main__":
    load_bench()
    usage_cost_bench()
