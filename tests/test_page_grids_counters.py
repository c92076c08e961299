"""Patterns of real pages written in our own sentences : grids of links, info boxes about a
newspaper, numbered copyright statements, double counters (县区), durations of one, decades, years before
以来, index values after short place names."""
import pytest

from pipeline.grammar.quantities import find_all

from .page_helpers import marked


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[m.start:m.end], m.label) for m in find_all(text)}


PROVINCE_GRID = ("某省政企信息网\n"
                 "江苏 浙江 安徽 福建 江西 山东 河南\n"
                 "湖北 湖南 广东 广西 海南 四川 贵州\n"
                 "云南 陕西 甘肃 星座 展会\n"
                 "当前位置:首页 > 地方新闻\n"
                 "10月8日,某县召开生态环境保护工作推进会,县生态环境分局局长张建华通报了全县空气质量情况。")


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


NEWSPAPER_BOX = ("中文名\n某江日报\n创刊\n1949年6月1日\n归属\n中共某江省委机关报\n地区\n某江\n地理位置\n某城市和平区中山路8号\n"
                 "某河下游水质一年提升两个类别\n"
                 "2024年07月20日 10:15:30 来源:某江日报\n"
                 "记者从市生态环境局获悉,今年上半年某河出境断面水质稳定保持Ⅲ类,比去年同期提升两个类别。")


def test_an_info_box_about_the_newspaper_is_chrome():
    assert marked(NEWSPAPER_BOX, "中共某江省委机关报")
    assert marked(NEWSPAPER_BOX, "1949年6月1日")
    assert marked(NEWSPAPER_BOX, "某城市和平区中山路8号")
    assert not marked(NEWSPAPER_BOX, "记者从市生态环境局获悉")


def test_one_key_line_in_an_article_is_no_info_box():
    text = "类别\n重点排污单位\n全市共有重点排污单位412家,今年已全部完成自动监测设备联网,实现实时监控。"
    assert not marked(text, "重点排污单位\n")


STATEMENT = ("全市空气质量优良天数达到301天,同比增加12天。\n\n"
             "某某在线版权与内容使用的声明:\n\n"
             "  • 1、“某某在线”由某某广播电视台主办。经某某广播电视台授权,某某网络有限公司负责网站的经营。\n"
             "  • 2、凡本网注明“来源:某某在线”的作品,版权均属某某广播电视台所有。\n"
             "  • 3、网站自有信息产品的版权均由某某网络有限公司统一管理。")


def test_the_numbered_items_of_a_copyright_statement_are_chrome():
    assert marked(STATEMENT, "某某在线版权与内容使用的声明:")
    assert marked(STATEMENT, "1、“某某在线”由某某广播电视台主办")
    assert marked(STATEMENT, "3、网站自有信息产品的版权均由")
    assert not marked(STATEMENT, "全市空气质量优良天数达到301天")


def test_numbered_article_items_after_a_plain_heading_stay():
    text = "主要措施如下:\n1、由市生态环境局牵头,开展为期三个月的专项检查。\n2、对发现的问题建立台账,逐项整改销号。"
    assert not marked(text, "1、由市生态环境局牵头")


@pytest.mark.parametrize("text, span", [
    ("全市8县区环境空气质量综合指数均有改善", ("8县区", "QUANTITY")),
    ("今年以来全市11个县市区优良天数均超过300天", ("11个", "QUANTITY")),
    ("省里先后出台了30余部地方性法规和规章", ("30余部", "QUANTITY")),
    ("在全县开展为期一个月的扬尘污染专项整治", ("一个月", "QUANTITY")),
    ("这条小河的治理前后历时一年", ("一年", "QUANTITY")),
    ("2016以来的遗留问题已全部销号", ("2016", "DATE")),
    ("上世纪80年代修建的水库至今仍在使用", ("上世纪80年代", "DATE")),
    ("城区水源地水质1至3季度均达到Ⅲ类标准", ("1至3季度", "DATE")),
])
def test_counters_durations_and_dates_real_pages_write(text, span):
    assert span in _found(text)


@pytest.mark.parametrize("text, absent", [
    ("一部分企业仍未完成治理", "一部"),
    ("由五部门联合开展执法检查", "五部"),
    ("一年来,沿岸各地协同治理", "一年"),
])
def test_words_that_only_look_like_counts(text, absent):
    assert absent not in {t for t, _ in _found(text)}


def test_index_values_after_short_place_names_in_an_index_sentence():
    text = "各县区综合指数由低到高依次为南山3.12、北岭3.27、东坡3.45,范围为3.12-3.45,平均为3.28。"
    found = {t for t, label in _found(text) if label == "QUANTITY"}
    assert {"3.27", "3.45", "3.28"} <= found


def test_decimals_in_a_sentence_without_an_index_are_left_alone():
    assert "2.5" not in {t for t, _ in _found("这条路全长2.5、宽8米的路段已经完工")}


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
