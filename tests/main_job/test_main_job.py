#!/usr/bin/python3
"""Runs scripts/demo (the main job) and checks what it prints and leaves behind.

  test_main_job.py SOURCE_DIR BUILD_DIR OUT_DIR

Every expected value comes from the function card's worked examples (section 0, with the arithmetic
beside it), from a hand calculation over the bundled CSV exports with the catalog's rates typed here
(core/data/default_catalog.csv, the rows in force on 2026-09-30), or from an outside oracle (NPER's
closed form; genai-prices' own prices for the real records).  Checked in both columns, SQL and Calc.
"""
import csv
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

SKIP = 77
failures = []


def check(what, ok, detail=""):
    if not ok:
        failures.append(f"{what}: {detail}")


def close(a, b, rel=1e-9):
    return isinstance(a, float) and math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


# ---- the card's worked examples (section 0 and the checks of sections 2-6) ----
CARD = {
    "overhead case: $/month": 10000 * 5000 * 3 / 1e6,                     # 150
    "ex1: prompt overhead $/month": 4000 * 4000 * 2 / 1e6,                # 32
    "ex1: fine-tune amortized $/month": 5000 / 24,                        # 208.333...
    "ex1: break-even months": 5000 / 32,                                  # 156.25
    "ex2: prompt overhead $/month": 200000 * 6000 * 1 / 1e6,              # 1,200
    "ex2: fine-tune amortized $/month": 6000 / 24,                        # 250
    "ex2: saving $/month": 1200 - 250,                                    # 950
    "ex2: saving over 24 months": (1200 - 250) * 24,                      # 22,800
    "ex2: break-even months": 6000 / 1200,                                # 5
    # NPER(0.01; 1200; -6000) in closed form: -ln(1 - C d / S) / ln(1 + d) = 5.15493...
    "ex2: break-even months at 1 %/month": -math.log(1 - 6000 * 0.01 / 1200) / math.log(1.01),
    # h* = (in - A 1e6 / (R P)) / (in - read), A = 6000 / 24 = 250: (1 - 0.208333) / 0.9 = 0.87963
    "ex2: break-even cache hit rate": (1 - 250 * 1e6 / (200000 * 6000)) / (1 - 0.1),
    "caching: effective prompt rate $/M": 0.85 * 0.20 + 0.15 * 2.00,      # 0.47
    "caching: with 1.25x writes $/M": 0.85 * 0.20 + 0.15 * 2.00 * 1.25,   # 0.545
    "caching: prompt cost drop": 1 - 0.47 / 2.00,                         # 76.5 %, not the article's 90 %
    "thumb: requests where a $5,000 fine-tune pays": (5000 / 24) * 1e6 / (2000 * 2),  # 52,083.3
    "quality: expected attempts at 80 %": 1 / 0.8,                        # 1.25
    "quality: expected attempts, at most 3": (1 - 0.2 ** 3) / 0.8,        # 1.24
    "quality: cost per success $": 0.05 / 0.8,                            # 0.0625
    "schedule: difference after 24 months": 24 * 1200 - 6000,             # 22,800
    "schedule: break-even month": 5,                                      # 5 x 1,200 = 6,000
    # the article's table of fine-tunes: training on 10K samples, input, output
    "catalog: openai/ft:gpt-5.5 training": 450, "catalog: openai/ft:gpt-5.5 input $/M": 2.00,
    "catalog: openai/ft:gpt-5.5 output $/M": 8.00,
    "catalog: aws/ft:claude-sonnet-5 training": 650, "catalog: aws/ft:claude-sonnet-5 input $/M": 3.50,
    "catalog: aws/ft:claude-sonnet-5 output $/M": 14.00,
    "catalog: together/ft:llama-3.3-70b training": 180,
    "catalog: together/ft:llama-3.3-70b input $/M": 0.60,
    "catalog: together/ft:llama-3.3-70b output $/M": 2.80,
    "catalog: selfhost/ft:kimi-k2.7-code-lora training": 85,
    "catalog: selfhost/ft:kimi-k2.7-code-lora input $/M": 0.10,
    "catalog: selfhost/ft:kimi-k2.7-code-lora output $/M": 0.10,
    # the examples at list prices of the catalog's date, 2026-08-21 (core/data/default_catalog.csv):
    # GPT-5.5 $5/M: 4,000 x 4,000 x 5 / 1e6 = 80; Claude Sonnet 5 $2/M before 2026-09-01: 200,000 x 6,000 x 2 / 1e6
    "ex1 at the catalog price of openai/gpt-5.5: overhead $/month": 4000 * 4000 * 5 / 1e6,
    "ex2 at the catalog price of anthropic/claude-sonnet-5: overhead $/month": 200000 * 6000 * 2 / 1e6,
}

# ---- the workflows' September, by hand from the CSV exports ----
# Rates in force on 2026-09-30 (core/data/default_catalog.csv): input, output, cache read, 5-minute write.
RATES = {
    "gpt-5.5": (5, 30, 0.5, 5),                                    # openai gpt-5.5: writes at the input rate
    "claude-sonnet-5": (3, 15, 0.3, 3.75),                         # anthropic, the row from 2026-09-01
    "us.anthropic.claude-haiku-4-5-20251001-v1:0": (1.1, 5.5, 0.11, 1.375),  # aws, US cross-region
}
FT = {"openai/ft:gpt-5.5": (2, 8), "aws/ft:claude-sonnet-5": (3.5, 14), "together/ft:llama-3.3-70b": (0.6, 2.8)}


def september(usage_dir):
    """Per workflow: R, total prompt tokens, cache reads, output of its own model in 2026-09."""
    sums = {}
    def add(workflow, r, prompt, read, out):
        s = sums.setdefault(workflow, [0, 0, 0, 0])
        for i, v in enumerate((r, prompt, read, out)):
            s[i] += v
    for row in csv.DictReader(open(usage_dir / "openai_usage.csv")):  # inclusive: input holds the cached
        if row["model"] == "gpt-5.5-2026-04-23" and int(row["start_time"]) >= 1788220800:  # 2026-09-01
            add("code-review agent", int(row["num_model_requests"]), int(row["input_tokens"]),
                int(row["input_cached_tokens"]), int(row["output_tokens"]))
    for row in csv.DictReader(open(usage_dir / "anthropic_usage.csv")):  # exclusive: add reads and writes
        if row["model"] == "claude-sonnet-5" and row["starting_at"].startswith("2026-09"):
            prompt = sum(int(row[k]) for k in ("uncached_input_tokens", "cache_read_input_tokens",
                                               "ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens"))
            add("documentation agent", int(row["num_requests"]), prompt, int(row["cache_read_input_tokens"]),
                int(row["output_tokens"]))
    for row in csv.DictReader(open(usage_dir / "bedrock_usage.csv")):  # exclusive
        if row["date"].startswith("2026-09"):
            prompt = sum(int(row[k]) for k in ("input_tokens", "cache_read_input_tokens", "cache_write_input_tokens"))
            add("support agent", int(row["invocations"]), prompt, int(row["cache_read_input_tokens"]),
                int(row["output_tokens"]))
    return sums


def expected_workflows(source):
    usage = source / "examples" / "usage"
    wf = {r["workflow"]: r for r in csv.DictReader(open(usage / "workflows.csv"))}
    models = {"code-review agent": "gpt-5.5", "documentation agent": "claude-sonnet-5",
              "support agent": "us.anthropic.claude-haiku-4-5-20251001-v1:0"}
    out = {}
    for name, (R, prompt, read, output) in september(usage).items():
        w = wf[name]
        P, C = float(w["prompt_tokens"]), float(w["training_cost"]) + float(w["dataset_prep_cost"])
        M, d = float(w["amortize_months"]), float(w["discount_rate"])
        i_rate, o_rate, r_rate, w5 = RATES[models[name]]
        ft_i, ft_o = FT[w["ft_candidate"]]
        I, O, h, wm = prompt / R - P, output / R, min(1.0, read / (R * P)), w5 / i_rate
        p_rate = h * r_rate + (1 - h) * i_rate * wm                  # the cached prefix's rate
        per_pe = I * i_rate + P * p_rate + O * o_rate                 # per request, x 1e6
        per_ft = I * ft_i + O * ft_o
        S = R * (per_pe - per_ft) / 1e6
        A = C / M
        x = A * 1e6 / (R * P)
        hstar = (i_rate * wm - x) / (i_rate * wm - r_rate)
        hstar = None if hstar > 1 else max(0.0, hstar)
        be_req = A * 1e6 / (per_pe - per_ft) if per_pe > per_ft else None
        be_months = -math.log(1 - C * d / S) / math.log(1 + d) if S > 0 and C * d < S else None  # NPER
        if S <= 0 or (hstar is not None and h >= hstar):
            rec = "prompt + caching"
        elif be_req is not None and R >= be_req and be_months is not None and be_months <= M:
            rec = "fine-tune"
        else:
            rec = "not yet"
        out.update({
            f"{name}: prompt overhead $/month": R * P * p_rate / 1e6,
            f"{name}: status quo $/month": R * per_pe / 1e6,
            f"{name}: fine-tune running $/month": R * per_ft / 1e6,
            f"{name}: saving S $/month": S,
            f"{name}: break-even requests": be_req,
            f"{name}: break-even months": be_months,
            f"{name}: break-even hit rate": hstar,
            f"{name}: recommendation": rec,
        })
    return out


def read_figures(path):
    """figures.csv: figure, sql, calc, agree; an empty cell is 'no answer'."""
    def value(t):
        if t == "":
            return None
        try:
            return float(t)
        except ValueError:
            return t
    with open(path, newline="") as f:
        return {r["figure"]: (value(r["sql"]), value(r["calc"]), r["agree"]) for r in csv.DictReader(f)}


def main():
    source, build, out = (Path(p).resolve() for p in sys.argv[1:4])
    if not Path("/usr/lib/libreoffice/program/soffice").exists():
        print("SKIP: LibreOffice is not installed")
        return SKIP
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, LLMCOST_BUILD_DIR=str(build), LLMCOST_DEMO_OUT=str(out))
    for attempt in ("first", "again, once built"):  # the second run is timed: nothing left to build
        started = time.time()
        run = subprocess.run([source / "scripts" / "demo"], env=env, capture_output=True, text=True,
                             timeout=800)
        elapsed = time.time() - started
        if run.returncode != 0:
            break
    print(run.stdout[-3000:])
    if run.returncode != 0:
        print(run.stderr[-3000:])
        print(f"FAIL: scripts/demo exited {run.returncode}")
        return 1
    check("demo time", elapsed < 60, f"{elapsed:.1f} s once built (well under a minute expected)")

    figures = read_figures(out / "figures.csv")
    last = run.stdout.rstrip().splitlines()[-1]
    check("last line", last == f"SQL and Calc agree: {len(figures)} of {len(figures)} figures", last)
    check("figure count", len(figures) >= len(CARD) + 3 * 14, f"{len(figures)} figures")
    for name, (s, c, agree) in figures.items():
        check(f"{name}: agree", agree == "1", f"SQL {s} vs Calc {c}")

    expected = dict(CARD)
    expected.update(expected_workflows(source))
    for name, want in expected.items():
        if name not in figures:
            check(name, False, "missing from figures.csv")
            continue
        for host, got in zip(("SQL", "Calc"), figures[name][:2]):
            if want is None or isinstance(want, str):
                ok = got == want
            else:
                ok = close(got, float(want))
            check(f"{name} ({host})", ok, f"got {got!r}, expected {want!r}")

    db = sqlite3.connect(out / "usage.db")
    # Rows that no catalog prices: generate_exports.py writes 2 x 40 requests of acme-review-distill-v2
    # and 1 x 25 of claude-docs-nightly-test; they are counted with their reason, never costed as 0.
    not_costed = db.execute("SELECT model, count(*), sum(requests), reason FROM costed WHERE reason IS NOT NULL "
                            "GROUP BY model ORDER BY model").fetchall()
    check("not costed", not_costed == [("acme-review-distill-v2", 2, 80, "unknown model"),
                                       ("claude-docs-nightly-test", 1, 25, "unknown model")], str(not_costed))
    check("no silent zero", db.execute("SELECT count(*) FROM costed WHERE reason IS NULL AND NOT cost > 0")
          .fetchone()[0] == 0, "a costed row with cost <= 0")
    # Support agent's spend by hand (Bedrock counts cache tokens outside input_tokens):
    # sum of (input x 1.1 + read x 0.11 + write x 1.375 + output x 5.5) / 1e6 over its 92 days.
    hand = sum((int(r["input_tokens"]) * 1.1 + int(r["cache_read_input_tokens"]) * 0.11
                + int(r["cache_write_input_tokens"]) * 1.375 + int(r["output_tokens"]) * 5.5) / 1e6
               for r in csv.DictReader(open(source / "examples/usage/bedrock_usage.csv")))
    sql = db.execute("SELECT sum(cost) FROM costed WHERE workflow = 'support agent'").fetchone()[0]
    check("support agent spend", close(sql, hand), f"SQL {sql}, by hand {hand}")
    # Outside oracle: genai-prices' own price of each real record (30 records copied from its tests).
    agreeing = db.execute("SELECT count(*) FROM real_usage WHERE abs(cost - peer_cost) <= "
                          "1e-9 * max(abs(cost), abs(peer_cost))").fetchone()[0]
    check("real records agree with genai-prices", agreeing == 30, f"{agreeing} of 30")

    for name in ("report.txt", "budget.fods", "budget-Budget.csv", "budget-Schedule.csv", "budget.pdf"):
        check(f"output {name}", (out / name).stat().st_size > 0 if (out / name).exists() else False, "missing")
    png = out / "budget-chart.png"
    check("chart picture", png.exists() and png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 5000,
          "missing or empty")
    for text in ("Spend per workflow and month", "Fine-tune or keep prompting?", "Rows that could not be costed",
                 "unknown model"):
        check(f"report shows '{text}'", text in run.stdout, "not printed")

    if failures:
        print("FAIL:\n  " + "\n  ".join(failures))
        return 1
    print(f"PASS: {len(expected)} expected figures in SQL and Calc, {len(figures)} agreeing; demo {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
