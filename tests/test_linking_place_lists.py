"""Figures listed after places under one measure written with 分别为 take that measure (our sentences)."""


def _links(nlp, text):
    return {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}


def test_day_counts_listed_after_cities_count_the_good_days(nlp):
    text = ("3月份,全省各市空气质量优良天数分别为:甲城市、乙港市29天,丙山市、丁水市25天,"
            "戊林市20天,己原市16天。")
    links = _links(nlp, text)
    for surface in ("29天", "25天", "20天", "16天"):
        assert links[surface] == ("air.good_days", "value"), surface


def test_case_counts_listed_after_counties_are_no_air_measure(nlp):
    text = "上半年全市空气质量持续改善。各县区立案查处环境违法案件分别为:甲县12件,乙县9件,丙区7件。"
    links = _links(nlp, text)
    for surface in ("9件", "7件"):
        assert not (links[surface][0] or "").startswith("air."), surface
