"""Property tests (hypothesis) over the quantity and date grammars and the full record.

The contract every consumer relies on: each span lies inside the text it was
found in, slicing that text at the span's offsets gives the span's surface,
and spans that the contract says are flat (grammar matches, entities) never
overlap.  Texts are built from pieces seen in the annotated articles —
numbers with units, dates, ranks, book titles, quoted slogans, list markers,
traditional characters, pinyin glosses, full-width digits, boilerplate lines —
so the generator reaches the grammar's and the normaliser's edge cases, not
just random characters.  The budget is fixed and derandomised in
``tests/conftest.py`` so CI sees the same examples on every run.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.grammar.dates import normalize_date
from pipeline.grammar.quantities import Match, find_all, find_dates, find_quantities
from pipeline.grammar.values import normalize_quantity
from pipeline.io.readers import Document

GRAMMAR_PIECES = st.sampled_from([
    "2023年", "2023年5月", "5月3日", "2022年1-6月", "今年以来", "去年同期", "年底", "每年底", "个月", "1月至8月",
    "245天", "同比增加40天", "4.87万台", "43微克/立方米", "PM2.5", "PM10", "下降12.5%", "3.2个百分点",
    "全省第一位", "第一", "倒数第三", "首位", "一是", "二、", "（一）", "12345678", "0635-8888888", "A3",
    "一体", "三线", "一批", "不超过6天", "超过100家", "约2000吨", "1.5倍", "二〇二三年", "十四五", "“十四五”",
    "《2023年工作报告》", "“245天”", "第3号", "No.5", "、", "，", "。", "；", "\n", " ", "至", "-", "~",
    "聊城市", "优良天数", "空气质量", "达到", "排名", "居全市", "的", "和", "万", ".", "0", "9",
])
GRAMMAR_TEXTS = st.lists(GRAMMAR_PIECES, min_size=1, max_size=30).map("".join)


def _assert_flat_inside(text: str, matches: list[Match]) -> None:
    """Sorted, non-empty, inside the text, non-overlapping; slices have no surrounding blanks."""
    previous_end = 0
    for m in matches:
        assert 0 <= m.start < m.end <= len(text), (m, text)
        assert m.start >= previous_end, (m, matches, text)
        surface = text[m.start:m.end]
        assert surface == surface.strip() and surface, (m, text)
        previous_end = m.end


@settings(max_examples=300, deadline=None)
@given(GRAMMAR_TEXTS)
def test_grammar_matches_are_flat_and_inside_the_text(text: str) -> None:
    """Dates, quantities and their union are flat spans of the text: the grammar component turns
    them into entities, and spaCy refuses overlapping entities (or the merger silently drops one)."""
    dates = find_dates(text)
    quantities = find_quantities(text, dates)
    _assert_flat_inside(text, dates)
    _assert_flat_inside(text, quantities)
    every = find_all(text)
    _assert_flat_inside(text, every)
    assert sorted(m.span for m in every) == sorted(m.span for m in dates + quantities)
    assert all(m.label == "DATE" for m in dates) and all(m.label == "QUANTITY" for m in quantities)


@settings(max_examples=200, deadline=None)
@given(GRAMMAR_TEXTS)
def test_grammar_surfaces_normalise_without_error(text: str) -> None:
    """Every surface the grammar finds is read by the value and date normalisers without raising:
    an exception there would turn a whole document into an error record."""
    for m in find_all(text):
        surface = text[m.start:m.end]
        if m.label == "DATE":
            norm = normalize_date(surface)
            assert norm is None or isinstance(norm, str)
        else:
            value = normalize_quantity(surface)
            assert value.value is None or isinstance(value.value, (int, float))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789年月日万亿.%至-~第位名天吨一二三十百千，。\n 《》“”")), max_size=60))
def test_grammar_on_dense_digit_soup(text: str) -> None:
    """Digits, units and separators packed together stress the guards that look one character
    beyond a match (a digit before or after, a title around it): still flat and inside."""
    _assert_flat_inside(text, find_all(text))


# --- the full record ---------------------------------------------------------------

RECORD_PIECES = st.sampled_from([
    "聊城市生态环境局召开新闻发布会。", "2023年全市优良天数245天，同比增加40天。", "PM2.5年均浓度为43微克/立方米，下降12.5%。",
    "發(fā)布會上，環(huán)境局長介紹了情況。", "ＰＭ２．５浓度同比下降３．２个百分点。", "PM_{2.5}平均浓度居全省第一位。",
    "市生态环境局党组书记、局长吕克军出席。", "一是加强大气污染防治；二是推进河流治理。", "《聊城市“十四五”生态环境保护规划》印发。",
    "东昌府区、临清市、茌平区空气质量改善明显。", "共查处环境违法案件120起，罚款860万元。", "主页 > 关注 > 正文\n",
    "版权所有 聊城市生态环境局\n", "2025-08-04 10:23:41\n", "\n", "\n\n", " ", "，", "（试行）", "abc",
])
RECORD_TEXTS = st.lists(RECORD_PIECES, min_size=1, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(RECORD_TEXTS)
def test_record_offsets_slice_the_input(extractor, text: str) -> None:
    """The full pipeline's record: every entity, quantity, official, event evidence and ignored
    range lies inside the input; slicing the input at an entity's or quantity's offsets gives
    its ``text``; entities are flat and in order, and every quantity is one of the entities."""
    record = extractor.process_one(Document("prop", text))
    assert record.status == "ok", record.error
    assert record.text == text
    previous_end = 0
    for ent in record.entities:
        assert 0 <= ent.start < ent.end <= len(text), ent
        assert text[ent.start:ent.end] == ent.text, ent
        assert ent.start >= previous_end, (ent, record.entities)
        previous_end = ent.end
    entity_spans = {(e.start, e.end, e.text) for e in record.entities if e.label == "QUANTITY"}
    for q in record.quantities:
        assert text[q.start:q.end] == q.text
        assert (q.start, q.end, q.text) in entity_spans, q
    for ig in record.ignored:
        assert 0 <= ig.start <= ig.end <= len(text), ig
    for off in record.officials:
        if off.start is not None:
            assert 0 <= off.start <= off.end <= len(text), off
    for ev in record.events:
        for s, e in ev.evidence:
            assert 0 <= s <= e <= len(text), ev


# --- the tokenizer's word alignment ---------------------------------------------------------------

WORDS = st.lists(st.sampled_from(["聊城", "市", "生态", "245", "天", "PM2.5", "。", "，", " ", "  ", "\n", "a", "ab"]),
                 max_size=40)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.data())
def test_linear_word_alignment_equals_spacys(words: list[str], data: st.DataObject) -> None:
    """``words_and_spaces`` replaces spaCy's ``get_words_and_spaces`` (quadratic: it copies the rest of
    the text for every word) and must give exactly the same words and spaces, whitespace words
    dropped or kept, and refuse the same mismatches."""
    from spacy.util import get_words_and_spaces

    from pipeline.components.segmenter import words_and_spaces

    text = "".join(words)
    given_words = [w for w in words if data.draw(st.booleans(), label=f"keep whitespace {w!r}") or not w.isspace()]
    assert words_and_spaces(given_words, text) == get_words_and_spaces(given_words, text)
    wrong = text + "错"
    for function in (words_and_spaces, get_words_and_spaces):
        try:
            function(given_words, wrong)
        except ValueError:
            continue
        raise AssertionError(f"{function.__name__} accepted words that do not spell the text")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1990, 2030)), max_size=30).map(sorted),
       st.integers(-1, 520), st.one_of(st.none(), st.integers(1990, 2030)))
def test_context_year_by_bisection_equals_the_scan(years: list[tuple[int, int]], offset: int,
                                                   reference: int | None) -> None:
    """``context_year`` finds the last explicit year before an offset by bisection (asked once per date,
    a scan made long documents quadratic); it must agree with the plain scan, ties at one offset included."""
    from pipeline.grammar.dates import context_year

    before = [year for pos, year in years if pos < offset]
    assert context_year(years, offset, reference) == (before[-1] if before else reference)
