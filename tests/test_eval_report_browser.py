"""The ``ecoie evaluate --html`` page in a real browser: Debian's headless Chromium driven by Playwright.

As for the ``ecoie report`` page (``test_report_browser.py``): the charts are
drawn, nothing is fetched from the network, no script error; a document
opens to show its errors in context.  Saves ``out/evaluate_report.png``.
Without Chromium the tests are skipped and the run says so in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .browser import needs_chromium, open_page

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "eval_report"
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("evaluate") / "eval.html"
    res = CliRunner().invoke(app, ["evaluate", str(DATA / "gold.jsonl"), "--pred", str(DATA / "pred.jsonl"),
                                   "--html", str(out), "--json"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def page(report):
    with open_page(report, "#chart-labels .main-svg") as page:
        yield page


def test_charts_are_drawn_without_errors_or_network(page):
    # one bar per headline figure (zeros draw an empty bar), three series of one bar per label
    data = page.evaluate("window.ecoieEval.data")
    assert page.locator("#chart-summary .main-svg").count() >= 1
    assert page.locator("#chart-summary g.point").count() == len(data["summary"]["values"]) == 10
    assert page.locator("#chart-labels g.point").count() == 3 * len(data["labels"]["names"])
    assert page.locator("#chart-labels .legendtext").count() == 3
    assert page.problems == [] and page.fetched == []


def test_axis_starts_near_the_lowest_value(page):
    # the page sets the axis start it computed; plotly draws it
    start, stop = page.evaluate("document.getElementById('chart-labels').layout.yaxis.range")
    assert start == page.evaluate("window.ecoieEval.data.labels.start") and stop > 1.0


def test_opening_a_document_shows_its_errors_in_context(page):
    doc = page.locator('details.doc[data-doc="pc-1"]')
    rows = doc.locator("tr.err")
    assert not rows.first.is_visible()  # closed until asked
    doc.locator("summary").click()
    assert rows.first.is_visible() and rows.count() == 12
    boundary = doc.locator("mark.k-entity_boundary")
    assert boundary.inner_text() == "9日上午"
    # colour-coded: a boundary and a false alarm are drawn in different colours
    colour = "e => getComputedStyle(e).borderBottomColor"
    assert boundary.evaluate(colour) != doc.locator("mark.k-entity_false_alarm").evaluate(colour)
    # a link from the role-error table opens the document it names
    page.locator("#close-all").click()
    assert not rows.first.is_visible()
    page.locator("#role-errors a.doclink").first.click()
    page.wait_for_function("document.getElementById('doc-pc-1').open")
    assert page.problems == []
    (ROOT / "out").mkdir(exist_ok=True)
    page.locator("#open-all").click()
    page.screenshot(path=str(ROOT / "out" / "evaluate_report.png"), full_page=True)
