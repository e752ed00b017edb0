"""Headless LibreOffice Calc for the llmcost tests and benchmark (run with /usr/bin/python3).

Office(work_dir): a private shared-extension cache and a private profile inside work_dir, so that
parallel tests never share a running soffice (one would take over the other's conversion).
  install(*oxts)   unopkg add --shared into the private cache (facts: shared/notes/calc-addin.md)
  session()        a soffice driven over UNO (python3-uno), for metadata and timing
  convert(src, fmt, out_dir) -> Path of a FRESH output file (soffice exits 0 even when it fails)
Sheets: write_fods(path, {sheet: rows}); a row is a list of cells: None, a number, text, or
Formula("of:=...", rows, cols) (rows x cols > 1 x 1 or array=True makes an array formula).
Tables from the C++ fixture (calc_fixture): fixture(tool, *args) -> list of tab-split rows.
"""
import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

SKIP = 77  # CTest SKIP_RETURN_CODE: the test cannot run here (never a pass)
PROGRAM = Path("/usr/lib/libreoffice/program")
SOFFICE = PROGRAM / "soffice"
UNOPKG = PROGRAM / "unopkg"
TIMEOUT = 300  # seconds for one soffice run


def skip_unless_office():
    if not SOFFICE.exists() or not UNOPKG.exists():
        print("SKIP: LibreOffice (soffice, unopkg) is not installed")
        sys.exit(SKIP)


def uri(path):
    return Path(path).resolve().as_uri()


def registry_items(recalc_always=True, threaded=None):
    """registrymodifications.xcu items: always recalculate on load (ODF and OOXML), threading."""
    items = []
    if recalc_always:
        for mode in ("ODFRecalcMode", "OOXMLRecalcMode"):
            items.append(("/org.openoffice.Office.Calc/Formula/Load", mode, "int", "0"))
    if threaded is not None:
        items.append(("/org.openoffice.Office.Calc/Formula/Calculation",
                      "UseThreadedCalculationForFormulaGroups", "boolean",
                      "true" if threaded else "false"))
    return items


class Office:
    def __init__(self, work_dir, **registry):
        self.work = Path(work_dir).resolve()
        self.cache = self.work / "shared-cache"
        self.profile = self.work / "profile"
        self.registry = registry_items(**registry)

    def env_args(self):
        return [f"-env:UNO_SHARED_PACKAGES_CACHE={uri(self.cache)}",
                f"-env:UserInstallation={uri(self.profile)}"]

    def run(self, cmd, what):
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
        proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, env=env, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # only the group this call started
            proc.communicate()
            raise RuntimeError(f"{what}: timed out after {TIMEOUT} s")
        text = out.decode(errors="replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{what}: exit {proc.returncode}\n{text}")
        return text

    def write_profile(self):
        user = self.profile / "user"
        user.mkdir(parents=True, exist_ok=True)
        props = "".join(
            f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
            f'<value>{value}</value></prop></item>\n' for path, name, _, value in self.registry)
        (user / "registrymodifications.xcu").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' + props + "</oor:items>\n")

    def install(self, *oxts):
        """A fresh profile and cache with the extensions installed."""
        for oxt in oxts:
            if not Path(oxt).exists():
                raise RuntimeError(f"{oxt} does not exist: build it first (target llmcost_oxt)")
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        self.write_profile()
        # A first start before unopkg, or a non-root first start drops the registration.
        self.run([SOFFICE, *self.env_args(), "--headless", "--norestore", "--terminate_after_init"],
                 "soffice first start")
        for oxt in oxts:
            self.run([UNOPKG, "add", "--shared", "--force", self.env_args()[0],
                      f"-env:UserInstallation={uri(self.work / 'p-unopkg')}", Path(oxt).resolve()],
                     f"unopkg add {oxt}")

    def convert(self, src, fmt, out_dir):
        """Converts src headless to fmt ('csv', 'xlsx'); returns the fresh output file."""
        out_dir = Path(out_dir).resolve()
        out_dir.mkdir(parents=True, exist_ok=True)
        ext = fmt.split(":")[0]
        target = out_dir / (Path(src).stem + "." + ext)
        if target.exists():
            target.unlink()
        started = time.time()
        log = self.run([SOFFICE, *self.env_args(), "--headless", "--norestore", "--convert-to",
                        fmt, "--outdir", out_dir, Path(src).resolve()], f"convert {src}")
        if not target.exists() or target.stat().st_mtime < started - 1:
            raise RuntimeError(f"soffice made no fresh {target}:\n{log}")
        return target

    def session(self):
        """A running soffice on this profile, driven over UNO (see Session)."""
        return Session(self)

    def to_csv(self, src, out_dir):
        """CSV of the first sheet: UTF-8, ',' and '"', language en-US (1033), as shown."""
        return self.convert(src, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true',
                            out_dir)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


class Formula:
    def __init__(self, text, rows=1, cols=1, array=False):
        self.text, self.rows, self.cols = text, rows, cols
        self.array = array or rows * cols > 1


def _cell(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, Formula):
        span = ""
        if value.array:
            span = (f' table:number-matrix-columns-spanned="{value.cols}"'
                    f' table:number-matrix-rows-spanned="{value.rows}"')
        return f"<table:table-cell table:formula={quoteattr(value.text)}{span}/>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                f"<text:p>{value!r}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
            "</table:table-cell>")


def write_fods(path, sheets, null_date=None):
    """A flat ODF spreadsheet; null_date ("1904-01-01") replaces Calc's default 1899-12-30."""
    body = []
    if null_date:
        body.append(f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/>'
                    "</table:calculation-settings>")
    for name, rows in sheets.items():
        body.append(f"<table:table table:name={quoteattr(name)}>")
        for row in rows:
            body.append("<table:table-row>" + "".join(_cell(c) for c in row) + "</table:table-row>")
        body.append("</table:table>")
    Path(path).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
        'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        "<office:body><office:spreadsheet>\n" + "\n".join(body) +
        "\n</office:spreadsheet></office:body></office:document>\n", encoding="utf-8")


def fixture(tool, *args):
    """Rows (tab-split) printed by the C++ fixture tool (names, vectors, schedule)."""
    out = subprocess.run([str(tool), *map(str, args)], check=True, capture_output=True, text=True)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def test_args(description):
    """The command line every Calc test takes from CTest."""
    import argparse
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--oxt", required=True, help="the built llmcost.oxt")
    parser.add_argument("--fixture", required=True, help="the calc_fixture tool")
    parser.add_argument("--vectors", required=True, help="tests/vectors")
    parser.add_argument("--work", required=True, help="a private working folder")
    parser.add_argument("--docs", help="docs/calc.md (for the test of its examples)")
    return parser.parse_args()


def programmatic_names(tool):
    """SQL name -> the name a document stores (service.method, upper-cased)."""
    return {r[1]: r[3].upper() for r in fixture(tool, "names") if r[0] == "fn"}


# ---- Comparing a CSV cell with what a cell should show ----
# CSV carries numbers as displayed: 15 significant digits, so a rounding of up to 5e-15 relative;
# numbers are compared within max(rel_tol, CSV_TOL).
CSV_TOL = 1e-14
# How Calc shows an error code (the vectors' calc_error:<code>).
CALC_ERRORS = {502: "Err:502", 504: "Err:504", 519: "#VALUE!", 503: "#NUM!", 532: "#DIV/0!",
               525: "#NAME?", 524: "#REF!", 32767: "#N/A"}


class Number:
    def __init__(self, value, rel_tol=1e-12, source=""):
        self.value, self.rel_tol, self.source = value, max(rel_tol, CSV_TOL), source

    def matches(self, shown):
        try:
            got = float(shown)
        except ValueError:
            return False
        if self.value == 0:
            return abs(got) <= self.rel_tol
        return abs(got - self.value) <= self.rel_tol * abs(self.value)

    def __str__(self):
        return f"{self.value!r} (rel_tol {self.rel_tol:g})"


class Shown:
    """A cell that must show exactly this text ("#N/A", "Err:502", "never", "" for empty)."""

    def __init__(self, text, source=""):
        self.text, self.source = text, source

    def matches(self, shown):
        return shown == self.text

    def __str__(self):
        return repr(self.text)


NA, ERR502, VALUE, EMPTY = Shown("#N/A"), Shown("Err:502"), Shown("#VALUE!"), Shown("")


def cell_at(table, row, col):
    """The CSV text at 0-based (row, col); "" beyond the file (an empty cell)."""
    if row < len(table) and col < len(table[row]):
        return table[row][col]
    return ""


class Checks:
    """Expectations for cells of one sheet, compared against its CSV."""

    def __init__(self):
        self.items = []  # (row, col, label, expectation)

    def expect(self, row, col, label, expectation):
        self.items.append((row, col, label, expectation))

    def compare(self, table, title):
        failures = [(r, c, label, e, cell_at(table, r, c)) for r, c, label, e in self.items
                    if not e.matches(cell_at(table, r, c))]
        for r, c, label, e, got in failures:
            print(f"FAIL {label}: cell R{r + 1}C{c + 1} shows {got!r}, expected {e}")
        print(f"{title}: {len(self.items) - len(failures)} of {len(self.items)} cells as expected")
        return not failures


class Session:
    """A headless soffice on this Office's profile, driven over UNO (python3-uno).

    with office.session() as s: s.ctx, s.smgr, s.desktop; leaving terminates that soffice.
    """

    def __init__(self, office, timeout=120):
        import uno
        from com.sun.star.connection import NoConnectException
        self.pipe = f"llmcost_{os.getpid()}_{int(time.time() * 1000)}"
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
        self.proc = subprocess.Popen(
            [str(SOFFICE), *office.env_args(), "--headless", "--norestore", "--nologo",
             "--nodefault", f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            try:
                self.ctx = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if time.time() > deadline or self.proc.poll() is not None:
                    self.close()
                    raise RuntimeError("soffice did not accept a UNO connection")
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def create(self, service):
        return self.smgr.createInstanceWithContext(service, self.ctx)

    def close(self):
        try:
            if getattr(self, "desktop", None) is not None:
                self.desktop.terminate()
        except Exception:  # the bridge drops when soffice exits: expected
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the soffice this session started
            self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def props(**values):
    """A tuple of com.sun.star.beans.PropertyValue."""
    import uno
    out = []
    for name, value in values.items():
        p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)
