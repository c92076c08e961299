"""Normalisation: each step, and property tests that offsets map back exactly."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
import opencc
import pytest

from pipeline.normalize import (
    NormalizedText,
    fold_width,
    normalize,
    plain_pm_subscripts,
    rejoin_page_breaks,
    strip_pinyin_glosses,
    to_simplified,
)

T2S = opencc.OpenCC("t2s")


def test_pinyin_glosses_removed_from_seed_000(seed_texts):
    nt = normalize(seed_texts["000"])
    assert "(fā)" not in nt.text and "(huán)" not in nt.text
    assert "市政府新闻办召开“新聊城 新篇章”主题系列新闻发布会第四场" in nt.text
    assert "市生态环境局党组书记、局长吕克军" in nt.text
    assert "获得监测数据21000余个" in nt.text


def test_gloss_only_after_han_character():
    nt = strip_pinyin_glosses(NormalizedText.identity("發(fā)布 and (fa) text(fā)"))
    assert nt.text == "發布 and (fa) text(fā)"


def test_traditional_to_simplified_keeps_length_and_map():
    nt = to_simplified(NormalizedText.identity("聊城市生態環境局優良天數245天"))
    assert nt.text == "聊城市生态环境局优良天数245天"
    assert nt.to_original(3, 8) == (3, 8)


def test_full_width_digits_and_letters_fold():
    nt = fold_width(NormalizedText.identity("１９９０年ＰＭ２．５，好"))
    assert nt.text == "1990年PM2.5，好"


def test_pm_subscript():
    nt = plain_pm_subscripts(NormalizedText.identity("全市PM_{2.5}年均浓度为43微克/立方米"))
    assert nt.text == "全市PM2.5年均浓度为43微克/立方米"
    start = nt.text.index("43")
    assert nt.original_span_text(start, start + 8) == "43微克/立方米"


def test_page_break_rejoined_seed_002(seed_texts):
    nt = normalize(seed_texts["002"])
    assert "监督抽检量和处罚量均居全省第一位" in nt.text
    assert "结存量提高一倍以上" in nt.text
    # a headline followed by a blank line is not glued to the next paragraph
    assert "聊城描绘生态宜居秀美画卷\n\n2022年" in nt.text


def test_page_break_keeps_list_items_and_short_lines():
    text = "这是一个很长的段落文字内容用于测试分页断开的情况是否会被正确地识别出来吗\n\n一是加强管理工作"
    assert rejoin_page_breaks(NormalizedText.identity(text)).text == text
    short = "短标题\n\n正文继续内容很多很多很多很多很多"
    assert rejoin_page_breaks(NormalizedText.identity(short)).text == short


def test_boilerplate_regions_on_seeds(seed_texts):
    nt = normalize(seed_texts["003"])
    marked = [nt.text[s:e] for s, e in nt.boilerplate]
    assert any("主页 > 关注" in m for m in marked)
    assert any("版权所有" in m for m in marked)
    body = nt.text.index("各位记者朋友们")
    assert not nt.in_boilerplate(body, body + 5)
    nt1 = normalize(seed_texts["001"])
    related = nt1.text.index("临清市聚焦群众所需所盼")
    assert nt1.in_boilerplate(related, related + 5)
    byline = nt1.text.index("闪电新闻记者 左新新")
    assert not nt1.in_boilerplate(byline, byline + 5)
    nt0 = normalize(seed_texts["000"])
    stamps = nt0.text.index("2025-08-04 10:23:41")
    assert nt0.in_boilerplate(stamps, stamps + 19)
    nt4 = normalize(seed_texts["004"])
    assert nt4.in_boilerplate(0, 10)  # open-information header table
    title = nt4.text.index("黄河流域生态保护")
    assert not nt4.in_boilerplate(title, title + 4)


def test_steps_can_be_switched_off(seed_texts):
    nt = normalize(seed_texts["000"], steps=["pinyin_glosses"], boilerplate=False)
    assert "發布" in nt.text and nt.boilerplate == []


# --- property tests: every normalised character maps back to its own place -----------

PIECES = st.sampled_from([
    "發(fā)布", "環(huán)境", "數(shù)據(jù)", "統(tǒng)一", "區(qū)", "生態環境局", "優良天數", "聊城市",
    "１９９０", "ＰＭ２．５", "PM_{2.5}", "PM_{10}", "，", "。", "“", "”", "\n", "\n\n", "　",
    "优良天数245天", "同比增加40天", "4.87万台", "(试行)", "（fa）", "abc", " ", "一是", "臺灣", "乾隆", "著作",
])
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)
DROPPABLE = set("()（）_{} \n\t　") | set("abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")


def _expected_char(original_char: str) -> set[str]:
    folded = fold_width(NormalizedText.identity(original_char)).text
    return {original_char, folded, T2S.convert(original_char), T2S.convert(folded)}


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_normalised_char_maps_to_its_original(text):
    nt = normalize(text)
    assert len(nt.starts) == len(nt.ends) == len(nt.text)
    prev_start = -1
    for i, ch in enumerate(nt.text):
        s, e = nt.starts[i], nt.ends[i]
        assert 0 <= s < e <= len(text)
        assert s >= prev_start  # order is preserved
        prev_start = s
        if e - s == 1:
            assert ch in _expected_char(text[s])
    covered = set()
    for s, e in zip(nt.starts, nt.ends):
        covered.update(range(s, e))
    dropped = [text[i] for i in range(len(text)) if i not in covered]
    assert all(c in DROPPABLE for c in dropped), dropped


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_spans_map_back_to_the_same_characters(text, data):
    nt = normalize(text)
    if not nt.text:
        return
    s = data.draw(st.integers(0, len(nt.text) - 1))
    e = data.draw(st.integers(s + 1, len(nt.text)))
    o_s, o_e = nt.to_original(s, e)
    original = text[o_s:o_e]
    # the original slice, with droppable characters removed, converts to the span
    kept = "".join(text[i] for i in range(o_s, o_e) if any(a <= i < b for a, b in zip(nt.starts[s:e], nt.ends[s:e])))
    converted = T2S.convert(fold_width(NormalizedText.identity(kept)).text)
    assert converted == T2S.convert(nt.text[s:e])
    assert original.startswith(kept[:1]) and original.endswith(kept[-1:])


# --- property tests: spans round-trip through the offset map; clean text is untouched ------

#: characters no step touches: simplified Han that t2s keeps, ASCII, CJK punctuation
#: that is not full-width ASCII, and single spaces (no newlines: a blank line may be rejoined)
_PLAIN_HAN = [c for c in "生态环境局优良天数聊城市大气质量改善同比增加排放企业治理河流水污染防治工作" if T2S.convert(c) == c]
CLEAN_TEXTS = st.text(alphabet=st.sampled_from(_PLAIN_HAN + list("0123456789abcXYZ.%/，。、；：“”《》 ")),
                      max_size=80)


@settings(max_examples=150, deadline=None)
@given(CLEAN_TEXTS)
def test_identity_when_nothing_to_normalise(text: str) -> None:
    """Text with nothing to normalise must come out unchanged with the identity map: any
    step that rewrote it anyway would shift every offset after the rewrite."""
    nt = normalize(text, boilerplate=False)
    assert nt.text == text
    assert list(nt.starts) == list(range(len(text)))
    assert list(nt.ends) == list(range(1, len(text) + 1))
    assert nt.to_original(0, len(text)) == (0, len(text))


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_normalised_spans_round_trip_inside_the_original(text: str, data: st.DataObject) -> None:
    """Every normalised span maps to a non-empty original span inside the input, nested spans map
    to nested spans (the map is monotone), and mapping back through ``from_original`` recovers a
    span that maps to the same original characters — what the records and the gold loader rely on."""
    nt = normalize(text)
    if not nt.text:
        return
    s = data.draw(st.integers(0, len(nt.text) - 1), label="start")
    e = data.draw(st.integers(s + 1, len(nt.text)), label="end")
    o_s, o_e = nt.to_original(s, e)
    assert 0 <= o_s < o_e <= len(text)
    inner_s = data.draw(st.integers(s, e - 1), label="inner start")
    inner_e = data.draw(st.integers(inner_s + 1, e), label="inner end")
    i_s, i_e = nt.to_original(inner_s, inner_e)
    assert o_s <= i_s < i_e <= o_e
    starts, ends = nt.from_original()
    back_s, back_e = starts[o_s], ends[o_e]
    assert back_s <= s and back_e >= e
    assert nt.to_original(back_s, back_e) == (o_s, o_e)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["主页 > 关注 > 正文\n", "版权所有 聊城市生态环境局\n", "2025-08-04 10:23:41\n",
                                 "發(fā)布會召開，優良天數245天。\n", "ＰＭ２．５年均浓度为43微克/立方米。\n", "\n\n"]),
                min_size=1, max_size=12).map("".join))
def test_ignored_regions_lie_inside_the_original(text: str) -> None:
    """Boilerplate regions are kept in normalised offsets and reported in original ones: both must
    be ordered, non-empty ranges inside their texts, or a record's ``ignored`` would point nowhere."""
    nt = normalize(text)
    for start, end, rule in nt.ignored:
        assert 0 <= start < end <= len(nt.text) and rule
        o_s, o_e = nt.to_original(start, end)
        assert 0 <= o_s < o_e <= len(text)
    for start, end in nt.boilerplate:
        assert 0 <= start < end <= len(nt.text)


def test_page_breaks_never_join_a_metadata_line_or_a_dateline():
    meta = "2024-03-05 10:12:40  |  新闻中心 要闻动态栏目列表页面内容推荐\n\n18日，县生态环境分局召开专题会议。"
    assert rejoin_page_breaks(NormalizedText.identity(meta)).text == meta
    credit = "（记者 某某 通讯员 某某某）县生态环境分局联合多部门开展专项检查行动，共检查企业\n\n某某日报讯 近日，县里又开展了一次检查。"
    assert rejoin_page_breaks(NormalizedText.identity(credit)).text == credit
    headline = "首页 > 正文\n\n某区生态环境保护委员会全体会议、河长制工作领导小组会议暨总河长会议召开\n\n来源:某某融媒 2022年09月29日 18:26\n评论"
    assert rejoin_page_breaks(NormalizedText.identity(headline)).text == headline
    cut = "某县通报执法情况\n今年以来，全县共检查排污单位312家次，发现问题46个，已全部督促完成整改，立案查处\n\n环境违法案件9起，罚款合计86万元。"
    assert "立案查处环境违法案件9起" in rejoin_page_breaks(NormalizedText.identity(cut)).text


@pytest.mark.parametrize("text, joined", [
    ("截至 11 月 28 日,全市优良天数 286 天", "截至 11月28日,全市优良天数 286天"),
    ("在 74 个城市中排名第 12 位,降幅超过 8%", "在 74个城市中排名第12位,降幅超过8%"),
])
def test_single_spaces_inside_numbers_are_joined_and_offsets_kept(text, joined):
    nt = normalize(text, steps=["spaced_numbers"], boilerplate=False)
    assert nt.text == joined
    i = nt.text.index("第12位") if "第12位" in nt.text else nt.text.index("11月28日")
    s, e = nt.to_original(i, i + (4 if "第12位" in nt.text else 6))
    assert text[s:e] in ("第 12 位", "11 月 28 日")


def test_table_cells_separated_by_spaces_stay_apart():
    text = "站点  优良天数  PM2.5\n城东  31  28\n城西  29  33"
    assert normalize(text, steps=["spaced_numbers"], boilerplate=False).text == text


def test_gloss_of_a_whole_word_and_gloss_with_a_space_are_removed():
    text = "江城市(jiāngchéngshì)通报(tōngbào)了新闻发布会(huì ),水质(zhì)达标"
    nt = strip_pinyin_glosses(NormalizedText.identity(text))
    assert nt.text == "江城市通报了新闻发布会,水质达标"
    start = nt.text.index("通报")
    assert nt.original_span_text(start, start + 2) == "通报"


def test_long_bracketed_lower_case_word_without_tone_mark_is_no_gloss():
    text = "该指标(abcdefgh)与氮氧化物(NOX)浓度"
    assert strip_pinyin_glosses(NormalizedText.identity(text)).text == text
