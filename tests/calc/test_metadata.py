"""What the Function Wizard shows, read from Calc itself over UNO: every function of the table with
its display name (the SQL name upper-cased), description, category Financial and each argument's
name and help; the display names work in formulas typed through the API and in FunctionAccess.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calc_harness import (SKIP, Office, fixture, props, skip_unless_office,  # noqa: E402
                          test_args)


def table(tool):
    """Display name -> description and (name, help) of each argument, from calc_fixture names."""
    functions = {}
    for row in fixture(tool, "names"):
        if row[0] == "fn":
            functions[row[2]] = {"description": row[6], "args": []}
        else:
            functions[row[1].upper()]["args"].append((row[3], row[4]))
    return functions


def main():
    args = test_args(__doc__)
    skip_unless_office()
    try:
        import uno
    except ImportError:
        print("SKIP: python3-uno is not installed (run with /usr/bin/python3)")
        return SKIP
    financial = uno.getConstantByName("com.sun.star.sheet.FunctionCategory.FINANCIAL")
    expected = table(args.fixture)
    office = Office(args.work)
    office.install(args.oxt)
    failures, checked = [], 0

    def check(what, got, want):
        nonlocal checked
        checked += 1
        if got != want:
            failures.append(f"{what}: got {got!r}, want {want!r}")

    with office.session() as s:
        descriptions = s.create("com.sun.star.sheet.FunctionDescriptions")
        shown = {}
        for i in range(descriptions.getCount()):
            entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            shown[entry["Name"]] = entry
        for display, want in expected.items():
            got = shown.get(display)
            if got is None:
                failures.append(f"{display}: not in Calc's function list")
                continue
            check(f"{display} description", got["Description"], want["description"])
            check(f"{display} category", got["Category"], financial)
            arguments = got["Arguments"] or ()  # None for a function without arguments
            check(f"{display} argument count", len(arguments), len(want["args"]))
            for arg, (name, help_text) in zip(arguments, want["args"]):
                check(f"{display} argument {name}", (arg.Name, arg.Description), (name, help_text))
        # Display names in formulas typed through the API (a file stores the programmatic name).
        doc = s.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                             props(Hidden=True))
        cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        cell.setFormula("=BREAKEVEN_MONTHS(6000;1200)")
        check("=BREAKEVEN_MONTHS(6000;1200) value (6000/1200)", cell.getValue(), 5.0)
        # The API's formula text, like a file, carries the programmatic name (service.method).
        check("formula as read back", cell.getFormula(),
              "=ORG.LLMCOST.CALC.FUNCTIONS.BREAKEVENMONTHS(6000;1200)")
        access = s.create("com.sun.star.sheet.FunctionAccess")
        check("FunctionAccess AMORTIZED_COST(6000; 24) (6000/24)",
              access.callFunction("AMORTIZED_COST", (6000.0, 24.0)), 250.0)
        doc.close(True)
    for f in failures:
        print("FAIL", f)
    print(f"metadata: {checked - len(failures)} of {checked} checks as expected "
          f"({len(expected)} functions)")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
