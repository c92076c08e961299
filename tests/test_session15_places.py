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
