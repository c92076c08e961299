"""Chrome real pages put around an article: a copyright notice under a heading of its own, grids of cut
headlines between bars, a site's watermark appended to paragraphs.  Pages written for the tests."""

from __future__ import annotations

from pipeline.boilerplate import find_regions
from pipeline.io.readers import Document

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
