#!/usr/bin/python3
"""Recalculates the budget sheet headless in LibreOffice Calc with the llmcost add-in.

  run_budget.py OXT WORK_DIR OUT_DIR [WORKFLOWS_JSON]

WORK_DIR keeps a private LibreOffice profile and extension cache (never the user's own); the add-in
is installed there again only when OXT is newer than the last install.  Writes into OUT_DIR:
budget.fods (the sheet, with the measured workflow inputs when WORKFLOWS_JSON is given),
budget-<Sheet>.csv for every sheet (recalculated values, full precision, C locale), budget.pdf
(every sheet, the chart included) and budget-chart.png (the chart, from the PDF).
Facts behind each step: docs/main-job.md and ../shared/notes/calc-addin.md.
"""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

PROGRAM = Path("/usr/lib/libreoffice/program")
TIMEOUT = 180
# CSV export: ',' '"' UTF-8, from row 1, en-US, no "as shown" formatting, every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def run(cmd, what):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
    proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=env, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the process group this call started, nothing else
        proc.communicate()
        sys.exit(f"{what}: no answer after {TIMEOUT} s")
    if proc.returncode != 0:
        sys.exit(f"{what}: exit {proc.returncode}\n{out.decode(errors='replace')}")
    return out.decode(errors="replace")


class Office:
    def __init__(self, work):
        self.work = Path(work).resolve()
        self.env = [f"-env:UNO_SHARED_PACKAGES_CACHE={(self.work / 'shared-cache').as_uri()}",
                    f"-env:UserInstallation={(self.work / 'profile').as_uri()}"]
        self.stamp = self.work / "installed.stamp"

    def install(self, oxt):
        """A fresh profile (recalculate on load) and the add-in, unless this .oxt is installed."""
        oxt = Path(oxt).resolve()
        if self.stamp.exists() and self.stamp.read_text() == f"{oxt} {oxt.stat().st_mtime_ns}":
            return False
        shutil.rmtree(self.work, ignore_errors=True)
        (self.work / "profile" / "user").mkdir(parents=True)
        (self.work / "profile" / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
        # Start once before unopkg: a first start after it would drop the registration.
        run([PROGRAM / "soffice", *self.env, "--headless", "--norestore", "--terminate_after_init"],
            "soffice first start")
        run([PROGRAM / "unopkg", "add", "--shared", "--force", self.env[0],
             f"-env:UserInstallation={(self.work / 'p-unopkg').as_uri()}", oxt], "unopkg add")
        self.stamp.write_text(f"{oxt} {oxt.stat().st_mtime_ns}")
        return True

    def convert(self, src, fmt, out_dir, expect):
        """soffice exits 0 even when it fails: check that every expected file is new."""
        started = time.time()
        log = run([PROGRAM / "soffice", *self.env, "--headless", "--norestore", "--convert-to", fmt,
                   "--outdir", out_dir, src], f"soffice --convert-to {fmt.split(':')[0]}")
        for name in expect:
            f = Path(out_dir) / name
            if not f.exists() or f.stat().st_mtime < started - 1:
                sys.exit(f"soffice wrote no fresh {f}:\n{log}")


def chart_png(pdf, out_png):
    """The Schedule page's chart (placed by make_budget.py at x 15.8 cm, y 0.4 cm, 10.8 x 12 cm, inside
    1.2 cm margins; the page fits without scaling), cut out of the PDF at 110 dpi."""
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    page = next((i + 1 for i, p in enumerate(pages) if "24 months, cumulative" in p), None)
    if page is None:
        sys.exit(f"{pdf}: no page with the schedule")
    dpi = 110
    px = lambda cm: round(cm / 2.54 * dpi)  # noqa: E731
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-x", str(px(1.2 + 15.8 - 0.2)), "-y", str(px(1.2 + 0.4 - 0.2)), "-W", str(px(11.2)),
                    "-H", str(px(12.4)), pdf, str(out_png)[:-4]], check=True)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    oxt, work, out = sys.argv[1], sys.argv[2], Path(sys.argv[3]).resolve()
    here = Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    office = Office(work)
    t = time.time()
    if office.install(oxt):
        print(f"  installed {oxt} into a private profile ({time.time() - t:.1f} s)")
    fods = out / "budget.fods"
    cmd = [sys.executable, here / "make_budget.py", "--out", fods]
    if len(sys.argv) == 5:
        cmd += ["--workflows", sys.argv[4]]
    subprocess.run([str(c) for c in cmd], check=True)
    for old in out.glob("budget-*.csv"):
        old.unlink()
    t = time.time()
    office.convert(fods, CSV_FILTER, out, ["budget-Budget.csv", "budget-Schedule.csv", "budget-Figures.csv"])
    office.convert(fods, "pdf", out, ["budget.pdf"])
    chart_png(str(out / "budget.pdf"), out / "budget-chart.png")
    print(f"  recalculated budget.fods headless: CSV and PDF in {time.time() - t:.1f} s")


if __name__ == "__main__":
    main()
