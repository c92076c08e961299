"""Chrome real pages put around an article: a copyright notice under a heading of its own or numbered, grids of
cut headlines between bars or of province links, info boxes about a newspaper, adverts injected into a sentence,
a site's watermark appended to paragraphs; and what looks like them but stays article text.  Pages written for
the tests (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.boilerplate import find_regions
from pipeline.io.readers import Document

from .page_helpers import marked

NOTICE = """青禾市2025年生态环境质量总体稳定
  今年以来,全市优良天数为201天,同比增加6天。
  下一步,市生态环境局将继续推进臭氧污染防治。

版权声明

为保护原创作品,青禾日报社已将其所有作品的著作权统一授权青禾版权中心维权,任何机构未经许可不得转载。
"""

GRID = """江城男生夺得全省体育类状元 | 某知名解说员助阵社区足球赛 | 老人带着一家三口轮流值守 |
某地公开高温津贴发放标准 最 | 多家媒体聚焦江城湿地新发现 | 教育部门发布体测成绩新规 |
江城网 记者 柳青 通讯员 石磊
7月2日,江城市生态环境局发布上半年空气质量状况,优良天数为126天。
"""

TABLE = """县区 | 优良天数比例(%) | PM2.5浓度(微克/立方米)
青石县 | 93.5 | 31
白马区 | 90.3 | 35
"""

WATERMARK = "今年全市共办理环境违法案件58件,处罚金额320万元。某某东网|example-news.cn\n\n同时,全市开展了专项执法行动。"


def _covered(text: str, piece: str) -> bool:
    start = text.index(piece)
    return any(r.start <= start and start + len(piece) <= r.end for r in find_regions(text))


def test_a_notice_under_a_heading_of_its_own_is_chrome_but_the_article_is_not():
    assert _covered(NOTICE, "为保护原创作品")
    assert not _covered(NOTICE, "今年以来,全市优良天数为201天")
    # the same rights wording in an article with no notice heading above it stays article text
    plain = NOTICE.replace("版权声明\n", "")
    assert not _covered(plain, "为保护原创作品")


def test_a_grid_of_cut_headlines_between_bars_is_chrome_and_the_byline_below_stays(extractor):
    assert _covered(GRID, "江城男生夺得全省体育类状元") and _covered(GRID, "教育部门发布体测成绩新规")
    assert not _covered(GRID, "江城网 记者 柳青")
    record = extractor.process_one(Document("t", text=GRID, meta={}))
    found = {(e.text, e.label) for e in record.entities}
    assert {("江城网", "ORG"), ("柳青", "PERSON"), ("石磊", "PERSON")} <= found
    assert not any(e.start < GRID.index("江城网") for e in record.entities)


def test_a_data_table_between_bars_is_no_grid():
    assert not _covered(TABLE, "青石县 | 93.5 | 31")


def test_a_sites_watermark_is_cut_from_the_paragraph_it_is_appended_to(extractor):
    assert _covered(WATERMARK, "某某东网|example-news.cn")
    assert not _covered(WATERMARK, "处罚金额320万元")
    record = extractor.process_one(Document("t", text=WATERMARK, meta={}))
    assert "320万元" in {q.text for q in record.quantities}
    assert not any("东网" in e.text for e in record.entities)


PROVINCE_GRID = ("某省政企信息网\n"
                 "江苏 浙江 安徽 福建 江西 山东 河南\n"
                 "湖北 湖南 广东 广西 海南 四川 贵州\n"
                 "云南 陕西 甘肃 星座 展会\n"
                 "当前位置:首页 > 地方新闻\n"
                 "10月8日,某县召开生态环境保护工作推进会,县生态环境分局局长张建华通报了全县空气质量情况。")

NEWSPAPER_BOX = ("中文名\n某江日报\n创刊\n1949年6月1日\n归属\n中共某江省委机关报\n地区\n某江\n地理位置\n某城市和平区中山路8号\n"
                 "某河下游水质一年提升两个类别\n"
                 "2024年07月20日 10:15:30 来源:某江日报\n"
                 "记者从市生态环境局获悉,今年上半年某河出境断面水质稳定保持Ⅲ类,比去年同期提升两个类别。")

STATEMENT = ("全市空气质量优良天数达到301天,同比增加12天。\n\n"
             "某某在线版权与内容使用的声明:\n\n"
             "  • 1、“某某在线”由某某广播电视台主办。经某某广播电视台授权,某某网络有限公司负责网站的经营。\n"
             "  • 2、凡本网注明“来源:某某在线”的作品,版权均属某某广播电视台所有。\n"
             "  • 3、网站自有信息产品的版权均由某某网络有限公司统一管理。")


def test_a_grid_of_province_links_is_chrome_and_the_article_is_not():
    assert marked(PROVINCE_GRID, "江苏 浙江 安徽 福建 江西 山东 河南")
    assert marked(PROVINCE_GRID, "云南 陕西 甘肃 星座 展会")
    assert not marked(PROVINCE_GRID, "县生态环境分局局长张建华")


def test_names_a_colon_introduces_stay_article_text():
    text = ("出席会议的县领导有:\n"
            "王建国 李红梅 赵志刚 孙丽华\n"
            "陈卫东 刘海燕 周国庆 吴晓峰\n"
            "会议要求各部门抓好大气污染防治工作,确保完成全年目标任务。")
    assert not marked(text, "王建国 李红梅 赵志刚 孙丽华")


def test_a_single_line_of_names_is_never_a_grid():
    text = "主席台就座:\n王建国 李红梅 赵志刚 孙丽华\n会议听取了全市生态环境质量状况的汇报,研究部署下一步工作。"
    assert not marked(text, "王建国 李红梅 赵志刚 孙丽华")


def test_an_info_box_about_the_newspaper_is_chrome():
    assert marked(NEWSPAPER_BOX, "中共某江省委机关报")
    assert marked(NEWSPAPER_BOX, "1949年6月1日")
    assert marked(NEWSPAPER_BOX, "某城市和平区中山路8号")
    assert not marked(NEWSPAPER_BOX, "记者从市生态环境局获悉")


def test_one_key_line_in_an_article_is_no_info_box():
    text = "类别\n重点排污单位\n全市共有重点排污单位412家,今年已全部完成自动监测设备联网,实现实时监控。"
    assert not marked(text, "重点排污单位\n")


def test_the_numbered_items_of_a_copyright_statement_are_chrome():
    assert marked(STATEMENT, "某某在线版权与内容使用的声明:")
    assert marked(STATEMENT, "1、“某某在线”由某某广播电视台主办")
    assert marked(STATEMENT, "3、网站自有信息产品的版权均由")
    assert not marked(STATEMENT, "全市空气质量优良天数达到301天")


def test_numbered_article_items_after_a_plain_heading_stay():
    text = "主要措施如下:\n1、由市生态环境局牵头,开展为期三个月的专项检查。\n2、对发现的问题建立台账,逐项整改销号。"
    assert not marked(text, "1、由市生态环境局牵头")


def test_a_clinics_advert_line_is_chrome_but_a_sentence_it_was_injected_into_is_not():
    text = ("某市哪里治疗白癜风好 某地牛皮癣医院哪家好\n"
            "今年以来全市处罚污染企业19家,罚款金额某县哪家医院治癫痫好42.2万元,同比增加5家。")
    assert marked(text, "某市哪里治疗白癜风好 某地牛皮癣医院哪家好")
    assert not marked(text, "今年以来全市处罚污染企业19家")


def test_counts_of_licences_issued_are_article_text():
    text = "审批服务持续优化。今年以来,全县核发排污许可证215家,核发辐射安全许可证46家,办结率100%。"
    assert not marked(text, "核发排污许可证215家")


def test_a_dateline_in_brackets_is_no_column_tag():
    text = "【本报记者西宁五日电】青海省生态环境厅近日通报,上半年全省空气质量优良天数比例为97.2%。"
    assert not marked(text, "【本报记者西宁五日电】")


NOTICES_TRADITIONAL = """青禾縣召開生態環境保護工作會議,部署全年水污染防治任務。(青禾)
青禾日報、青禾晚報所有自採新聞(含圖片)獨家授權青禾新聞網發布,未經允許不得轉載或鏡像﹔授權轉載務必注明來源。
"""
NOTICE_BRACKETED = """全县优良天数为331天,同比增加5天。

【免责声明】本客户端未标注来源的稿件均为转载稿,如有侵权请联系删除。"""


def test_reprint_notices_in_traditional_characters_or_under_a_bracketed_heading_are_chrome():
    assert _covered(NOTICES_TRADITIONAL, "青禾日報、青禾晚報")
    assert not _covered(NOTICES_TRADITIONAL, "青禾縣召開生態環境保護工作會議")
    assert _covered(NOTICE_BRACKETED, "【免责声明】本客户端")
    assert not _covered(NOTICE_BRACKETED, "全县优良天数为331天")


def test_a_body_sentence_about_unlicensed_use_is_article_text():
    text = "执法人员发现,该企业未经许可擅自使用危险化学品,已责令整改并处罚款5万元。\n"
    assert not _covered(text, "执法人员发现")


PORTAL_PAGE = """欢迎访问青禾环保网!
当前位置:首页 > 县区动态
青禾县召开生态环境保护工作会议,部署全年大气污染防治任务。
本文为青禾频道原创文章,转载请附上原文出处链接和本声明。
返回青禾网首页 返回青禾频道首页
青禾农业技术研究院主办 | 青禾政务信息办公室 主管
"""


@pytest.mark.parametrize("piece", ["欢迎访问青禾环保网", "本文为青禾频道原创文章", "返回青禾网首页", "青禾农业技术研究院主办"])
def test_greetings_reprint_notes_back_links_and_sponsor_lines_are_chrome(piece):
    assert _covered(PORTAL_PAGE, piece)
    assert not _covered(PORTAL_PAGE, "青禾县召开生态环境保护工作会议")
