"""The indicator/role classifier: features, persistence, taxonomy as configuration, seed values."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.grammar.values import normalize_quantity
from pipeline.linking.features import Featurizer, contexts_for
from pipeline.linking.model import IndicatorLinker, NearestCueBaseline
from pipeline.linking.respectively import respectively_links
from pipeline.taxonomy import load_taxonomy

from .conftest import ROOT

TAXONOMY = ROOT / "configs" / "indicators.tsv"


def _ctx(text, surfaces):
    spans, pos = [], 0
    for s in surfaces:
        i = text.index(s, pos)
        spans.append((i, i + len(s)))
        pos = i + len(s)
    return contexts_for(text, spans, [(0, len(text))])


def test_features_see_cues_units_and_chains():
    f = Featurizer(load_taxonomy(str(TAXONOMY)))
    a, b = _ctx("优良天数245天，同比增加40天。", ["245天", "40天"])
    fa, fb = f.features(a), f.features(b)
    assert fa["nearest_cue:air.good_days"] == 1.0 and fa["family:days"] == 1.0
    assert fb["change:同比"] == 1.0 and fb["has_prev"] == 1.0
    [c] = _ctx("对全市154个地块开展土壤污染状况调查评审", ["154个"])
    assert f.features(c)["rnear:soil.surveys"] == 1.0


def test_respectively_rule():
    f = Featurizer(load_taxonomy(str(TAXONOMY)))
    text = "O3浓度、优良天数比例、PM2.5浓度的改善幅度分别位居全省第1位、第2位、第3位。"
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("第1位", "第2位", "第3位")]
    assert respectively_links(text, spans, f) == {0: "air.o3", 1: "air.good_days_ratio", 2: "air.pm25"}
    assert respectively_links("PM2.5浓度分别为41、43", [(10, 12), (13, 15)], f) == {}  # one subject, two numbers


def test_baseline_is_the_nearest_left_cue():
    contexts = _ctx("全市优良天数245天，PM2.5浓度43微克/立方米。", ["245天", "43微克/立方米"])
    assert NearestCueBaseline(TAXONOMY).predict(contexts) == [("air.good_days", "value"), ("air.pm25", "value")]


def test_made_up_indicator_is_learnt_from_configuration(tmp_path):
    """Add a taxonomy row and annotations; retraining yields it, with no code change."""
    from pipeline.training.indicators import train_indicators

    taxonomy = tmp_path / "indicators.tsv"
    shutil.copy(TAXONOMY, taxonomy)
    with open(taxonomy, "a", encoding="utf-8") as fh:
        fh.write("test.widgets\ttest\t小部件回收\t小部件\tcount\twidgets recovered (made up for a test)\n")
    docs = [json.loads(l) for l in (ROOT / "annotations/train/train.jsonl").read_text(encoding="utf-8").splitlines()[:12]]
    phrasings = ["全市共回收小部件{n}个，同比增加{m}个。", "今年以来回收小部件达到{n}个，较上年多{m}个。",
                 "小部件回收量为{n}个，比去年增加{m}个。", "累计回收废旧小部件{n}个，同比增长{m}个。"]
    for k in range(12):
        n, m = 100 + 7 * k, 3 + k
        text = "全市生态环境工作稳步推进。" + phrasings[k % 4].format(n=n, m=m) + "下一步将继续加强管理。"
        spans = []
        for value, role in ((f"{n}个", "value"), (f"{m}个", "change")):
            i = text.index(value, spans[-1]["end"] if spans else 0)
            spans.append({"start": i, "end": i + len(value), "label": "QUANTITY", "indicator": "test.widgets", "role": role})
        docs.append({"id": f"widget-{k}", "text": text, "spans": spans})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    steps: list[tuple[str, int, int]] = []
    train_indicators(tmp_path / "model", gold, taxonomy, folds=2, progress=lambda *step: steps.append(step))
    assert [s for s in steps if s[0] != "documents"] == [("folds", 1, 2), ("folds", 2, 2), ("fit", 0, 1), ("fit", 1, 1)]
    assert [s for s in steps if s[0] == "documents"][-1] == ("documents", len(docs), len(docs))
    linker = IndicatorLinker.load(tmp_path / "model", taxonomy)
    [ctx] = _ctx("上半年，全市回收小部件356个。", ["356个"])
    assert linker.predict([ctx]) == [("test.widgets", "value")]


def test_skops_loading_refuses_unexpected_types(tmp_path):
    import skops.io as sio

    model_dir = tmp_path / "bad"
    model_dir.mkdir()
    sio.dump({"indicator": Featurizer(load_taxonomy(str(TAXONOMY)))}, model_dir / "model.skops")
    (model_dir / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="refusing to load"):
        IndicatorLinker.load(model_dir, TAXONOMY)


def test_shipped_model_loads_and_links(extractor):
    from pipeline.io.readers import Document

    rec = extractor.process_one(Document("x", "2024年，全市优良天数287天，同比增加12天，居全省第3位；PM2.5平均浓度31微克/立方米。"))
    links = {q.text: (q.indicator, q.role) for q in rec.quantities}
    assert links["287天"] == ("air.good_days", "value")
    assert links["12天"] == ("air.good_days", "change")
    assert links["第3位"][1] == "rank"
    assert links["31微克/立方米"] == ("air.pm25", "value")
    assert all(0 < q.confidence <= 1 for q in rec.quantities)
    q = next(q for q in rec.quantities if q.text == "287天")
    assert q.period == "2024"


def test_seed_quantity_values_match_the_text():
    rows = [ln.split("\t") for ln in (ROOT / "tests/data/seed_quantity_values.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    assert len(rows) == 126
    for doc, start, end, text, value, unit, approx in rows:
        q = normalize_quantity(text)
        assert q.value == pytest.approx(float(value)), (doc, text)
        assert (q.unit or "") == unit and (q.approx or "") == approx, (doc, text)


def test_classifier_beats_the_baseline_on_the_seeds(extractor):
    from pipeline.evaluation.run import evaluate

    result = evaluate(ROOT / "annotations/gold/seeds.jsonl")
    ours = result["indicators"]["indicator_role_accuracy"]
    base = result["baselines"]["nearest cue to the left"]["indicator_role_accuracy"]
    assert ours - base >= 0.10, (ours, base)


def test_shared_value_rule():
    from pipeline.linking.respectively import shared_value_links

    f = Featurizer(load_taxonomy(str(TAXONOMY)))
    text = "全县空气质量综合指数、PM2.5平均浓度两项指标均列全市第一。"
    spans = [(text.index("两项"), text.index("两项") + 2), (text.index("第一"), text.index("第一") + 2)]
    assert shared_value_links(text, spans, f) == {1: "air.aqi_composite"}
    text = "力争优良率达到87%以上、PM2.5年均浓度不高于28微克/立方米"  # 年均 is an average, not 均
    spans = [(text.index("28"), text.index("28") + 8)]
    assert shared_value_links(text, spans, f) == {}


@pytest.mark.parametrize("content", [{1, 2}, bytearray(b"x")], ids=["builtins.set", "builtins.bytearray"])
def test_skops_loading_refuses_a_builtin_outside_the_allow_list(tmp_path, content):
    """Issue 16 case 11: only the exact types of the shipped model load, not every ``builtins.*``."""
    import skops.io as sio

    model_dir = tmp_path / "bad"
    model_dir.mkdir()
    sio.dump({"indicator": content, "role": content}, model_dir / "model.skops")
    (model_dir / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="refusing to load unexpected types"):
        IndicatorLinker.load(model_dir, TAXONOMY)


def test_the_shipped_skops_file_holds_only_allowed_types():
    from pipeline.linking.model import ALLOWED_TYPES, check_skops_file

    assert set(check_skops_file(ROOT / "models" / "indicators" / "model.skops")) <= ALLOWED_TYPES
