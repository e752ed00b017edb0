#!/usr/bin/python3
"""Writes examples/budget.fods, the finance sheet of the main job, on the llmcost Calc add-in.

Sheets:
  Budget    input cells (blue) and results: the seed article's Example 1, Example 2 and caching case
            with its own typed rates; today's catalog prices (MODEL_RATE) beside them; a
            quality-adjusted cost; the three workflows of examples/usage with the decision of report.sql
  Schedule  24 months of COST_SCHEDULE and a chart of cumulative costs: the lines cross at break-even
  Figures   the key figures under the names report.sql gives them (scripts/demo compares the two)

  /usr/bin/python3 examples/make_budget.py [--workflows inputs.json] [--out path.fods]
--workflows replaces the workflow inputs (a JSON list of objects with the keys of WORKFLOWS below);
scripts/demo passes the values report.sql measured.  Without it the sheet holds the values of the
bundled exports' last month, rounded (the committed examples/budget.fods).
"""
import argparse
import json
import os

from fods import Sheet, document, line_chart

HERE = os.path.dirname(os.path.abspath(__file__))

# The latest month of each bundled workflow as report.sql measures it (rounded; scripts/demo puts the
# exact values in).  Keys: the columns of report.sql's `decisions` table.
WORKFLOWS = [
    dict(workflow="code-review agent", month="2026-09", model="gpt-5.5-2026-04-23",
         ft_candidate="openai/ft:gpt-5.5", prices_on="2026-09-30", requests=5238, P=4000, I=5966, O=908, hit_rate=0.545,
         C=4450, M=24, d=0.01),
    dict(workflow="documentation agent", month="2026-09", model="claude-sonnet-5",
         ft_candidate="aws/ft:claude-sonnet-5", prices_on="2026-09-30", requests=210560, P=6000, I=2498, O=1491,
         hit_rate=0.300, C=6650, M=18, d=0.01),
    dict(workflow="support agent", month="2026-09", model="us.anthropic.claude-haiku-4-5-20251001-v1:0",
         ft_candidate="together/ft:llama-3.3-70b", prices_on="2026-09-30", requests=289097, P=3000, I=797, O=352,
         hit_rate=0.876, C=8180, M=12, d=0.01),
]

NUMBER_STYLES = """
<number:number-style style:name="Nmoney"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="Nint"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="Nrate"><number:number number:decimal-places="4" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="Nmonths"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:percentage-style style:name="Npct"><number:number number:decimal-places="2" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
"""
INPUT_BG = "#dbe7f6"


def cell_styles():
    out = []
    def style(name, data=None, bg=None, bold=False, italic=False, size=None, colour=None, wrap=False):
        a = f' style:data-style-name="{data}"' if data else ""
        cell = (f' fo:background-color="{bg}"' if bg else "") + (' fo:wrap-option="wrap"' if wrap else "")
        text = ((' fo:font-weight="bold"' if bold else "") + (' fo:font-style="italic"' if italic else "")
                + (f' fo:font-size="{size}"' if size else "") + (f' fo:color="{colour}"' if colour else ""))
        out.append(f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{a}>'
                   + (f"<style:table-cell-properties{cell}/>" if cell else "")
                   + (f"<style:text-properties{text}/>" if text else "") + "</style:style>")
    style("title", bold=True, size="14pt")
    style("head", bold=True, size="11pt")
    style("colhead", bold=True, bg="#eeeeee", wrap=True)
    style("note", italic=True, colour="#555555", wrap=True)
    style("intro", italic=True, colour="#555555")
    style("label")
    for kind, data in (("money", "Nmoney"), ("int", "Nint"), ("rate", "Nrate"), ("months", "Nmonths"),
                       ("pct", "Npct"), ("text", None)):
        style(kind, data)
        style("in_" + kind, data, bg=INPUT_BG, wrap=kind == "text")
        style("key_" + kind, data, bold=True)
    return "\n".join(out)


class Budget:
    """The Budget sheet, filled top to bottom; `self.r` is the next row (1-based)."""

    def __init__(self):
        self.s = Sheet("Budget", ["9.8cm", "3.6cm", "3.6cm", "3.6cm", "6.6cm"])
        self.r = 1
        self.figures = []  # (name, formula giving its value)

    def row(self, label, cells=(), style="money", note=None, label_style="label"):
        """A label in A, cells in B.. (numbers and text are inputs, '=...' formulas are results)."""
        r = self.r
        self.s.put(f"A{r}", label, label_style)
        for i, v in enumerate(cells):
            if v is None:
                continue
            col = "BCD"[i]
            is_input = not (isinstance(v, str) and v.startswith("="))
            self.s.put(f"{col}{r}", v, ("in_" if is_input else "") + style)
        if note:
            self.s.put(f"E{r}", note, "note")
        self.r += 1
        return r

    def head(self, text, style="head"):
        self.r += 1
        self.s.put(f"A{self.r}", text, style)
        self.r += 1

    def colheads(self, *names, note=None):
        self.s.put(f"A{self.r}", "", "colhead")
        for i, n in enumerate(names):
            self.s.put(f"{'BCDE'[i]}{self.r}", n, "colhead")
        if note:
            self.s.put(f"E{self.r}", note, "colhead")
        self.r += 1

    def figure(self, name, ref):
        self.figures.append((name, f"=Budget!{ref}"))


def build(workflows):
    b = Budget()
    s = b.s
    s.put("A1", "llmcost budget: keep the prompt, cache it, or fine-tune?", "title")
    s.put("A2", "Blue cells are inputs; every other number is a formula of the llmcost add-in (category Financial).",
          "intro")
    s.put("A3", "Rates are $ per 1M tokens; volumes and costs are per month.", "intro")
    b.r = 4

    # 1. The seed article's examples, with its own typed rates (function card, section 0)
    b.head("1. The seed article's examples, with the article's own rates")
    b.colheads("Example 1: code review", "Example 2: documentation", "Overhead case", note="the article says")
    R = b.row("requests a month", (4000, 200000, 10000), "int")
    P = b.row("engineered prompt P, tokens per request", (4000, 6000, 5000), "int")
    IN = b.row("input rate, $/M", (2, 1, 3), "rate")
    C = b.row("fine-tune one-time cost, $ (training + dataset)", (5000, 6000), "money")
    M = b.row("amortization months", (24, 24), "int")
    D = b.row("discount rate a month", (0.01, 0.01), "pct")
    RD = b.row("cache read rate, $/M (10 % of input)", (0.2, 0.1), "rate")
    OV = b.row("prompt overhead, $ a month", [f"=PROMPT_OVERHEAD_COST({c}{R};{c}{P};{c}{IN})" for c in "BCD"],
               "key_money", "$32 / $1,200 / $150 a month")
    AM = b.row("fine-tune amortized, $ a month", [f"=AMORTIZED_COST({c}{C};{c}{M})" for c in "BC"],
               "key_money", "$208.33 / $250 a month")
    SV = b.row("saving from fine-tuning, $ a month", [f"={c}{OV}-{c}{AM}" for c in "BC"], "key_money",
               "Example 2: fine-tuning saves $950 a month")
    SV2 = b.row("saving over the amortization months, $", [f"={c}{SV}*{c}{M}" for c in "BC"], "key_money",
                "Example 2: $22,800 over two years")
    BM = b.row("break-even months (one-time cost / overhead)",
               [f'=IFNA(BREAKEVEN_MONTHS({c}{C};{c}{OV});"never")' for c in "BC"], "months",
               "Example 1: prompting wins")
    BMD = b.row("break-even months at the discount rate",
                [f'=IFNA(BREAKEVEN_MONTHS({c}{C};{c}{OV};{c}{D});"never")' for c in "BC"], "months")
    b.row("the same by Calc's own NPER (a check)", [f'=IFERROR(NPER({c}{D};{c}{OV};-{c}{C});"never")' for c in "BC"],
          "months")
    BH = b.row("break-even cache hit rate",
               [f'=IFNA(BREAKEVEN_HIT_RATE({c}{R};{c}{P};{c}{IN};{c}{RD};{c}{C};{c}{M});"none")' for c in "BC"],
               "pct", "caching beats the fine-tune above it; the article: ~80 %")
    b.row("verdict", [f'=IF({c}{SV}>0;"fine-tune";"keep prompting")' for c in "BC"], "key_text")
    for name, ref in (("overhead case: $/month", f"D{OV}"), ("ex1: prompt overhead $/month", f"B{OV}"),
                      ("ex1: fine-tune amortized $/month", f"B{AM}"), ("ex1: break-even months", f"B{BM}"),
                      ("ex2: prompt overhead $/month", f"C{OV}"), ("ex2: fine-tune amortized $/month", f"C{AM}"),
                      ("ex2: saving $/month", f"C{SV}"), ("ex2: saving over 24 months", f"C{SV2}"),
                      ("ex2: break-even months", f"C{BM}"), ("ex2: break-even months at 1 %/month", f"C{BMD}"),
                      ("ex2: break-even cache hit rate", f"C{BH}")):
        b.figure(name, ref)

    b.head("Caching the prompt (the article's case)")
    CIN = b.row("input rate, $/M", (2.00,), "rate")
    CRD = b.row("cache read rate, $/M", (0.20,), "rate")
    CH = b.row("cache hit rate", (0.85,), "pct")
    CW = b.row("cache write multiplier (Anthropic: 1.25)", (1.25,), "rate")
    CR = b.row("effective prompt rate, $/M", (f"=CACHED_INPUT_RATE(B{CIN};B{CRD};B{CH})",), "key_rate", "$0.47/M")
    CRW = b.row("... with the write premium, $/M", (f"=CACHED_INPUT_RATE(B{CIN};B{CRD};B{CH};B{CW})",), "key_rate")
    CD = b.row("the prompt's cost drops by", (f"=1-B{CR}/B{CIN}",), "key_pct",
               'the article says "90 %": it is 76.5 %')
    b.row("... with the write premium", (f"=1-B{CRW}/B{CIN}",), "key_pct", "72.75 %")
    b.figure("caching: effective prompt rate $/M", f"B{CR}")
    b.figure("caching: with 1.25x writes $/M", f"B{CRW}")
    b.figure("caching: prompt cost drop", f"B{CD}")

    b.head("Rule of thumb")
    TR = b.row("requests a month where a $5,000 fine-tune pays",
               ("=BREAKEVEN_REQUESTS(0;2000;0;2;0;2;0;5000;24)",), "key_int", 'P = 2,000 at $2/M, 24 months; the article: "~50K"')
    b.figure("thumb: requests where a $5,000 fine-tune pays", f"B{TR}")

    # 2. Today's catalog prices beside the article's (MODEL_RATE)
    b.head("2. Today's catalog prices beside the article's (MODEL_RATE)")
    b.colheads("training, 10K samples $", "input $/M", "output $/M", note="the article's table")
    seed_rows = (("openai/ft:gpt-5.5", "$450, $2.00 / $8.00"), ("aws/ft:claude-sonnet-5", "$650, $3.50 / $14.00"),
                 ("together/ft:llama-3.3-70b", "$180, $0.60 / $2.80"),
                 ("selfhost/ft:kimi-k2.7-code-lora", "$85, $0.10 / $0.10"))
    for model, says in seed_rows:
        r = b.r
        b.row(model, (f'=MODEL_RATE(A{r};"training_flat_10k")', f'=MODEL_RATE(A{r};"input")',
                      f'=MODEL_RATE(A{r};"output")'), "money", says)
        b.figure(f"catalog: {model} training", f"B{r}")
        b.figure(f"catalog: {model} input $/M", f"C{r}")
        b.figure(f"catalog: {model} output $/M", f"D{r}")
    b.colheads("input $/M", "cache read $/M", "Example's overhead $")
    r = b.r
    b.row("openai/gpt-5.5",
          (f'=MODEL_RATE(A{r};"input")', f'=MODEL_RATE(A{r};"cache_read")', f"=PROMPT_OVERHEAD_COST(B{R};B{P};B{r})"),
          "money", "Example 1 at today's price (the article typed $2/M)")
    b.figure("ex1 at the catalog price of openai/gpt-5.5: overhead $/month", f"D{r}")
    r = b.r
    b.row("anthropic/claude-sonnet-5",
          (f'=MODEL_RATE(A{r};"input")', f'=MODEL_RATE(A{r};"cache_read")', f"=PROMPT_OVERHEAD_COST(C{R};C{P};B{r})"),
          "money", "Example 2 at today's price (the article typed $1/M)")
    b.figure("ex2 at the catalog price of anthropic/claude-sonnet-5: overhead $/month", f"D{r}")

    # 3. Quality-adjusted cost
    b.head("3. Quality-adjusted cost: a cheaper answer that must be retried is not cheaper")
    QC = b.row("cost per attempt, $", (0.05,), "rate")
    QP = b.row("success rate", (0.8,), "pct")
    QK = b.row("at most this many attempts", (3,), "int")
    QA = b.row("expected attempts, retrying until success", (f"=EXPECTED_ATTEMPTS(B{QP})",), "key_rate", "1 / 0.8 = 1.25")
    QA3 = b.row("expected attempts, at most 3", (f"=EXPECTED_ATTEMPTS(B{QP};B{QK})",), "key_rate", "1.24")
    QS = b.row("cost per correct answer, $", (f"=COST_PER_SUCCESS(B{QC};B{QP})",), "key_rate", "0.05 / 0.8 = 0.0625")
    b.colheads("prompting", "fine-tuned")
    QR = b.row("success rate (Example 2)", (0.80, 0.90), "pct")
    b.row("$ a month per unit of correct work (Example 2)",
          (f"=COST_PER_SUCCESS(C{OV};B{QR})", f"=COST_PER_SUCCESS(C{AM};C{QR})"), "key_money",
          "overhead / success rate; amortization / success rate")
    b.figure("quality: expected attempts at 80 %", f"B{QA}")
    b.figure("quality: expected attempts, at most 3", f"B{QA3}")
    b.figure("quality: cost per success $", f"B{QS}")

    # 4. The workflows of examples/usage, as report.sql measured them
    b.head("4. Your workflows (measured by examples/report.sql from the usage exports; scripts/demo fills them in)")
    b.colheads(*(w["workflow"] for w in workflows), note="")
    W = {}
    def wrow(key, label, style, values=None, note=None):
        W[key] = b.row(label, values if values is not None else [w[key] for w in workflows], style, note)
    wrow("workflow", "workflow", "text")
    wrow("month", "month", "text")
    wrow("model", "model (the prompt is sent with)", "text")
    wrow("ft_candidate", "fine-tune candidate", "text")
    wrow("prices_on", "prices on (the month's last day)", "text")
    wrow("requests", "requests a month, R", "int")
    wrow("P", "engineered prompt P, tokens", "int")
    wrow("I", "task input I, tokens per request", "int")
    wrow("O", "output O, tokens per request", "int")
    wrow("hit_rate", "measured cache hit rate of the prompt", "pct", note="cache reads / (R x P)")
    wrow("C", "one-time cost C, $ (training + dataset)", "money")
    wrow("M", "amortization months M", "int")
    wrow("d", "discount rate a month", "pct")
    cols = "BCD"[:len(workflows)]
    def f(key, label, template, style, note=None):
        W[key] = b.row(label, [template.format(c=c, **{k: f"{c}{v}" for k, v in W.items()}) for c in cols],
                       style, note)
    f("in", "input $/M", '=MODEL_RATE({model};"input";{prices_on})', "rate", "MODEL_RATE on that date")
    f("out", "output $/M", '=MODEL_RATE({model};"output";{prices_on})', "rate")
    f("read", "cache read $/M", '=IFNA(MODEL_RATE({model};"cache_read";{prices_on});"none")', "rate",
      '"none": the model has no caching')
    f("w", "cache write multiplier", '=IFNA(MODEL_RATE({model};"cache_write_5m";{prices_on})/{in};1)', "rate",
      "cache_write_5m / input; 1 where writes are free")
    f("ft_in", "fine-tune input $/M", '=MODEL_RATE({ft_candidate};"input";{prices_on})', "rate")
    f("ft_out", "fine-tune output $/M", '=MODEL_RATE({ft_candidate};"output";{prices_on})', "rate")
    f("overhead", "prompt overhead, $ a month",
      "=IF(ISNUMBER({read});PROMPT_OVERHEAD_COST({requests};{P};{in};{read};{hit_rate};{w});"
      "PROMPT_OVERHEAD_COST({requests};{P};{in}))", "money")
    f("sq", "status quo (prompt + caching), $ a month",
      "=IF(ISNUMBER({read});PE_MONTHLY_COST({requests};{I};{P};{O};{in};{out};{read};{hit_rate};{w});"
      "PE_MONTHLY_COST({requests};{I};{P};{O};{in};{out}))", "key_money")
    f("ft", "fine-tune running cost, $ a month", "=FT_MONTHLY_COST({requests};{I};{O};{ft_in};{ft_out};0;1)", "money",
      "no amortization: that is the one-time cost")
    f("S", "saving S, $ a month", "={sq}-{ft}", "key_money")
    f("ber", "break-even requests a month",
      '=IFNA(IF(ISNUMBER({read});BREAKEVEN_REQUESTS({I};{P};{O};{in};{out};{ft_in};{ft_out};{C};{M};0;{read};'
      '{hit_rate};{w});BREAKEVEN_REQUESTS({I};{P};{O};{in};{out};{ft_in};{ft_out};{C};{M};0));"never")', "int")
    f("bem", "break-even months", '=IFNA(BREAKEVEN_MONTHS({C};{S};{d});"never")', "months")
    f("beh", "break-even cache hit rate",
      '=IF(ISNUMBER({read});IFNA(BREAKEVEN_HIT_RATE({requests};{P};{in};{read};{C};{M};{w});"none");"none")', "pct")
    f("rec", "recommendation",
      '=IF(OR({S}<=0;IF(ISNUMBER({beh});{hit_rate}>={beh};0));"prompt + caching";'
      'IF(AND(ISNUMBER({ber});ISNUMBER({bem}));IF(AND({requests}>={ber};{bem}<={M});"fine-tune";"not yet");"not yet"))',
      "key_text", "report.sql's rule, first match wins: prompt + caching when S <= 0 or the hit rate is "
      "at or above the break-even hit rate; fine-tune when R >= break-even requests and break-even "
      "months <= M; else not yet")
    for key, name in (("in", "input $/M"), ("out", "output $/M"), ("read", "cache read $/M"), ("w", "write multiplier"),
                      ("ft_in", "fine-tune input $/M"), ("ft_out", "fine-tune output $/M"),
                      ("overhead", "prompt overhead $/month"), ("sq", "status quo $/month"),
                      ("ft", "fine-tune running $/month"), ("S", "saving S $/month"), ("ber", "break-even requests"),
                      ("bem", "break-even months"), ("beh", "break-even hit rate"), ("rec", "recommendation")):
        for c in cols:
            b.figures.append((f'=Budget!{c}{W["workflow"]}&": {name}"', f"=Budget!{c}{W[key]}"))

    # The schedule sheet: Example 2 by default, 24 months
    sc = Sheet("Schedule", ["3.6cm", "4.0cm", "4.0cm", "4.0cm"])
    sc.put("A1", "24 months, cumulative (COST_SCHEDULE)", "title")
    sc.put("A2", "Inputs default to Example 2 of the Budget sheet; point them at any case.", "intro")
    inputs = (("months", 24, "in_int"), ("one-time, prompting $", 0, "in_money"),
              ("monthly, prompting $", f"=Budget!C{OV}", "money"), ("one-time, fine-tune $", f"=Budget!C{C}", "money"),
              ("monthly, fine-tune $", 0, "in_money"), ("discount rate a month", 0, "in_pct"),
              ("growth rate a month", 0, "in_pct"))
    for i, (label, v, st) in enumerate(inputs):
        sc.put(f"A{4 + i}", label, "label")
        sc.put(f"C{4 + i}", v, st)
    first_month_row = 14
    sc.put("A12", "break-even month: the first whose difference is >= 0", "head")
    sc.put("D12", f"=COM.MICROSOFT.MINIFS(A{first_month_row}:A{first_month_row + 23};D{first_month_row}:D{first_month_row + 23};\">=0\")",
           "key_int")
    for i, h in enumerate(("month", "prompting, cumulative $", "fine-tune, cumulative $", "difference $")):
        sc.put(f"{'ABCD'[i]}{first_month_row - 1}", h, "colhead")
    last = first_month_row + 23
    for r in range(first_month_row, last + 1):
        sc.put(f"A{r}", None, "int")
        for col in "BCD":
            sc.put(f"{col}{r}", None, "money")
    sc.put(f"A{first_month_row}", "=COST_SCHEDULE(C4;C5;C6;C7;C8;C9;C10)", "int", matrix=(4, 24))
    sc.shapes.append(line_chart("Cumulative costs", "Schedule", "15.8cm", "0.4cm", "10.8cm", "12cm",
                                "Cumulative cost: prompting vs fine-tuning",
                                "the lines cross at the break-even month",
                                f"A{first_month_row}:A{last}",
                                [(f"B{first_month_row - 1}", f"B{first_month_row}:B{last}", "#c0392b"),
                                 (f"C{first_month_row - 1}", f"C{first_month_row}:C{last}", "#1f5fa8")],
                                "$"))
    b.figures += [("schedule: difference after 24 months", f"=Schedule!D{last}"),
                  ("schedule: break-even month", "=Schedule!D12")]

    fig = Sheet("Figures", ["9.5cm", "4.5cm"])
    fig.put("A1", "figure", "colhead")
    fig.put("B1", "value", "colhead")
    for i, (name, value) in enumerate(b.figures):
        fig.put(f"A{i + 2}", name, "label")
        fig.put(f"B{i + 2}", value)
    widths = set(b.s.widths) | set(sc.widths) | set(fig.widths)
    return document([b.s, sc, fig], cell_styles(), NUMBER_STYLES, widths)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workflows", help="JSON list of workflow inputs (default: the bundled examples)")
    ap.add_argument("--out", default=os.path.join(HERE, "budget.fods"))
    a = ap.parse_args()
    workflows = json.load(open(a.workflows)) if a.workflows else WORKFLOWS
    with open(a.out, "w") as f:
        f.write(build(workflows))


if __name__ == "__main__":
    main()
