"""The examples of docs/calc.md, computed by the installed add-in: each row `| ... | `=FORMULA` | result |`
of the page's function table becomes a cell (display names turned into the programmatic names a file
needs); the cell must show the result written beside it (a number, #N/A, Err:502, or "text").
Every function of the table must have an example.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calc_harness import (Checks, Formula, Number, Office, Shown, fixture,  # noqa: E402
                          read_csv, skip_unless_office, test_args, write_fods)

ROW = re.compile(r"^\|[^|]*\|\s*`(=[^`]+)`\s*\|\s*(.+?)\s*\|\s*$")


def examples(page):
    for line in Path(page).read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            yield m.group(1), m.group(2)


def expectation(result):
    if result.startswith('"') and result.endswith('"'):
        return Shown(result[1:-1].replace('""', '"'))
    if result.startswith(("#", "Err:")):
        return Shown(result)
    return Number(float(result), 1e-14)


def main():
    args = test_args(__doc__)
    skip_unless_office()
    names = {r[2]: r[3].upper() for r in fixture(args.fixture, "names") if r[0] == "fn"}
    # Longest first, so that no display name is replaced inside a longer one.
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                         + r")\(")
    rows, checks = [], Checks()
    for i, (formula, result) in enumerate(examples(args.docs)):
        rows.append([Formula("of:" + pattern.sub(lambda m: names[m.group(1)] + "(", formula),
                             array="COST_SCHEDULE" in formula)])
        checks.expect(i, 0, formula, expectation(result))
    shown = {m.group(1) for formula, _ in examples(args.docs) for m in pattern.finditer(formula)}
    if set(names) - shown:
        print(f"FAIL: no example in {args.docs} for {', '.join(sorted(set(names) - shown))}")
        return 1
    office = Office(args.work)
    office.install(args.oxt)
    path = Path(args.work) / "docs.fods"
    write_fods(path, {"Examples": rows})
    table = read_csv(office.to_csv(path, Path(args.work) / "out"))
    return 0 if checks.compare(table, f"examples of {Path(args.docs).name}") else 1


if __name__ == "__main__":
    sys.exit(main())
