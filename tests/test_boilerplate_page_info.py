"""A page's own date, source and credits are annotated wherever the page prints them (GUIDELINES): inside a
bulleted row of share buttons, under a title as the site's suffix, in a credits line, in a disclosure block
(our own page fragments)."""
from pipeline.normalize import normalize


def _chrome(text: str) -> str:
    nt = normalize(text)
    return "".join(nt.text[s:e] for s, e, _ in nt.ignored)


BODY = "江城讯 5月6日，江城市生态环境局召开全市大气污染防治工作推进会，通报了今年以来全市空气质量状况和重点任务进展情况。"


def test_a_bulleted_row_of_date_source_and_buttons_keeps_the_date_and_the_source():
    text = BODY + "\n  • 听全文\n  • 2024-04-03\n  • 来源:江城市生态环境局\n  • 分享到\n  • 微信\n  • 微博\n"
    chrome = _chrome(text)
    assert "2024-04-03" not in chrome and "江城市生态环境局" not in chrome[chrome.find("来源"):] and "分享到" in chrome


def test_a_credits_line_under_the_article_is_credits():
    text = BODY + "\n相关新闻\n监制:李明华 总编:王志强 编审张建国 编辑:刘晓梅\n"
    assert "王志强" not in _chrome(text)


def test_a_title_suffix_holding_a_date_and_a_source_is_no_suffix():
    text = "江城治污见成效\nwww.jiangcheng.com(2017-05-23)来源:江城新闻网\n" + BODY
    assert "江城新闻网" not in _chrome(text)


def test_a_disclosure_blocks_source_field_is_the_source():
    text = "发布机构:\n信息来源:江城新闻网\n" + BODY
    assert "江城新闻网" not in _chrome(text)


def test_a_disclosure_blocks_publisher_and_date_fields_are_the_pages():
    text = "索引号:1301-2020-0001  公开方式:主动公开\n发布单位:江城县         发布日期:2020-12-14\n" + BODY
    chrome = _chrome(text)
    assert "2020-12-14" not in chrome and "索引号" in chrome


def test_a_bracketed_source_line_in_a_related_list_is_the_source():
    text = BODY + "\n相关阅读:\n(来源:江城政府网)\n· 江城召开河长制会议\n· 江城开展执法检查\n"
    assert "江城政府网" not in _chrome(text)


def test_an_empty_date_field_leaves_the_headline_after_it():
    text = "成文日期: 2024-05-02 发布日期: 2024-05-02\n废止日期:\n江城市副市长督导湿地保护区问题整改\n" + BODY
    chrome = _chrome(text)
    assert "成文日期" in chrome and "督导湿地保护区" not in chrome


def test_a_site_link_line_that_runs_on_into_the_date_and_the_source_is_no_link():
    text = "江城湿地工作进展顺利\n\n江城林业网 http://www.jclyw.gov.cn/2018-06-06来源:江城市林业局\n" + BODY
    assert "江城市林业局" not in _chrome(text)
    assert "江城林业网" in _chrome("江城林业网 http://www.jclyw.gov.cn/\n" + BODY)


def test_a_font_size_line_that_also_holds_the_date_and_the_source_keeps_them():
    text = "江城近岸海域水质优良\n字体: 放大字体  缩小字体 发布日期:2022-08-29  来源:江城资讯  浏览次数:352\n" + BODY
    chrome = _chrome(text)
    assert "放大字体" in chrome and "2022-08-29" not in chrome and "江城资讯" not in chrome


def test_a_headline_in_two_parts_and_its_original_title_are_no_link_grid():
    text = ("新时代江城山水新气象 | 江城县:持续推进防沙治沙工作\n"
            "原标题:新时代江城山水新气象|江城县:持续推进防沙治沙工作\n" + BODY)
    assert "防沙治沙" not in _chrome(text)
