"""Named natural places (LOC): the natural-places gazetteer and the extent grammar (pipeline/grammar/natural.py).

Every sentence here is written for the test; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.grammar.natural import NaturalPlaces, load_natural_names

DIVISIONS = {"郑州", "运城", "丹江口", "西湖区", "昆山", "长乐区", "湖里区", "九江"}


@pytest.fixture(scope="module")
def natural():
    return NaturalPlaces(load_natural_names("configs/gazetteers/natural.txt"), lambda n: n in DIVISIONS)


def fix(natural, text, surface):
    s = text.index(surface)
    out = natural.repair(text, s, s + len(surface))
    return text[out[0]:out[1]] if out else None


def test_a_model_span_runs_back_to_the_known_name(natural):
    assert fix(natural, "力争在华北平原周边省份排名靠前", "华北平原周边省份") == "华北平原"
    assert fix(natural, "全力推动保护黄河行动", "推动保护黄河") == "黄河"
    assert fix(natural, "规划建设京杭大运河国家文化公园", "京杭大运河国家文化公园") == "京杭大运河"


def test_a_place_before_the_name_stays_and_extensions_are_kept(natural):
    assert fix(natural, "郑州黄河国家湿地公园对外开放", "郑州黄河国家湿地公园") == "郑州黄河国家湿地公园"
    assert fix(natural, "巢湖流域综合治理", "巢湖") == "巢湖流域"
    assert fix(natural, "祁连山东麓开展修复", "祁连山东麓") == "祁连山东麓"


def test_a_river_takes_its_section(natural):
    # 干流 between river and place splits the stretch (GUIDELINES: 长江|干流|万州|段)
    assert fix(natural, "沱江干流内江段水质达标", "沱江") == "沱江"
    assert fix(natural, "白鹭溪城北段完成清淤", "白鹭溪") == "白鹭溪城北段"
    # a stretch that reads as a clause is no section
    assert fix(natural, "汉江流域进入了发展新阶段", "汉江流域") == "汉江流域"


def test_modifiers_and_generic_words_are_not_places(natural):
    assert fix(natural, "游客在主城碧波湖畔散步", "主城碧波湖") == "碧波湖"
    assert fix(natural, "全市主要湖泊水库水质良好", "湖泊水库") is None
    assert fix(natural, "城市内河水质为优", "内河") is None
    assert fix(natural, "对本地区水环境有益", "本地区") is None
    assert fix(natural, "检测点位检测结", "检测点位检测结") is None
    assert fix(natural, "其他水库水质达标", "其他水库") is None
    assert fix(natural, "游客在望海角游玩", "望海角") == "望海角"   # one character after the feature word stays


def test_a_name_the_segmenter_cut_takes_its_head_and_feature(natural):
    # the model saw only the tail of the name: the characters after the town belong to it
    assert fix(natural, "工程位于巴音镇查干诺尔盐湖北岸", "干诺尔盐湖") == "查干诺尔盐湖"
    assert fix(natural, "整治团结渠和鹅湖", "团结") == "团结渠"


def test_known_names_stand_as_words_only(natural):
    def found(text):
        return [text[s:e] for s, e in natural.known_spans(text, set())]

    assert found("城市地处嘉陵江与渠江交汇处") == ["嘉陵江", "渠江"]
    assert found("沿长江路北行到黄河大桥") == []          # a road, a bridge
    assert found("全市入海河流水质达标") == []            # 入海|河流, not 海河
    assert found("机关中层干部") == []                   # 关中 inside other words
    assert found("居关中五市首位") == ["关中"]
    assert found("皖南皖北黄土高原区治理") == ["皖南皖北黄土高原区"]  # regions written together are one
    assert found("大别山区生态持续改善") == ["大别山区"]


def test_known_name_opening_an_organisation_is_left_to_it(natural):
    text = "联合青海湖国家级自然保护区管理局开展巡护"
    assert [text[s:e] for s, e in natural.known_spans(text, set())] == []


def test_a_division_before_a_feature_word_names_the_feature(natural):
    text = "运城盐湖保护成效显著,丹江口水库水质优良,运城市区空气改善"
    s = text.index("运城")
    assert natural.after_place(text, s, s + 2) == s + 4
    s = text.index("丹江口")
    assert text[s:natural.after_place(text, s, s + 3)] == "丹江口水库"
    s = text.rindex("运城")
    assert natural.after_place(text, s, s + 2) is None


def test_end_to_end_natural_places(nlp):
    doc = nlp("城市地处长江与京杭大运河交汇处,白鹭溪城北段水质优良,城市内河全部消除黑臭。")
    locs = [e.text for e in doc.ents if e.label_ == "LOC"]
    assert "长江" in locs and "京杭大运河" in locs
    assert "内河" not in locs
    assert not any(e.label_ == "TITLE" for e in doc.ents)  # 地处长江 is no 处长


def test_a_list_of_water_bodies_is_evidence_for_its_untagged_members(nlp):
    doc = nlp("南岸溪、北岸溪、青石水系、西部丘陵河网水质均为优。")
    locs = [e.text for e in doc.ents if e.label_ == "LOC"]
    assert "青石水系" in locs and "西部丘陵河网" in locs


def test_unlisted_reserves_parks_and_reservoirs_by_their_feature_word(natural):
    def shaped(text):
        return [text[s:e] for s, e in natural.shaped_spans(text)]

    assert shaped("境内有青峰岭国家级自然保护区、白石湿地公园") == ["青峰岭国家级自然保护区", "白石湿地公园"]
    assert shaped("在青龙坝水库开展巡查,全市小型水库除险加固") == ["青龙坝水库"]
    assert shaped("主要湖泊水库水质良好") == []
    assert shaped("青峰岭自然保护区管理局开展巡护") == []   # the reserve's administration is an ORG


def test_a_known_name_after_our_province(natural):
    text = "我省长江岸线修复完成,副市长江海涛出席"
    assert [text[s:e] for s, e in natural.known_spans(text, set())] == ["长江"]


def test_unlisted_water_bodies_by_what_the_sentence_says_of_them(natural):
    def in_context(text, words):
        tokens, p = [], 0
        for w in words:
            p = text.index(w, p)
            tokens.append((p, p + len(w)))
            p += len(w)
        return [text[s:e] for s, e in natural.water_in_context(text, tokens)]

    text = "今年以来,白沙镇青石河水质稳定在Ⅱ类,双龙湖沿岸整治完成,桃源水库上游排查结束。"
    assert in_context(text, ["青石河", "水质", "双龙湖", "沿岸", "桃源水库", "上游"]) == ["青石河", "双龙湖", "桃源水库"]
    # no word about water after the name: a river's name alone is the model's to judge (青石河畔 is a
    # residential estate as often as a bank)
    assert in_context("青石河畔小区居民反映噪声扰民", ["青石河", "畔"]) == []
    # generic words, a verb before the feature, a whole lake and divisions named like rivers are no names
    text = "城镇内河水质提升,严厉打击涉河违法行为,全湖水质为优,九江断面达标"
    assert in_context(text, ["内河", "水质", "涉河", "全湖", "水质", "九江", "断面"]) == []


def test_unlisted_water_body_end_to_end(nlp):
    doc = nlp("监测结果显示,临川县青石河水质为Ⅱ类,较上年有所改善。")
    assert "青石河" in [e.text for e in doc.ents if e.label_ == "LOC"]


# -- the gazetteer file itself ---------------------------------------------------------------------
NATURAL_LIST = "configs/gazetteers/natural.txt"
DIVISION_TABLE = "configs/gazetteers/divisions.tsv"
#: the comment opening the section of features that share a division's name (太湖 and 太湖县)
SHARED_SECTION = "# shared with divisions"


def listed_words(lines: list[str]) -> list[tuple[str, bool]]:
    """Every entry of the gazetteer in order, repeats kept (the loader's set would hide them), each with
    whether it stands in the section of names shared with divisions (from its comment to the next)."""
    words, shared = [], False
    for line in lines:
        if line.startswith("#"):
            shared = line.startswith(SHARED_SECTION)
            continue
        words.extend((word, shared) for word in line.split("#", 1)[0].split())
    return words


def gazetteer_problems(words: list[tuple[str, bool]], divisions: frozenset[str]) -> list[str]:
    """What makes an entry wrong for natural.txt: a repeat, a single character (never a name on its own),
    a division's name, full or short, outside the shared section (九江, 清河: a listed name is a LOC
    wherever it stands as a word, so the division gazetteer must decide those), or a name in the shared
    section that no division has (it belongs with its province, where it is taken as a word)."""
    seen: set[str] = set()
    problems = []
    for word, shared in words:
        if word in seen:
            problems.append(f"listed twice: {word}")
        seen.add(word)
        if len(word) < 2:
            problems.append(f"too short: {word}")
        if word in divisions and not shared:
            problems.append(f"a division: {word}")
        if shared and word not in divisions:
            problems.append(f"shared with no division: {word}")
    return problems


def test_the_check_flags_repeats_single_characters_and_divisions():
    divisions = frozenset({"九江", "九江市", "清河", "太湖"})
    lines = ["# rivers", "长江 九江 长江", "湖 清河 白鹭溪",
             SHARED_SECTION + ": features named like a division", "太湖 青石湖", "# 某省: lakes", "太湖"]
    assert gazetteer_problems(listed_words(lines), divisions) == [
        "a division: 九江", "listed twice: 长江", "too short: 湖", "a division: 清河",
        "shared with no division: 青石湖", "listed twice: 太湖", "a division: 太湖"]


def test_natural_places_list_has_no_repeat_short_entry_or_stray_division():
    from pipeline.components.gazetteer import short_place_names
    from pipeline.paths import resolve_data_path

    lines = resolve_data_path(NATURAL_LIST).read_text(encoding="utf-8").splitlines()
    words = listed_words(lines)
    assert len(words) > 2000  # the provinces' rivers, lakes, reservoirs, reserves and mountains
    assert any(shared for _, shared in words)
    assert gazetteer_problems(words, short_place_names(DIVISION_TABLE)) == []
