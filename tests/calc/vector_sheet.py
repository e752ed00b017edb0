"""The golden vectors (rows whose hosts include calc) as a sheet of formulas, with expectations.

Row i holds vector i: column A its formula, B where it comes from, C for a `none` row
IFNA(formula; "never") (the card: #N/A is what IFNA catches).  A cost_schedule cell is a 1 x 1
array formula INDEX(COST_SCHEDULE(...); month; column).  Vectors are read by the C++ reader
(calc_fixture vectors), whatever files exist at test time.
"""
from calc_harness import (CALC_ERRORS, ERR502, NA, Checks, Formula, Number, Shown, fixture,
                          programmatic_names)


def build(tool, vectors_dir):
    names = programmatic_names(tool)
    rows, checks = [], Checks()
    for i, (where, function, base, args, kind, value, rel_tol, detail, month, column) in enumerate(
            fixture(tool, "vectors", vectors_dir)):
        label = f"{where} {function}({args.replace(';', ', ')})"
        if base not in names:
            raise SystemExit(f"{where}: {base} is not a function of the table")
        formula = f"{names[base]}({args})"
        if month:
            cell = Formula(f"of:=INDEX({formula};{month};{column})", array=True)
        else:
            cell = Formula(f"of:={formula}")
        row = [cell, where]
        if kind == "number":
            checks.expect(i, 0, label, Number(float(value), float(rel_tol)))
        elif kind == "none":
            checks.expect(i, 0, label, NA)
            row.append(Formula(f'of:=IFNA({formula};"never")', array=bool(month)))
            checks.expect(i, 2, label + " in IFNA", Shown("never"))
        elif kind == "invalid":
            checks.expect(i, 0, label + f" (invalid {detail})", ERR502)
        else:
            code = int(detail)
            checks.expect(i, 0, label, Shown(CALC_ERRORS.get(code, f"Err:{code}")))
        rows.append(row)
    return rows, checks
