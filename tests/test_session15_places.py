"""Natural places written short (our own sentences): a reserve named by its name and 保护区 alone."""
from .page_helpers import ents


def test_a_reserve_written_short_is_one_place(extractor):
    found = ents(extractor, "巡护队员从白熊坪保护区出发，三天后再从黄羊岭保护区返回。")
    assert ("白熊坪保护区", "LOC") in found and ("黄羊岭保护区", "LOC") in found


def test_a_county_before_a_reserve_written_short_is_one_place(extractor):
    found = ents(extractor, "近年来，佛坪保护区内大熊猫数量稳步增长。")
    assert ("佛坪保护区", "LOC") in found


def test_kinds_of_protected_zone_are_no_reserves(extractor):
    found = ents(extractor, "饮用水水源一级保护区内禁止设置排污口，生态保护区和水源保护区的边界已经划定，"
                            "要科学制定保护区功能区调整方案。")
    assert not any(label == "LOC" and name.endswith("保护区") for name, label in found)


def test_bare_names_listed_before_their_level_are_places(extractor):
    found = ents(extractor, "今年，对石桥、河湾、风岭、梅北等村社开展农村生活污水治理。清溪流经深坳、西店、梅岭等地后汇入大海。")
    for name in ("石桥", "河湾", "风岭", "梅北", "深坳", "西店", "梅岭"):
        assert (name, "GPE") in found


def test_people_listed_before_their_village_posts_stay_people(extractor):
    found = ents(extractor, "王志强、李明华、张建国等村干部参加了培训。")
    assert not any(label == "GPE" for _, label in found)


def test_a_post_and_a_name_read_as_a_river_are_the_post_and_the_name(extractor):
    found = ents(extractor, "自治区生态环境厅厅长江白介绍，去年全区生态环境质量总体良好。")
    assert ("厅长", "TITLE") in found and ("江白", "PERSON") in found
    assert ("长江", "LOC") not in found


def test_a_name_like_a_river_after_a_post_is_a_person_each_time(extractor):
    found = ents(extractor, "县委书记杨长江出席会议并讲话。杨长江强调，要保护好长江和汉江。")
    assert found.count(("杨长江", "PERSON")) == 2
    assert ("长江", "LOC") in found


def test_a_verb_before_reserves_at_large_names_no_reserve(extractor):
    found = ents(extractor, "会议提出五点要求:一是抓好保护区的能力建设,二是加强保护区管护。")
    assert not any(label == "LOC" for _, label in found)
