"""Outside oracle: Calc's own NPER.  For 50 random (C, S, d) with C x d < S, BREAKEVEN_MONTHS(C; S; d)
and NPER(d; S; -C) agree to 1e-9 relative, in the same sheet (the card: with g = 0 they are equal).
The relative difference is computed in the sheet, so the CSV's 15 digits do not limit it.
Seed: LLMCOST_NPER_SEED (default 20260703, the seed article's date), printed.
"""
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calc_harness import (Formula, Office, programmatic_names, read_csv,  # noqa: E402
                          skip_unless_office, test_args, write_fods)

CASES, TOLERANCE = 50, 1e-9


def triples(seed):
    rng = random.Random(seed)
    for _ in range(CASES):
        c = 10 ** rng.uniform(2, 6)               # one-time cost 100 .. 1,000,000
        d = 10 ** rng.uniform(-4, -1)             # 0.01 % .. 10 % a month
        s = c * d * (1 + 10 ** rng.uniform(-2, 2))  # savings above C x d: it breaks even
        yield c, s, d


def main():
    args = test_args(__doc__)
    skip_unless_office()
    seed = int(os.environ.get("LLMCOST_NPER_SEED", "20260703"))
    print(f"seed {seed}")
    name = programmatic_names(args.fixture)["breakeven_months"]
    rows = []
    for i, (c, s, d) in enumerate(triples(seed), start=1):
        assert c * d < s
        rows.append([c, s, d, Formula(f"of:={name}([.A{i}];[.B{i}];[.C{i}])"),
                     Formula(f"of:=NPER([.C{i}];[.B{i}];-[.A{i}])"),
                     Formula(f"of:=ABS([.D{i}]/[.E{i}]-1)")])
    rows.append([None, None, None, None, "max", Formula(f"of:=MAX([.F1:.F{CASES}])")])
    office = Office(args.work)
    office.install(args.oxt)
    path = Path(args.work) / "nper.fods"
    write_fods(path, {"NPER": rows})
    table = read_csv(office.to_csv(path, Path(args.work) / "out"))
    failures, worst = 0, 0.0
    for i in range(CASES):
        c, s, d, months, nper, rel = table[i][:6]
        try:
            worst = max(worst, float(rel))
            ok = float(rel) <= TOLERANCE and float(months) > 0
        except ValueError:
            ok = False
        if not ok:
            failures += 1
            print(f"FAIL C={c} S={s} d={d}: BREAKEVEN_MONTHS {months}, NPER {nper}, rel diff {rel}")
    print(f"NPER oracle: {CASES - failures} of {CASES} within {TOLERANCE:g} relative; "
          f"largest difference {worst:.3g} (sheet's MAX: {table[CASES][5]})")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
