"""Every golden vector for calc, computed by the installed llmcost.oxt in a headless conversion.

Proves Calc gives the numbers the core and SQL give: each cell is compared with the vector's
expectation (numbers within max(rel_tol, 1e-14): the CSV carries 15 significant digits; none is
#N/A and IFNA(...; "never") shows "never"; invalid is Err:502; calc_error:519 is #VALUE!).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vector_sheet  # noqa: E402
from calc_harness import Office, read_csv, skip_unless_office, test_args, write_fods  # noqa: E402


def main():
    args = test_args(__doc__)
    skip_unless_office()
    rows, checks = vector_sheet.build(args.fixture, args.vectors)
    office = Office(args.work)
    office.install(args.oxt)
    sheet = Path(args.work) / "vectors.fods"
    write_fods(sheet, {"Vectors": rows})
    table = read_csv(office.to_csv(sheet, Path(args.work) / "out"))
    if len(table) != len(rows):
        print(f"FAIL: the CSV has {len(table)} rows, the sheet {len(rows)}")
        return 1
    return 0 if checks.compare(table, f"golden vectors ({len(rows)} rows)") else 1


if __name__ == "__main__":
    sys.exit(main())
