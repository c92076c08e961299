"""Press conferences as real pages write them (our own sentences): a government's 记者会 whose guests are
listed as attending before the verb they share, and guests a moderator introduces in a second turn."""
from .page_helpers import first_gathering, yichun_record


def test_guests_listed_as_attending_a_jizhehui_share_the_verb_after_it(extractor):
    text = ("3月9日上午,宜春市人民政府新闻办公室举行民生主题记者会。市教育局局长邓宏伟,市民政局局长刘晓梅,"
            "市生态环境局局长周文涛和市住建局副局长黄立群出席记者会,介绍全市民生工作有关情况,并回答记者提问。"
            "记者会由市政府新闻办主任陈国庆主持。")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert set(event["speakers"]) == {"邓宏伟", "刘晓梅", "周文涛", "黄立群"}
    assert event["moderator"] == "陈国庆"


def test_those_attending_a_meeting_do_not_speak_for_a_later_clause_that_does_not_open_on_its_verb(extractor):
    text = ("3月9日上午,宜春市人民政府新闻办公室举行民生主题记者会。市教育局局长邓宏伟,市民政局局长刘晓梅出席记者会,"
            "会上市生态环境局局长周文涛介绍了全市空气质量情况。")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert "邓宏伟" not in event["speakers"] and "周文涛" in event["speakers"]


def test_guests_introduced_in_the_moderators_second_turn_speak(extractor):
    text = ("主持人 陈国庆:\n女士们、先生们,大家下午好!欢迎出席宜春市人民政府新闻办公室新闻发布会。\n"
            "主持人 陈国庆:\n今天我们邀请到:市生态环境局局长邓宏伟先生,市水利局副局长刘晓梅女士,"
            "市林业局总工程师周文涛先生,请他们介绍有关情况。\n"
            "邓宏伟:\n各位记者,大家好!今年以来,全市空气质量优良天数比率为95.1%。\n")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert {"邓宏伟", "刘晓梅", "周文涛"} <= set(event["speakers"])
    assert event["moderator"] == "陈国庆"


def test_a_county_sites_breadcrumb_names_the_county_its_article_speaks_for(extractor):
    from .page_helpers import page_record
    text = ("当前位置: 主页 > 麻阳要闻\n县委书记调研河长制工作\n5月6日,县委书记滕某某到高村镇调研锦江河长制工作。"
            "县委常委、县人民政府副县长向某某参加调研。")
    assert page_record(extractor, text)["meta"].get("county") == "麻阳苗族自治县"


def test_a_breadcrumb_without_the_countys_voice_names_no_county(extractor):
    from .page_helpers import page_record
    text = "当前位置: 首页 > 麻阳新闻\n全省河长制工作会议召开\n5月6日,省河长办召开全省河长制工作会议。"
    assert page_record(extractor, text)["meta"].get("county") is None


def test_a_roster_under_role_headers_without_colons_names_speakers_and_chair(extractor):
    text = ("宜春市纪念世界水日新闻发布会\n时间:2020年3月20日15时\n\n发布人\n\n市水利局党组书记、局长 邓宏伟\n\n"
            "市水利局党组成员、总工程师 刘晓梅\n\n主持人\n\n市政府新闻办副主任  陈国庆\n\n"
            "主持人:各位记者朋友,下午好!欢迎大家出席宜春市政府新闻办新闻发布会。\n")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert set(event["speakers"]) == {"邓宏伟", "刘晓梅"}
    assert event["moderator"] == "陈国庆"


def test_a_river_chiefs_meeting_is_a_meeting(extractor):
    text = "11月18日下午,袁州区召开2020年第三次总河长会。区委副书记、区长邓宏伟出席并讲话,副区长刘晓梅主持会议。"
    event = first_gathering(yichun_record(extractor, text), "meeting")
    assert event["speakers"] == ["邓宏伟"] and event["moderator"] == "刘晓梅"


def test_a_text_with_a_lone_surrogate_gets_an_error_record_not_a_crash(extractor):
    from pipeline.io.readers import Document
    record = extractor.process_one(Document("t", text="区委副书记\udce7主持会议。")).to_json_dict()
    assert record["status"] in ("ok", "error") and record["text_sha256"]


def test_a_clause_verb_after_a_place_ends_a_bodys_run(extractor):
    from .page_helpers import ents
    found = ents(extractor, "某某区实行秦岭峪口三级保护站管理体系。")
    assert not any(label == "ORG" and "实行" in name for name, label in found)
