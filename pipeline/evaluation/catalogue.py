"""Group error rows into categories worth fixing, with counts, points and short examples.

``python -m pipeline.evaluation.catalogue ERRORS.jsonl EVAL.json`` reads the
rows ``ecoie evaluate --errors`` wrote and the ``--json`` result of the same
run, puts every row in the first category whose rule matches it, and prints a
Markdown table ordered by how many points fixing the category would be worth:

* entity categories: the gain in entity micro F1 if every row of the category
  were right (a miss becomes a hit, a false alarm disappears, a boundary or
  label error becomes a hit and its wrong prediction disappears);
* indicator categories: the gain in (indicator, role) accuracy on found quantities;
* official and event categories: the gain in their F1.

Examples are cut to a few characters: the catalogue is committed, the texts are not.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

EXAMPLE_CHARS = 10


@dataclass(frozen=True)
class Category:
    name: str
    area: str  # entities | indicators | officials | events
    test: Callable[[dict[str, Any]], bool]


def _surface(row: dict) -> str:
    return row.get("gold") or row.get("pred") or ""


def _ctx(row: dict) -> str:
    return row.get("context") or ""


def _kind(*kinds: str) -> Callable[[dict], bool]:
    return lambda r: r["kind"] in kinds


def _all(*tests: Callable[[dict], bool]) -> Callable[[dict], bool]:
    return lambda r: all(t(r) for t in tests)


def _label(*labels: str) -> Callable[[dict], bool]:
    return lambda r: r["label"] in labels


def _surface_re(pattern: str) -> Callable[[dict], bool]:
    rx = re.compile(pattern)
    return lambda r: bool(rx.search(_surface(r)))


def _ctx_re(pattern: str) -> Callable[[dict], bool]:
    rx = re.compile(pattern)
    return lambda r: bool(rx.search(_ctx(r)))


ENTITY = ("entity_missed", "entity_false_alarm", "entity_boundary", "entity_label", "entity_ignored")

#: first match wins; the order puts specific patterns before general ones
CATEGORIES: list[Category] = [
    Category("gold entity inside a range ignored as boilerplate", "entities", _kind("entity_ignored")),
    Category("spam, navigation or widget text tagged as entities", "entities",
             _all(_kind("entity_false_alarm"), _ctx_re(r"精品|无码|自拍|日韩|欧美|一区|二区|浏览|>|＞|客户端|Qzone|微博|天气预报|标签"))),
    Category("byline, source-line and caption names (记者/通讯员/摄/编辑)", "entities",
             _all(_kind(*ENTITY), _label("PERSON"), _ctx_re(r"记者|記者|通讯员|通訊員|摄|攝|编辑|編輯|审核|作者|来源|來源"))),
    Category("outlets in source lines and datelines; 本报", "entities",
             _all(_kind(*ENTITY), _label("ORG"), _ctx_re(r"来源|來源|讯|訊|电|電|本报|本報|网|網"),
                  _surface_re(r"(报|報|网|網|台|新闻|新聞|客户端|发布|發布)$|^本报$|^本報$"))),
    Category("day-only datelines and leads (17日下午, 21日，…)", "entities",
             _all(_kind(*ENTITY), _surface_re(r"^\d{1,2}日"))),
    Category("date ranges and periods split or cut (2015年至2022年, 今年前8月)", "entities",
             _all(_kind("entity_boundary", "entity_label", "entity_missed"), _label("DATE"))),
    Category("dates found where gold has none (timestamps in chrome, vague periods)", "entities",
             _all(_kind("entity_false_alarm"), _label("DATE"))),
    Category("ranks and rank changes (第五, 首位, 前8个, 3个名次)", "entities",
             _all(_kind(*ENTITY), _label("QUANTITY"), _surface_re(r"第|首位|前\d|后\d|前[一二三四五六七八九十]|名次|[位名]$"))),
    Category("numbers inside names and numeral place names (十家堡镇, 二十大)", "entities",
             _all(_kind("entity_false_alarm", "entity_label"), _surface_re(r"^[一二三四五六七八九十]+[\u4e00-\u9fff]"))),
    Category("counters and units the grammar lacks (三级, 每立方米29微克, 蒸吨每小时)", "entities",
             _all(_kind("entity_missed", "entity_boundary"), _label("QUANTITY"))),
    Category("quantities found where gold has none", "entities",
             _all(_kind("entity_false_alarm", "entity_label"), _label("QUANTITY"))),
    Category("towns, townships, streets and villages (X镇, X乡, X街道, X村)", "entities",
             _all(_kind(*ENTITY), _label("GPE"), _surface_re(r"(镇|乡|鄉|街道|村|社区|社區|苏木|嘎查)$"))),
    Category("places in enumerations and short names (宝鸡、咸阳、渭南)", "entities",
             _all(_kind(*ENTITY), _label("GPE"), _ctx_re(r"、"))),
    Category("other place errors (GPE)", "entities", _all(_kind(*ENTITY), _label("GPE"))),
    Category("water bodies, sections and regions (LOC)", "entities", _all(_kind(*ENTITY), _label("LOC"))),
    Category("companies and firms (place prefix, branches, 简称)", "entities",
             _all(_kind(*ENTITY), _label("ORG"), _surface_re(r"公司|厂|廠|集团|集團|企业|企業|合作社"))),
    Category("sections, leading groups, task forces, offices and centres", "entities",
             _all(_kind(*ENTITY), _label("ORG"), _surface_re(r"处|處|科|室|小组|小組|组$|組$|办$|辦$|中心|大队|大隊|支队|支隊|中队"))),
    Category("other organisation errors (ORG)", "entities", _all(_kind(*ENTITY), _label("ORG"))),
    Category("titles (TITLE)", "entities", _all(_kind(*ENTITY), _label("TITLE"))),
    Category("other person errors (PERSON)", "entities", _all(_kind(*ENTITY), _label("PERSON"))),
    Category("other entity errors", "entities", _kind(*ENTITY)),
    Category("role: change read as value (or the reverse)", "indicators",
             _all(_kind("role"), lambda r: {r.get("gold"), r.get("pred")} == {"value", "change"})),
    Category("role: rank or target confusions", "indicators", _kind("role")),
    Category("indicator: enforcement and inspection counts confused", "indicators",
             _all(_kind("indicator"), lambda r: str(r.get("gold")).startswith(("enforcement", "inspection"))
                  and str(r.get("pred")).startswith(("enforcement", "inspection")))),
    Category("indicator: counts outside the taxonomy (other) and taxonomy confused", "indicators",
             _all(_kind("indicator"), lambda r: "other" in (r.get("gold"), r.get("pred")))),
    Category("indicator: air indicators confused", "indicators",
             _all(_kind("indicator"), lambda r: str(r.get("gold")).startswith("air") and str(r.get("pred")).startswith("air"))),
    Category("indicator: new taxonomy rows never predicted (water.cod, noise.*, ecology.*…)", "indicators",
             _all(_kind("indicator"), lambda r: r.get("gold") in {
                 "water.cod", "water.ammonia_nitrogen", "water.total_phosphorus", "sea.good_quality_ratio",
                 "noise.level", "noise.compliance", "ecology.forest_coverage", "ecology.ei_index", "carbon.intensity"})),
    Category("indicator: other confusions", "indicators", _kind("indicator")),
    Category("direction of a change", "indicators", _kind("direction")),
    Category("officials: (person, title) pairs", "officials", _all(_kind("official_missed", "official_false_alarm"),
                                                                  _label("person_title"))),
    Category("officials: (person, org) pairs", "officials", _kind("official_missed", "official_false_alarm")),
    Category("events: press conference and meeting slots", "events",
             _all(_kind("event_missed", "event_false_alarm"), _label("date", "organizer", "speaker", "moderator"))),
    Category("events: enforcement metrics and jurisdictions", "events", _kind("event_missed", "event_false_alarm")),
    Category("article: its county (a city's page given one, or a county's page none)", "article",
             _all(_kind("meta_missed", "meta_false_alarm", "meta_wrong"), _label("county"))),
    Category("article: its city or province", "article",
             _all(_kind("meta_missed", "meta_false_alarm", "meta_wrong"), _label("city", "province"))),
    Category("article: its publication date", "article", _kind("meta_missed", "meta_false_alarm", "meta_wrong")),
]


@dataclass
class Bucket:
    category: Category
    rows: list[dict] = field(default_factory=list)

    @property
    def misses(self) -> int:
        return sum(r["kind"].endswith(("missed", "ignored")) for r in self.rows)

    @property
    def false_alarms(self) -> int:
        return sum(r["kind"].endswith("false_alarm") for r in self.rows)

    @property
    def wrong(self) -> int:
        return sum(r["kind"] in ("entity_boundary", "entity_label", "meta_wrong") for r in self.rows)


def categorise(rows: list[dict]) -> list[Bucket]:
    buckets = {c.name: Bucket(c) for c in CATEGORIES}
    for row in rows:
        for c in CATEGORIES:
            if c.test(row):
                buckets[c.name].rows.append(row)
                break
    return [b for b in buckets.values() if b.rows]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def points(bucket: Bucket, result: dict[str, Any]) -> float:
    """What fixing every row of the bucket would add to its area's headline figure, in points (×100)."""
    area = bucket.category.area
    if area == "entities":
        m = result["entities"]["micro"]
        tp, fp, fn = m["tp"], m["fp"], m["fn"]
        gain_tp = bucket.misses + bucket.wrong
        after = _f1(tp + gain_tp, fp - bucket.false_alarms - bucket.wrong, fn - gain_tp)
        return 100 * (after - _f1(tp, fp, fn))
    if area == "indicators":
        found = result["indicators"]["found_quantities"] or 1
        # a direction row costs one quantity of (indicator, role, direction) accuracy, the others of (indicator, role)
        return 100 * len(bucket.rows) / found
    if area == "officials":
        key = "person_title" if bucket.rows[0]["label"] == "person_title" else "person_org"
        m = result["officials"][key]
    elif area == "article":
        # the mean gain over the fields the bucket holds (city and province share one); a wrong value is
        # a false alarm and a miss at once
        gains = []
        for name in sorted({r["label"] for r in bucket.rows}):
            m = result.get("article", {}).get(name, {"tp": 0, "fp": 0, "fn": 0})
            rows = [r for r in bucket.rows if r["label"] == name]
            miss = sum(r["kind"] in ("meta_missed", "meta_wrong") for r in rows)
            false = sum(r["kind"] in ("meta_false_alarm", "meta_wrong") for r in rows)
            gains.append(_f1(m["tp"] + miss, m["fp"] - false, m["fn"] - miss) - _f1(m["tp"], m["fp"], m["fn"]))
        return 100 * sum(gains) / len(gains)
    else:
        m = result["events"]["all_slots"]
    tp, fp, fn = m["tp"], m["fp"], m["fn"]
    return 100 * (_f1(tp + bucket.misses, fp - bucket.false_alarms, fn - bucket.misses) - _f1(tp, fp, fn))


def _example(rows: list[dict]) -> str:
    seen = []
    for r in rows:
        if r["kind"].startswith("entity"):
            ex = f"{(r.get('gold') or '∅')[:EXAMPLE_CHARS]} → {(r.get('pred') or '∅')[:EXAMPLE_CHARS]}"
        else:
            ex = f"{str(r.get('gold'))[:24]} → {str(r.get('pred'))[:24]}"
        ex = ex.replace("\n", "⏎").replace("|", "/")
        if ex not in seen:
            seen.append(ex)
        if len(seen) == 2:
            break
    return "; ".join(f"`{e}`" for e in seen)


AREAS = {
    "entities": "Entities (points of entity micro F1)",
    "indicators": "Indicators and roles (points of (indicator, role) accuracy on found quantities; "
                  "direction: of (indicator, role, direction) accuracy)",
    "officials": "Officials (points of the pair's F1)",
    "events": "Events (points of event-slot F1)",
    "article": "The article's place and date (points of the field's F1)",
}


@dataclass(frozen=True)
class Ranked:
    """One line of the catalogue: a category, its counts and what fixing it is worth."""

    area: str
    rank: int
    name: str
    errors: int
    misses: int
    false_alarms: int
    points: float
    examples: str

    @property
    def wrong(self) -> int:
        return self.errors - self.misses - self.false_alarms


def ranked(buckets: list[Bucket], result: dict[str, Any]) -> list[Ranked]:
    """Per area (in :data:`AREAS` order), categories by the points they are worth: the Markdown and HTML tables' rows."""
    out = []
    for area in AREAS:
        scored = sorted(((points(b, result), b) for b in buckets if b.category.area == area), key=lambda x: -x[0])
        out += [Ranked(area, i, b.category.name, len(b.rows), b.misses, b.false_alarms, pts, _example(b.rows))
                for i, (pts, b) in enumerate(scored, 1)]
    return out


def render(buckets: list[Bucket], result: dict[str, Any]) -> str:
    """One table per area, each ordered by the points its categories are worth."""
    out = []
    rows = ranked(buckets, result)
    for area, heading in AREAS.items():
        lines = [r for r in rows if r.area == area]
        if not lines:
            continue
        out += [f"### {heading}", "",
                "| # | category | errors (miss / false / wrong) | points | examples (gold → system) |",
                "|---|---|---|---|---|"]
        for r in lines:
            counts = f"{r.errors} ({r.misses} / {r.false_alarms} / {r.wrong})"
            out.append(f"| {r.rank} | {r.name} | {counts} | {r.points:.1f} | {r.examples} |")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.catalogue", description=__doc__.splitlines()[0])
    parser.add_argument("errors", type=Path, help="rows from `ecoie evaluate --errors`")
    parser.add_argument("result", type=Path, help="`ecoie evaluate --json` output of the same run")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.errors.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = json.loads(args.result.read_text(encoding="utf-8"))
    print(render(categorise(rows), result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
