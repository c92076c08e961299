"""``ecoie evaluate --html``: the page's content on a small gold/prediction pair with every kind of error.

``tests/data/eval_report`` (written by its ``build.py``) plants one entity
boundary, label, miss, false alarm and ignored-as-boilerplate error, an
indicator confusion (air.pm25 read as air.pm10, penalty cases as inspections),
a role and a direction error, officials and event-slot misses, and a gold
document without a prediction.  The browser test (``test_eval_report_browser.py``)
renders the same page in Chromium.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluation.errors import confusion, list_errors
from pipeline.evaluation.html_report import RunInfo, axis_start, chart_data, render_page
from pipeline.evaluation.run import load_gold, load_predictions, run_evaluation

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "eval_report"
GOLD, PRED = DATA / "gold.jsonl", DATA / "pred.jsonl"
OFFSET_GOLD = ROOT / "tests" / "data" / "offset_gold" / "gold.jsonl"


@pytest.fixture(scope="module")
def page() -> str:
    run = run_evaluation(GOLD, PRED)
    info = RunInfo(gold=str(GOLD), predictions=str(PRED), model_versions=["ecoie-0.9.0+fixture"], evaluated="2026-01-02 03:04")
    return render_page(run.gold, run.predictions, run.result, info, plotly_js="/* plotly stub */")


def _section(page: str, section_id: str) -> str:
    start = page.index(f'<section id="{section_id}"')
    return page[start: page.index("</section>", start)]


def _doc(page: str, doc_id: str) -> str:
    start = page.index(f'<details class="doc" id="doc-{doc_id}"')
    return page[start: page.index("</details>", start)]


def test_header_names_model_version_date_and_what_was_scored(page):
    header = page[page.index("<header>"): page.index("</header>")]
    assert "ecoie-0.9.0+fixture" in header and "2026-01-02 03:04" in header
    assert str(PRED) in header and "3 (1 without a prediction)" in header
    assert "offset-warning" not in page  # full-text gold: nothing to warn about


def test_every_error_row_is_in_its_document_with_context(page):
    doc = _doc(page, "pc-1")
    kinds = re.findall(r'<tr class="err k-([a-z_]+)">', doc)
    assert sorted(kinds) == sorted(["entity_boundary", "entity_missed", "entity_label", "entity_ignored",
                                    "entity_false_alarm", "direction", "direction", "indicator", "role",
                                    "official_missed", "official_false_alarm", "event_missed"])
    # the gold span marked in its context, coloured by kind; gold and system side by side
    assert '<mark class="k-entity_boundary">9日上午</mark>' in doc and "<td>9日</td>" in doc
    assert '<mark class="k-entity_false_alarm">县融媒体中心</mark>' in doc
    assert '<mark class="k-entity_ignored">今年1-6月</mark>' in doc
    assert '<mark class="k-indicator">31微克/立方米</mark>' in doc and "<td>air.pm10</td>" in doc
    assert "ORG:赵一平" in doc and "赵一平/分局局长" in doc
    assert 'no prediction' in _doc(page, "none-3")
    # most errors first
    order = re.findall(r'<details class="doc" id="doc-([^"]+)"', page)
    assert order == ["pc-1", "none-3", "enf-2"]


def test_row_count_matches_list_errors(page):
    rows = list_errors(load_gold(GOLD), load_predictions(PRED))
    assert len(re.findall(r'<tr class="err ', _section(page, "documents"))) == len(rows) == 19


def test_indicator_confusion_table(page):
    section = _section(page, "indicators")
    table = section[section.index('id="confusion-indicator"'):]
    table = table[: table.index("</table>")]
    assert re.search(r'data-gold="air.pm25" data-pred="air.pm10"[^>]*>1</td>', table)
    assert re.search(r'data-gold="enforcement.penalty_cases" data-pred="enforcement.inspections"[^>]*>1</td>', table)
    assert 'title="gold air.good_days = system">2</td>' in table
    role = section[section.index('id="confusion-role"'):]
    assert re.search(r'data-gold="change" data-pred="value"[^>]*>1</td>', role[: role.index("</table>")])
    direction = section[section.index('id="confusion-direction"'):]
    assert re.search(r'data-gold="up" data-pred="down"[^>]*>1</td>', direction[: direction.index("</table>")])
    assert "8.8%" in section[section.index('id="role-errors"'):]


def test_confusion_agrees_with_the_scorer_and_the_error_rows():
    gold, preds = load_gold(GOLD), load_predictions(PRED)
    result = run_evaluation(GOLD, PRED).result
    counts = confusion(gold, preds, "indicator")
    assert sum(counts.values()) == result["indicators"]["found_quantities"]
    right = sum(n for (g, p), n in counts.items() if g == p)
    assert right / sum(counts.values()) == pytest.approx(result["indicators"]["indicator_accuracy"], abs=1e-4)
    wrong = sum(n for (g, p), n in counts.items() if g != p)
    assert wrong == sum(r.kind == "indicator" for r in list_errors(gold, preds))
    assert sum(confusion(gold, preds, "direction").values()) == result["indicators"]["gold_changes_found"]


def test_officials_events_and_catalogue(page):
    events = _section(page, "events")
    assert "press_conference/赵一平" in events and "enforcement.penalty_cases/23.0" in events
    speaker = re.search(r"<tr><th>speaker</th>.*?</tr>", events).group(0)
    assert speaker.endswith('<td class="num">1</td><td class="num">0</td></tr>')  # one missed row, no false one
    officials = _section(page, "officials")
    assert "王立新/市生态环境局" in officials and "赵一平/分局局长" in officials
    catalogue = _section(page, "catalogue")
    assert "direction of a change" in catalogue and "indicator: enforcement and inspection counts confused" in catalogue
    assert "gold entity inside a range ignored as boilerplate" in catalogue


def test_bar_axes_start_near_the_lowest_value():
    assert axis_start([0.91, 1.0]) == pytest.approx(0.85)
    assert axis_start([0.02, 0.9]) == 0.0
    data = chart_data(run_evaluation(GOLD, PRED).result)
    assert data["summary"]["start"] == 0.0  # this fixture has zeros
    assert len(data["summary"]["names"]) == len(data["summary"]["values"])


def test_cli_writes_one_self_contained_file(tmp_path):
    out = tmp_path / "deep" / "eval.html"
    res = CliRunner().invoke(app, ["evaluate", str(GOLD), "--pred", str(PRED), "--html", str(out), "--json"])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert "plotly" in html.lower() and 'id="chart-summary"' in html and "ecoie-0.9.0+fixture" in html
    assert not list(out.parent.glob("*.part"))


def test_offset_only_gold_page_warns_not_to_publish(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "fx-001", "status": "ok", "model_version": "m1",
                                "entities": [{"start": 35, "end": 38, "label": "PERSON", "text": "赵一平"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "eval.html"
    res = CliRunner().invoke(app, ["evaluate", str(OFFSET_GOLD), "--pred", str(pred), "--split", "dev",
                                   "--texts", str(OFFSET_GOLD.parent / "texts"), "--html", str(out)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert 'id="offset-warning"' in html and "Do not publish this page with the gold" in html
    assert "fx-001" in html and "fx-002" not in html  # --split dev
    assert "<dd>dev</dd>" in html


@pytest.mark.parametrize("case", ["html_is_a_folder", "bad_pred", "no_plotly"])
def test_bad_input_is_one_line(tmp_path, monkeypatch, case):
    args = ["evaluate", str(GOLD), "--pred", str(PRED), "--html", str(tmp_path / "eval.html")]
    if case == "html_is_a_folder":
        args[-1] = str(tmp_path)
    elif case == "bad_pred":
        bad = tmp_path / "bad.jsonl"
        bad.write_text("{not json\n", encoding="utf-8")
        args[3] = str(bad)
    else:
        import pipeline.analytics.report as analytics_report

        def missing() -> str:
            raise analytics_report.ReportError("the report needs plotly: pip install 'ecoie[report]'")

        monkeypatch.setattr(analytics_report, "inline_plotly_js", missing)
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 1
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1, res.output
    assert not (tmp_path / "eval.html").exists()


@pytest.mark.skipif(not (ROOT / "models" / "ner").is_dir(), reason="models not provisioned (make setup)")
def test_oracle_spans_run_writes_the_page(tmp_path):
    out = tmp_path / "eval.html"
    res = CliRunner().invoke(app, ["evaluate", str(GOLD), "--oracle-spans", "--doc", "enf-2", "--html", str(out)])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "--oracle-spans" in html and "pipeline run on the gold texts" in html
    assert re.search(r"<dt>model version</dt><dd>ecoie-[^<]+</dd>", html)


def test_a_large_confusion_keeps_the_confused_values_and_lists_the_rest():
    from collections import Counter

    from pipeline.evaluation.html_report import _confusion_table

    counts = Counter({(f"ind.{i}", f"ind.{i}"): 2 for i in range(12)})
    counts[("ind.0", "ind.1")] = 3
    table = _confusion_table(counts, "t", "indicators")
    assert 'data-gold="ind.0" data-pred="ind.1"' in table
    assert "Always right (10): ind.10 2, ind.11 2, ind.2 2" in table
    assert "<th>ind.5</th>" not in table
