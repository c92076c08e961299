"""Administrative places (GPE): counties, towns and villages by full or short names, chains of divisions, zones
and regions, places in lists, and words that only look like places.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.places import zones_named_after_places
from pipeline.components.gazetteer import Gazetteer, division_parents
from pipeline.components.informal_places import InformalPlaces

from .page_helpers import doc_ents, ents, gpes, record_ents


def test_a_place_and_its_surroundings_are_one_region(extractor):
    found = ents(extractor, "要着力抓好乌海及周边地区生态环境问题整改。")
    assert ("乌海及周边地区", "LOC") in found


@pytest.mark.parametrize("text, region", [
    ("广东将加强与港澳联防联控，共同应对臭氧污染。", "港澳"),
    ("三地生态环境部门推动粤港澳大气监测数据共享。", "粤港澳"),
    ("川渝两地签署跨界河流联防联治协议。", "川渝"),
])
def test_a_region_of_several_places_is_a_loc(extractor, text, region):
    assert (region, "LOC") in ents(extractor, text)


def test_a_town_opening_a_clause_is_a_place(extractor):
    assert ("新华镇", "GPE") in ents(extractor, "案件反映的问题，新华镇暂时未能解决。")


@pytest.mark.parametrize("text", ["全县共创建生态镇、生态村各5个。", "会议总结镇生态环境保护工作，部署下一步任务。"])
def test_kinds_of_towns_and_the_bare_town_after_a_verb_are_no_places(extractor, text):
    assert not [e for e in ents(extractor, text) if e[1] == "GPE"]


@pytest.mark.parametrize("text, village", [
    ("考核断面清水河周家村和白沙河后河桥水质均达到Ⅲ类。", "周家村"),
    ("琼海市九曲江羊头外村桥水质为优。", "羊头外村"),
])
def test_a_village_after_a_river_in_a_section_name_is_a_place(extractor, text, village):
    assert (village, "GPE") in ents(extractor, text)


@pytest.mark.parametrize("text, zone", [
    ("广州白云(清远)产业转移工业园污水全部收集处理。", "广州白云(清远)产业转移工业园"),
    ("中山(河源)产业转移工业园、深圳福田(河源和平)产业转移工业园均建立了污水处理设施。",
     "深圳福田(河源和平)产业转移工业园"),
    ("紫金、连平产业转移园现有项目均按要求落实。", "连平产业转移园"),
])
def test_a_zone_with_its_host_in_brackets_is_one_place(extractor, text, zone):
    assert (zone, "GPE") in ents(extractor, text)


@pytest.mark.parametrize("text, region", [
    ("全力筑牢滇东南生态安全屏障。", "滇东南"),
    ("辽东重要水源地保护治理持续推进。", "辽东"),
])
def test_a_region_by_abbreviation_and_direction_is_a_place(extractor, text, region):
    assert (region, "LOC") in ents(extractor, text)


def test_a_university_named_after_a_great_region_is_no_place(extractor):
    assert not any(label == "LOC" for _, label in ents(extractor, "华东师范大学专家参加论证。"))


@pytest.mark.parametrize("text, place", [
    ("对慈利县苗市镇白龙村某大型养殖场下达整改通知。", "慈利县苗市镇白龙村"),
    ("新泰市禹村镇、宁阳县磁窑镇排名靠前。", "新泰市禹村镇"),
])
def test_a_town_named_with_shi_or_cun_joins_the_chain(extractor, text, place):
    assert (place, "GPE") in ents(extractor, text)


def test_a_named_community_below_a_town_joins_the_chain(extractor):
    found = ents(extractor, "对慈利县通津铺镇燕子社区某养殖场已下达停养通知。")
    assert ("慈利县通津铺镇燕子社区", "GPE") in found


@pytest.mark.parametrize("text, county", [
    # 开州区 -> 开州: a short name may end in 州 and is still a short name, not a full one
    ("重庆市生态环境局发布通报。今年以来，开州持续推进污染防治。", "开州"),
    ("遵义市召开会议，播州在会上作交流发言。", "播州"),
])
def test_a_county_short_name_ending_in_zhou(extractor, text, county):
    assert county in gpes(extractor, text)


@pytest.mark.parametrize("text, county", [
    # 琼海, 仙桃: counties their province governs directly have the province, not a placeholder, as parent
    ("海南省生态环境厅通报，琼海不断加强海岸带保护。", "琼海"),
    ("湖北省近日公布考核结果，仙桃空气优良天数比例居前。", "仙桃"),
])
def test_a_county_the_province_governs_directly(extractor, text, county):
    assert county in gpes(extractor, text)


def test_a_directly_governed_county_needs_its_province_in_the_article(extractor):
    assert "琼海" not in gpes(extractor, "会上介绍，琼海不断加强海岸带保护。")


def test_a_noun_of_address_that_spells_a_city_is_no_place(extractor):
    found = ents(extractor, "各位记者、各位来宾:欢迎参加来宾市生态环境局召开的新闻发布会。")
    assert ("来宾", "GPE") not in found
    assert ("来宾市生态环境局", "ORG") in found


def test_a_zone_keeps_only_the_words_from_its_place_on(extractor):
    found = ents(extractor, "检查组要求湘潭经开区及相关职能部门限期整改。")
    assert ("湘潭经开区", "GPE") in found
    assert not any(t.startswith("检查组") for t, _ in found)


def test_a_district_named_for_a_people_is_written_without_the_peoples_name(extractor):
    found = ents(extractor, "上周,副区长刘洋到管城区检查扬尘治理,并在管城区主持召开推进会。")
    assert found.count(("管城区", "GPE")) == 2


def test_such_a_district_before_a_folded_committee_title_is_the_place(extractor):
    found = ents(extractor, "瀍河区委书记赵东出席并讲话。")
    assert ("瀍河", "GPE") in found
    assert ("区委书记", "TITLE") in found
    assert ("赵东", "PERSON") in found


def test_a_town_named_like_a_city_continues_the_chain(extractor):
    found = ents(extractor, "溪水流经台山市赤城镇的村庄。")
    assert ("台山市赤城镇", "GPE") in found


def test_small_towns_in_general_are_no_town(extractor):
    found = ents(extractor, "鹤山市小城镇建设成效明显。")
    assert ("鹤山市小城镇", "GPE") not in found


def test_a_numeral_opening_a_townships_name_stays_in_the_chain(extractor):
    found = ents(extractor, "检查组来到永定区三家馆乡开展督查。")
    assert ("永定区三家馆乡", "GPE") in found


def test_a_county_renamed_a_city_is_a_place_by_its_old_name(extractor):
    found = ents(extractor, "项目位于黑龙江省佳木斯市抚远县境内。")
    assert ("黑龙江省佳木斯市抚远县", "GPE") in found


def test_a_short_city_form_is_a_place_where_the_article_names_the_city(extractor):
    found = ents(extractor, "哈尔滨市生态环境局通报,今年哈市空气质量持续改善。")
    assert ("哈市", "GPE") in found


def test_a_short_city_form_needs_the_city_named(extractor):
    found = ents(extractor, "今年哈市空气质量持续改善。")
    assert ("哈市", "GPE") not in found


def test_a_short_city_form_joins_the_district_after_it(extractor):
    found = ents(extractor, "近日,呼市赛罕区召开环保工作会议。")
    assert ("呼市赛罕区", "GPE") in found


def test_a_city_nickname_is_a_place_with_the_city_named(extractor):
    found = ents(extractor, "齐齐哈尔市空气质量良好,鹤城人对蓝天更有信心。")
    assert ("鹤城", "GPE") in found


def test_a_nickname_before_a_division_word_is_another_place(extractor):
    found = ents(extractor, "齐齐哈尔市的客人来到鹤城区参观。")
    assert ("鹤城", "GPE") not in found


def test_a_provinces_customary_name_is_a_place(extractor):
    found = ents(extractor, "黑龙江省召开会议,为加快龙江全面振兴贡献力量。")
    assert ("龙江", "GPE") in found


def test_an_abbreviation_in_a_visit_frame_is_a_place(extractor):
    found = ents(extractor, "滁州市林业局介绍,今年有三百只白鹤来滁越冬。")
    assert ("滁", "GPE") in found


def test_an_abbreviation_replaces_a_name_read_over_the_verb():
    places = InformalPlaces((("闽", "福建省", "abbrev"),), frozenset(), {"厦门市": frozenset({"福建省"})})
    text = "厦门市各界学习领导来闽考察讲话精神。"
    found = places.find(text, set(), set(), ("厦门市",))
    assert [(text[s:e], text[lo:e]) for s, e, lo in found] == [("闽", "来闽")]


def test_an_autonomous_county_written_as_a_county_is_a_place(extractor):
    found = ents(extractor, "峨边县召开生态环境保护推进会,会议要求峨边加快整改。")
    assert ("峨边县", "GPE") in found


def test_a_citys_blue_sky_in_quotes_names_the_city(extractor):
    found = ents(extractor, "今年优良天数增加,“鄂尔多斯蓝”成为常态。")
    assert ("鄂尔多斯", "GPE") in found


def test_a_count_before_a_bare_level_word_stays_out_of_the_place(extractor):
    found = ents(extractor, "对城关、东关、西关三个街道开展夜间巡查。")
    assert ("西关", "GPE") in found


def test_a_zone_named_after_a_river_is_one_place():
    text = "淮河口产业集聚区召开会议。城北区、城南区等工业集中区域实行管控。"
    out = zones_named_after_places(text, [(0, 2, "LOC", "model", 1.0)])
    assert [text[s:e] for s, e, lab, *_ in out if lab == "GPE"] == ["淮河口产业集聚区"]
    s = text.index("城南区")
    out = zones_named_after_places(text, [(s, s + 3, "GPE", "model", 1.0)])
    assert [text[a:b] for a, b, *_ in out] == ["城南区"]                 # 等…区域 is no zone's name


def test_a_development_zone_in_a_list_keeps_its_first_character(nlp):
    doc = nlp("该厂位于传输通道区域(永年、丛台、邯山、经开区、成安、临漳、磁县)之外。")
    assert "经开区" in [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_district_whose_name_is_a_numeral_is_a_place(nlp):
    doc = nlp("督导组来到二七区检查扬尘治理。")
    assert [(e.text, e.label_) for e in doc.ents] == [("二七区", "GPE")]


def test_a_list_of_counts_per_county_names_its_counties(extractor):
    # 八步 is a district (never the quantity 八步), 钟山 a county (never the mountain)
    text = "本周转办信访件9件，其中八步4件，平桂2件，钟山2件，昭平1件，市直0件。"
    assert gpes(extractor, text) == ["八步", "平桂", "钟山", "昭平"]


def test_a_member_counted_like_known_places_is_one_too(extractor):
    text = "共检查企业300家，其中昔阳县120家，开发区90家，左权县60家，市直30家。"
    assert gpes(extractor, text) == ["昔阳县", "开发区", "左权县"]


def test_a_total_before_the_colon_heads_the_list(extractor):
    text = "累计办结12件：钟山5件，八步4件，富川3件。"
    assert gpes(extractor, text) == ["钟山", "八步", "富川"]


def test_counts_of_other_things_are_no_places(extractor):
    assert gpes(extractor, "检查企业120家，出动人员300人次，立案15件。") == []


def test_county_short_names_written_together_are_separate_places(extractor):
    assert gpes(extractor, "今年一季度，宁海象山海曙三地优良天数最多。") == ["宁海", "象山", "海曙"]


def test_parents_of_county_names():
    parents = division_parents("configs/gazetteers/divisions.tsv")
    assert "宁波市" in parents["宁海"] and "宁波市" in parents["海曙区"]
    assert "海东市" in parents["民和"]  # 民和回族土族自治县 by its short name


def test_a_list_member_keeps_its_he_and_the_last_member_ends_at_the_place(extractor):
    assert gpes(extractor, "空气质量排名依次为循化、民和、互助、乐都。") == ["循化", "民和", "互助", "乐都"]
    assert gpes(extractor, "武清、宝坻、蓟州降尘量较高。") == ["武清", "宝坻", "蓟州"]


def test_the_place_of_a_slogan(extractor):
    assert "洛川" in gpes(extractor, "全力推进美丽洛川建设。")


def test_a_bare_autonomous_region_is_no_place(extractor):
    assert "自治区" not in gpes(extractor, "认真落实国家、自治区和南宁市的部署要求。")


def test_a_chain_down_to_the_village_is_one_place(extractor):
    text = "经核查，同心县下马关镇红星村李家社共有农户40户。"
    assert "同心县下马关镇红星村李家社" in gpes(extractor, text)


def test_a_district_and_its_town_are_one_place(extractor):
    assert gpes(extractor, "吴中区胥口镇完成整改。") == ["吴中区胥口镇"]


def test_a_town_alone_and_with_its_village(extractor):
    assert "下马关镇" in gpes(extractor, "2019年下马关镇新建梯田500亩。")
    assert "首占镇上洋村" in gpes(extractor, "在首占镇上洋村码头放流鱼苗。")


def test_words_that_end_like_towns_are_no_places(extractor):
    places = gpes(extractor, "他回到家乡，总结镇街经验，建设特色小镇和美丽乡村，获评治理先进镇。")
    assert places == []


def test_a_listed_zone_drops_the_verb_before_it():
    gaz = Gazetteer("configs/gazetteers/divisions.tsv", "configs/gazetteers/titles.txt",
                    "configs/gazetteers/org_suffixes.txt", "configs/gazetteers/user.tsv")
    text = "全面落实滨海新区发展规划"
    assert [text[s:e] for s, e, lab in gaz.matches(text) if lab == "GPE"] == ["滨海新区"]


def test_a_county_named_in_full_is_a_place_by_its_short_name_too(extractor):
    places = gpes(extractor, "长乐区开展增殖放流。据了解，这是长乐两家企业的赔偿款。")
    assert places == ["长乐区", "长乐"]


def test_a_town_named_in_full_never_turns_its_lake_into_a_place(extractor):
    found = ents(extractor, "分局在草海镇举办培训。草海是高原湿地。")
    assert ("草海", "GPE") not in found


def test_a_short_name_opening_a_zone_is_left_to_the_zone(extractor):
    assert "大兴" not in gpes(extractor, "大兴区加强监管，重点覆盖大兴国际机场临空经济区。")


def test_bare_new_district_after_the_article_named_it(extractor):
    assert gpes(extractor, "2022年，滨海新区深入推进治污。2023年，新区将突出精准治污。") == ["滨海新区", "新区"]
    assert gpes(extractor, "2023年，新区将突出精准治污。") == []


def test_the_country_in_its_modernisation_slogan(extractor):
    assert gpes(extractor, "人与自然和谐共生是中国式现代化的重要特征。") == ["中国"]


def test_an_autonomous_county_by_its_short_name_and_suffix(extractor):
    assert gpes(extractor, "2023年，彭水自治县空气质量创历史最好。") == ["彭水自治县"]


def test_a_city_and_its_urban_area(extractor):
    assert "黄石" in gpes(extractor, "最近黄石城区的空气质量改善明显。")


def test_a_list_member_is_never_cut_before_a_suffix(extractor):
    places = gpes(extractor, "检查组沿兴坪镇、白沙镇、阳朔镇开展巡查。")
    assert "阳朔" not in places and not any(p.startswith("检查组") for p in places)


def test_a_county_of_the_article_s_prefecture_by_its_short_name(extractor):
    # 娄烦 is a county of 太原: in a 太原 article its short name is a place, as are those of a Beijing article
    assert "娄烦" in gpes(extractor, "太原市生态环境局通报：移送公安1件，即娄烦一起非法倾倒案。")
    # 小店, a district of 太原, is an ordinary word too: a place only where the article names 太原
    # (a short name that is no ordinary word, 娄烦, is a place on its own: test_county_names_alone.py)
    assert "小店" in gpes(extractor, "太原市生态环境局通报：移送公安1件，即小店一起非法倾倒案。")
    assert "小店" not in gpes(extractor, "移送公安1件，即小店一起非法倾倒案。")


def test_a_county_name_that_is_a_common_word_needs_more_than_its_prefecture(extractor):
    assert "振兴" not in gpes(extractor, "丹东市坚持创城促振兴、创建惠民生。")


def test_counties_before_their_exit_sections_stay_places(extractor):
    assert gpes(extractor, "流域共治见成效，麻阳、芷江、新晃出境断面水质稳定达标。") == ["麻阳", "芷江", "新晃"]


def test_a_list_of_towns_after_a_verb(extractor):
    assert gpes(extractor, "分局重点检查甲乙镇、丙丁镇沿湖村寨的生活污水。") == ["甲乙镇", "丙丁镇"]


def test_a_word_counted_after_the_last_place_is_no_place(extractor):
    assert gpes(extractor, "共受理9件，其中八步4件，平桂3件，企业2件。") == ["八步", "平桂"]


@pytest.mark.parametrize("name", ["潞州区", "横州市", "上党区"])
def test_divisions_created_since_2017_are_known(nlp, name):
    assert (name, "GPE") in doc_ents(nlp, f"今年以来,{name}空气质量持续改善,优良天数同比增加12天。")


def test_sub_districts_listed_before_their_count_are_places(nlp):
    ents = doc_ents(nlp, "区财政拿出100万元奖励,西关、南湖、北城、新华四个办事处在考核中名列前茅。")
    assert {("西关", "GPE"), ("南湖", "GPE"), ("北城", "GPE"), ("新华", "GPE")} <= ents


def test_a_place_after_except_drops_the_word(extractor):
    found = record_ents(extractor, "除青禾经济技术开发区外,其余区县PM10浓度均有所下降。")
    assert ("青禾经济技术开发区", "GPE") in found or ("经济技术开发区", "GPE") in found
    assert not any(t.startswith("除") for t, _ in found)


def test_titles_a_place_is_awarded_are_no_places(extractor):
    found = record_ents(extractor, "近年来该区先后获评全国文明城区、国家卫生区、国家森林城市和生态文明先行示范区。")
    assert not {t for t, label in found if label == "GPE"} & {"全国文明城区", "国家卫生区", "国家森林城市",
                                                              "生态文明先行示范区"}


def test_a_list_of_cities_counted_as_cities_stays_places(extractor):
    found = ents(extractor, "其中,宝鸡、咸阳、渭南3个城市空气质量明显改善。")
    assert {("宝鸡", "GPE"), ("咸阳", "GPE"), ("渭南", "GPE")} <= set(found)


def test_a_time_zone_is_no_place(extractor):
    found = ents(extractor, "北京时间2023年5月8日,某县召开生态环境保护大会。")
    assert ("北京", "GPE") not in found


def test_a_zone_match_never_holds_the_clause_before_the_zones_name(extractor):
    for zone in ("盟开发区", "青山经济开发区"):
        found = ents(extractor, f"吴振华主持召开{zone}生态环境工作会议,部署督察整改工作。")
        assert ("吴振华", "PERSON") in found and (zone, "GPE") in found
        assert not any("召开" in s for s, _ in found)


def test_a_corps_division_and_its_city_are_one_place_and_the_bare_corps_is_a_body(extractor):
    found = ents(extractor, "9月3日,兵团第七师胡杨河市召开生态环境保护工作会议。")
    assert ("兵团第七师胡杨河市", "GPE") in found
    # the division written short, as the corps' own pages do
    found = ents(extractor, "验收组对七师胡杨河市全面推行河湖长制工作进行了验收。")
    assert ("七师胡杨河市", "GPE") in found
    assert not any(label == "ORG" and t == "兵团" for t, label in found)
    found = ents(extractor, "自治区和兵团生态环境部门联合开展专项检查。")
    assert ("兵团", "ORG") in found


@pytest.mark.parametrize("sentence, village", [
    ("执法人员对石碾沟村养殖场废水直排问题进行了检查。", "石碾沟村"),
    ("总投资800万元的柳荫村水环境整治工程顺利完工。", "柳荫村"),
    ("清水河“下马坊村”断面水质稳定达到Ⅲ类。", "下马坊村"),
])
def test_a_village_named_alone_is_a_place(extractor, sentence, village):
    assert (village, "GPE") in ents(extractor, sentence)


@pytest.mark.parametrize("sentence", [
    "全镇共有行政村18个,其中贫困村5个,城中村改造稳步推进。",
    "各乡镇积极组织村民参与人居环境整治,建设生态文明村。",
    "今年以来,的确有大量村民反映河道垃圾问题。",
])
def test_kinds_of_villages_and_a_verb_before_cun_are_no_places(extractor, sentence):
    assert not any(label == "GPE" and t.endswith("村") for t, label in ents(extractor, sentence))


def test_the_whole_prefecture_is_no_county_named_quanzhou(extractor):
    found = ents(extractor, "会议传达学习了全国、全省、全州生态环境保护工作会议精神,要求全州上下共同努力。")
    assert not [s for s, label in found if label == "GPE"]
    assert ("桂林市全州县", "GPE") in ents(extractor, "桂林市全州县召开生态环境保护大会。")


def test_the_place_in_a_word_for_its_people_is_a_place(extractor):
    assert ("恩施", "GPE") in ents(extractor, "作为恩施人,他见证了家乡的变化。")
    assert ("博乐", "GPE") in ents(extractor, "良好的生态环境是全体博乐人的追求。")
    # 人民, 人大 after a place open other words; a count of people is no place
    assert not [s for s, label in ents(extractor, "每个人都要参与,人均绿地增加。") if label == "GPE"]


@pytest.mark.parametrize("sentence, places, not_places", [
    # a list member's name may open like a function word (向阳镇); villages and communities named alone
    ("各部门负责人到青河镇、向阳镇、乐业镇进行检查。", ["青河镇", "向阳镇", "乐业镇"], []),
    ("县生态环境分局到沙头社区开展散乱污清理行动。", ["沙头社区"], []),
    ("保障桂鲜村、韩家村、印山村等1.8万人的饮水安全。", ["桂鲜村", "韩家村", "印山村"], ["保障桂鲜村"]),
    # words for villages at large in a list are no villages
    ("探索公安、检察、农业农村、水利等部门联动。", [], ["农业农村"]),
    ("扫一扫,访问移动社区", [], ["访问移动社区", "移动社区"]),
    # after a clause mark 社区 is as often the word for "the community"
    ("排查偷排企业4家,移交社区综管部门查封。", [], ["移交社区"]),
    # a town opening a line and closed by a colon heads its part of a round-up
    ("各镇街积极开展行动。\n    茶山镇:10月29日晚开展夜查。\n    厚街镇:从10月起开展专项行动。\n总结镇:无\n",
     ["茶山镇", "厚街镇"], ["总结镇"]),
    ("走进偏远山村,到青山村、沙渔村开展宣传。", ["青山村", "沙渔村"], ["偏远山村", "山村"]),
])
def test_towns_villages_and_communities_named_alone(extractor, sentence, places, not_places):
    found = ents(extractor, sentence)
    for place in places:
        assert (place, "GPE") in found, place
    for word in not_places:
        assert (word, "GPE") not in found, word


def test_a_list_of_people_after_a_post_keeps_its_persons_beside_a_body_named_after_a_province(extractor):
    """副县长甲、乙、丙、某省某区管委会…: more persons than known places make the list one of people."""
    found = ents(extractor, "县委副书记、县长龙明出席会议并讲话,副县长刘攀、石敏、吴峰、贵州松桃经开区管委会副主任吴国参加会议。")
    assert ("石敏", "GPE") not in found and ("吴峰", "GPE") not in found
    assert ("石敏", "PERSON") in found


def test_a_list_of_places_with_one_member_read_as_a_person_is_still_a_list_of_places(extractor):
    found = ents(extractor, "渭南、韩城、西咸、杨凌、商洛、西安等9个城市空气质量优良天数同比增加。")
    assert ("杨凌", "PERSON") not in found


@pytest.mark.parametrize("sentence, town", [
    ("该路段从我县石桥镇至邻县正在封闭施工。", "石桥镇"),
    ("区环保局对红星满族镇几家造纸厂进行现场检查。", "红星满族镇"),
    ("该公司就青山镇土壤改良签订合作协议。", "青山镇"),
    ("工作组首先对敖市镇五家石材厂进行了检查。", "敖市镇"),
])
def test_a_town_after_a_cue_of_its_own_is_a_place(extractor, sentence, town):
    found = ents(extractor, sentence)
    assert (town, "GPE") in found and not any(label == "ORG" and town in t for t, label in found)


def test_places_visited_listed_before_dengdi_are_places(extractor):
    found = ents(extractor, "县委书记先后赴石梁、云岭、濂水和工业园区等地，实地督查问题整改。")
    assert {("石梁", "GPE"), ("云岭", "GPE"), ("濂水", "GPE")} <= set(found)


def test_a_town_after_a_rivers_basin_is_the_stretchs_town(extractor):
    assert ("祖溪乡", "GPE") in ents(extractor, "随后深入长衍溪流域祖溪乡交接断面察看水质。")


def test_a_bare_levels_zone_drops_the_verbs_before_it(extractor):
    found = ents(extractor, "会议强调,要加快启动建设县经开区,推动项目尽快落地。")
    assert ("县经开区", "GPE") in found


def test_a_numeral_inside_a_towns_name_is_no_count(extractor):
    found = ents(extractor, "会上,南五家镇、西三里镇分别汇报了河长制工作开展情况。")
    assert not any(label == "QUANTITY" for _, label in found)


# --- a title a district earns is no place (sentences written for these tests) ---


def test_a_districts_earned_title_lends_no_short_name(extractor):
    # 生态区 read as a place must not make every later 生态 a place
    from .page_helpers import ents
    found = ents(extractor, "某区先后创建国家环境保护模范城区、生态区、生态文明试点区。良好的生态环境是最普惠的民生福祉，"
                            "要像保护眼睛一样保护生态环境。")
    assert ("生态", "GPE") not in found


def test_a_landscape_of_two_word_pictures_names_no_places(extractor):
    """蓝天白云、清水绿岸 describes the view: 白云 and 清水 are counties' short names there by chance only; a list
    of districts written the same way (白云、天河、越秀等区) stays a list of places."""
    found = ents(extractor, "群众对碧空净土、蓝天白云、清水绿岸的满意度明显提高。")
    assert not any(label == "GPE" for _, label in found)
    assert {("白云", "GPE"), ("天河", "GPE"), ("越秀", "GPE")} <= set(ents(extractor, "白云、天河、越秀等区降尘量下降。"))


def test_a_kind_of_zone_after_the_sentences_verb_is_no_place(extractor):
    """完善|工业园区, 重点排查各|工业园区: a zone named by its kind names no place; a named zone after the verb
    keeps only its name (全力建设|某某新区)."""
    found = ents(extractor, "全力建设龙溪新区,完善工业园区污水收集设施,重点排查各工业园区,全面推进重点工业园区整治。")
    assert ("龙溪新区", "GPE") in found
    assert not any("工业园区" in t for t, _ in found)


def test_a_place_opening_with_a_numeral_is_neither_a_count_nor_a_body(extractor):
    # 七台河: 七台 reads as "seven machines" and 台 ends bodies (电视台); the city is the place
    found = ents(extractor, "近日,七台河市委副书记李建国到勃利县督导。推动七台河市生态环境质量持续改善。")
    assert not any(surface.startswith("七台") and label in ("QUANTITY", "ORG") for surface, label in found)
    assert ("七台河市", "GPE") in found


def test_a_long_transcribed_town_name_is_whole_and_a_clause_ending_on_a_town_word_is_none(extractor):
    found = ents(extractor, "旗委书记周立新深入满都宝力格镇、嘎海乐苏木及部分嘎查调研。")
    assert ("满都宝力格镇", "GPE") in found
    found = ents(extractor, "要进一步压实勐阿镇党委、政府的责任。")
    assert not any(surface.startswith("一步") for surface, _ in found)


@pytest.mark.parametrize("text, place", [
    ("省生态环境厅厅长一行来乐调研生态环境保护工作。", "乐"),
    ("市人大常委会副主任带队莅孟调研黄河生态保护。", "孟"),
    ("西南督察局赴奉开展第二轮督察。", "奉"),
    ("深入学习总书记来陕考察重要讲话精神。", "陕"),
])
def test_a_place_an_official_comes_to_written_by_one_character_is_a_place(extractor, text, place):
    assert (place, "GPE") in ents(extractor, text)


def test_coming_to_a_meeting_or_here_names_no_place(extractor):
    found = ents(extractor, "有关领导应邀莅会指导,专家组来此考察。")
    assert not any(label == "GPE" for _, label in found)


def test_a_portals_zone_field_label_is_no_place(extractor):
    text = ("某县召开河长制工作会议\n发布时间:2023-05-06  来源:某某日报  发布开发区:东湖经济技术开发区\n"
            "5月5日,东湖经济技术开发区召开河长制工作会议。")
    found = ents(extractor, text)
    assert not any(surface == "发布开发区" for surface, _ in found)
    # a place's own not-a-name words stay out of the model's places too
    assert not any(surface == "全市" for surface, _ in ents(extractor, "全市优良天数比例为88.2%。"))


def test_a_listed_division_is_read_whole_where_the_model_read_its_tail(extractor):
    # 七台 reads as a count (seven machines) and the model tagged only 河市: the gazetteer's division wins
    found = ents(extractor, "省第四生态环境保护督察组向七台河市反馈督察情况。")
    assert ("七台河市", "GPE") in found and ("河市", "GPE") not in found


def test_two_places_of_one_level_written_together_are_two_places(extractor):
    found = ents(extractor, "省委书记赴漳州龙岩调研九龙江流域生态保护。怀化张家界空气质量最好。")
    for place in ("漳州", "龙岩", "怀化", "张家界"):
        assert (place, "GPE") in found
    # a province and its city, or a chain of divisions, stay one place
    found = ents(extractor, "宁夏石嘴山召开会议,河南省濮阳市台前县通报情况。")
    assert ("宁夏石嘴山", "GPE") in found and ("河南省濮阳市台前县", "GPE") in found
