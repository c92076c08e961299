"""Page chrome as real portal pages write it (sentences written for these tests).

Chrome goes (navigation rows, breadcrumbs, banners, column tags, contact blocks, footers);
article text that merely mentions a hotline or a postcode stays.
"""

from __future__ import annotations

import pytest

from pipeline.boilerplate import find_regions

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


def marked(text: str, piece: str) -> bool:
    """Is every character of ``piece`` inside a boilerplate region?"""
    start = text.index(piece)
    return all(any(r.start <= i < r.end for r in find_regions(text)) for i in range(start, start + len(piece.rstrip())))


def touched(text: str, piece: str) -> bool:
    start = text.index(piece)
    return any(r.start < start + len(piece) and start < r.end for r in find_regions(text))


# --- boilerplate -------------------------------------------------------------------------------

def test_a_paragraph_naming_a_hotline_and_a_postcode_is_article_text():
    para = ("根据安排,省第二生态环境保护督察组进驻时间为1个月。进驻期间设立专门值班电话:0000-1234567,"
            "专门邮政信箱:江城市2024-8号信箱,邮编:100000。督察组受理举报电话时间为每天8:00-20:00。"
            "督察组主要受理江城市生态环境保护方面的来信来电举报,其他问题转交有关部门处理。")
    text = f"江城市公布督察受理情况\n{para}\n{BODY}"
    assert not touched(text, para)


def test_an_advert_line_made_of_service_markers_is_still_chrome():
    line = "想爆料?请拨打新闻热线0000-1234567,投稿邮箱:news@example.com,诚邀合作。"
    text = f"{BODY}\n{line}"
    assert marked(text, line)


def test_a_copyright_paragraph_with_pinyin_glosses_is_chrome():
    line = ("凡江城晚報、江城網(wǎng)記者署名文字、圖片,版權(quán)均屬于江城晚報所有。"
            "任何媒體未經(jīng)授權(quán)不得轉(zhuǎn)載,違者將依法追究法律責任。")
    text = f"{BODY}\n{line}\n{BODY}"
    assert marked(text, line)


def test_portal_head_rows_banner_and_breadcrumb_are_chrome():
    page = ("江城网东城频道\n"
            "报刊 江城日报 江城晚报 江城都市报 江城网 地市频道东城 西城 南城 北城 新城 老城\n"
            "江城市人民政府网站  |  市委  |  市人大  |  市政府  |  市政协\n"
            "您的位置: 江城市人民政府网 / 政务公开 / 新闻动态 / 地区动态\n"
            "江城市上半年优良天数152天\n"
            f"{BODY}\n")
    for chrome in ("江城网东城频道", "地市频道东城", "江城市人民政府网站  |  市委", "江城市人民政府网 / 政务公开"):
        assert marked(page, chrome), chrome
    assert not touched(page, "江城市上半年优良天数152天")


def test_a_site_name_above_a_two_step_breadcrumb_is_chrome():
    page = f"江城网\n江城网>>东城频道\n\n东城区空气质量持续改善\n{BODY}"
    assert marked(page, "江城网\n") and marked(page, "江城网>>东城频道")
    assert not touched(page, "东城区空气质量持续改善")


def test_column_heading_under_a_breadcrumb_goes_but_a_headline_copy_stays():
    page = f"欢迎访问江城之窗\n当前位置:首页 > 今日江城\n今日江城\n江城空气质量蝉联全省第一\n{BODY}"
    assert marked(page, "欢迎访问江城之窗") and marked(page, "\n今日江城\n".strip())
    assert not touched(page, "江城空气质量蝉联全省第一")
    copy = f"首页 >>专题 >>6月江城空气质量全部达标\n6月江城空气质量全部达标\n{BODY}"
    assert not touched(copy, "\n6月江城空气质量全部达标\n".strip() + "\n" + BODY[:4])


def test_a_column_tag_before_the_headline_goes_but_a_speaker_label_stays():
    page = f"【江城】上半年优良天数152天\n{BODY}\n【王建国】\n谢谢。今年我们将继续加强臭氧污染防治,确保完成目标。"
    regions = find_regions(page)
    assert any(page[r.start:r.end] == "【江城】" for r in regions)
    assert not touched(page, "上半年优良天数152天")
    assert not touched(page, "【王建国】")


def test_contact_block_with_its_office_name_is_chrome():
    page = f"{BODY}\n联系我们\n\n江城博览会办公室\n\n联系人:赵明\n手   机:13900000000\n传   真:0000-7654321\n"
    for chrome in ("联系我们", "江城博览会办公室", "联系人:赵明", "传   真"):
        assert marked(page, chrome), chrome


def test_sponsor_lines_are_chrome_in_the_footer_but_content_in_a_transcript_header():
    footer = f"{BODY}\n转载声明:转载请注明出处\n主办:江城市人民政府\n承办:江城市大数据局\n"
    assert marked(footer, "主办:江城市人民政府") and marked(footer, "承办:江城市大数据局")
    header = f"江城市生态环境新闻发布会实录\n时间:2024年7月30日上午\n主办:江城市政府新闻办公室\n{BODY}"
    assert not touched(header, "主办:江城市政府新闻办公室")


def test_font_line_with_a_forum_link_is_chrome():
    page = f"{BODY}\n字体:   | 江城论坛 | 评论(\n{BODY}"
    assert marked(page, "字体:   | 江城论坛 | 评论(")


def test_site_names_above_the_article_are_chrome_but_a_slogan_with_a_bar_keeps_its_place():
    page = f"江城网\n江城網(wǎng)\n关注江城网\n江城新闻\n江城空气质量持续改善\n{BODY}\n江城网\n"
    for i, chrome in enumerate(("江城网\n", "江城網(wǎng)", "关注江城网", "江城新闻\n")):
        assert marked(page, chrome), chrome
    assert not touched(page, "江城空气质量持续改善")
    assert not touched(page, f"{BODY}\n江城网")  # a name below the article begins is not the banner
    tagged = f"江城环境报道|推动生态环境质量持续改善!\n{BODY}"
    assert any(tagged[r.start:r.end] == "江城环境报道|" for r in find_regions(tagged))
    slogan = f"建设“美丽新江城”|江城召开生态环境保护大会\n{BODY}"
    assert not touched(slogan, "江城”|")


def test_video_recommendations_and_news_flash_lists_are_chrome():
    page = f"江城市上半年优良天数152天\n{BODY}\n\n分享让更多人看到\n\n推荐视频\n  • 第五届江城国际环保博览会开幕\n"
    assert marked(page, "推荐视频") and marked(page, "第五届江城国际环保博览会开幕")
    flash = f"{BODY}\n新聞速遞\n"
    assert marked(flash, "新聞速遞")


def test_a_column_named_in_the_breadcrumb_is_chrome_wherever_it_stands():
    page = f"返回首页 > 位置: 排名 > 江城排名 > 正文\n江城市召开生态环境工作会议\n日期:2026/2/13\n江城排名\n{BODY}"
    start = page.index("\n江城排名\n") + 1
    assert any(r.start <= start and r.end >= start + 4 for r in find_regions(page))
    assert not touched(page, "江城市召开生态环境工作会议")


def test_app_download_and_micro_site_links_are_chrome():
    page = f"下載客戶端\n{BODY}\n進入江城新聞網(wǎng)微站\n"
    assert marked(page, "下載客戶端") and marked(page, "進入江城新聞網(wǎng)微站")


def test_a_one_clause_ownership_notice_is_chrome_even_with_a_full_stop():
    page = f"{BODY}\n江城日报社版权所有。\n"
    assert marked(page, "江城日报社版权所有。")


def test_a_breadcrumb_goes_with_its_label_when_the_label_is_followed_by_the_home_link():
    page = f"当前位置:首页 > 地方动态\n江城市召开生态环境保护大会\n{BODY}"
    assert marked(page, "当前位置:首页 > 地方动态")
    assert not touched(page, "江城市召开生态环境保护大会")


def test_menu_rows_stacked_above_the_breadcrumb_are_chrome_but_the_headline_below_stays():
    page = ("江城新闻网\n\n江城新闻APP 江城日报\n抖音\n江城发布 数字报刊 大美江城\n首页 > 新闻 > 问政江城 > 正文\n\n"
            f"江城持续提升生态环境执法效能\n{BODY}")
    for row in ("江城新闻APP 江城日报", "江城发布 数字报刊 大美江城"):
        assert marked(page, row)
    assert not touched(page, "江城持续提升生态环境执法效能")
    assert not touched(page, BODY)


def test_a_single_short_row_above_the_breadcrumb_is_no_menu():
    page = f"天蓝水清 江城更美\n首页 > 新闻 > 正文\n{BODY}\n{BODY}"
    regions = [r for r in find_regions(page) if r.rule == "menu_rows"]
    assert not regions


def test_image_file_name_with_spaces_tags_after_a_byline_and_ip_field_are_chrome():
    page = (f"江城交出生态环境保护成绩单\n{BODY}\n江城交出生态环境保护成绩单 (2).jpg\n"
            "责任编辑:王某某     标签:江城 政务 水污染 治理\n发布者: 江城同城网 | 查看数: 436| IP:中国江城")
    assert marked(page, "江城交出生态环境保护成绩单 (2).jpg")
    assert marked(page, "标签:江城 政务 水污染 治理")
    assert not touched(page, "责任编辑:王某某")
    assert marked(page, "IP:中国江城")
    assert not touched(page, BODY)


def test_a_portals_greetings_slogan_and_watermark_are_chrome_but_the_paragraph_stays():
    para = "江城水域上半年总磷浓度同比下降13.8%,达Ⅲ类标准,江城人做到了!"
    page = (f"江城水质由劣Ⅴ类跃升至Ⅲ类\n  《江城网》江南区域知名综合门户网站!\n  ☆ 江城网 ☆欢迎您 \n"
            f"  爱江城,爱生活!欢迎访问江城网:example.cn\n{para}mvS江城网|江南区域知名综合门户网\n{BODY}")
    for piece in ("《江城网》江南区域知名综合门户网站!", "☆ 江城网 ☆欢迎您", "爱江城,爱生活!欢迎访问江城网:example.cn",
                  "mvS江城网|江南区域知名综合门户网"):
        assert marked(page, piece), piece
    assert not touched(page, para)
    assert not touched(page, BODY)


def test_a_picture_file_name_that_reads_as_a_headline_is_chrome():
    name = "100%优良!江城交出生态环境保护成绩单 (2).jpg"
    page = f"100%优良!江城交出生态环境保护成绩单\n{BODY}\n{name}\n{BODY}"
    assert marked(page, name)
    assert not touched(page, "100%优良!江城交出生态环境保护成绩单\n")


def test_a_breadcrumb_from_the_outlet_to_the_headline_is_chrome_but_a_comparison_stays():
    crumb = "江城商报 > 江城上半年环境监管执法罚1.26亿"
    comparison = "监测显示,臭氧浓度夏季 > 春季,全年均值同比下降3.1%。"
    page = f"{crumb}\n\n江城上半年环境监管执法罚1.26亿\n{comparison}\n{BODY}"
    assert marked(page, crumb)
    assert not touched(page, "江城上半年环境监管执法罚1.26亿\n" + comparison)


#: chrome lines of one kind each, written where pages put them (above the headline or in the footer): a channel
#: row with an account handle, the name field of an open-information table, one-step breadcrumbs after a bullet
#: or a number, a footer naming the site's maintainer
SINGLE_CHROME_LINES = [
    ("江城频道 国社@江城 本网原创 要闻 人事 廉政 政务 富媒体 光影江城", "{row}\n新闻\n\n江城生态文明建设树起新样板\n{body}"),
    ("信息名称: | 2020年度江城市环境状况公报发布会 | ||", "{row}\n2020年度江城市环境状况公报发布会\n{body}"),
    ("• 江城网 > 生态", "  {row}\n江城水质持续向好\n{body}"),
    ("1. 江城网 > 生态", "    {row}\n江城水质持续向好\n{body}"),
    ("? 绿政公署 >", "{row}\n江城水质持续向好\n{body}"),
    ("维护制作单位:江城市互联网宣传管理办公室", "江城水质持续向好\n{body}\n{row}"),
]


@pytest.mark.parametrize("row, layout", SINGLE_CHROME_LINES)
def test_a_single_chrome_line_is_marked_and_the_body_stays(row, layout):
    page = layout.format(row=row, body=BODY)
    assert marked(page, row)
    assert not touched(page, BODY)


def test_an_e_paper_issue_line_with_its_date_is_a_dateline_not_a_browser_title():
    page = f"您正在阅读:2023年05月08日 - 第20230508期 - 03\n江城市召开生态环境保护大会\n{BODY}"
    assert not touched(page, "2023年05月08日")
    title = f"江城市召开生态环境保护大会 - 江城新闻网\n{BODY}"
    assert marked(title, "江城市召开生态环境保护大会 - 江城新闻网")


def test_a_site_wide_hot_list_with_reading_stamps_is_chrome():
    text = ("某区开展秦岭保护督导\n近日，区政府督导组对我区秦岭保护工作开展督导，要求抓好整改落实。\n\n"
            "全站热点\n某某区一季度经济运行平稳\n\n2018-03-02 09:15阅读\n\n某某街道开展环境整治\n\n2018-03-01 17:40阅读\n")
    assert marked(text, "某某区一季度经济运行平稳") and marked(text, "2018-03-01 17:40阅读")
    assert not touched(text, "要求抓好整改落实")


def test_a_comment_box_is_chrome_but_a_sentence_counting_participants_is_not():
    text = ("某县召开推进会\n会议要求各乡镇抓好落实，共有120人参与了本次培训。\n"
            "评论 0人参与,0条评论\n还没有评论，快来抢沙发吧！\n")
    assert marked(text, "0人参与,0条评论") and marked(text, "还没有评论")
    assert not touched(text, "共有120人参与了本次培训")


def test_a_reading_counter_inside_a_header_line_is_chrome_but_a_count_of_readings_in_prose_is_not():
    text = "某县召开推进会\n2016-04-05   阅读:2318次   字体大小:【大 中 小】\n2019-03-02 09:12:40发布57次查看\n全县累计阅读量达2318次。\n"
    assert marked(text, "阅读:2318次") and marked(text, "57次查看")
    assert not touched(text, "全县累计阅读量达2318次")
