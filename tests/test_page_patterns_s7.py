"""Patterns of real pages written in our own sentences (session 7): spaced numbers, run-on and
passive organisation spans, firms after the district a case lies in, ranked posts, new divisions."""
import pytest

from pipeline.io.readers import Document
from pipeline.grammar.quantities import find_all
from pipeline.normalize import normalize


def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, joined", [
    ("截至 11 月 28 日,全市优良天数 286 天", "截至 11月28日,全市优良天数 286天"),
    ("在 74 个城市中排名第 12 位,降幅超过 8%", "在 74个城市中排名第12位,降幅超过8%"),
])
def test_single_spaces_inside_numbers_are_joined_and_offsets_kept(text, joined):
    nt = normalize(text, steps=["spaced_numbers"], boilerplate=False)
    assert nt.text == joined
    i = nt.text.index("第12位") if "第12位" in nt.text else nt.text.index("11月28日")
    s, e = nt.to_original(i, i + (4 if "第12位" in nt.text else 6))
    assert text[s:e] in ("第 12 位", "11 月 28 日")


def test_table_cells_separated_by_spaces_stay_apart():
    text = "站点  优良天数  PM2.5\n城东  31  28\n城西  29  33"
    assert normalize(text, steps=["spaced_numbers"], boilerplate=False).text == text


def test_spaced_dates_and_ranks_are_one_span(extractor):
    text = "记者从市生态环境局获悉,截止 11 月 28 日,城区在 74 个城市中排名第 12 位,同比 2022 年提升 5 位。"
    record = extractor.process_one(Document("spaced", text=text)).to_json_dict()
    ents = {(e["text"], e["label"]) for e in record["entities"]}  # output offsets point into the page as written
    assert ("11 月 28 日", "DATE") in ents and ("第 12 位", "QUANTITY") in ents and ("2022 年", "DATE") in ents


@pytest.mark.parametrize("text, org", [
    ("据市生态环境局介绍,今年以来空气质量持续改善。", "市生态环境局"),
    ("根据县生态环境局通报的数据,全年优良天数为320天。", "县生态环境局"),
])
def test_a_preposition_is_no_part_of_a_body(nlp, text, org):
    ents = _ents(nlp, text)
    assert (org, "ORG") in ents and not any(label == "ORG" and name != org for name, label in ents)


def test_a_passive_marker_separates_two_bodies(nlp):
    ents = _ents(nlp, "10月8日,西湖区政府被市指挥部评为全市污染防治先进单位。")
    assert ("西湖区政府", "ORG") in ents and ("市指挥部", "ORG") in ents


def test_a_body_never_runs_over_a_comma(nlp):
    doc = nlp("执法人员在对杭州恒远化工有限公司检查时发现,该公司未按规定运行废气处理设施,厂区内异味明显。")
    assert all("," not in e.text and "，" not in e.text for e in doc.ents if e.label_ == "ORG")


def test_a_firm_named_after_the_district_of_its_case(nlp):
    ents = _ents(nlp, "二、滨江区杭州市恒远汽车配件厂未批先建案")
    assert ("滨江区", "GPE") in ents and ("杭州市恒远汽车配件厂", "ORG") in ents


def test_a_firm_whose_name_runs_from_city_to_district_is_one_name(nlp):
    ents = _ents(nlp, "杭州市滨江区恒远汽车配件有限公司被责令停产整治。")
    assert ("杭州市滨江区恒远汽车配件有限公司", "ORG") in ents


def test_a_bare_known_place_read_as_a_body_is_a_place(nlp):
    ents = _ents(nlp, "下一步,衢州铁腕治污的力度不会减弱。")
    assert ("衢州", "GPE") in ents


def test_ranked_posts_and_squad_leaders_are_titles(nlp):
    ents = _ents(nlp, "省生态环境厅副厅长级生态环境监察专员刘海峰,区执法大队执法二分队副分队长孙立出席。")
    assert ("副厅长级生态环境监察专员", "TITLE") in ents and ("副分队长", "TITLE") in ents


@pytest.mark.parametrize("name", ["潞州区", "横州市", "上党区"])
def test_divisions_created_since_2017_are_known(nlp, name):
    assert (name, "GPE") in _ents(nlp, f"今年以来,{name}空气质量持续改善,优良天数同比增加12天。")


def test_a_firm_named_after_the_zone_of_its_case(nlp):
    ents = _ents(nlp, "三、嘉兴经济技术开发区嘉兴恒远工贸有限公司废水渗漏案")
    assert ("嘉兴经济技术开发区", "GPE") in ents and ("嘉兴恒远工贸有限公司", "ORG") in ents


def test_a_listed_full_name_is_found_where_the_words_cut_it(nlp):
    assert ("习近平", "PERSON") in _ents(nlp, "要学懂弄通做实习近平生态文明思想。")


@pytest.mark.parametrize("text, names", [
    ("丽水网讯(张晓/文 陈立/图)11月3日,记者从市生态环境局获悉。", {"张晓", "陈立"}),
    ("潮新闻客户端5月6日讯(吴敏)5日,全市生态环境保护大会召开。", {"吴敏"}),
])
def test_credits_without_a_cue_word(nlp, text, names):
    assert names <= {t for t, label in _ents(nlp, text) if label == "PERSON"}


def test_an_article_keyword_line_is_page_chrome(nlp):
    doc = nlp("城北区着力解决突出环境问题。\n文章关键词:衢州市 城北区 突出环境问题 责编:陈方")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["城北区"]


def test_a_day_first_timestamp_is_one_date(nlp):
    assert ("01.09.2014 12:14", "DATE") in _ents(nlp, "抓获嫌疑人79人\n01.09.2014 12:14\n本文来源:某某网")


def test_sub_districts_listed_before_their_count_are_places(nlp):
    ents = _ents(nlp, "区财政拿出100万元奖励,西关、南湖、北城、新华四个办事处在考核中名列前茅。")
    assert {("西关", "GPE"), ("南湖", "GPE"), ("北城", "GPE"), ("新华", "GPE")} <= ents


def test_the_river_chief_system_is_no_river(nlp):
    assert not [e for e in nlp("各地要凝心聚力,推动河(湖)长制工作取得新成效。").ents if e.label_ == "LOC"]


def test_a_disclosure_field_value_on_its_own_line_is_chrome():
    text = "索引号:\n000000000/2025-00001\n公开日期:\n2025-06-09\n发布单位:\n江城市生态环境局\n江城市5月份空气质量优良天数为29天。"
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "2025-06-09" in chrome and "江城市生态环境局" in chrome and "优良天数" not in chrome


def test_a_copyright_notice_written_as_a_sentence_is_chrome():
    text = "江城市全年优良天数为312天。\n1、凡注有“江城网讯”的稿件,均为江城网版权稿件,未经许可不得转载,违者依法追究责任。"
    nt = normalize(text)
    assert [r for _, _, r in nt.ignored] == ["copyright"]


@pytest.mark.parametrize("text, place", [
    ("近年来,盘锦市还持续加大污水处理厂提标改造力度。", "盘锦市"),
    ("会议总结了曲靖市贯彻落实省委省政府督察反馈意见的整改情况。", "曲靖市"),
])
def test_a_place_opening_a_clause_is_no_body(nlp, text, place):
    ents = _ents(nlp, text)
    assert (place, "GPE") in ents and not any(label == "ORG" and name.startswith(place) for name, label in ents)


def test_an_alias_in_brackets_is_no_part_of_the_name(nlp):
    ents = _ents(nlp, "根据安排,省第二生态环境保护督察组(以下简称督察组)进驻我市开展督察。")
    assert ("省第二生态环境保护督察组", "ORG") in ents


def test_members_of_a_counted_list_of_rivers_are_water_bodies(nlp):
    ents = _ents(nlp, "推进东岸河、龙门水、石桥水、沙坪水等4条重点河流综合整治。")
    assert {("东岸河", "LOC"), ("龙门水", "LOC"), ("石桥水", "LOC"), ("沙坪水", "LOC")} <= ents


@pytest.mark.parametrize("text, surface, label", [
    ("空气质量达到优级302天次,良级60天次。", "302天次", "QUANTITY"),
    ("全年受理环境投诉2055起(次),办结率100%。", "2055起(次)", "QUANTITY"),
    ("其余6县(市)空气质量优良天数比例均在90%以上。", "6县(市)", "QUANTITY"),
    ("前4月中心城区空气质量综合指数为4.4。", "前4月", "DATE"),
])
def test_counters_with_an_alternative_unit_and_first_months(text, surface, label):
    assert (surface, label) in {(text[m.start:m.end], m.label) for m in find_all(text)}


@pytest.mark.parametrize("text", ["十八大以来,全市生态环境质量持续改善。", "市四套班子领导出席会议。"])
def test_party_congresses_and_leading_bodies_are_no_quantities(text):
    assert not [m for m in find_all(text) if m.label == "QUANTITY"]


def test_bare_index_values_in_a_sentence_about_an_index():
    text = "各县综合指数由低到高依次为甲县4.06、乙县4.19、丙县4.20;全市综合指数从2019年的3.95下降到2023年的3.41。"
    found = [text[m.start:m.end] for m in find_all(text) if m.label == "QUANTITY"]
    assert found == ["4.06", "4.19", "4.20", "3.95", "3.41"]


def test_a_section_between_its_body_and_a_title_belongs_to_the_body(nlp):
    ents = _ents(nlp, "生态环境部大气环境司司长李天威出席发布会。")
    assert ("生态环境部大气环境司", "ORG") in ents and ("司长", "TITLE") in ents


def test_words_after_a_clause_mark_in_a_run_on_span_open_no_body(nlp):
    doc = nlp("市生态环境保护委员会办公室统筹推进整改工作,跟踪督办整改进展,定期调度各责任单位。")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["市生态环境保护委员会办公室"]


def test_numbered_teams_listed_with_a_shared_ending_are_one_body(nlp):
    assert ("市环境保护第一、第二督察组", "ORG") in _ents(nlp, "市环境保护第一、第二督察组分别对东湖、西湖两区开展督察。")


def test_a_speech_verb_after_a_name_is_no_part_of_it(nlp):
    ents = _ents(nlp, "会议由县委常委、常务副县长罗建平主持。市环保局副局长郭文清应邀出席会议并讲话。")
    assert ("罗建平", "PERSON") in ents and ("郭文清", "PERSON") in ents
    assert not any(label == "PERSON" and name in ("罗建平主持", "应邀") for name, label in ents)


def test_the_body_of_the_second_gathering_named_with_ji(nlp):
    ents = _ents(nlp, "8月12日,全县生态环境保护工作会议暨县生态环境保护委员会第五次全体会议召开。")
    assert ("县生态环境保护委员会", "ORG") in ents


def test_a_keyword_line_stops_before_the_editor_credit():
    text = "城北区着力解决突出环境问题。\n文章关键词:衢州市 城北区 突出环境问题 责编:陈方"
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "衢州市" in chrome and "陈方" not in chrome


def test_an_e_paper_date_line_closes_the_list_of_the_page_s_articles():
    text = ("A03:江城新闻\n本版列表新闻\n江城治水见成效~~~\n江城治水见成效~~~\n"
            "2024年05月18日 星期六 放大 缩小 默认\n江城治水见成效\n本报讯 记者从市生态环境局获悉,全市优良天数为120天,同比增加8天。")
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "本版列表新闻" in chrome and "2024年05月18日" not in chrome
