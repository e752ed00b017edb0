"""A small writer of flat OpenDocument spreadsheets (.fods) for make_budget.py.

Cells are given in A1 notation with Calc's own formula syntax (`=PROMPT_OVERHEAD_COST(B5;B6;B7)`,
`Schedule!B4` for another sheet); the writer turns references into ODF's `[.B5]` / `[$Schedule.B4]`
and llmcost's functions into the programmatic names a document must store
(`org.llmcost.calc.Functions.promptOverheadCost`: calc_addin/src/naming.hpp).  Formula cells are
written without cached values, so Calc computes them on load.
"""
import re
from xml.sax.saxutils import escape, quoteattr

ADDIN_SERVICE = "org.llmcost.calc.Functions"
LLMCOST_FUNCTIONS = {
    "TOKEN_COST", "CACHED_INPUT_RATE", "REQUEST_COST", "PROMPT_OVERHEAD_COST", "PE_MONTHLY_COST",
    "FT_MONTHLY_COST", "AMORTIZED_COST", "BREAKEVEN_MONTHS", "BREAKEVEN_REQUESTS",
    "BREAKEVEN_PROMPT_TOKENS", "BREAKEVEN_HIT_RATE", "EXPECTED_ATTEMPTS", "COST_PER_SUCCESS",
    "SELFHOST_RATE", "COST_SCHEDULE", "MODEL_RATE", "USAGE_COST", "BUCKET_COST", "MODEL_RESOLVE",
    "LLMCOST_CATALOG_INFO", "LLMCOST_VERSION",
}

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}


def programmatic(name):
    """PROMPT_OVERHEAD_COST -> org.llmcost.calc.Functions.promptOverheadCost"""
    head, *rest = name.lower().split("_")
    return f"{ADDIN_SERVICE}.{head}{''.join(w.capitalize() for w in rest)}"


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def col_letters(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return int(m.group(2)) - 1, col_index(m.group(1))


_TOKEN = re.compile(r'"[^"]*"|([A-Za-z]+)!(\$?[A-Z]{1,2}\$?\d+(?::\$?[A-Z]{1,2}\$?\d+)?)'
                    r'|\b(\$?[A-Z]{1,2}\$?\d+(?::\$?[A-Z]{1,2}\$?\d+)?)\b(?!\()|\b([A-Z][A-Z0-9_.]*)(?=\()')


def odf_formula(formula):
    """'=F(B5;Other!C2:C9)' in Calc syntax -> 'of:=F([.B5];[$Other.C2:.C9])'."""
    def sub(m):
        if m.group(0).startswith('"'):
            return m.group(0)
        if m.group(1):
            a, *b = m.group(2).split(":")
            return f"[${m.group(1)}.{a}" + (f":.{b[0]}" if b else "") + "]"
        if m.group(3):
            a, *b = m.group(3).split(":")
            return f"[.{a}" + (f":.{b[0]}" if b else "") + "]"
        fn = m.group(4)
        return programmatic(fn) if fn in LLMCOST_FUNCTIONS else fn
    return "of:" + _TOKEN.sub(sub, formula)


class Sheet:
    def __init__(self, name, widths):
        self.name, self.widths, self.cells, self.shapes = name, widths, {}, []

    def put(self, ref, content, style=None, matrix=None):
        """content: a number, text, or a formula ('=...'); matrix: (columns, rows) of an array formula."""
        self.cells[parse_ref(ref)] = (content, style, matrix)

    def xml(self):
        out = [f'<table:table table:name={quoteattr(self.name)} table:style-name="ta1">']
        if self.shapes:
            out.append("<table:shapes>" + "".join(self.shapes) + "</table:shapes>")
        for w in self.widths:
            out.append(f'<table:table-column table:style-name="co_{w}"/>')
        rows = max(r for r, _ in self.cells) + 1 if self.cells else 0
        ncols = len(self.widths)
        for r in range(rows):
            out.append("<table:table-row>")
            for c in range(ncols):
                out.append(_cell(self.cells.get((r, c))))
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "\n".join(out)


def _cell(cell):
    if cell is None:
        return "<table:table-cell/>"
    content, style, matrix = cell
    attrs = f' table:style-name="{style}"' if style else ""
    if content is None:
        return f"<table:table-cell{attrs}/>"
    if matrix:
        attrs += (f' table:number-matrix-columns-spanned="{matrix[0]}"'
                  f' table:number-matrix-rows-spanned="{matrix[1]}"')
    if isinstance(content, str) and content.startswith("="):
        return f"<table:table-cell{attrs} table:formula={quoteattr(odf_formula(content))}/>"
    if isinstance(content, (int, float)):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{content!r}">'
                f"<text:p>{content!r}</text:p></table:table-cell>")
    return (f'<table:table-cell{attrs} office:value-type="string">'
            f"<text:p>{escape(str(content))}</text:p></table:table-cell>")


def line_chart(name, sheet, x, y, width, height, title, subtitle, categories, series, y_title):
    """A line chart anchored to the page of `sheet`: categories 'A5:A28', series [('B4', 'B5:B28', colour)]."""
    def rng(r):
        a, b = r.split(":")
        return f"{sheet}.{a}:{sheet}.{b}"
    styles = [
        '<style:style style:name="wall" style:family="chart"><style:graphic-properties draw:fill="solid" '
        'draw:fill-color="#ffffff" svg:stroke-color="#b3b3b3"/></style:style>',
        '<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-integer-digits="1" '
        'number:grouping="true"/></number:number-style>',
        '<style:style style:name="axis" style:family="chart" style:data-style-name="N0"><style:chart-properties '
        'chart:display-label="true" chart:link-data-style-to-source="false"/>'
        '<style:graphic-properties svg:stroke-color="#808080"/>'
        '<style:text-properties fo:font-size="9pt"/></style:style>',
        '<style:style style:name="grid" style:family="chart"><style:graphic-properties svg:stroke-color="#dddddd"/></style:style>',
        '<style:style style:name="title" style:family="chart"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>',
        '<style:style style:name="small" style:family="chart"><style:text-properties fo:font-size="9pt"/></style:style>',
    ]
    parts = []
    for i, (label, values, colour) in enumerate(series):
        styles.append(f'<style:style style:name="s{i}" style:family="chart"><style:chart-properties chart:symbol-type="none"/>'
                      f'<style:graphic-properties svg:stroke-width="0.07cm" svg:stroke-color="{colour}" draw:fill-color="{colour}"/></style:style>')
        parts.append(f'<chart:series chart:style-name="s{i}" chart:class="chart:line" chart:values-cell-range-address="{rng(values)}" '
                     f'chart:label-cell-address="{sheet}.{label}"/>')
    all_ranges = " ".join([rng(categories)] + [rng(v) for _, v, _ in series])
    return (
        f'<draw:frame draw:z-index="0" draw:name={quoteattr(name)} svg:width="{width}" svg:height="{height}" svg:x="{x}" svg:y="{y}">'
        f'<draw:object draw:notify-on-update-of-ranges="{all_ranges}">'
        '<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">'
        f'<office:automatic-styles>{"".join(styles)}</office:automatic-styles>'
        '<office:body><office:chart>'
        f'<chart:chart svg:width="{width}" svg:height="{height}" xlink:href=".." xlink:type="simple" chart:class="chart:line">'
        f'<chart:title chart:style-name="title"><text:p>{escape(title)}</text:p></chart:title>'
        f'<chart:subtitle chart:style-name="small"><text:p>{escape(subtitle)}</text:p></chart:subtitle>'
        '<chart:legend chart:legend-position="bottom" chart:style-name="small"/>'
        f'<chart:plot-area table:cell-range-address="{all_ranges}" chart:data-source-has-labels="none">'
        '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="axis">'
        '<chart:title chart:style-name="small"><text:p>month</text:p></chart:title>'
        f'<chart:categories table:cell-range-address="{rng(categories)}"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="axis">'
        f'<chart:title chart:style-name="small"><text:p>{escape(y_title)}</text:p></chart:title>'
        '<chart:grid chart:class="major" chart:style-name="grid"/></chart:axis>'
        f'{"".join(parts)}<chart:wall chart:style-name="wall"/></chart:plot-area>'
        '</chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>')


def document(sheets, cell_styles, number_styles, column_widths):
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    cols = "".join(f'<style:style style:name="co_{w}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width="{w}"/></style:style>'
                   for w in sorted(column_widths))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
<style:default-style style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
{number_styles}
{cols}
<style:style style:name="ta1" style:family="table" style:master-page-name="Landscape"><style:table-properties table:display="true"/></style:style>
{cell_styles}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Landscape" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
{"".join(s.xml() for s in sheets)}
</office:spreadsheet></office:body>
</office:document>
"""
