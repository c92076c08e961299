"""Boilerplate decisions look at whole lines: chrome goes, body sentences with chrome words stay.

Every rule of ``configs/boilerplate.json`` has a chrome line it must mark and
a body sentence (written for this test) that carries the rule's words and must
stay article text.  A new rule without both examples fails the coverage test.  Further on: chrome in the
shapes real pages write it (spaced open-information headers, breadcrumbs with ``>>``, banners, greetings,
keyword and disclosure lines, copyright sentences, e-paper date lines, forum headers and page titles), each
with the article text beside it that must stay; sentences written for these tests.
"""

from __future__ import annotations

import json

import pytest

from pipeline.boilerplate import DEFAULT_RULES, body_sentence, find_regions, load_rules, spans_of
from pipeline.normalize import normalize

from .page_helpers import ents, marked

#: rule name -> (a chrome line it marks, a body sentence with its words that stays)
EXAMPLES: dict[str, tuple[str, str]] = {
    "breadcrumb_chain": ("您当前的位置:江城在线 > 江城新闻 > 原创新闻",
                         "监测显示,各季节臭氧浓度依次为夏季 > 春季 > 秋季,冬季浓度最低,全年均值同比下降。"),
    "copyright": ("Copyright © 2024 某某市生态环境局 版权所有",
                  "执法人员查明,该公司擅自翻印他人版权所有的环保宣传册,已责令其停止印制。"),
    "icp": ("备案号:某ICP备12345678号-1",
            "核查发现,该检测网站未办理ICP备案便对外承揽业务,已移送通信管理部门。"),
    "licence_number": ("许可证编号:44120180001",
                       "全年核发排污许可证312个,排污登记备案87个。"),
    "report_hotline": ("举报电话:12369",
                       "市生态环境局公布举报电话后,全年受理群众来电1200余件,办结率100%。"),
    "site_credits": ("技术支持:某某信息科技有限公司",
                     "项目验收时,技术支持:由省环科院派出专家12名,全程参与现场核查工作。"),
    "advert_hotline": ("新闻热线:0000-1234567",
                       "记者拨打该区新闻热线询问,得知整改工作已于6月底全部完成。"),
    "page_tools": ("【打印】【关闭】", "执法人员现场关闭了超标排放的阀门,并当场打印检查笔录交企业签字确认。"),
    "share": ("分享到:微信 微博", "分享到全市各区县生态环境分局以后,这一做法被迅速推广到乡镇。"),
    "font_size": ("字号:大 中 小", "字号:本次通报的企业名单共计18家,均已列入重点监管对象名录。"),
    "prev_next": ("  • 上一篇:某某县召开生态环境保护委员会会议", "下一篇:报告中,市生态环境局提出将在年底前完成全部整改任务。"),
    "site_terms": ("三、凡注明来源为其他媒体的作品均转载自其它媒体,转载目的在于传递信息,不代表本网观点。",
                   "执法人员发现,该公司网站擅自转载监测数据并歪曲解读,已责令其删除并公开更正。"),
    "portal_bar": ("某省人民政府门户网站 注册 登录 加入收藏",
                   "该平台上线后,企业可在线注册并登录办理排污许可,全年网上办件量达1.2万件。"),
    "epaper_list": ("某某在全市生态环境保护大会上强调~~~某某主持",
                    "会议强调,全市要在年内完成38个入河排污口整治,确保国考断面水质稳定达标。"),
    "site_link": ("某某环境网 http://www.example.com.cn",
                  "市民可登录 http://www.example.gov.cn 查询,目前全市共公开重点排污单位信息312家。"),
    "related_heading": ("相关新闻:", "相关新闻发布后,区生态环境分局立即组织执法人员赶赴现场调查。"),
    "image_file": ("20240612_photo01.jpg", "执法人员拍摄的现场照片显示,排放口附近水体明显浑浊,已取样送检。"),
    "snippet_link": ("某某县推进入河排污口整治[详细]", "该县公布整改清单[详细]附后,共涉及入河排污口36个,已完成整治31个。"),
    "open_info_table": ("发布机构 | 某某市生态环境局", "发布机构|某某市生态环境局通报,上半年全市环境空气质量优良天数比例为86.2%,同比上升3个百分点。"),
    "site_nav": ("首页 | 机构概况 | 政务公开 | 互动交流", "首页|面向全市征集线索的专栏上线以来,共收到群众反映问题235条,已办结218条。"),
    "title_suffix": ("某某市召开生态环境保护大会_某某市人民政府", "会议指出,要把某某流域治理_作为全市生态环境保护工作的重中之重来抓。"),
    "related_item": ("· 某某区开展夏季臭氧污染防治攻坚 (2024-06-21)",
                     "· 某某区开展夏季臭氧污染防治攻坚,共检查涉挥发性有机物企业126家 (2024-06-21)"),
    "related_item_dated": ("【某某市通报一季度环境空气质量】 2024-04-08",
                           "【通报】一季度全市环境空气质量优良天数为78天,同比增加5天,排名全省第3位。"),
    "browser_advice": ("建议使用1920×1080分辨率浏览", "工作人员建议使用手机扫码的方式查询,在分辨率浏览器等方面无须另行设置,群众满意度达98%。"),
    "site_dash_title": ("某某市生态环境局 - 工作动态", "2023年10月 — 2024年3月秋冬季期间,全市重污染天数为5天,同比减少4天。"),
    "nav_word": ("返回首页", "返回首页前,执法人员再次核对了整改清单中的每一项问题,确认全部整改到位。"),
    "today_is": ("今天是:2024年6月12日 星期三", "市生态环境局局长在会上强调,今天是:全市落实督察整改任务的第100天。"),
    "forum_chrome": ("签到天数: 5 天", "据楼主反映,该厂夜间偷排的问题已持续半年,环保部门接报后连夜开展突击检查。"),
    "forum_stats": ("积分 1250", "积分制管理实施以后,全县有47家企业的环境信用评价等级得到提升,占比达到31%。"),
    "join_site": ("加入某某网", "加入某某网格化监管体系的乡镇已有28个,覆盖全县90%的行政村。"),
    "portal_title": ("某某论坛_某某门户社区", "论坛上,来自某某论坛_环保组织的代表与社区居民代表就噪声污染治理交换了意见。"),
    "breadcrumb": ("当前位置:首页 > 新闻中心 > 地方动态", "调查人员沿着首页 > 公告栏的指引,查到了该企业公开的自行监测数据,其中3项超标。"),
    "breadcrumb_chain": ("当前的位置 : 某某网 > 某某网地方 > 地方新闻 > 某某市",
                         "整改流程为排查 > 交办 > 督办 > 销号,全市已销号问题128个,销号率达96%。"),
    "tag_line": ("标签: 断面 水质 生态环境", "标签:绿色工厂称号已授予全市36家企业,较上年增加8家企业。"),
    "counter_line": ("0次浏览", "该平台累计浏览量突破12万次,群众阅读转发的热情很高,评论数达3000余条。"),
    "comment_box": ("评论 0人参与,0条评论", "此次线上问卷调查共有3200人参与,收到意见建议460条,已逐条梳理反馈。"),
    "share_widget": ("微信 微博 Qzone", "市生态环境局通过微信、微博等平台发布空气质量日报,全年发布信息365条。"),
    "app_links": ("某某信息港 / 某某广电客户端", "全市已有86%的排污单位通过客户端完成了自行监测数据的填报,较去年提高9个百分点。"),
    "spam_line": ("成全免费高清完整版,国产网友自拍,欧美日韩专区一中文字,日韩精品 有码 无码 国产",
                  "会议期间,来自亚洲多个国家的专家就跨境河流污染防治交流了经验,达成合作意向5项。"),
    "medical_ad": ("某城哪里治疗白癜风好 某地牛皮癣医院哪家好",
                   "今年以来全市查处违法企业19家,某县哪家医院治癫痫好罚款42.2万元,同比增加5家,结案率100%。"),
    "forum_tools": ("只看该作者 倒序浏览 阅读模式", "据网友反映,该厂夜间偷排的问题已持续半年,环保部门只看该作者提供的照片还不够,又连夜开展突击检查。"),
    "open_info_field": ("- 成文日期:2024-03-12", "成文日期:以印发之日为准,本通知所称重点排污单位共计312家,较上年增加18家。"),
    "open_info_row": ("某某县关于督察整改情况的公示 - 文 号:发布日期: 2024-03-12 10:05",
                      "文件明确,发布日期:以网站公开时间为准,全县共有17家企业纳入重点排污单位名录。"),
    "open_info_spaced": ("组配分类 统计数据 发布机构 某某市生态环境局",
                         "发布机构 公开方式 和成文日期 均由各单位自行填写,全市共有38个部门完成了政务公开目录编制。"),
    "link_bar": ("福建 | 时评 | 福州 | 厦门 | 莆田", "监测数据显示,福州|厦门|莆田三市的优良天数比例均超过98%,位居全省前列。"),
    "link_row": ("报刊 江城日报 江城晚报 江城都市报 江城网 地市频道东城 西城 南城 北城 新城 老城",
                 "全市划分为东城 西城 南城 北城 新城 老城 河东 河西八个片区,每个片区配备执法人员12名。"),
    "breadcrumb_pair": ("江城在线 > 生态", "监测显示,臭氧浓度夏季 > 春季,全年均值同比下降3.1%,改善幅度居全省前列。"),
    "sponsor_banner": ("江城日报社主办", "本次环保知识竞赛由市生态环境局主办,全市共有86所学校的1200余名学生参加。"),
    "welcome_banner": ("欢迎访问江城之窗", "欢迎访问的市民可在服务大厅查询,全年共接待群众来访1200余人次。"),
    "contact_field": ("电   话:0000-1234567", "联系人:各乡镇明确一名分管负责同志,全县共落实网格联系人236名。"),
    "page_counter": ("发布时间:2024-06-12 浏览次数:1234", "系统显示,该平台浏览次数:累计超过12万人次,群众参与生态环境监督的热情高涨。"),
    "welcome_greeting": ("您好,欢迎访问江城市生态环境局!", "您好,欢迎市民朋友们参加今天的开放日活动,全年已接待群众来访1200余人次。"),
    # a site's slogan beside its name or domain (某某网(example.com) -某某城市生活门户网站): no place in it is a mention
    "site_slogan": ("江城网(example.com) -江城城市生活门户网站",
                    "江城网是全市第一门户网站,全年发布生态环境信息1200余条,阅读量居全省前列。"),
    "site_name": ("江城市生态环境局门户网站", "市生态环境局门户网站全年发布信息1200余条,政务公开考核位列全市第一。"),
    # a prompt to scan a code and follow the outlet's account: the outlet named in it is no mention
    "follow_prompt": ("扫码二维码关注江城日报官方微信", "扫码关注的市民可随时举报环境违法行为,全年共收到有效线索126条,已全部办结。"),
    # a government site's dialog before an outside link: the body named in it is no mention
    "exit_dialog": ('您访问的链接即将离开"江城市生态环境局"网站 是否继续?',
                    "随着气温升高,候鸟即将离开江城湿地网站附近的滩涂,保护站加强了巡护,全年共巡护126次。"),
    # a forum's or app's location field (IP属地:某省): the place the poster connected from is no mention
    "ip_location": ("发帖人:江城同城网 | 查看数: 4369 | IP属地:江城",
                    "江城市生态环境局推动IP属地公开后,全年共处置网络举报线索126条,办结率达98%。"),
    "related_numbered": ("2   江城:湿地公园里来了一群白鹭", "2  江城市全年优良天数为312天,同比增加9天,PM2.5平均浓度为28微克/立方米。"),
    # a syndication line, a bar of portals' links, an outlet's crumb: the outlets and bodies in them are no mentions
    "reprint_notice": ("《江城县委书记带头巡河》由江城新闻网-江城网提供,转载请注明出处:http://example.com/1.html,谢谢合作!",
                       "执法人员发现,该企业由江城环保公司提供的监测报告造假,转载请注明的字样也被擅自删改,已立案查处。"),
    "portal_links": ("中国政府网 | 江城省人民政府 | 江城市政府门户网站 无障碍浏览",
                     "江城市政府网站开设曝光台以来,共曝光环境违法企业36家,督促整改问题218个。"),
    "outlet_crumb": ("江城网 > 正文", "据江城网报道,正文所列的12家企业均已完成整改,复查合格率100%。"),
}


#: link markers that never occur in article prose: a line carrying one is always chrome
#: (related-article snippets quote article sentences, so prose-likeness cannot decide them)
ALWAYS_CHROME = {"snippet_link"}


def _rule_names() -> set[str]:
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    return {r["name"] for kind in ("line", "tail") for r in data[kind]}


def _page(body_line: str) -> str:
    """A small page: a headline, two body paragraphs around the line under test."""
    return ("某某市生态环境局通报上半年环境质量\n"
            "今年上半年,全市环境空气质量持续改善,优良天数为152天,同比增加9天。\n"
            f"{body_line}\n"
            "下一步,市生态环境局将继续深入打好污染防治攻坚战,确保完成年度目标任务。")


def test_every_rule_has_examples():
    assert _rule_names() <= set(EXAMPLES), f"rules without examples: {_rule_names() - set(EXAMPLES)}"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_chrome_line_is_marked_with_its_rule(name):
    chrome, _ = EXAMPLES[name]
    text = _page(chrome)
    start = text.index(chrome)
    rules = load_rules()
    patterns = [r.pattern for r in (*rules.line, *rules.tail) if r.name == name]
    assert any(p.search(chrome) for p in patterns), f"{name}: the example does not carry the rule's words"
    regions = [r for r in find_regions(text) if r.start < start + len(chrome) and start < r.end]
    assert regions, f"{name}: chrome line not marked: {chrome!r}"
    assert all(start <= r.start and r.end <= start + len(chrome) for r in regions), regions


@pytest.mark.parametrize("name", sorted(set(EXAMPLES) - ALWAYS_CHROME))
def test_body_sentence_with_rule_words_is_kept(name):
    _, body = EXAMPLES[name]
    assert body_sentence(body), f"{name}: the example is not prose: {body!r}"
    text = _page(body)
    start = text.index(body)
    hit = [r for r in find_regions(text) if r.start < start + len(body) and start < r.end]
    assert not hit, f"{name}: body sentence treated as boilerplate by {hit}"


def test_body_paragraph_with_licence_count_keeps_its_quantities(extractor):
    from pipeline.io.readers import Document

    text = _page("全年核发排污许可证312个,排污登记备案87个。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    surfaces = {e["text"] for e in record["entities"]}
    assert {"312个", "87个"} <= surfaces
    assert not any(r["start"] <= text.index("312") < r["end"] for r in record["ignored"])


def test_advert_line_with_several_markers_is_chrome_even_as_a_sentence():
    line = "想爆料?请拨打新闻热线0000-1234567,或登录本网官方微博提供新闻线索。本网广告热线0000-7654321,诚邀合作伙伴。"
    text = _page(line)
    start = text.index(line)
    assert any(r.start <= start and r.end >= start + len(line) for r in find_regions(text))


def test_forum_page_chrome():
    page = ("某某论坛_某某门户社区\n"
            "找回密码\n"
            "加入某某网\n"
            "当前位置:某某网首页 > 地区新闻\n"
            "楼主\n"
            "签到天数: 5 天\n"
            "只看该作者\n"
            "某某县生态环境分局通报,今年以来全县共查处环境违法案件23件,罚款186万元。\n")
    regions = find_regions(page)
    body = page.index("某某县生态环境分局")
    assert not any(r.start < len(page) and r.end > body for r in regions)
    marked = {page[r.start:r.end] for r in regions}
    for chrome in ("找回密码", "加入某某网", "楼主", "签到天数: 5 天", "只看该作者"):
        assert any(chrome in m for m in marked), chrome


def test_a_forum_portal_title_with_its_blurb_is_chrome_a_sentence_about_a_forum_is_not():
    page = ("某某论坛_某某门户社区_某某bbs,是本地人交流美食、租房、招聘等话题的首选网站。\n"
            "某某县召开大气污染防治工作调度会\n"
            "会上,县生态环境分局介绍了某某论坛_环保板块收集的群众意见,这一网络平台已成为首选网站。\n")
    regions = find_regions(page)
    assert any(r.start == 0 and r.end == page.index("\n") and r.rule == "portal_title" for r in regions)
    body = page.index("会上")
    assert not any(r.end > body for r in regions)


def test_records_list_ignored_ranges_on_the_original_text(extractor):
    from pipeline.io.readers import Document

    text = "當前位置:首頁 > 新聞中心\n某某縣生態環境分局通報,今年以來全縣共查處環境違法案件23件,罰款186萬元。\n版權所有:某某縣人民政府"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    rules = {r["rule"] for r in record["ignored"]}
    assert {"breadcrumb", "copyright"} <= rules
    for r in record["ignored"]:
        assert 0 <= r["start"] < r["end"] <= len(text)
    copyright_range = next(r for r in record["ignored"] if r["rule"] == "copyright")
    assert text[copyright_range["start"]:copyright_range["end"]] == "版權所有:某某縣人民政府"


def test_normalize_keeps_rule_names_beside_merged_regions():
    nt = normalize(_page("版权所有:某某市生态环境局"))
    assert [(s, e) for s, e, _ in nt.ignored] == nt.boilerplate



def test_a_tail_stops_at_the_next_page_field():
    line = "浏览次数:0 文章来源:某某日报-某某新闻网 手机阅览本文"
    text = _page(line)
    start = text.index(line)
    regions = [r for r in find_regions(text) if r.start < start + len(line) and start < r.end]
    assert regions and all(text.index("来源") >= r.end or r.start >= start + len(line) for r in regions)


def test_forum_dateline_stays_but_its_tools_go():
    line = "发表于 2022-06-29 15:56:09 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式"
    text = _page(line)
    stamp = text.index("2022-06-29")
    regions = find_regions(text)
    assert not any(r.start <= stamp < r.end for r in regions)
    assert any(text[r.start:r.end].startswith("只看该作者") for r in regions)


def test_font_size_widget_in_brackets_is_chrome():
    line = "【字体: 大 中 小】【打印】【关闭】"
    text = _page(line)
    start = text.index(line)
    assert any(r.start <= start and r.end >= start + len(line) for r in find_regions(text))


def test_open_information_table_with_bullets_and_its_title_row_is_chrome():
    table = ("- 索 引 号:11350-2/2023-0412 主题分类:环境保护\n- 发文机关:某某新区管委会 成文日期:2023-08-30 16:40\n"
             "标 题:\n某某新区督察整改情况公开 - 文 号:发布日期: 2023-08-30 16:40\n- 备案登记号:\n时 效 性:有效\n")
    body = "截至8月底,新区46项整改任务已完成39项,其余7项正在按序时推进。"
    text = table + body
    ignored = spans_of(find_regions(text))
    assert sum(e - s for s, e in ignored) >= len(table.strip()) - 2
    assert all(e <= len(table) for s, e in ignored)


def _link_run_page(items: list[str], prose_after: bool = False) -> str:
    body = ("某某区持续改善空气质量\n本报讯 今年前5个月,全区PM2.5平均浓度为36微克/立方米,同比下降8.1%。\n"
            "区生态环境局表示,下一步将加快推进燃煤锅炉改造,确保完成年度目标。\n")
    listing = "- 往期导读\n" + "".join(f"- {t}\n" for t in items)
    return body + listing + ("记者了解到,全区今年还将新建空气质量监测站3个,实现乡镇全覆盖。\n" if prose_after else "")


LINK_TITLES = ["区委召开理论学习中心组会议", "上半年全区新增绿地12公顷", "某某街道开展垃圾分类宣传",
               "区医院举办义诊活动", "3.2万株花卉装扮城区", "区图书馆新馆开放"]


def test_a_run_of_short_bulleted_titles_below_the_article_is_a_link_list():
    text = _link_run_page(LINK_TITLES)
    regions = [r for r in find_regions(text) if r.rule == "link_list"]
    start = text.index("- 往期导读")
    assert regions and regions[0].start == start and regions[-1].end >= len(text.rstrip("\n")) - 1
    assert not any(r.start < start for r in find_regions(text))


def test_short_bullets_inside_the_article_or_too_few_stay():
    assert not [r for r in find_regions(_link_run_page(LINK_TITLES, prose_after=True)) if r.rule == "link_list"]
    assert not [r for r in find_regions(_link_run_page(LINK_TITLES[:3])) if r.rule == "link_list"]


def test_a_recommended_article_below_the_article_is_a_related_list():
    text = ("某某县声环境质量稳定达标\n本报讯 今年上半年,某某县城区声环境功能区昼间、夜间等效声级均达标。\n\n新闻推荐\n\n"
            "县老年大学举办书画展 百余幅作品展出\n\n展览现场12日,县老年大学在文化馆举办书画作品展,展出作品120余幅,吸引市民…\n")
    start = text.index("新闻推荐")
    regions = find_regions(text)
    assert [r.rule for r in regions if r.start >= start] and all(r.rule == "related_list" for r in regions if r.start >= start)
    covered = sum(r.end - r.start for r in regions if r.start >= start)
    assert covered >= len(text[start:].strip()) - 4
    assert not [r for r in regions if r.start < start]


def test_an_e_paper_list_above_the_article_never_takes_its_headline_or_dateline():
    text = ("第03版:要闻\n图片新闻\n某县开展河湖清四乱行动\n某市上半年PM2.5浓度下降\n某区启动噪声治理\n图片新闻\n版面导航\n"
            "3上一篇  下一篇4 2024年7月9日 放大 缩小\n\n某市上半年PM2.5浓度下降\n六项污染物均值同比下降\n\n"
            "本报讯 今年上半年,某市PM2.5平均浓度为31微克/立方米,同比下降8.8%,优良天数为152天。\n")
    regions = find_regions(text)
    head = text.index("\n\n某市上半年") + 2
    assert not [r for r in regions if r.end > head]
    date = text.index("2024年7月9日")
    assert not [r for r in regions if r.start <= date < r.end]
    assert [r for r in regions if r.rule == "prev_next"]
    assert [r for r in regions if r.rule == "related_list" and r.start <= text.index("某县开展") < r.end]


def test_a_view_counter_inside_a_credits_line_goes_but_the_timestamp_stays():
    line = "责任编辑:某某    浏览:1208次    时间: 2023-05-04 09:12:40"
    text = "某县通报督察整改进展\n" + line + "\n截至4月底,全县32项整改任务已完成29项。"
    regions = [r for r in find_regions(text) if r.rule == "page_counter"]
    counter = text.index("浏览")
    assert regions and regions[0].start == counter and regions[0].end <= text.index("时间")


_SPACED_HEADER = (
    "当前位置:首页\n"
    "索引号 330100000/2023-00412\n"
    "组配分类 统计数据 发布机构 青山市生态环境局\n"
    "生成日期 2023-05-08 公开方式 主动公开\n"
    "青山市2022年生态环境状况公报\n"
    "2022年，青山市生态环境局全面完成年度目标任务。\n"
)

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


@pytest.mark.parametrize("piece", ["索引号 330100000/2023-00412", "组配分类 统计数据 发布机构 青山市生态环境局",
                                   "生成日期 2023-05-08 公开方式 主动公开"])
def test_an_open_information_header_with_spaces_is_chrome(piece):
    assert marked(_SPACED_HEADER, piece)


def test_the_body_under_a_spaced_header_is_read(extractor):
    found = ents(extractor, _SPACED_HEADER)
    assert found.count(("青山市生态环境局", "ORG")) == 1
    assert not marked(_SPACED_HEADER, "青山市2022年生态环境状况公报")


def test_a_portal_slogan_line_is_chrome():
    text = "黄冈新闻网\n湖北鄂东地区第一门户\n黄冈市召开生态环境保护大会\n打造中部地区重要的开放门户\n"
    assert marked(text, "湖北鄂东地区第一门户")
    assert not marked(text, "黄冈市召开生态环境保护大会")
    assert not marked(text, "打造中部地区重要的开放门户")


def test_a_sponsor_banner_with_spaces_before_its_verb_is_chrome():
    text = "江城日报传媒集团   主办\n当前位置:新闻中心\n\n" + BODY
    assert marked(text, "江城日报传媒集团   主办")
    assert not marked(text, BODY)


def test_a_channel_greeting_line_is_chrome():
    text = "• 江城网环保频道欢迎您\n\n" + BODY
    assert marked(text, "江城网环保频道欢迎您")
    assert not marked(text, BODY)


def test_a_site_notice_heading_is_chrome():
    text = BODY + "\n\n江城新闻网版权与免责声明\n"
    assert marked(text, "江城新闻网版权与免责声明")


def test_a_city_name_above_a_breadcrumb_with_a_spaced_colon_is_the_sites_banner():
    text = "江城\n您当前的位置 : 江城网 -> 江城新闻 -> 正文\n\n" + BODY
    assert marked(text, "江城\n")
    assert not marked(text, BODY)


def test_a_breadcrumb_written_with_double_arrows_is_chrome():
    text = "江城网\n江城网>>环保频道>>要闻\n\n" + BODY
    assert marked(text, "江城网>>环保频道>>要闻")
    assert not marked(text, BODY)


def test_an_article_keyword_line_is_page_chrome(nlp):
    doc = nlp("城北区着力解决突出环境问题。\n文章关键词:衢州市 城北区 突出环境问题 责编:陈方")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["城北区"]


def test_a_disclosure_field_value_on_its_own_line_is_chrome():
    text = "索引号:\n000000000/2025-00001\n公开日期:\n2025-06-09\n发布单位:\n江城市生态环境局\n江城市5月份空气质量优良天数为29天。"
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "2025-06-09" in chrome and "江城市生态环境局" in chrome and "优良天数" not in chrome


def test_a_copyright_notice_written_as_a_sentence_is_chrome():
    text = "江城市全年优良天数为312天。\n1、凡注有“江城网讯”的稿件,均为江城网版权稿件,未经许可不得转载,违者依法追究责任。"
    nt = normalize(text)
    assert [r for _, _, r in nt.ignored] == ["copyright"]


def test_a_keyword_line_stops_before_the_editor_credit():
    text = "城北区着力解决突出环境问题。\n文章关键词:衢州市 城北区 突出环境问题 责编:陈方"
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "衢州市" in chrome and "陈方" not in chrome


def test_an_e_paper_date_line_closes_the_list_of_the_page_s_articles():
    text = ("A03:江城新闻\n本版列表新闻\n江城治水见成效~~~\n江城治水见成效~~~\n"
            "2024年05月18日 星期六 放大 缩小 默认\n江城治水见成效\n本报讯 记者从市生态环境局获悉,全市优良天数为120天,同比增加8天。")
    nt = normalize(text)
    chrome = "".join(nt.text[s:e] for s, e, _ in nt.ignored)
    assert "本版列表新闻" in chrome and "2024年05月18日" not in chrome


def test_a_forum_posts_header_is_chrome():
    text = "zhangsan 发表于 2023-4-12 09:15:22\n\n今年一季度全县空气质量优良天数达到85天,同比增加6天。"
    assert marked(text, "zhangsan 发表于 2023-4-12 09:15:22")
    assert not marked(text, "今年一季度全县空气质量优良天数")


def test_a_page_title_with_the_sites_name_after_hyphens_is_chrome():
    text = "某县召开2023年度生态环境保护工作推进会-地方政务信息-某某网\n某县召开2023年度生态环境保护工作推进会\n会议由县政府副县长主持。"
    assert marked(text, "某县召开2023年度生态环境保护工作推进会-地方政务信息-某某网")


def test_a_page_field_line_with_a_language_switch_keeps_its_fields():
    from pipeline.boilerplate import find_regions

    text = "某县通报环境质量\n发布时间:2024-05-06 来源:某某日报 作者:王明 繁体 English\n注册 登录 English\n正文第一句话在这里,全县空气质量持续改善。"
    regions = [(r.start, r.end, r.rule) for r in find_regions(text)]
    field_line = text.index("发布时间")
    assert not any(s <= field_line < e for s, e, _ in regions)  # the fields stay
    switch = text.index("繁体")
    assert any(s <= switch < e for s, e, _ in regions)  # the switch words go
    bar = text.index("注册")
    assert any(s <= bar and e >= text.index("登录") + 2 for s, e, _ in regions)  # a bar of switches alone goes whole


def test_a_past_episodes_heading_above_the_articles_own_header_takes_no_content():
    """往期回顾 before the programme's own title and its fields (时间:, 做客嘉宾:): the heading goes, the
    title, the fields and the roster of guests stay (a related list never runs over a header's fields)."""
    text = ("图片\n往期回顾\n某县生态环境局做客《政风行风热线》直播节目\n时间:2019.06.12\n文字实录\n\n"
            "节目时间:\n\n2019年6月12日上午10点至11点\n\n做客嘉宾:\n\n"
            "县生态环境局党组成员、副局长     林  涛\n\n县生态环境局监测站站长       许  静\n\n"
            "节目主题:\n\n   围绕蓝天保卫战,介绍今年以来全县空气质量改善情况和下一步工作打算。\n")
    regions = find_regions(text)
    kept = [text.index(w) for w in ("某县生态环境局做客", "2019.06.12", "2019年6月12日", "林  涛", "许  静")]
    assert not any(r.start <= k < r.end for r in regions for k in kept)
    assert any(text[r.start:r.end].strip() == "往期回顾" for r in regions)


def test_a_related_list_still_runs_over_titles_written_with_a_place_and_a_colon():
    text = ("某县环境质量持续改善\n今年以来,某县空气质量优良天数比例为92.1%,同比上升3.2个百分点,全县将继续抓好扬尘治理。\n"
            "相关新闻\n某县:项目建设开工复工忙\n某镇:秸秆禁烧见成效\n某县召开河长制工作会议\n")
    regions = find_regions(text)
    for title in ("某县:项目建设开工复工忙", "某镇:秸秆禁烧见成效", "某县召开河长制工作会议"):
        at = text.index(title)
        assert any(r.start <= at < r.end for r in regions), title


def test_a_partys_name_and_address_in_a_decision_are_content_but_a_footer_address_is_not():
    text = ("某市生态环境局行政处罚决定书\n某环罚〔2025〕12号\n\n当事人名称:某某牧业有限公司\n\n法定代表人:张某\n\n"
            "地址:某某县某某镇某某村\n\n我局于2025年10月2日对你单位进行了现场检查,发现你单位存在以下环境违法行为。\n\n"
            "主办:某市生态环境局\n地址:某市某某路1号\n电话:0123-4567890\n")
    regions = find_regions(text)
    party = text.index("某某县某某镇某某村")
    footer = text.index("某市某某路1号")
    assert not any(r.start <= party < r.end for r in regions)
    assert any(r.start <= footer < r.end for r in regions)


def test_a_bracketed_source_and_place_with_a_byline_after_it_is_no_column_tag():
    text = ("全县召开污染防治攻坚推进大会\n\n【某某经济网某某】(某某报记者 王某 通讯员 李某)3月15日,全县召开大会。\n"
            "会议强调,要坚决打赢污染防治攻坚战,全县上下要形成合力。\n")
    regions = find_regions(text)
    tag = text.index("某某经济网")
    assert not any(r.start <= tag < r.end for r in regions)


def test_a_labelled_row_of_channel_names_is_chrome_and_a_labelled_list_in_prose_is_not():
    row = "地方频道: 北京 天津 河北 山西 广东 吉林 上海 江苏 浙江"
    text = _page(row)
    start = text.index(row)
    assert any(r.start <= start and r.end >= start + len(row) for r in find_regions(text))
    prose = "重点区域:全市共划定东城 西城 南城 北城 新城 老城 河东 河西八个片区,每个片区配备执法人员12名。"
    text = _page(prose)
    start = text.index(prose)
    assert not [r for r in find_regions(text) if r.start < start + len(prose) and start < r.end]


def test_an_original_mark_with_its_date_and_outlet_is_the_credit_line_not_chrome():
    line = "©原创   2024-05-18 10:26   某某融媒"
    text = _page(line)
    start = text.index(line)
    assert not [r for r in find_regions(text) if r.start < start + len(line) and start < r.end]
    line = "© 2024 某某市生态环境局 版权所有"
    text = _page(line)
    start = text.index(line)
    assert [r for r in find_regions(text) if r.start < start + len(line) and start < r.end]


def test_a_headline_about_asian_elephants_is_no_spam_line():
    # 亚洲 and 欧美 mark a spam line only beside the spam words they come with (亚洲精品, 欧美日韩)
    text = "某州专员办派工作组调研指导亚洲象北迁工作\n\n4月16日,象群从保护区向北迁移,途经多个县。"
    assert not [r for r in find_regions(text) if r.start < 20]
    assert find_regions(_page("亚洲精品 欧美日韩 在线观看"))


def test_a_byline_row_of_reporters_and_a_source_field_after_a_counter_are_not_chrome():
    page = ("某市召开生态环境保护大会\n"
            "点击数: 稿源:某某融媒体中心\n"
            "江城日报记者 王明 李华 赵强 东城日报记者 孙立 摄影 周文\n"
            "9月24日,全市生态环境保护大会召开。\n")
    regions = find_regions(page)
    byline = page.index("江城日报记者")
    assert not any(r.start <= byline < r.end for r in regions)
    source = page.index("稿源")
    assert not any(r.start <= source < r.end for r in regions)
    assert any(page[r.start:r.end].startswith("点击数") for r in regions)


def test_a_previous_and_next_page_line_is_chrome():
    chrome = "上一页:某某中学新校区揭牌仪式举行.. 下一页:某某区召开河长制工作推进会.."
    text = _page(chrome)
    start = text.index(chrome)
    assert any(r.start <= start and start + len(chrome) <= r.end and r.rule == "prev_next" for r in find_regions(text))
