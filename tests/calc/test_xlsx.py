"""The vectors' sheet saved as .xlsx and converted again keeps the right values, recalculated.

fods -> xlsx (soffice), then every cached formula result in the .xlsx is overwritten with
987654321, then xlsx -> csv with OOXMLRecalcMode 0 (always recalculate) in the test profile: only
a recalculation by the add-in (its functions stored as ORG.LLMCOST.CALC.FUNCTIONS.<METHOD>) can
bring back the vectors' values.  A COST_SCHEDULE array formula (24 x 4) rides along.
"""
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vector_sheet  # noqa: E402
from calc_harness import (Formula, Number, Office, fixture, programmatic_names,  # noqa: E402
                          read_csv, skip_unless_office, test_args, write_fods)

STALE = "987654321"
CELL = re.compile(r"<c((?:\s[^>]*[^/])?)>(.*?)</c>", re.S)


def overwrite_cached_values(xlsx):
    """Replaces every cached result (all but shared-string constants) with STALE; returns count."""
    count = 0

    def stale(m):
        nonlocal count
        attrs, body = m.group(1), m.group(2)
        if re.search(r'\st="s"', attrs) or "<v>" not in body:
            return m.group(0)
        count += 1
        attrs = re.sub(r'\st="[^"]*"', "", attrs) + ' t="n"'
        return f"<c{attrs}>{re.sub(r'<v>.*?</v>', f'<v>{STALE}</v>', body, flags=re.S)}</c>"

    src = zipfile.ZipFile(xlsx)
    entries = {i.filename: src.read(i.filename) for i in src.infolist()}
    src.close()
    sheet = "xl/worksheets/sheet1.xml"
    entries[sheet] = CELL.sub(stale, entries[sheet].decode()).encode()
    with zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries.items():
            out.writestr(name, data)
    return count, entries[sheet].decode()


def main():
    args = test_args(__doc__)
    skip_unless_office()
    rows, checks = vector_sheet.build(args.fixture, args.vectors)
    # COST_SCHEDULE(24; 0; 1200; 6000; 0) in E1:H24, checked against the core's rows.
    schedule = fixture(args.fixture, "schedule", 24, 0, 1200, 6000, 0)
    name = programmatic_names(args.fixture)["cost_schedule"]
    while len(rows) < len(schedule):
        rows.append([])
    for r in rows:
        r.extend([None] * (4 - len(r)))
    rows[0].append(Formula(f"of:={name}(24;0;1200;6000;0)", 24, 4))
    for r, values in enumerate(schedule):
        for c, x in enumerate(values):
            checks.expect(r, 4 + c, f"COST_SCHEDULE(24;0;1200;6000;0)[{r + 1},{c + 1}]",
                          Number(float(x), source="core"))
    office = Office(args.work)
    office.install(args.oxt)
    work = Path(args.work)
    write_fods(work / "roundtrip.fods", {"Vectors": rows})
    xlsx = office.convert(work / "roundtrip.fods", "xlsx", work / "xlsx")
    count, sheet_xml = overwrite_cached_values(xlsx)
    stored = sorted(set(re.findall(r"ORG\.LLMCOST\.CALC\.FUNCTIONS\.[A-Z]+", sheet_xml.upper())))
    print(f"{count} cached results overwritten; functions stored as {', '.join(stored[:3])}, ...")
    if count < len(checks.items) or not stored:
        print("FAIL: the .xlsx lacks the formulas or their cached results")
        return 1
    table = read_csv(office.to_csv(xlsx, work / "out"))
    return 0 if checks.compare(table, "after .xlsx round trip") else 1


if __name__ == "__main__":
    sys.exit(main())
