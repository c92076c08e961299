"""The HTML report in a real browser: Debian's headless Chromium driven by Playwright.

Checks what a person would: the charts are drawn, nothing is fetched from
the network, no script error; clicking a conflicting point shows the
evidence sentences of both articles; the filters narrow the page.  Saves
``out/report.png``.  Without Chromium (``apt-get install chromium``; ``.ci/run``
installs it) the tests are skipped and the run says so in one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.analytics.consolidate import consolidate_store
from pipeline.analytics.export import export_records
from pipeline.analytics.report import write_report

from .browser import needs_chromium, open_page

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "tests" / "data" / "analytics" / "records.jsonl"
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    store = folder / "store.duckdb"
    export_records([RECORDS], store)
    consolidate_store(store)
    out = folder / "report.html"
    write_report(store, out)
    return out


@pytest.fixture(scope="module")
def page(report):
    with open_page(report, ".chart .main-svg") as page:
        yield page


def test_report_is_one_file_with_everything_inline(report):
    html = report.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert "plotly" in html.lower()


def test_charts_are_drawn_without_errors_or_network(page):
    data = page.evaluate("window.ecoieReport.data")
    expected = {(p["place"], p["indicator"]) for p in data["points"]}
    assert page.locator(".chart").count() == len(expected) == 7
    assert page.locator(".chart .main-svg").count() >= len(expected)
    assert page.locator(".chart path.point").count() == len(data["points"]) == 10
    assert page.problems == [] and page.fetched == []
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 2 and "吴源生" in page.inner_text("#events-table")
    assert "阳谷县" in page.inner_text("#enforcement-table") and "安次区" in page.inner_text("#enforcement-table")


def test_clicking_a_conflicting_point_shows_both_articles(page):
    chart = page.locator('.place[data-place="廊坊市"] .chart[data-indicator="air.pm25"]')
    point = chart.locator("path.point").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#evidence .source")
    evidence = page.inner_text("#evidence")
    assert "2024年，廊坊PM2.5平均浓度41微克/立方米。" in evidence
    assert "全市PM2.5年均浓度为38微克/立方米" in evidence
    assert "Articles disagree" in evidence
    assert page.locator("#evidence .source.disagrees").count() == 1
    assert page.locator("#evidence mark").first.inner_text() in ("41微克/立方米", "38微克/立方米")
    (ROOT / "out").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "out" / "report.png"), full_page=False)


def test_filters_narrow_places_and_tables(page):
    page.select_option("#f-province", "河北省")
    assert sorted(e.get_attribute("data-place") for e in page.locator(".place").all()) == ["安次区", "廊坊市"]
    assert "聊城" not in page.inner_text("#events-table")
    page.select_option("#f-indicator", "air.pm25")
    assert page.locator(".chart").count() == 1
    page.select_option("#f-province", "")
    page.select_option("#f-indicator", "")
    assert page.locator(".chart").count() == 7
    assert page.problems == []
