"""Patterns found in the round-11 real pages (events): the count of joint enforcement operations
(``开展联合执法N次``) is one auxiliary measure, and the period's inspections total is the firms or
sites checked (``检查企业N家``); an official named again by surname and post (``孙县长强调``) speaks
when one official of the article has that surname and post; a post listed with 、 before the next body
of a chain (``市委宣传部副部长、市政府新闻办公室主任甲``) is the official's, the first body his org.  Every sentence is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document


def outcomes(extractor, text: str, **meta) -> list[dict]:
    events = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()["events"]
    return [e for e in events if e["type"] == "enforcement_outcome"]


def test_joint_operations_give_way_to_the_firms_inspected(extractor):
    text = ("据统计,今年前三季度该市共开展联合执法318次,检查排污单位1260家,"
            "立案查处环境违法案件87起,罚款金额540万元。")
    found = outcomes(extractor, text, published="2023-10-20", province="河南省", city="新乡市")
    assert found and found[0]["metrics"].get("enforcement.inspections") == 1260


def meetings(extractor, text: str, **meta) -> list[dict]:
    events = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()["events"]
    return [e for e in events if e["type"] == "meeting"]


def test_an_official_named_again_by_surname_and_post_speaks(extractor):
    text = ("9月8日上午,副县长孙立平在县政府三楼会议室主持召开全县大气污染防治工作推进会。"
            "会上,县生态环境分局局长高志远通报了全县空气质量情况。\n"
            "最后,孙县长强调:各乡镇要压实责任,确保完成年度目标任务。")
    found = meetings(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and "孙立平" in found[0]["speakers"] and found[0]["moderator"] == "孙立平"


def test_a_surname_and_post_shared_by_two_officials_names_no_speaker(extractor):
    text = ("9月8日上午,涞源县召开全县大气污染防治工作推进会,县生态环境分局局长孙海涛、副局长孙明出席会议。\n"
            "会上,孙局长指出,各乡镇要压实责任。")
    found = meetings(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and not {"孙海涛", "孙明"} & set(found[0]["speakers"])


def test_the_one_official_with_that_surname_and_post_speaks(extractor):
    text = ("9月8日上午,涞源县召开全县大气污染防治工作推进会,县生态环境分局局长孙海涛、副县长王明出席会议。\n"
            "会上,孙局长指出,各乡镇要压实责任。")
    found = meetings(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and "孙海涛" in found[0]["speakers"] and "王明" not in found[0]["speakers"]


def test_a_post_listed_before_the_next_body_of_a_chain_is_the_officials(extractor):
    text = ("6月5日上午,张掖市人民政府新闻办公室举行新闻发布会。张掖市委宣传部副部长、市政府新闻办公室主任\n"
            "马建军主持发布会,张掖市生态环境局局长王海波介绍全市生态环境保护工作情况。")
    rec = extractor.process_one(Document("t", text=text, meta={"published": "2023-06-06", "province": "甘肃省",
                                                                 "city": "张掖市"})).to_json_dict()
    official = next(o for o in rec["officials"] if o["person"] == "马建军")
    assert official["titles"] == ["副部长", "主任"] and official["org"] == "张掖市委宣传部"
