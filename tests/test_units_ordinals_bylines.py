"""Units and counters real pages write (rainfall in mm, pH ranges, a unit cut short, the counted noun after
个), ordinals inside names, bylines, and titles the model ran over their place or committee: each from
sentences written for the test."""

from __future__ import annotations

import pytest

from pipeline.io.readers import Document


def _ents(extractor, text: str) -> set[tuple[str, str]]:
    record = extractor.process_one(Document("t", text=text, meta={}))
    return {(e.text, e.label) for e in record.entities}


@pytest.mark.parametrize("text, span", [
    ("全年共采集降水样品52个,累计降水量812.5mm,酸雨频率为3.8%。", "812.5mm"),
    ("降水pH值范围5.12~7.36;酸雨出现2次。", "5.12"),
    ("降水pH值范围5.12~7.36;酸雨出现2次。", "7.36"),
    ("二氧化硫年平均浓度为9微克/立方", "9微克/立方"),
    ("PM10平均浓度为48.2微克/立方 米,同比持平。", "48.2微克/立方 米"),
])
def test_units_real_pages_write_are_quantities(extractor, text, span):
    assert (span, "QUANTITY") in _ents(extractor, text)


def test_the_counted_noun_after_a_measure_word_stays_outside(extractor):
    found = _ents(extractor, "城区共设噪声监测点位,功能区设置42个点位,交通干线设36个点位。")
    assert ("42个", "QUANTITY") in found and ("36个", "QUANTITY") in found
    assert not any(t.endswith("点位") for t, label in found if label == "QUANTITY")


def test_a_unit_cut_short_keeps_its_value_and_canonical_unit(extractor):
    record = extractor.process_one(Document("t", text="细颗粒物年均浓度为31毫克/立方", meta={}))
    q = next(q for q in record.quantities if q.text == "31毫克/立方")
    assert (q.value, q.unit) == (31, "mg/m³")


def test_an_ordinal_inside_a_bodys_name_is_no_quantity(extractor):
    found = _ents(extractor, "6月3日,省第三大气污染防治专项督导组进驻我市,开展为期一个月的督导。")
    assert not any(label == "QUANTITY" and t.startswith("三") for t, label in found)
    assert ("省第三大气污染防治专项督导组", "ORG") in found


def test_any_kind_of_reporter_is_a_byline_not_a_title(extractor):
    text = "据青禾日报报道(实习记者 柳青青)5月6日,青禾市生态环境局召开新闻发布会。"
    record = extractor.process_one(Document("t", text=text, meta={}))
    found = {(e.text, e.label) for e in record.entities}
    assert ("实习记者", "TITLE") not in found
    assert ("青禾日报", "ORG") in found and ("据青禾日报", "ORG") not in found
    assert not [o for o in record.officials if o.person == "柳青青"]


def test_a_place_after_except_drops_the_word(extractor):
    found = _ents(extractor, "除青禾经济技术开发区外,其余区县PM10浓度均有所下降。")
    assert ("青禾经济技术开发区", "GPE") in found or ("经济技术开发区", "GPE") in found
    assert not any(t.startswith("除") for t, _ in found)


def test_a_central_team_is_named_after_any_verb_and_a_task_forces_counter_is_a_quantity(extractor):
    found = _ents(extractor, "全县认真办理中央生态环境保护督察组交办的信访件,组建3组2专班集中攻坚。")
    assert ("中央生态环境保护督察组", "ORG") in found
    assert ("2专班", "QUANTITY") in found


def test_a_title_run_over_its_place_or_committee_is_split(extractor):
    text = "会上,锡林浩特市委书记、开发区管委会主任李文明作了讲话。"
    found = _ents(extractor, text)
    assert ("市委书记", "TITLE") in found and ("锡林浩特市委书记", "TITLE") not in found
    assert ("主任", "TITLE") in found and ("管委会主任", "TITLE") not in found


def test_a_bare_league_prefix_is_the_leagues_name():
    from types import SimpleNamespace

    from pipeline.components.officials import normalize_org
    context = SimpleNamespace(city="兴安盟", province="内蒙古自治区", county=None)
    assert normalize_org("盟开发区管委会", context) == "兴安盟开发区管委会"
    assert normalize_org("盟生态环境局", SimpleNamespace(city="某某市", province=None, county=None)) == "盟生态环境局"


def test_a_bar_between_a_credit_and_its_name_is_like_a_colon(extractor):
    found = _ents(extractor, "全文完\n编辑 | 林晓雯\n校对|陈一鸣\n终审 | 周立\n")
    assert {("林晓雯", "PERSON"), ("陈一鸣", "PERSON"), ("周立", "PERSON")} <= found


def test_titles_a_place_is_awarded_are_no_places(extractor):
    found = _ents(extractor, "近年来该区先后获评全国文明城区、国家卫生区、国家森林城市和生态文明先行示范区。")
    assert not {t for t, label in found if label == "GPE"} & {"全国文明城区", "国家卫生区", "国家森林城市",
                                                              "生态文明先行示范区"}
