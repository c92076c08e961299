"""Writes records.jsonl: a small hand-made batch of ecoie records for the analytics tests.

Run ``python tests/data/analytics/build_records.py`` after editing; offsets are
found by searching the texts, so they are exact.  Planted for consolidation:

* 聊城 PM2.5 2024: lc_pc (38 µg/m³), dz_news (38.0, written 山东省聊城市) — agree;
  lc_pc_reprint is the same text (same sha256) and counts once;
  lc_portal.html is the press release with portal chrome around it (near-identical) and counts once;
* 聊城 good-day ratio 2024: 86.9% (lc_pc) vs 87% (dz_news) — agree at the stated precision;
* 廊坊 PM2.5 2024: lf_pc says 41, lf_bulletin says 38 — conflict;
* 聊城 PM2.5 2023 (lc_2023): a second point of the time series; 2024-H1 (lc_h1) is another period;
* fines by county: 阳谷县 and 安次区 enforcement outcomes; one error record.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

VERSION = "ecoie-0.1.0+test"
HERE = Path(__file__).parent

LC_PC = ("1月10日上午，聊城市政府新闻办召开新闻发布会，市生态环境局党组书记、局长吕克军介绍2024年全市生态环境质量情况。"
         "2024年，聊城市PM2.5平均浓度为38微克/立方米，同比下降5.0%。优良天数比例为86.9%。"
         "全市共查处环境违法案件120起，罚款金额1250万元。")
DOCS = [
    dict(doc_id="lc_pc.txt", text=LC_PC,
         meta={"published": "2025-01-10", "title": "聊城市2024年生态环境质量新闻发布会", "city": "聊城市", "province": "山东省"},
         quantities=[("38微克/立方米", 38, "µg/m³", "air.pm25", "value", "聊城市", "2024"),
                     ("5.0%", 5.0, "%", "air.pm25", "change", "聊城市", "2024"),
                     ("86.9%", 86.9, "%", "air.good_days_ratio", "value", "聊城市", "2024"),
                     ("120起", 120, "起", "enforcement.penalty_cases", "value", "聊城市", "2024"),
                     ("1250万元", 12500000, "yuan", "enforcement.penalty_amount", "value", "聊城市", "2024")],
         officials=[("吕克军", ["党组书记", "局长"], "聊城市生态环境局")],
         events=[{"type": "press_conference", "date": "2025-01-10", "organizer": "聊城市政府新闻办",
                  "speakers": ["吕克军"], "moderator": None, "title": None, "anchor": "聊城市政府新闻办召开新闻发布会"},
                 {"type": "enforcement_outcome", "jurisdiction": "聊城市", "period": "2024",
                  "metrics": {"enforcement.penalty_cases": 120.0, "enforcement.penalty_amount": 12500000.0},
                  "anchor": "罚款金额1250万元"}]),
    dict(doc_id="reprints/lc_pc_reprint.txt", text=LC_PC,
         meta={"published": "2025-01-11", "title": "转载：聊城市2024年生态环境质量新闻发布会", "city": "聊城市", "province": "山东省"},
         quantities=[("38微克/立方米", 38, "µg/m³", "air.pm25", "value", "聊城市", "2024"),
                     ("86.9%", 86.9, "%", "air.good_days_ratio", "value", "聊城市", "2024")]),
    dict(doc_id="lc_portal.html", text="首页 > 新闻中心 > 环保动态\n" + LC_PC + "\n来源：聊城市生态环境局 责任编辑：王明",
         meta={"published": "2025-01-10", "title": "聊城市2024年生态环境质量新闻发布会", "city": "聊城市", "province": "山东省",
               "format": "html"},
         quantities=[("38微克/立方米", 38, "µg/m³", "air.pm25", "value", "聊城市", "2024")]),
    dict(doc_id="dz_news.txt",
         text="本报讯 山东省聊城市2024年PM2.5平均浓度38.0微克/立方米，空气质量优良天数比例达到87%，创有监测记录以来最好水平。",
         meta={"published": "2025-01-12", "title": "聊城空气质量创最好水平", "city": "聊城市", "province": "山东省"},
         quantities=[("38.0微克/立方米", 38.0, "µg/m³", "air.pm25", "value", "山东省聊城市", "2024"),
                     ("87%", 87, "%", "air.good_days_ratio", "value", "聊城", "2024")]),
    dict(doc_id="lc_2023.txt",
         text="2023年，聊城市细颗粒物（PM2.5）平均浓度为40微克/立方米，优良天数比例为80.2%。阳谷县全年罚款金额255.9万元。",
         meta={"published": "2024-01-20", "title": "聊城市2023年环境质量公报", "city": "聊城市", "province": "山东省",
               "county": "阳谷县"},
         quantities=[("40微克/立方米", 40, "µg/m³", "air.pm25", "value", "聊城市", "2023"),
                     ("80.2%", 80.2, "%", "air.good_days_ratio", "value", "聊城市", "2023"),
                     ("255.9万元", 2559000, "yuan", "enforcement.penalty_amount", "value", "阳谷县", "2023")],
         events=[{"type": "enforcement_outcome", "jurisdiction": "阳谷县", "period": "2023",
                  "metrics": {"enforcement.penalty_amount": 2559000.0}, "anchor": "罚款金额255.9万元"}]),
    dict(doc_id="lc_h1.txt", text="2024年上半年，聊城市PM2.5平均浓度为45微克/立方米。",
         meta={"published": "2024-07-15", "title": "聊城市上半年空气质量", "city": "聊城市", "province": "山东省"},
         quantities=[("45微克/立方米", 45, "µg/m³", "air.pm25", "value", "聊城市", "2024-H1")]),
    dict(doc_id="lf_pc.txt",
         text="1月18日，廊坊市政府新闻办召开新闻发布会，市生态环境局局长尹崧、副局长刘东伟出席，吴源生主持。"
              "2024年，廊坊PM2.5平均浓度41微克/立方米。",
         meta={"published": "2025-01-18", "title": "廊坊市生态环境新闻发布会", "city": "廊坊市", "province": "河北省"},
         quantities=[("41微克/立方米", 41, "µg/m³", "air.pm25", "value", "廊坊", "2024")],
         officials=[("尹崧", ["局长"], "廊坊市生态环境局"), ("刘东伟", ["副局长"], "廊坊市生态环境局")],
         events=[{"type": "press_conference", "date": "2025-01-18", "organizer": "廊坊市政府新闻办",
                  "speakers": ["尹崧", "刘东伟"], "moderator": "吴源生", "title": None,
                  "anchor": "廊坊市政府新闻办召开新闻发布会"}]),
    dict(doc_id="lf_bulletin.txt",
         text="廊坊市2024年生态环境状况公报：全市PM2.5年均浓度为38微克/立方米。安次区全年下达处罚决定书30份，罚没款86万元。",
         meta={"published": "2025-02-01", "title": "廊坊市2024年生态环境状况公报", "city": "廊坊市", "province": "河北省"},
         quantities=[("38微克/立方米", 38, "µg/m³", "air.pm25", "value", "廊坊市", "2024"),
                     ("86万元", 860000, "yuan", "enforcement.penalty_amount", "value", "安次区", "2024")],
         events=[{"type": "enforcement_outcome", "jurisdiction": "安次区", "period": "2024",
                  "metrics": {"enforcement.penalty_cases": 30.0, "enforcement.penalty_amount": 860000.0},
                  "anchor": "罚没款86万元"}]),
]

PERIODS = {"2024": ("2024-01-01", "2024-12-31"), "2023": ("2023-01-01", "2023-12-31"),
           "2024-H1": ("2024-01-01", "2024-06-30")}


def record(doc: dict) -> dict:
    text = doc["text"]
    quantities, entities, cursor = [], [], 0
    for surface, value, unit, indicator, role, place, period in doc.get("quantities", []):
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        direction, delta = ("down", -value) if role == "change" else (None, None)
        quantities.append({"start": start, "end": cursor, "text": surface, "value": value, "unit": unit, "approx": None,
                           "indicator": indicator, "role": role, "direction": direction, "delta": delta,
                           "confidence": 0.99, "jurisdiction": place, "period": period,
                           "period_start": PERIODS[period][0], "period_end": PERIODS[period][1]})
        entities.append({"start": start, "end": cursor, "label": "QUANTITY", "text": surface, "norm": None,
                         "confidence": 1.0, "source": "grammar"})
    officials = []
    for person, titles, org in doc.get("officials", []):
        start = text.index(person)
        officials.append({"person": person, "titles": titles, "org": org, "start": start, "end": start + len(person)})
        entities.append({"start": start, "end": start + len(person), "label": "PERSON", "text": person, "norm": None,
                         "confidence": 0.95, "source": "model"})
    events = []
    for ev in doc.get("events", []):
        ev = dict(ev)
        anchor = ev.pop("anchor")
        start = text.index(anchor)
        base = {"type": ev["type"], "date": None, "organizer": None, "speakers": [], "moderator": None, "title": None,
                "jurisdiction": None, "period": None, "metrics": {}}
        base.update(ev)
        base["evidence"] = [[start, start + len(anchor)]]
        events.append(base)
    entities.sort(key=lambda e: e["start"])
    out = {"doc_id": doc["doc_id"], "source": f"feed/{doc['doc_id']}",
           "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "status": "ok", "meta": doc["meta"],
           "entities": entities, "quantities": quantities, "officials": officials, "events": events,
           "ignored": [], "warnings": [], "model_version": VERSION, "text": text}
    return out


def main() -> None:
    lines = [json.dumps(record(d), ensure_ascii=False) for d in DOCS]
    lines.append(json.dumps({"doc_id": "broken.txt", "source": "feed/broken.txt", "text_sha256": None, "status": "error",
                             "error": "empty document", "meta": {}, "entities": [], "quantities": [], "officials": [],
                             "events": [], "ignored": [], "warnings": [], "model_version": VERSION},
                            ensure_ascii=False))
    (HERE / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
