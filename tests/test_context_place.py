"""Which place an article is about (sentences written for these tests)."""

from __future__ import annotations

from pipeline.io.readers import Document


def meta_of(extractor, text: str) -> dict:
    return extractor.process_one(Document("t", text=text)).to_json_dict()["meta"]


def test_a_city_article_mentioning_a_county_has_no_county(extractor):
    text = ("某市通报上半年生态环境质量\n"
            "今年上半年,宜昌市空气质量优良天数为150天,全市PM2.5平均浓度为35微克/立方米。"
            "市生态环境局对夷陵区一家企业的超标排放问题开展了调查。宜昌市将继续推进大气污染防治。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "宜昌市" and "county" not in meta


def test_a_county_article_has_its_county(extractor):
    text = ("郸城县生态环境分局开展夏季执法检查\n"
            "今年以来,郸城县生态环境分局共检查企业86家,全县立案查处环境违法案件9件。"
            "郸城县将持续加大执法力度。")
    meta = meta_of(extractor, text)
    assert meta["county"] == "郸城县" and meta["city"] == "周口市"


def test_a_province_wide_article_has_no_city_but_its_quantities_have_the_province(extractor):
    text = ("全省生态环境执法工作情况通报\n"
            "今年以来,浙江省生态环境部门共立案查处环境违法案件1250件,罚款金额1.2亿元。"
            "省生态环境厅表示,全省将继续保持执法高压态势。省政府要求各地落实整改责任,其中杭州市查处案件86件。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert "city" not in record["meta"] or record["meta"]["city"] is None
    assert record["meta"]["province"] == "浙江省"
    cases = next(q for q in record["quantities"] if q["text"] == "1250件")
    assert cases["jurisdiction"] == "浙江省"


def test_a_municipality_is_its_own_city(extractor):
    text = "天津市通报一季度空气质量\n一季度,全市PM2.5平均浓度为52微克/立方米,天津市优良天数为58天。全市将持续推进治理。"
    meta = meta_of(extractor, text)
    assert meta["city"] == "天津市" and meta["province"] == "天津市"


def test_an_autonomous_prefecture_as_the_article_writes_it(extractor):
    text = "湘西州生态环境局通报执法情况\n今年以来,湘西州共查处环境违法案件42件,湘西州生态环境局表示将持续加大执法力度。"
    assert meta_of(extractor, text)["city"] == "湘西州"


def test_a_county_named_only_by_its_own_media_and_voice(extractor):
    # the county is named once, by its media centre in the source line; the article speaks as the county
    text = ("3月5日,县生态环境保护委员会召开全体会议,县委书记王建华主持会议,县委副书记、县长李明远讲话。"
            "会议要求,全县上下要扛牢责任,守护好我县绿水青山,县政府各部门抓好整改。\n(信息来源:武乡融媒)")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["county"] == "武乡县" and record["meta"]["city"] == "长治市"
    assert {o["org"] for o in record["officials"] if o["person"] in ("王建华", "李明远")} == {"武乡县委"}


def test_a_districts_news_column_names_the_district_as_its_media_does():
    from pipeline.components.context import LOCAL_OUTLET
    assert LOCAL_OUTLET.match("温江新闻").group(1) == "温江"


def test_a_body_after_the_column_label_of_a_headline_is_the_body(extractor):
    text = "温江新闻: 区政协召开生态保护专题协商会\n\n11月8日,区政协召开专题协商会。区政协主席王建华出席会议并讲话。\n"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    first = min((e for e in record["entities"] if e["label"] == "ORG"), key=lambda e: e["start"])
    assert text[first["start"]:first["end"]] == "区政协" and first["start"] < text.index("\n")


def test_a_district_written_short_in_its_own_article(extractor):
    text = ("蕉城区召开生态环境保护工作会议\n11月21日,全区生态环境保护工作会议召开。区委书记张某出席会议并讲话,"
            "区长陈某主持。会议指出,蕉城要坚持问题导向,区政府各部门要抓好督察整改。")
    assert meta_of(extractor, text)["county"] == "蕉城区"


def test_a_city_article_in_the_voice_of_a_district_names_no_county_from_two_districts(extractor):
    # two districts named: the article's own county is not decided by its voice alone
    text = ("某市召开会议\n区委书记张某表示,蕉城、福安两地要抓好整改,区政府要落实责任,区委统筹推进。")
    assert "county" not in meta_of(extractor, text)


def test_an_autonomous_county_as_the_article_writes_it(extractor):
    text = ("玉屏县召开生态环境保护工作会议\n2月23日,玉屏县召开生态环境保护工作会议,副县长王建华出席会议并讲话。"
            "会议要求,全县各部门要抓好整改,县政府将加强督查,玉屏县将持续改善环境质量。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["county"] == "玉屏县" and record["meta"]["city"] == "铜仁市"


def test_a_county_level_city_the_province_governs_directly_is_its_own_city(extractor):
    text = ("仙桃市通报上半年环境质量\n今年上半年,仙桃市空气质量优良天数为151天,仙桃市生态环境局立案查处环境违法案件12件。"
            "仙桃市将持续推进污染防治。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "仙桃市" and meta["province"] == "湖北省"
    assert "直辖" not in "".join(str(v) for v in meta.values())


def test_an_autonomous_prefecture_with_a_long_short_name_as_written(extractor):
    text = ("黔东南州通报一季度空气质量\n一季度,黔东南州空气质量优良天数比例为98.9%,黔东南州生态环境局表示,"
            "全州将持续推进大气污染防治,黔东南州各县市PM2.5浓度均同比下降。")
    assert meta_of(extractor, text)["city"] == "黔东南州"


def test_a_county_named_only_by_its_daily_in_the_source_line(extractor):
    text = ("我县召开生态环境保护工作新闻发布会\n来源:泗洪日报 发布时间:2023-06-07\n"
            "6月5日上午,我县召开新闻发布会,县生态环境局局长王建华介绍了全县生态环境质量情况。"
            "全县将持续推进污染防治,县委、县政府高度重视。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["county"] == "泗洪县"
    assert [e["organizer"] for e in record["events"] if e["type"] == "press_conference"] == ["泗洪县"]


def test_a_county_level_city_the_province_governs_is_known_by_its_short_name(extractor):
    text = ("仙桃召开生态环境保护工作会议\n3月5日,仙桃召开全市生态环境保护工作会议,市委书记王建华出席会议并讲话,"
            "市长李明远主持会议。会议要求,全市上下要扛牢责任。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["city"] == "仙桃市"
    assert {o["person"]: o["org"] for o in record["officials"]}["王建华"] == "仙桃市委"


def test_a_county_level_city_in_the_headline_under_a_column_heading_is_the_articles_county(extractor):
    text = ("工作动态\n\n肇东市召开大气污染防治推进会\n\n"
            "会议要求,全市各部门按照省和绥化市部署,坚决做到秸秆全域禁烧。\n"
            "市委书记王立新出席会议并讲话。肇东市将持续推进大气污染防治。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["county"] == "肇东市"
    assert {(o["person"], o["org"]) for o in record["officials"]} == {("王立新", "肇东市委")}


def test_a_county_named_by_its_short_name_points_at_its_prefecture(extractor):
    text = ("盟开发区召开生态环境工作会议\n"
            "3月25日,乌兰浩特市委书记、盟开发区党工委书记吴振华主持召开盟开发区生态环境工作会议。"
            "盟开发区管委会副主任周立平通报了园区生态环境保护工作。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["meta"]["city"] == "兴安盟"
    assert ("周立平", "兴安盟开发区管委会") in {(o["person"], o["org"]) for o in record["officials"]}


def test_a_district_of_a_municipality_has_its_municipality_as_city_and_province(extractor):
    text = "西青区大气污染防治工作综述\n2016年,区生态环境局全年共检查企业860家次。西青区将继续加强执法检查。"
    meta = meta_of(extractor, text)
    assert (meta["county"], meta.get("city"), meta.get("province")) == ("西青区", "天津市", "天津市")


def test_a_body_named_after_its_province_and_prefecture_scopes_to_the_prefecture(extractor):
    text = ("甘南州严格环境执法\n"
            "记者从甘肃省甘南州生态环境局获悉,2019年以来,共检查企事业单位1400余家,处罚企业166家。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    checked = next(q for q in record["quantities"] if q["text"] == "1400余家")
    assert checked["jurisdiction"] in ("甘南州", "甘南藏族自治州")


def test_a_county_level_city_the_province_governs_directly_is_never_the_articles_county(extractor):
    text = ("天门市召开生态环境保护委员会全体会议\n5月6日,天门市召开生态环境保护委员会全体会议。"
            "会议指出,天门市今年空气质量优良天数比例要达到85%,全市各部门要落实责任。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "天门市" and "county" not in meta


def test_a_county_written_short_in_the_headline_is_the_articles_county(extractor):
    text = ("博兴空气质量创同期最好水平\n"
            "今年一季度,博兴PM2.5平均浓度为41微克/立方米,同比下降12%。滨州市生态环境局博兴分局介绍,"
            "博兴将继续推进扬尘治理。")
    assert meta_of(extractor, text).get("county") == "博兴县"


def test_a_headline_naming_only_the_city_keeps_a_county_of_the_lead_out(extractor):
    text = ("济宁:扎实推进群众信访问题整改\n"
            "7月12日,在济宁市任城区一处小区,工作人员现场查看油烟扰民问题的整改情况。任城区生态环境分局表示,"
            "问题已整改到位。济宁市生态环境局要求各县市区举一反三,济宁市将持续开展排查。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "济宁市" and "county" not in meta


def test_a_citys_nickname_is_not_a_county_of_another_province(extractor):
    text = ("齐齐哈尔空气质量保持良好\n"
            "咱鹤城的空气好不好?记者从齐齐哈尔市生态环境局了解到,6月鹤城空气质量优良天数为28天,"
            "齐齐哈尔市PM2.5浓度同比下降。鹤城人都说家乡天更蓝了。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "齐齐哈尔市" and "county" not in meta


def test_a_district_of_a_municipality_outvotes_a_neighbouring_prefecture_named_once(extractor):
    text = ("重庆永川召开跨界河流联防联治会议\n"
            "6月3日,永川区生态环境局与泸州市合江县生态环境局召开跨界河流联防联治会议。"
            "永川区生态环境局介绍,今年以来永川区跨界断面水质稳定达到Ⅲ类。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "重庆市" and meta["province"] == "重庆市"


def test_a_county_level_city_speaking_of_itself_as_a_city_is_the_articles_county(extractor):
    text = ("分享到微信\n\n2023年02月07日\n\n"
            "一季度,宜兴细颗粒物均值降至36微克/立方米,好于去年同期。宜兴生态环境局表示,全市优良天数比例为88.2%,"
            "市委、市政府将持续推进大气污染防治,宜兴将继续巩固成果。无锡各地空气质量均有改善。")
    assert meta_of(extractor, text).get("county") == "宜兴市"


def test_a_city_page_naming_one_county_in_its_lead_and_others_below_has_no_county(extractor):
    text = ("全市生态环境保护推进会召开\n\n7月25日下午,嘉兴市人民政府召开全市生态环境保护推进会,"
            "嘉兴市生态环境局海宁分局等3家单位作交流发言。\n会议指出,全市PM2.5浓度29.6微克/立方米;"
            "嘉善县、平湖市获批省级生态工业园区,桐乡市入选试点,海宁市将持续推进治理。市委、市政府高度重视。")
    meta = meta_of(extractor, text)
    assert meta["city"] == "嘉兴市" and "county" not in meta


def test_a_branch_of_a_one_character_county_in_the_headline_names_the_county(extractor):
    text = ("当前所在:首页 > 环保动态\n\n莘县分局召开重点工作推进会议\n\n"
            "7月20日,聊城市生态环境局莘县分局召开重点工作推进会议,会议要求全县环境执法人员加大执法力度。")
    meta = meta_of(extractor, text)
    assert meta.get("county") == "莘县" and meta.get("title") == "莘县分局召开重点工作推进会议"


def test_a_county_ranked_within_its_province_in_the_headline_is_the_articles_county(extractor):
    """进入某省前十 names the province only as the field the county ranks in: still the county's page."""
    text = ("我县上半年空气质量进入江西省前十\n"
            "近日,省生态环境厅公布了上半年县级城市空气质量排名,崇义县综合指数为2.61,列全省第8位。"
            "崇义县将持续抓好扬尘管控。")
    assert meta_of(extractor, text).get("county") == "崇义县"


def test_a_headline_in_the_countys_own_voice_naming_its_province_is_the_countys_page(extractor):
    text = ("我县水质达标率连续三年保持湖南省领先\n"
            "今年以来,桑植县国控断面水质达标率为100%。桑植县生态环境分局加强巡查,全县未发生环境事件。")
    assert meta_of(extractor, text).get("county") == "桑植县"


def test_an_autonomous_county_written_without_its_peoples_in_the_headline(extractor):
    """The division table's short form of 某某畲族自治县 keeps the people (景宁畲族); articles write 景宁."""
    text = ("景宁空气质量连续五年全市第一\n"
            "2023年,景宁PM2.5平均浓度为18微克/立方米,优良天数比例为99.2%,在丽水市各县(市、区)中位列第一。")
    assert meta_of(extractor, text).get("county") == "景宁畲族自治县"


def test_a_masthead_line_before_the_headline_does_not_make_a_province_page(extractor):
    text = ("河南商报电子版\n\n"
            "上下联动推进河道整改\n"
            "发布日期:2019-07-02  来源:河南商报\n"
            "6月30日,鹿邑县组织志愿者清理涡河岸边垃圾。鹿邑县生态环境分局对沿河3家企业开展检查,全县将持续整治。")
    assert meta_of(extractor, text).get("county") == "鹿邑县"


def test_one_county_named_again_and_again_by_its_short_name_is_the_articles_county(extractor):
    """沿河自治县 once past the lead, then 沿河 ×3 by its short name, and no other county: the county's page."""
    text = ("巡河护河在行动\n"
            "为深入推进河湖长制工作,切实加强河湖管理保护,近日,各级河长带队开展巡河行动,"
            "重点查看河道垃圾、违规采砂、非法排污等问题,并对发现的问题现场交办、限期整改,推动河湖面貌持续改善。\n"
            "据统计,沿河自治县境内共有河流43条。今年以来,沿河各级河长累计巡河1200余次,发现问题12个,已整改10个。"
            "下一步,沿河将持续推进河湖“清四乱”,确保沿河境内水质稳定达标。")
    assert meta_of(extractor, text).get("county") == "沿河土家族自治县"


def test_an_autonomous_county_is_known_without_its_peoples_but_with_its_autonomy():
    from pipeline.components.context import load_divisions

    table = load_divisions("configs/gazetteers/divisions.tsv")
    assert table["沿河自治县"].name == table["沿河县"].name == "沿河土家族自治县"


def test_a_headline_naming_a_provincial_team_that_visits_is_still_the_countys_page(extractor):
    text = ("吉林省第二生态环境保护督察组实地督察东辽河治理情况\n"
            "5月20日,吉林省第二生态环境保护督察组来到东辽县,实地查看河道垃圾清理和污水处理厂运行情况。"
            "东辽县相关负责人陪同督察。督察组要求,东辽县要压实整改责任。")
    assert meta_of(extractor, text).get("county") == "东辽县"


def test_a_village_sharing_a_divisions_short_name_names_no_city(extractor):
    # 白沙 is the short name of a county of Hainan; 白沙村 and 白沙社区 are villages anywhere
    meta = meta_of(extractor, "昨晚，执法人员来到白沙村和白沙社区，对两家五金加工点开展夜查。")
    assert meta.get("city") is None and meta.get("province") is None


def test_a_prefecture_the_page_never_writes_in_full_gives_its_bodies_the_short_form(extractor):
    from pipeline.io.readers import Document as _Doc
    text = ("州委召开常委会议\n3月2日，州委召开常委会议，州委书记李明主持会议。大理各县市要抓好督察整改。"
            "大理州将持续推进洱海保护治理。")
    record = extractor.process_one(_Doc("t", text=text)).to_json_dict()
    assert {o["person"]: o["org"] for o in record["officials"]}.get("李明") == "大理州委"


def test_a_countys_today_brand_in_the_source_line_names_the_county(extractor):
    text = ("县生态环境保护委员会全体会议召开\n2021-05-10 来源:今日歙县 浏览:\n"
            "5月8日，县生态环境保护委员会全体会议召开。县委书记王刚出席会议并讲话，县长李强主持会议。"
            "会议要求全县各地各部门抓好问题整改。")
    meta = meta_of(extractor, text)
    assert meta.get("county") == "歙县" and meta.get("city") == "黄山市"


def test_a_county_named_once_in_the_lead_of_a_page_that_never_names_its_city_is_its_county(extractor):
    text = ("11月4日，叙永县委副书记、县长赵明率队深入永宁、龙凤等乡镇，督导环保问题整改。"
            "他强调，要压实各方责任，确保整改到位。")
    assert meta_of(extractor, text).get("county") == "叙永县"


def test_a_county_named_once_beside_its_city_is_no_county_page(extractor):
    text = ("11月4日，泸州市生态环境局局长赵明率队深入叙永县，督导环保问题整改。"
            "他强调，全市要压实各方责任，确保整改到位。")
    assert meta_of(extractor, text).get("county") is None


def test_a_county_first_named_in_a_later_paragraph_of_a_city_round_up_is_no_county_page(extractor):
    text = ("2023年，全市共立案查处环境违法案件180件，罚款金额1260万元。\n\n"
            "2023年，叙永县生态环境保护综合执法大队立案查处案件7件。")
    assert meta_of(extractor, text).get("county") is None


def test_an_outlets_province_does_not_make_a_districts_page_the_provinces(extractor):
    text = ("吉林长安网讯 日前,松原市宁江区委常委、政法委书记王建华带领区水利事务中心、区河长办"
            "及镇村负责同志进行巡河。\n王建华先后到几条河流进行实地检查,要求各级河长履职尽责。")
    meta = meta_of(extractor, text)
    assert meta.get("county") == "宁江区" and meta.get("city") == "松原市"


def test_a_prefecture_speaking_of_itself_is_the_articles_city(extractor):
    text = ("11月14日,州委召开常委(扩大)会议,传达学习省委书记到我州调研时的讲话精神和省委、省政府有关文件精神,"
            "研究部署黔东南州迎接督察的各项工作。州委书记主持会议,州政府有关负责同志参加。")
    meta = meta_of(extractor, text)
    assert meta.get("city") == "黔东南苗族侗族自治州" or meta.get("city") == "黔东南州"


# --- a county site's breadcrumb (sentences written for these tests) ---


def test_a_county_sites_breadcrumb_names_the_county_its_article_speaks_for(extractor):
    from .page_helpers import page_record
    text = ("当前位置: 主页 > 麻阳要闻\n县委书记调研河长制工作\n5月6日,县委书记滕某某到高村镇调研锦江河长制工作。"
            "县委常委、县人民政府副县长向某某参加调研。")
    assert page_record(extractor, text)["meta"].get("county") == "麻阳苗族自治县"


def test_a_breadcrumb_without_the_countys_voice_names_no_county(extractor):
    from .page_helpers import page_record
    text = "当前位置: 首页 > 麻阳新闻\n全省河长制工作会议召开\n5月6日,省河长办召开全省河长制工作会议。"
    assert page_record(extractor, text)["meta"].get("county") is None


def test_a_bodys_formal_name_opening_with_the_party_or_the_conference_names_the_articles_city(extractor):
    """政协某市第四届委员会, 中共某市委: the party's or the conference's word before the place is no place; the place
    after it is the article's, and 市政协 is that city's."""
    text = ("3月2日,政协鹤岗市第六届委员会召开常委会议。市政协主席周立新出席会议并讲话,市政协副主席韩春燕主持会议。"
            "会议审议通过了政协鹤岗市委员会有关决定。")
    from .page_helpers import page_record
    out = page_record(extractor, text)
    assert out["meta"].get("city") == "鹤岗市"
    assert {(o["person"], o["org"]) for o in out["officials"]} >= {("周立新", "鹤岗市政协"), ("韩春燕", "鹤岗市政协")}


def test_a_provinces_voice_naming_itself_only_in_its_documents_titles_is_that_provinces(extractor):
    from .page_helpers import page_record
    text = ("3月2日上午,省政府新闻办举行《湖南省洞庭湖保护条例》新闻发布会,请省生态环境厅副厅长邹家齐介绍有关情况,"
            "省水利厅副厅长陶文华回答记者提问。")
    out = page_record(extractor, text)
    assert out["meta"].get("province") == "湖南省"
    assert ("邹家齐", "湖南省生态环境厅") in {(o["person"], o["org"]) for o in out["officials"]}


def test_a_county_level_city_the_province_governs_directly_outweighs_a_city_named_in_passing(extractor):
    """万宁 is governed by 海南 directly: its party secretary's article is 万宁's, even where a place name read
    inside another word (老爷海|东澳段) points at a prefecture elsewhere."""
    from .page_helpers import page_record
    text = ("5月28日,万宁市委书记林志强就小海综合治理工作开展调研。市委副书记、市长赵德华,市人大常委会主任孙启明参加调研。"
            "林志强一行还来到老爷海东澳段,了解垃圾清理整治情况。")
    out = page_record(extractor, text)
    assert out["meta"].get("city") == "万宁市"
    assert ("孙启明", "万宁市人大常委会") in {(o["person"], o["org"]) for o in out["officials"]}


def test_a_district_named_only_in_the_documents_it_adopts_is_the_article_s(extractor):
    """A district government's meeting in its own voice (区政府, 全区, 我区) that names its district only in the
    title of a plan it adopts is that district's article; two districts in titles name none."""
    text = ("5月9日,区政府区长主持召开区政府第12次常务会议。会议指出,全区上下要抓好大气污染防治。"
            "会议审议并原则通过《{}》。我区要压实责任。")
    one = extractor.process_one(Document("t", text=text.format("开州区秋冬季大气污染防治方案"))).to_json_dict()
    assert one["meta"].get("county") == "开州区"
    two = extractor.process_one(Document("t", text=text.format("开州区与万州区协同治理方案》《万州区方案"))).to_json_dict()
    assert two["meta"].get("county") is None


# --- a county written only inside other words (sentences written for these tests) ---


def test_a_county_written_only_in_its_sites_name_and_a_firms_is_the_articles_county(extractor):
    """A county's own page in its voice (县委, 县政府, 全县) that writes its county only inside a site's name and a
    firm's (欢迎访问…人民政府网, …水务有限公司), never as a place of its own: the one county written, and the bare
    县委 of its officials is that county's."""
    from .page_helpers import page_record
    text = ("欢迎访问修水县人民政府网\n县委书记督导检查河长制工作\n6月3日,县委书记方立新到渣津镇督导检查河长制工作,"
            "县政府副县长黄海波陪同。方立新一行来到修水水务有限公司污水处理厂,要求全县上下压实河长责任。")
    out = page_record(extractor, text)
    assert out["meta"].get("county") == "修水县"
    assert ("方立新", "修水县委") in {(o["person"], o["org"]) for o in out["officials"]}


def test_a_river_named_after_a_county_is_not_the_county_and_two_counties_name_none(extractor):
    """赤水河 is a river, not the county 赤水市; a county voice writing two counties names neither."""
    from .page_helpers import page_record
    river = ("县委召开赤水河流域保护工作会议\n县委书记主持会议,县政府县长出席。会议要求全县做好赤水河保护。")
    assert page_record(extractor, river)["meta"].get("county") is None
    two = ("县委召开河长制工作会议\n县委书记主持会议,县政府县长出席。会议听取了修水供水公司和武宁供水公司的汇报,"
           "要求全县做好河长制工作。")
    assert page_record(extractor, two)["meta"].get("county") is None


def test_a_county_written_once_where_the_articles_place_is_unknown_is_not_enough(extractor):
    """With no city or province to check it against, a county written once (in a firm's name) may be anyone's."""
    from .page_helpers import page_record
    text = "县委召开河长制工作会议\n县委书记主持会议,县政府县长出席。会议听取了修水供水公司的汇报,要求全县做好河长制工作。"
    assert page_record(extractor, text)["meta"].get("county") is None
    twice = text + "修水供水公司将加快管网改造。"
    assert page_record(extractor, twice)["meta"].get("county") == "修水县"



def test_a_county_written_once_as_a_bureaus_branch_is_the_articles_county(extractor):
    """A bureau's branch named after the county (市生态环境局某某分局) is the county's own body: written once, it
    names the article's county even where the short name is also a word (庆元)."""
    from .page_helpers import page_record
    text = ("发布机构 市生态环境局庆元分局\n全县河长制工作会议召开\n5月17日,我县召开河长制工作会议,"
            "县委书记林方明出席会议并讲话,要求全县上下压实河长责任。")
    out = page_record(extractor, text)
    assert out["meta"].get("county") == "庆元县"
    assert ("林方明", "庆元县委") in {(o["person"], o["org"]) for o in out["officials"]}

# --- a headline about the province (sentences written for these tests) ---


def test_a_headline_naming_only_the_province_makes_the_provinces_page(extractor):
    """山东发布…排名 over a body that names 济南 most: the province's page, no city; a headline naming a city or
    a county in the province, or an outlet's line, leaves the city to the body's counts."""
    from .page_helpers import page_record
    body = ("\n1月至6月,济南市优良天数比例为70.2%,青岛市为85.1%。济南市细颗粒物浓度同比下降8.2%。"
            "济南市、青岛市、烟台市位列前三。")
    province = page_record(extractor, "山东发布上半年全省环境空气质量排名" + body)["meta"]
    assert province.get("province") == "山东省" and province.get("city") is None
    city = page_record(extractor, "山东济南上半年环境空气质量持续改善" + body)["meta"]
    assert city.get("city") == "济南市"
    outlet = page_record(extractor, "山东新闻网" + body)["meta"]
    assert outlet.get("city") == "济南市"
    # the body's bare 市 is still the city it names most, though the page is the province's
    spoken = page_record(extractor, "山东发布上半年全省环境空气质量排名" + body + "市生态环境局局长王建国介绍了有关情况。")
    assert spoken["meta"].get("city") is None
    assert ("王建国", "济南市生态环境局") in {(o["person"], o["org"]) for o in spoken["officials"]}
