"""Writes gold.jsonl and pred.jsonl: a small gold/prediction pair with one error of every kind.

Run ``python tests/data/eval_report/build.py`` after editing; offsets are found
from the surfaces so the texts can change without counting characters.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

T1 = "据县融媒体中心消息，9日上午，某县生态环境分局召开新闻发布会，分局局长赵一平介绍，今年1-6月全县优良天数165天，同比增加7天；PM2.5平均浓度31微克/立方米，同比下降8.8%。"
T2 = "某县生态环境局通报：上半年全县共查处环境违法案件23件，罚款186万元。"
T3 = "市生态环境局局长王立新出席会议。"


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return i, i + len(surface)


def span(text, surface, label, **kw):
    s, e = at(text, surface)
    return {"start": s, "end": e, "label": label, **kw}


def ent(text, surface, label):
    s, e = at(text, surface)
    return {"start": s, "end": e, "label": label, "text": surface}


def qty(text, surface, indicator, role, direction=None):
    s, e = at(text, surface)
    q = {"start": s, "end": e, "text": surface, "indicator": indicator, "role": role, "confidence": 0.9}
    if direction:
        q["direction"] = direction
    return q


gold = [
    {"id": "pc-1", "text": T1, "meta": {},
     "spans": [span(T1, "9日上午", "DATE"), span(T1, "某县生态环境分局", "ORG"), span(T1, "局长", "TITLE"),
               span(T1, "赵一平", "PERSON"), span(T1, "今年1-6月", "DATE"),
               span(T1, "165天", "QUANTITY", indicator="air.good_days", role="value"),
               span(T1, "7天", "QUANTITY", indicator="air.good_days", role="change", direction="up"),
               span(T1, "31微克/立方米", "QUANTITY", indicator="air.pm25", role="value"),
               span(T1, "8.8%", "QUANTITY", indicator="air.pm25", role="change", direction="down")],
     "officials": [{"person": "赵一平", "titles": ["局长"]}],
     "events": [{"type": "press_conference", "speakers": ["赵一平"]}]},
    {"id": "enf-2", "text": T2, "meta": {},
     "spans": [span(T2, "某县生态环境局", "ORG"), span(T2, "上半年", "DATE"),
               span(T2, "23件", "QUANTITY", indicator="enforcement.penalty_cases", role="value"),
               span(T2, "186万元", "QUANTITY", indicator="enforcement.penalty_amount", role="value")],
     "events": [{"type": "enforcement_outcome", "jurisdiction": "某县",
                 "metrics": {"enforcement.penalty_cases": 23, "enforcement.penalty_amount": 186}}]},
    {"id": "none-3", "text": T3, "meta": {},
     "spans": [span(T3, "市生态环境局", "ORG"), span(T3, "局长", "TITLE"), span(T3, "王立新", "PERSON")],
     "officials": [{"person": "王立新", "titles": ["局长"], "org": "市生态环境局"}]},
]

ignored_start, ignored_end = at(T1, "今年1-6月")
pred = [
    {"doc_id": "pc-1", "status": "ok", "model_version": "ecoie-0.9.0+fixture",
     "entities": [ent(T1, "9日", "DATE"),                       # boundary (gold 9日上午)
                  ent(T1, "某县生态环境分局", "ORG"),
                  ent(T1, "赵一平", "ORG"),                       # label (gold PERSON)
                  ent(T1, "县融媒体中心", "ORG")],                 # false alarm
     # 局长 missed; 今年1-6月 inside a range ignored as boilerplate
     "ignored": [{"start": ignored_start, "end": ignored_end, "reason": "fixture"}],
     "quantities": [qty(T1, "165天", "air.good_days", "value"),
                    qty(T1, "7天", "air.good_days", "change", "down"),      # direction
                    qty(T1, "31微克/立方米", "air.pm10", "value"),           # indicator
                    qty(T1, "8.8%", "air.pm25", "value")],                  # role
     "officials": [{"person": "赵一平", "titles": ["分局局长"]}],
     "events": [{"type": "press_conference", "speakers": []}]},
    {"doc_id": "enf-2", "status": "ok", "model_version": "ecoie-0.9.0+fixture",
     "entities": [ent(T2, "某县生态环境局", "ORG"), ent(T2, "上半年", "DATE")],
     "quantities": [qty(T2, "23件", "enforcement.inspections", "value"),
                    qty(T2, "186万元", "enforcement.penalty_amount", "value")],
     "events": [{"type": "enforcement_outcome", "jurisdiction": "某县",
                 "metrics": {"enforcement.penalty_amount": 186}}]},
    # none-3: no prediction at all
]

for name, rows in (("gold.jsonl", gold), ("pred.jsonl", pred)):
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
