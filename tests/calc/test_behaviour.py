"""The add-in's Calc behaviour beyond the vectors, in one headless conversion of the installed .oxt:
IFNA/ISNA on none, an empty cell as write_multiplier, omitted optional arguments and their
defaults, half an option group, omitted required arguments, text, the range form (broadcast,
shapes, empty cells, text, none and invalid rows), catalog functions (text arguments and results,
priced_at as a date cell read with the document's null date, also 1904) and COST_SCHEDULE as an
array formula (checked against the core's rows and a hand calculation).  Every expected value has its arithmetic beside it.
"""
import datetime
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calc_harness import (EMPTY, ERR502, NA, VALUE, Checks, Formula, Number, Office,  # noqa: E402
                          Shown, fixture, programmatic_names, read_csv, skip_unless_office,
                          test_args, write_fods)

# The Data sheet: the ranges the range-form formulas read.
DATA = [
    # A: one_time_cost, B: monthly_savings, C: empty, D-E: tokens, F-G: rates, H: with text,
    # I: with an invalid cost, J: write multipliers with an empty cell, K: text "abc"
    # L: price kinds
    [6000, 1200, None, 1e6, 2e6, 2, 3, 6000, 6000, 1.25, "abc", "input"],
    [0, 1200, None, 5e5, 0, 8, 1, "x", -1, None, None, "output"],
    [2400, 95],
    [None, 3],
    [5000, 32],
]


def nper_closed_form(c, s, d):
    """NPER(d; S; -C) = ln(S / (S - C d)) / ln(1 + d): months of savings S to repay C at rate d."""
    return math.log(s / (s - c * d)) / math.log1p(d)


class Sheet:
    """Checks, one block of rows each: column A labels, column B the formula (or array)."""

    def __init__(self, names):
        self.names, self.rows, self.checks = names, [], Checks()

    def fn(self, function, *args):
        return f"{self.names[function]}({';'.join(str(a) for a in args)})"

    def add(self, label, formula, expect, rows=1, cols=1, array=False):
        """expect: one expectation, or rows x cols of them (lists of lists)."""
        top = len(self.rows)
        self.rows.append([label, Formula("of:=" + formula, rows, cols, array)])
        self.rows.extend([[] for _ in range(rows - 1)])
        grid = expect if isinstance(expect, list) else [[expect] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                self.checks.expect(top + r, 1 + c, f"{label} [{r + 1},{c + 1}]", grid[r][c])


def build(sheet):
    fn, add = sheet.fn, sheet.add
    # none: #N/A, caught by IFNA and ISNA (card s4: 2400 x 0.04 = 96 > 95 a month: never).
    add("none is #N/A", fn("breakeven_months", 2400, 95, 0.04), NA)
    add("IFNA on none", f'IFNA({fn("breakeven_months", 2400, 95, 0.04)};"never")', Shown("never"))
    add("ISNA on none", f'IF(ISNA({fn("breakeven_months", 2400, 95, 0.04)});"yes";"no")',
        Shown("yes"))
    add("IFNA on a number", f'IFNA({fn("breakeven_months", 6000, 1200)};"never")',
        Number(5, source="6000 / 1200"))
    # An empty cell given as write_multiplier arrives as 0: outside [1, inf), Err:502.
    empty = "[$Data.C1]"
    add("cached_input_rate, empty write_multiplier cell",
        fn("cached_input_rate", 2, 0.2, 0.85, empty), ERR502)
    add("prompt_overhead_cost, empty write_multiplier cell",
        fn("prompt_overhead_cost", 10000, 5000, 3, 0.3, 0.85, empty), ERR502)
    add("breakeven_hit_rate, empty write_multiplier cell",
        fn("breakeven_hit_rate", 200000, 6000, 1, 0.1, 6000, 24, empty), ERR502)
    # Omitted optional arguments take their defaults; an empty slot (;;) omits one too.
    add("cached_input_rate default write_multiplier",
        fn("cached_input_rate", 2, 0.2, 0.85), Number(0.47, source="0.85*0.2 + 0.15*2"))
    add("cached_input_rate empty slot", fn("cached_input_rate", 2, 0.2, 0.85, ""),
        Number(0.47, source="0.85*0.2 + 0.15*2"))
    add("cached_input_rate given 1.25", fn("cached_input_rate", 2, 0.2, 0.85, 1.25),
        Number(0.545, source="0.85*0.2 + 0.15*2*1.25"))
    add("prompt_overhead_cost default write_multiplier",
        fn("prompt_overhead_cost", 10000, 5000, 3, 0.3, 0.85),
        Number(35.25, source="10000*5000*(0.85*0.3 + 0.15*3)/1e6"))
    add("breakeven_months default d and g", fn("breakeven_months", 6000, 1200),
        Number(5, source="6000 / 1200"))
    add("breakeven_months empty slots", fn("breakeven_months", 6000, 1200, "", ""),
        Number(5, source="6000 / 1200"))
    add("breakeven_months g omitted", fn("breakeven_months", 6000, 1200, 0.01),
        Number(nper_closed_form(6000, 1200, 0.01), source="ln(1200/1140)/ln(1.01)"))
    add("expected_attempts default: no limit", fn("expected_attempts", 0.8),
        Number(1.25, source="1/0.8"))
    add("ft_monthly_cost default fixed_monthly",
        fn("ft_monthly_cost", 200000, 0, 0, 0, 0, 6000, 24), Number(250, source="6000/24"))
    add("ft_monthly_cost fixed_monthly 100",
        fn("ft_monthly_cost", 200000, 0, 0, 0, 0, 6000, 24, 100),
        Number(350, source="6000/24 + 100"))
    add("selfhost_rate default utilization", fn("selfhost_rate", 5.98, 890),
        Number(5.98e6 / (890 * 3600), source="5.98/(890*3600)*1e6"))
    # Half an option group: Err:502.
    add("hit_rate missing", fn("prompt_overhead_cost", 10000, 5000, 3, 0.3), ERR502)
    add("cache_read_rate missing", fn("prompt_overhead_cost", 10000, 5000, 3, "", 0.85), ERR502)
    add("write_multiplier without its group",
        fn("prompt_overhead_cost", 10000, 5000, 3, "", "", 1.25), ERR502)
    add("pe_monthly_cost hit_rate missing",
        fn("pe_monthly_cost", 10000, 100, 5000, 200, 3, 15, 0.3), ERR502)
    add("request_cost cache_read_rate missing", fn("request_cost", 1000, 500, 2, 8, 100), ERR502)
    # Omitted required arguments: Err:502 (Calc passes an omitted `any` argument empty).
    add("required one_time_cost omitted", fn("breakeven_months", "", 1200), ERR502)
    add("required monthly_savings left out", fn("breakeven_months", 6000), ERR502)
    # Text where a number is expected: #VALUE!; too many arguments: Calc's own Err:504.
    add("text literal", fn("token_cost", '"abc"', 2), VALUE)
    add("text cell", fn("token_cost", "[$Data.K1]", 2), VALUE)
    add("number as text", fn("token_cost", '"12"', 2), VALUE)
    add("too many arguments", fn("breakeven_months", 1, 2, 3, 4, 5), Shown("Err:504"))
    # The range form: one array formula over columns, a column back.
    a, b = "[$Data.A1:.A5]", "[$Data.B1:.B5]"
    add("range: C / S", fn("breakeven_months", a, b), [
        [Number(5, source="6000/1200")], [Number(0, source="C = 0 gives 0")],
        [Number(2400 / 95, source="2400/95")], [Number(0, source="empty cell: C = 0")],
        [Number(156.25, source="5000/32")]], rows=5)
    add("range: a single d broadcast", fn("breakeven_months", a, b, 0.04), [
        [Number(nper_closed_form(6000, 1200, 0.04), source="ln(1200/960)/ln(1.04)")],
        [Number(0, source="C = 0 gives 0")], [EMPTY],  # 2400*0.04 = 96 > 95: none, an empty cell
        [Number(0, source="empty cell: C = 0")], [EMPTY]], rows=5)  # 5000*0.04 = 200 > 32
    add("range: 2 x 2", fn("token_cost", "[$Data.D1:.E2]", "[$Data.F1:.G2]"), [
        [Number(2, source="1e6*2/1e6"), Number(6, source="2e6*3/1e6")],
        [Number(4, source="5e5*8/1e6"), Number(0, source="0*1/1e6")]], rows=2, cols=2)
    add("range: unequal shapes", fn("breakeven_months", a, "[$Data.B1:.B4]"), ERR502, rows=5)
    add("range: text in a cell", fn("breakeven_months", "[$Data.H1:.H2]", 1200), VALUE, rows=2)
    add("range: one invalid row", fn("breakeven_months", "[$Data.I1:.I2]", 1200), ERR502, rows=2)
    add("range: empty write_multiplier cell",
        fn("cached_input_rate", 2, 0.2, 0.85, "[$Data.J1:.J2]"), ERR502, rows=2)
    add("range: 1 x 1 is one value", fn("breakeven_months", "[$Data.A1:.A1]", "[$Data.B1]"),
        Number(5, source="6000/1200"))


# Prices from the default catalog: the card's section 0 (the seed article, and "Claude Sonnet 5's
# input was $2/M until 2026-09-01, $3/M after").
SONNET, GPT_FT = '"anthropic/claude-sonnet-5"', '"openai/ft:gpt-5.5"'


def build_prices(sheet):
    fn, add = sheet.fn, sheet.add
    add("priced_at a date cell before the change", fn("model_rate", SONNET, '"input"',
                                                      "DATE(2026;8;31)"), Number(2, source="card"))
    add("priced_at a date cell on the change", fn("model_rate", SONNET, '"input"', "DATE(2026;9;1)"),
        Number(3, source="card s0"))
    add("priced_at ISO text", fn("model_rate", SONNET, '"input"', '"2026-09-01"'),
        Number(3, source="card s0"))
    add("seed's flat training cost", fn("model_rate", GPT_FT, '"training_flat_10k"'),
        Number(450, source="card s0 table: $450"))
    add("priced_at an empty cell", fn("model_rate", SONNET, '"input"', "[$Data.C1]"), ERR502)
    add("priced_at 0", fn("model_rate", SONNET, '"input"', 0), ERR502)
    add("a number where text is expected", fn("model_rate", 1, '"input"'), ERR502)
    add("an unknown model", fn("model_rate", '"no-such-model-xyz"', '"input"'), ERR502)
    add("text result", fn("model_resolve", GPT_FT), Shown("openai/ft:gpt-5.5"))
    add("none from a text function", fn("model_resolve", '"no-such-model-xyz"'), NA)
    add("usage_cost with a date cell",
        fn("usage_cost", GPT_FT, '"openai"', 1e6, 1e6, "", "", "", "", "DATE(2026;7;3)"),
        Number(10, source="1M x $2/M + 1M x $8/M (card s0)"))
    add("range of text arguments", fn("model_rate", GPT_FT, "[$Data.L1:.L2]"),
        [[Number(2, source="card s0 input")], [Number(8, source="card s0 output")]], rows=2)
    add("llmcost_version is text", f'IF(ISTEXT({fn("llmcost_version")});"text";"not text")',
        Shown("text"))


def build_null_date_1904(sheet):
    """In a document whose null date is 1904-01-01, DATE() counts from it: the add-in must too."""
    fn, add = sheet.fn, sheet.add
    # The document really counts from 1904 (else the checks below could not tell the dates apart).
    add("1904: DATE(2026;9;1) is a day count from 1904-01-01", 'TEXT(DATE(2026;9;1);"0")',
        Shown(str((datetime.date(2026, 9, 1) - datetime.date(1904, 1, 1)).days)))
    add("1904: before the change", fn("model_rate", SONNET, '"input"', "DATE(2026;8;31)"),
        Number(2, source="card s0"))
    add("1904: on the change", fn("model_rate", SONNET, '"input"', "DATE(2026;9;1)"),
        Number(3, source="card s0 (read from 1899-12-30, it would be 2022-08-31: $2)"))


def build_schedules(sheet, tool):
    fn, add = sheet.fn, sheet.add
    # COST_SCHEDULE(24; 0; 1200; 6000; 0): month k, 1200k, 6000, 1200k - 6000 (by hand).
    hand = [[Number(k), Number(1200 * k), Number(6000), Number(1200 * k - 6000)]
            for k in range(1, 25)]
    add("COST_SCHEDULE by hand", fn("cost_schedule", 24, 0, 1200, 6000, 0), hand, rows=24, cols=4)
    for args in [(24, 0, 1200, 6000, 0), (36, 500, 100, 6000, 20, 0.01, 0.02),
                 (60, 0, 32, 5000, 0, 0, 0.05)]:
        core = [[Number(float(x), source="core") for x in row]
                for row in fixture(tool, "schedule", *args)]
        add(f"COST_SCHEDULE{args} = core rows", fn("cost_schedule", *args), core,
            rows=len(core), cols=4)
    add("COST_SCHEDULE months not whole", fn("cost_schedule", 24.5, 0, 1200, 6000, 0), ERR502,
        rows=2, cols=4)
    add("COST_SCHEDULE over a range", fn("cost_schedule", "[$Data.A1:.A2]", 0, 1, 0, 1), ERR502,
        rows=2, cols=4)


def main():
    args = test_args(__doc__)
    skip_unless_office()
    sheet = Sheet(programmatic_names(args.fixture))
    build(sheet)
    build_prices(sheet)
    build_schedules(sheet, args.fixture)
    sheet1904 = Sheet(sheet.names)
    build_null_date_1904(sheet1904)
    office = Office(args.work)
    office.install(args.oxt)
    work = Path(args.work)
    write_fods(work / "behaviour.fods", {"Checks": sheet.rows, "Data": DATA})
    write_fods(work / "nulldate1904.fods", {"Checks": sheet1904.rows}, null_date="1904-01-01")
    ok = sheet.checks.compare(read_csv(office.to_csv(work / "behaviour.fods", work / "out")),
                              "Calc behaviour")
    ok = sheet1904.checks.compare(read_csv(office.to_csv(work / "nulldate1904.fods", work / "out")),
                                  "null date 1904") and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
