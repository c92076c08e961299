"""The arithmetic of ANNOTATION.md section 7, pinned on small hand-made cases."""

from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluation.scorer import score
from pipeline.schema import GoldDoc

TEXT = "3月12日，聊城市生态环境局局长吕克军说，优良天数245天，同比增加40天。"
#       0123456 7 ...


def _gold() -> GoldDoc:
    def at(s):
        i = TEXT.index(s)
        return i, i + len(s)

    spans = [
        {"start": at("3月12日")[0], "end": at("3月12日")[1], "label": "DATE"},
        {"start": at("聊城市生态环境局")[0], "end": at("聊城市生态环境局")[1], "label": "ORG"},
        {"start": at("局长")[0], "end": at("局长")[1], "label": "TITLE"},
        {"start": at("吕克军")[0], "end": at("吕克军")[1], "label": "PERSON"},
        {"start": at("245天")[0], "end": at("245天")[1], "label": "QUANTITY", "indicator": "air.good_days", "role": "value"},
        {"start": at("40天")[0], "end": at("40天")[1], "label": "QUANTITY", "indicator": "air.good_days", "role": "change"},
    ]
    return GoldDoc.model_validate({
        "id": "g1", "text": TEXT, "spans": spans,
        "officials": [{"person": "吕克军", "titles": ["局长"], "org": "聊城市生态环境局"}],
        "events": [{"type": "press_conference", "date": "XXXX-03-12", "organizer": "聊城市政府新闻办",
                    "speakers": ["吕克军"], "moderator": None},
                   {"type": "enforcement_outcome", "jurisdiction": "聊城市", "period": "2024",
                    "metrics": {"enforcement.penalty_cases": 67, "enforcement.penalty_amount": 2216000}}],
    })


def _ent(label, s):
    i = TEXT.index(s)
    return {"start": i, "end": i + len(s), "label": label, "text": s}


def _q(s, ind, role, shift=0):
    i = TEXT.index(s)
    return {"start": i + shift, "end": i + len(s), "text": s, "indicator": ind, "role": role}


def test_perfect_prediction_scores_one():
    g = _gold()
    rec = {"doc_id": "g1", "status": "ok",
           "entities": [_ent("DATE", "3月12日"), _ent("ORG", "聊城市生态环境局"), _ent("TITLE", "局长"), _ent("PERSON", "吕克军")],
           "quantities": [_q("245天", "air.good_days", "value"), _q("40天", "air.good_days", "change")],
           "officials": [{"person": "呂克軍", "titles": ["局長"], "org": "聊城市生態環境局"}],  # traditional: normalised
           "events": [e.model_dump() for e in g.events]}
    r = score([g], [rec]).as_dict()
    assert r["entities"]["micro"]["f1"] == 1.0
    assert r["indicators"]["indicator_role_accuracy"] == 1.0
    assert r["officials"]["person_title"]["f1"] == 1.0
    assert r["officials"]["person_org"]["f1"] == 1.0
    assert r["events"]["all_slots"]["f1"] == 1.0
    assert r["events"]["all_slots"]["tp"] == 3 + 2 + 1  # date, organizer, speaker (moderator null: unscored) + 2 metrics + jurisdiction


def test_empty_prediction():
    r = score([_gold()], [{"doc_id": "g1", "status": "ok"}]).as_dict()
    m = r["entities"]["micro"]
    assert (m["tp"], m["fp"], m["fn"], m["f1"]) == (0, 0, 6, 0.0)
    assert r["indicators"]["found_quantities"] == 0
    assert r["officials"]["person_title"]["fn"] == 1
    assert r["events"]["all_slots"]["fn"] == 6


def test_missing_prediction_counts_as_empty_and_is_reported():
    r = score([_gold()], []).as_dict()
    assert r["documents"]["unmatched"] == 1
    assert r["entities"]["micro"]["fn"] == 6


def test_extra_and_wrong_predictions_hand_computed():
    g = _gold()
    rec = {"doc_id": "other-id", "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "status": "ok",
           "entities": [_ent("DATE", "3月12日"), _ent("GPE", "聊城市"),            # GPE: extra (fp)
                        _ent("ORG", "生态环境局"),                                # partial overlap with gold ORG
                        _ent("PERSON", "吕克军")],
           "quantities": [_q("245天", "air.good_days", "value"),
                          _q("40天", "air.good_days_ratio", "change"),            # found, wrong indicator
                          _q("12日", "other", "value")],                           # extra
           "officials": [{"person": "吕克军", "titles": ["局长", "党组书记"], "org": None}],
           "events": [{"type": "press_conference", "date": "XXXX-03-13", "organizer": "聊城市政府新闻办",
                       "speakers": ["吕克军", "王五"], "moderator": "张三"}]}
    r = score([g], [rec]).as_dict()
    m = r["entities"]["micro"]
    # gold 6; pred 7 (4 entities + 3 quantities); exact tp: DATE, PERSON, 245天, 40天 = 4
    assert (m["tp"], m["fp"], m["fn"]) == (4, 3, 2)
    assert m["precision"] == pytest.approx(4 / 7, abs=1e-4)
    assert m["recall"] == pytest.approx(4 / 6, abs=1e-4)
    part = r["entities"]["partial"]
    # ORG 生态环境局 overlaps the gold ORG; 12日 QUANTITY overlaps no gold QUANTITY; GPE overlaps no GPE
    assert (part["tp"], part["fp"], part["fn"]) == (5, 2, 1)
    assert r["entities"]["per_label"]["GPE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 0}
    ind = r["indicators"]
    assert ind["found_quantities"] == 2
    assert ind["indicator_accuracy"] == 0.5 and ind["indicator_role_accuracy"] == 0.5
    assert (ind["link"]["tp"], ind["link"]["fp"], ind["link"]["fn"]) == (1, 2, 1)
    pt = r["officials"]["person_title"]
    assert (pt["tp"], pt["fp"], pt["fn"]) == (1, 1, 0)
    po = r["officials"]["person_org"]
    assert (po["tp"], po["fp"], po["fn"]) == (0, 0, 1)
    slots = r["events"]["slots"]
    assert (slots["date"]["tp"], slots["date"]["fp"], slots["date"]["fn"]) == (0, 1, 1)
    assert slots["organizer"]["f1"] == 1.0
    assert (slots["speaker"]["tp"], slots["speaker"]["fp"]) == (1, 1)
    # gold moderator is null: not scored, so the predicted 张三 is not a false positive
    assert (slots["moderator"]["tp"], slots["moderator"]["fp"], slots["moderator"]["fn"]) == (0, 0, 0)
    assert r["events"]["enforcement_metrics"]["fn"] == 2


def test_evaluate_cli_with_pred_file(tmp_path):
    g = _gold()
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(g.model_dump(), ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text(json.dumps({"doc_id": "g1", "status": "ok", "entities": [_ent("DATE", "3月12日")]},
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", str(gold_path), "--pred", str(pred_path), "--json",
                              "--html", str(tmp_path / "r.html")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["entities"]["micro"]["tp"] == 1
    assert data["entities"]["micro"]["recall"] == pytest.approx(1 / 6, abs=1e-4)
    assert set(data) == {"documents", "entities", "indicators", "officials", "events", "per_document", "baselines",
                         "oracle_spans", "article"}
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Entities per label" in page and "Documents" in page
    bad = runner.invoke(app, ["evaluate", str(tmp_path / "missing.jsonl"), "--pred", str(pred_path)])
    assert bad.exit_code == 1 and "not found" in bad.output
    boot = runner.invoke(app, ["evaluate", str(gold_path), "--pred", str(pred_path), "--json", "--bootstrap", "50"])
    assert boot.exit_code == 0, boot.output
    intervals = json.loads(boot.stdout)["intervals"]
    assert intervals["samples"] == 50 and intervals["unit"] == "document"
    assert intervals["figures"]["entity_micro_f1"]["low"] <= data["entities"]["micro"]["f1"] <= intervals["figures"]["entity_micro_f1"]["high"]
    negative = runner.invoke(app, ["evaluate", str(gold_path), "--pred", str(pred_path), "--bootstrap", "-3"])
    assert negative.exit_code == 1 and "--bootstrap" in negative.output and "Traceback" not in negative.output


def test_evaluation_feeds_the_pipeline_the_text_never_the_gold_answers():
    """A gold document's meta (its city, county, publication date) is the answer key: the pipeline scored by
    ``ecoie evaluate`` must see what ``ecoie run`` on the same text sees, or officials' organisations, event
    dates and jurisdictions are read from the answers."""
    from pipeline.evaluation.run import _documents

    gold = _gold().model_copy(update={"meta": {"source": "a.txt", "province": "山东省", "city": "聊城市",
                                               "county": "东阿县", "published": "2024-03-12", "genre": "results",
                                               "split": "dev"}})
    (document,) = _documents([gold])
    assert document.text == TEXT
    assert document.meta == {"source": "a.txt"}
