"""Bodies written after their place and people listed beside places (our own sentences): the pass itself is
given what the model found, so each test fails when its rule is gone, whatever the model reads."""
import pytest

from pipeline.components.entity_passes.bodies import bodies_named_after_places
from pipeline.components.entity_passes.persons import names_between_names
from pipeline.components.entity_passes.places import places_in_enumerations


@pytest.fixture(scope="module")
def knowledge(extractor):
    return extractor.nlp.get_pipe("entities").knowledge


def _place_then(knowledge, text: str, place: str) -> set[tuple[str, str]]:
    s = text.index(place)
    out = bodies_named_after_places(knowledge, text, [(s, s + len(place), "GPE", "model", 0.9)])
    return {(text[c[0]:c[1]], c[2]) for c in out}


@pytest.mark.parametrize("text, place, body", [
    ("近日，青川县环保督察办组织人员回头看。", "青川县", "青川县环保督察办"),
    ("南山区沙河街道办事处主任参加会议。", "南山区沙河街道", "南山区沙河街道办事处"),
    ("湖北省环境宣传教育中心主任主持发布会。", "湖北省", "湖北省环境宣传教育中心"),
    ("瓜州县某某保护区管护站站长介绍情况。", "瓜州县", "瓜州县某某保护区管护站"),
    ("记者从岳阳县驻村扶贫工作队了解到，村里新建了污水池。", "岳阳县", "岳阳县驻村扶贫工作队"),
    ("湖北交通广播记者现场报道。", "湖北", "湖北交通广播"),
])
def test_a_place_before_an_office_centre_station_or_team_is_one_body(knowledge, text, place, body):
    assert (body, "ORG") in _place_then(knowledge, text, place)


@pytest.mark.parametrize("text, place", [
    ("5月，荆门市举办生态环境法治培训。", "荆门市"),       # 举办: a verb ending like an office
    ("督察组向松滋市转办信访件12件。", "松滋市"),           # 转办: handed over
    ("以美丽宜昌建设为中心，推进各项工作。", "宜昌"),        # 为中心: the centre of a task, no body
    ("北京城市副中心建设提速。", "北京"),                  # a sub-centre of a city, a place
])
def test_verbs_and_centres_of_places_are_no_bodies(knowledge, text, place):
    assert (place, "GPE") in _place_then(knowledge, text, place)


def test_a_democratic_partys_committee_keeps_the_partys_name(knowledge):
    text = "市政协副主席、民盟荆州市委会主委张某出席。"
    assert ("民盟荆州市委会", "ORG") in _place_then(knowledge, text, "荆州市")


def test_a_place_that_orders_its_office_keeps_the_verb_out_of_the_body(knowledge):
    text = "接到任务后，石门镇立即组织镇综合执法办开展排查。"
    found = _place_then(knowledge, text, "石门镇")
    assert ("石门镇", "GPE") in found
    assert not any(label == "ORG" and "立即" in name for name, label in found)


def test_the_last_name_of_a_list_before_ji_is_a_person(knowledge):
    text = "县领导韦某明、龙某芳、卢某武及有关部门负责人参加。"
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("韦某明", "龙某芳")]
    out = names_between_names(knowledge, text, chosen, bytearray(len(text)))
    s = text.index("卢某武")
    assert (s, s + 3, "PERSON", "rule", 1.0) in out


def test_a_name_the_model_read_as_a_place_between_names_is_a_person(knowledge):
    text = "副县长罗某逸、班禹霞、吴某银参加。"
    s = text.index("班禹霞")
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("罗某逸", "吴某银")]
    out = names_between_names(knowledge, text, chosen + [(s, s + 3, "GPE", "model", 0.6)], bytearray(len(text)))
    assert (s, s + 3, "PERSON", "rule", 1.0) in out and (s, s + 3, "GPE", "model", 0.6) not in out


def test_a_list_of_as_many_people_as_counties_keeps_its_people(knowledge):
    # 甲、乙及某县、某县: the two persons are no evidence that their unknown neighbour is a county
    text = "县领导韦某明、龙某芳、班禹霞及平塘县、惠水县相关负责人参加。"
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("韦某明", "龙某芳")]
    chosen += [(text.index(n), text.index(n) + 3, "GPE", "model", 0.9) for n in ("平塘县", "惠水县")]
    out = places_in_enumerations(knowledge, text, sorted(chosen), bytearray(len(text)))
    s = text.index("班禹霞")
    assert not any(c[0] == s and c[2] == "GPE" for c in out)


def test_a_body_run_into_its_listed_post_is_the_body_and_the_post(knowledge):
    text = "市农业农村局三级调研员钱某某回答提问。"
    out = knowledge.repair.repair(text, 0, 11, "ORG")
    assert [(text[s:e], label) for s, e, label in out] == [("市农业农村局", "ORG"), ("三级调研员", "TITLE")]


def test_a_name_run_into_tongzhi_keeps_the_name(knowledge):
    text = "县政府副县长孔德平同志出席会议。"
    s = text.index("孔德平")
    assert knowledge.repair.repair(text, s, s + 5, "PERSON") == [(s, s + 3, "PERSON")]


def test_a_districts_earned_title_lends_no_short_name(extractor):
    # 生态区 read as a place must not make every later 生态 a place
    from .page_helpers import ents
    found = ents(extractor, "某区先后创建国家环境保护模范城区、生态区、生态文明试点区。良好的生态环境是最普惠的民生福祉，"
                            "要像保护眼睛一样保护生态环境。")
    assert ("生态", "GPE") not in found


def test_a_post_run_into_the_name_after_it_is_the_post(knowledge):
    text = "市委常委、市级河长柏文涛带队巡河。"
    s = text.index("市级河长")
    assert knowledge.repair.repair(text, s, s + 5, "ORG") == [(s, s + 4, "TITLE")]


def test_the_name_after_a_chain_of_posts_is_found_from_the_last_post(extractor):
    from pipeline.io.readers import Document
    text = "某市委常委、市委秘书长、市级河长柏文涛带队深入巡查。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    persons = [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"]
    assert persons == ["柏文涛"]


def test_an_adverb_after_a_two_character_name_is_no_part_of_it(knowledge):
    from pipeline.components.entity_passes.persons import names_after_titles

    class Title:  # a gazetteer span: only its label and end are read
        label_, end_char = "TITLE", 3

    text = "副局长柏涛正在现场检查。"
    found = names_after_titles(knowledge, text, [Title()], lambda a, b: True)
    assert (3, 6) not in found


def test_a_body_then_its_officials_name_and_post_is_cut_at_the_name(knowledge):
    text = "市环保局钱立新局长率队调研。"
    out = knowledge.repair.repair(text, 0, 10, "ORG")
    assert [(text[s:e], label) for s, e, label in out] == [("市环保局", "ORG"), ("局长", "TITLE")]


def test_a_gatherings_words_before_its_chairing_body_are_no_part_of_it(knowledge):
    text = "会议由市生态环境局通报情况。"
    assert [(text[s:e], label) for s, e, label in knowledge.repair.repair(text, 0, 9, "ORG")] == [("市生态环境局", "ORG")]


def test_a_name_run_into_its_post_is_the_name_and_the_post(knowledge):
    text = "区政府柏文涛副区长参加。"
    s = text.index("柏文涛")
    out = knowledge.repair.repair(text, s, s + 6, "TITLE")
    assert [(text[a:b], label) for a, b, label in out] == [("柏文涛", "PERSON"), ("副区长", "TITLE")]


def test_a_posts_modifier_is_no_name(knowledge):
    text = "自治区人民政府常务副主席黄某强主持会议。"
    s = text.index("常务")
    out = knowledge.repair.repair(text, s, s + 5, "TITLE")
    assert not any(label == "PERSON" for _, _, label in out)


def test_a_conjunction_after_a_group_opens_no_name(knowledge):
    text = "由市长担任组长的水污染防治协作小组和以市委书记任总指挥的指挥部。"
    s = text.index("水污染")
    out = knowledge.repair.repair(text, s, s + 15, "ORG")
    assert not any(label in ("PERSON", "TITLE") for _, _, label in out)


def test_a_transliterated_names_other_middle_dot_joins_the_name(extractor):
    from .page_helpers import ents
    text = "自治区公安厅环侦总队的加勒肯・吾斯曼作交流发言。"
    assert ("加勒肯・吾斯曼", "PERSON") in ents(extractor, text)  # offsets into the text as given, dot included


def test_a_places_political_consultative_conference_is_a_body_and_its_standing_member_a_post(extractor):
    from .page_helpers import ents
    found = ents(extractor, "省政协常委、丽江市政协主席崔某某主持会议。9月4日，内蒙古自治区政协召开协商会。")
    assert ("省政协", "ORG") in found and ("常委", "TITLE") in found
    assert ("丽江市政协", "ORG") in found and ("内蒙古自治区政协", "ORG") in found


def test_a_name_opening_like_a_sea_after_its_post_is_the_name(extractor):
    from .page_helpers import ents
    found = ents(extractor, "县委书记黄海蓉，县委副书记、县长陈名洋陪同检查。黄海近岸海域水质优良。")
    assert ("黄海蓉", "PERSON") in found and ("黄海", "LOC") in found


def test_a_post_its_holder_and_the_bodies_led_are_read_apart(knowledge):
    text = "5月2日，县长柏文涛率县府办、水利局等部门到镇里检查。"
    s = text.index("县长")
    out = knowledge.repair.repair(text, s, s + 9, "ORG")
    assert [(text[a:b], label) for a, b, label in out] == [("县长", "TITLE"), ("县府办", "ORG")]


@pytest.mark.parametrize("phrase", ["向大家", "向各位", "彭越浦"])
def test_phrases_and_channels_are_no_names(knowledge, phrase):
    assert not knowledge.repair.is_person_name(phrase)


def test_a_verb_ending_like_an_office_opens_no_body_after_a_place(knowledge):
    text = "其中,天津市和平区为民服务平台接办130件。"
    s = text.index("天津市和平区")
    assert ("天津市和平区", "GPE") in _place_then(knowledge, text, "天津市和平区")


def test_an_autonomous_regions_posts_and_bare_bodies(extractor):
    from .page_helpers import officials, page_record
    text = ("西藏新闻网讯 自治区党委副书记、自治区主席严金海赴拉鲁湿地调研。自治区副主席张永年一同调研。"
            "区党委常委、拉萨市委书记白玛次仁陪同。区生态环境厅厅长罗永平介绍情况。")
    record = page_record(extractor, text, {"province": "西藏自治区"})
    found = [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]
    assert ("自治区主席", "TITLE") in found and ("自治区副主席", "TITLE") in found
    orgs = {o["person"]: o["org"] for o in record["officials"]}
    assert orgs.get("罗永平") == "西藏自治区生态环境厅"


def test_a_region_before_its_committees_post_is_the_place_and_the_post(extractor):
    from .page_helpers import page_record
    text = "内蒙古自治区党委副书记、自治区主席王建平调研。这些保护区如何保护，要摸清保护区生物多样性底数。"
    record = page_record(extractor, text)
    found = [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]
    assert ("党委副书记", "TITLE") in found and ("内蒙古自治区", "GPE") in found
    assert {o["person"]: o["org"] for o in record["officials"]}.get("王建平") == "内蒙古自治区党委"
    assert not any(label == "LOC" for _, label in found)
