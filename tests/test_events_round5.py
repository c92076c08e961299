"""Events as pages from places the product had not seen report them (sentences written for these tests)."""

from __future__ import annotations

from pipeline.io.readers import Document


def record(extractor, text: str, **meta) -> dict:
    return extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()


def gatherings(extractor, text: str, **meta) -> list[dict]:
    return [e for e in record(extractor, text, **meta)["events"] if e["type"] != "enforcement_outcome"]


def outcomes(extractor, text: str, **meta) -> list[dict]:
    return [e for e in record(extractor, text, **meta)["events"] if e["type"] == "enforcement_outcome"]


# --- speakers, moderators, organizers -------------------------------------------------------------

def test_a_national_leader_quoted_or_studied_is_no_speaker(extractor):
    text = ("5月8日上午,石龙镇召开大气污染防治工作部署会,深入学习习近平生态文明思想,"
            "贯彻落实习近平总书记重要讲话精神。镇党委书记陈国华出席会议并讲话,"
            "要求全镇坚决落实习近平总书记强调的底线要求。")
    found = gatherings(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["type"] == "meeting"
    assert found[0]["speakers"] == ["陈国华"]


def test_our_town_convenes_its_meeting(extractor):
    text = "5月8日上午,我镇召开大气污染防治工作部署会。镇党委书记陈国华出席会议并讲话。"
    found = gatherings(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["organizer"] == "石龙镇"


def test_a_province_convening_with_its_day_and_a_venue_between(extractor):
    text = ("甘肃省官方3日在兰州召开新闻发布会,介绍全省生态环境质量状况。"
            "甘肃省生态环境厅副厅长周立新介绍,全省优良天数比例为92%。")
    found = gatherings(extractor, text, published="2024-06-05", province="甘肃省")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["organizer"] == "甘肃省"


def test_an_inspection_feedback_meeting_named_with_its_team(extractor):
    text = ("7月12日上午,甘肃省第二生态环境保护督察组督察平凉市情况反馈会召开,"
            "督察组组长张明向平凉市反馈了督察情况,市委书记李华作表态发言。")
    found = gatherings(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李华"]


def test_an_inspection_team_feeding_back_holds_a_meeting(extractor):
    text = ("2019年5月6日至5月25日,甘肃省第二生态环境保护督察组对平凉市开展了生态环境保护督察。"
            "督察组于7月12日向平凉市委、市政府反馈了督察意见。督察组组长张明通报督察意见,"
            "平凉市委书记李建华作表态发言,平凉市市长赵刚主持会议,督察组副组长孙伟参加会议。\n"
            "督察组认为,平凉市委、市政府深入学习贯彻习近平生态文明思想,全市生态环境质量持续改善。")
    found = gatherings(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李建华"] and found[0]["moderator"] == "赵刚"


def test_an_earlier_feedback_recalled_in_a_rectification_report_is_no_meeting(extractor):
    text = ("2021年4月,第二轮中央生态环境保护督察组向我市反馈了督察意见。"
            "截至目前,反馈问题32项已完成整改28项。")
    assert gatherings(extractor, text, published="2024-03-01", province="甘肃省", city="平凉市") == []


# --- dates ----------------------------------------------------------------------------------------

def test_the_year_a_meeting_is_named_with_dates_it(extractor):
    text = "3月20日,2024年全县生态环境保护工作会议召开。副县长王海出席会议并讲话。"
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-03-20"


def test_a_year_reviewed_by_a_meeting_does_not_date_it(extractor):
    text = "1月10日,2023年度全县生态环境保护工作总结会召开。副县长王海出席会议并讲话。"
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-01-10"


def test_a_date_written_with_its_year_gives_an_undated_page_its_year(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2024年1—11月,全县优良天数为300天。")
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-12-18"


def test_a_bare_year_elsewhere_leaves_the_year_unknown(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2018年以来,全县优良天数逐年增加。")
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-12-18"


def test_zuo_before_a_speech_is_the_verb_not_part_of_the_name(extractor):
    text = ("8月3日,平凉市生态环境保护大会召开。平凉市委书记李华作表态发言,平凉市副市长孙立作工作报告,"
            "市长赵刚主持会议。")
    persons = {e["text"] for e in record(extractor, text, published="2024-08-05")["entities"] if e["label"] == "PERSON"}
    assert {"李华", "孙立"} <= persons and not {"李华作", "孙立作"} & persons


# --- enforcement outcomes -------------------------------------------------------------------------

PETITIONS = ("第二轮中央生态环境保护督察期间,吴忠市共收到督察组转办群众举报案件20批186件,"
             "现将新办结的9件转办件予以公示。截至目前,已办结170件,阶段性办结16件。\n"
             "附件:信访举报办理情况一览表\n"
             "1 | 第三批 | 吴忠市同心县韦州镇某村养殖场异味扰民,要求处理。 | 同心县 | 大气 | 同心县组织核查,问题属实,责令整改。\n"
             "2 | 第三批 | 吴忠市同心县预旺镇某砖厂粉尘污染。 | 同心县 | 大气 | 同心县组织核查,问题部分属实。")
CITY_WIDE = {"published": "2024-03-01", "province": "宁夏回族自治区", "city": "吴忠市", "county": None}


def test_a_county_given_as_null_keeps_the_outcome_with_the_city(extractor):
    found = outcomes(extractor, PETITIONS, **CITY_WIDE)
    assert [o["jurisdiction"] for o in found] == ["吴忠市"]


def test_batches_are_no_petition_count(extractor):
    assert outcomes(extractor, PETITIONS, **CITY_WIDE)[0]["metrics"]["inspection.feedback_issues"] == 186


def test_the_newly_closed_batch_gives_way_to_the_closed_total(extractor):
    assert outcomes(extractor, PETITIONS, **CITY_WIDE)[0]["metrics"]["inspection.rectified"] == 170


def test_figures_scoped_to_the_city_and_district_written_together_are_the_districts(extractor):
    text = "北京市房山区今年开展三大专项执法行动,共检查企业3200家次,查处环境违法问题215起,处罚金额1320万元。"
    found = outcomes(extractor, text, published="2024-11-20", province="北京市", city="北京市", county="房山区")
    assert [o["jurisdiction"] for o in found] == ["房山区"]
    assert found[0]["metrics"]["enforcement.issues_found"] == 215


BULLETIN = ("1月10日,记者从省生态环境厅了解到,我省多地铁腕治污取得成效。\n"
            "晋中\n"
            "晋中市共排查企业1800家,发现环境违法问题150起,立案处罚40起,罚款金额560万元。\n"
            "吕梁交口县\n"
            "交口县开展专项行动以来,累计罚款65万元,停产整治企业12户,查封扣押设备5台。")


def test_a_section_headed_by_another_place_is_its_own_outcome(extractor):
    found = outcomes(extractor, BULLETIN, published="2024-11-20", province="山西省", city="晋中市", county=None)
    assert [o["jurisdiction"] for o in found] == ["晋中市", "交口县"]
    assert found[1]["metrics"] == {"enforcement.penalty_amount": 650000, "enforcement.penalty_cases": 12}


def test_a_place_named_in_passing_gets_no_outcome(extractor):
    text = ("晋中市共排查企业1800家,发现环境违法问题150起,立案处罚40起,罚款金额560万元。"
            "另外,吕梁市交口县累计罚款65万元,停产整治企业12户。")
    found = outcomes(extractor, text, published="2024-11-20", province="山西省", city="晋中市", county=None)
    assert [o["jurisdiction"] for o in found] == ["晋中市"]


def test_firms_praised_and_stations_built_are_no_enforcement_result(extractor):
    meta = {"published": "2025-02-01", "province": "安徽省", "city": "马鞍山市", "county": None}
    praised = outcomes(extractor, "2024年,马鞍山市立案查处环境违法案件150件,罚没款620万元。优化执法检查方式,"
                                  "守法企业60家纳入执法检查白名单,减少现场检查频次。", **meta)
    assert praised[0]["metrics"] == {"enforcement.penalty_cases": 150, "enforcement.penalty_amount": 6200000}
    built = outcomes(extractor, "2024年,马鞍山市立案查处环境违法案件150件,罚没款620万元。拓展智慧环保应用,"
                                "接入在线监测数据,建成噪声自动监测站9座。", **meta)
    assert "enforcement.monitoring" not in built[0]["metrics"]


ROUNDS_META = {"published": "2024-04-13", "province": "内蒙古自治区", "city": "鄂尔多斯市", "county": None}


def test_inspection_rounds_reported_apart_are_an_outcome_each(extractor):
    text = ("截至2024年3月底,2021年省级生态环境保护督察反馈问题30项,已完成整改28项;"
            "2022年第二轮中央生态环境保护督察反馈问题12项,已完成整改10项;"
            "2023年省级督察“回头看”反馈问题8项,已完成整改5项。")
    found = outcomes(extractor, text, **ROUNDS_META)
    assert [(o["period"], o["metrics"]["inspection.feedback_issues"], o["metrics"]["inspection.rectified"])
            for o in found] == [("2021", 30, 28), ("2022", 12, 10), ("2023", 8, 5)]


def test_a_year_with_other_figures_beside_an_earlier_round_stays_one_outcome(extractor):
    text = ("2024年,全市共立案查处环境违法案件120件,罚款900万元。中央督察“回头看”转办的300件信访件已办结298件。"
            "2019年反馈的41项问题已完成整改35项。")
    found = outcomes(extractor, text, **ROUNDS_META)
    assert len(found) == 1 and found[0]["metrics"]["enforcement.penalty_cases"] == 120


def test_an_adverb_between_a_name_and_its_speaking_verb(extractor):
    text = ("6月5日,柳州市召开新闻发布会,发布全市生态环境状况。\n"
            "生态环境质量持续改善,全市优良天数比例为96%。\n"
            "市生态环境局局长王建国还公布了上半年的水环境质量状况。")
    found = gatherings(extractor, text, published="2020-06-06", province="广西壮族自治区", city="柳州市")
    assert found and found[0]["speakers"] == ["王建国"]


JIANGMEN = {"published": "2024-09-06", "province": "广东省", "city": "江门市", "county": None}


def test_the_body_named_after_held_convenes_not_the_outlet_before_it(extractor):
    text = "江南日报讯:在日前举行的江门市政府新闻发布会上,江门市生态环境局局长陈志强介绍了全市生态环境保护情况。"
    found = gatherings(extractor, text, **JIANGMEN)
    assert found and found[0]["organizer"] == "江门市政府"


def test_a_petition_total_beside_completed_tasks_is_no_headline(extractor):
    text = "截至目前,28项整改任务已全部完成;督察组交办的350件群众信访举报件中已办结349件。"
    assert outcomes(extractor, text, **JIANGMEN)[0]["metrics"] == {"inspection.rectified": 28}


def test_a_task_pair_after_the_petitions_keeps_its_total(extractor):
    text = "截至目前,督察组交办的350件群众信访举报件已办结348件。反馈问题28项,已完成整改25项。"
    metrics = outcomes(extractor, text, **JIANGMEN)[0]["metrics"]
    assert metrics == {"inspection.feedback_issues": 28, "inspection.rectified": 25}


LUOYANG = {"published": "2024-09-20", "province": "河南省", "city": "洛阳市", "county": None}


def test_the_sectors_an_inspection_covers_are_no_inspection_count(extractor):
    text = ("今年以来,全市共立案查处环境违法案件320起,罚款金额2100万元。"
            "开展了锅炉、印刷、家具、餐饮、汽修等6个重点行业和“散乱污”企业专项检查。")
    metrics = outcomes(extractor, text, **LUOYANG)[0]["metrics"]
    assert metrics == {"enforcement.penalty_cases": 320, "enforcement.penalty_amount": 21000000}


def test_a_policy_briefing_is_a_press_conference(extractor):
    found = gatherings(extractor, "6月3日,洛阳市生态环境局召开政策吹风会,副局长孙杰介绍了排污许可改革情况。", **LUOYANG)
    assert [(e["type"], e["speakers"]) for e in found] == [("press_conference", ["孙杰"])]


def test_without_metadata_a_county_article_keeps_its_county(extractor):
    text = "洛川县生态环境执法成效明显\n今年以来,洛川县共立案查处环境违法案件25起,罚款金额180万元。全县检查企业420家次。"
    assert [o["jurisdiction"] for o in outcomes(extractor, text, published="2024-09-01")] == ["洛川县"]


HENAN = {"published": "2024-06-14", "province": "河南省", "city": None, "county": None}


def test_a_feedback_meeting_chaired_by_one_who_also_speaks(extractor):
    text = ("6月12日,中央第三生态环境保护督察组向河南省委、省政府反馈督察情况。反馈会上,督察组组长张明通报督察情况,"
            "省委书记王海主持会议并讲话,省长李强作表态发言。")
    found = gatherings(extractor, text, **HENAN)
    assert found and found[0]["organizer"] == "中央第三生态环境保护督察组" and found[0]["date"] == "2024-06-12"
    assert found[0]["moderator"] == "王海" and found[0]["speakers"] == ["张明", "王海", "李强"]


def test_a_feedback_recalled_by_its_month_is_no_meeting(extractor):
    text = ("2023年11月,中央第三生态环境保护督察组向我省反馈了督察意见。省委常委会会议专题研究整改方案,"
            "全省反馈问题45项已完成整改30项。")
    assert gatherings(extractor, text, **HENAN) == []
