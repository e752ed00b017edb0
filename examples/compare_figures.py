#!/usr/bin/python3
"""Prints the key figures from SQL and from Calc side by side and says whether they agree.

  compare_figures.py USAGE_DB FIGURES_CSV OUT_CSV

USAGE_DB: the database report.sql filled (its `figures` table); FIGURES_CSV: the Figures sheet of the
recalculated budget.fods.  Numbers agree within 1e-9 relative (Calc's CSV carries 15 significant
digits); "no answer" agrees with "no answer" (SQL NULL; Calc #N/A shown as "never" / "none"); text
must be equal.  Writes OUT_CSV (figure, sql, calc, agree) and ends with the line
`SQL and Calc agree: N of N figures`, or `SQL and Calc differ: ...` and exit status 1.
"""
import csv
import math
import sqlite3
import sys

NO_ANSWER = {"never", "none", "#N/A"}


def calc_value(text):
    """A Calc CSV cell as a number, None (no answer) or text; '87.5%' is 0.875."""
    if text in NO_ANSWER:
        return None
    try:
        return float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        return text


def agree(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def shown(v):
    if v is None:
        return "(none)"
    return f"{v:,.6f}".rstrip("0").rstrip(".") if isinstance(v, (int, float)) else str(v)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    db, calc_csv, out_csv = sys.argv[1:]
    sql = sqlite3.connect(db).execute("SELECT name, value FROM figures ORDER BY rowid").fetchall()
    with open(calc_csv, newline="", encoding="utf-8") as f:
        calc = {row[0]: calc_value(row[1]) for row in list(csv.reader(f))[1:] if row}
    rows, differ = [], []
    for name, value in sql:
        c = calc.get(name, "(missing in Calc)")
        ok = agree(value, c)
        rows.append((name, value, c, ok))
        if not ok:
            differ.append(name)
    differ += [name for name in calc if name not in dict(sql)]  # a Calc figure SQL does not have
    width = max(len(r[0]) for r in rows)
    print(f"  {'figure':<{width}}  {'SQL':>18}  {'Calc':>18}")
    for name, s, c, ok in rows:
        print(f"  {name:<{width}}  {shown(s):>18}  {shown(c):>18}  {'' if ok else '<- differs'}")
    with open(out_csv, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["figure", "sql", "calc", "agree"])
        w.writerows((n, "" if s is None else s, "" if c is None else c, int(ok)) for n, s, c, ok in rows)
    total = len(rows) + len([n for n in calc if n not in dict(sql)])
    if differ:
        print(f"SQL and Calc differ: {len(differ)} of {total} figures: {'; '.join(differ)}")
        return 1
    print(f"SQL and Calc agree: {total} of {total} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
